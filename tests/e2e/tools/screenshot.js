// Takes screenshots of the built app for a person to look at:
// node tools/screenshot.js OUTDIR [WIDTHxHEIGHT ...]
import { serveDist, launch } from '../support/browser.js';

const out = process.argv[2] || '/tmp';
const sizes = process.argv.slice(3).length ? process.argv.slice(3) : ['1280x720', '1920x1080'];
const server = await serveDist();
try {
  for (const size of sizes) {
    const [width, height] = size.split('x').map(Number);
    const browser = await launch({ width, height });
    const page = await browser.context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
    page.on('pageerror', (e) => console.log('page error:', e.message));
    const t0 = Date.now();
    await page.goto(server.url);
    await page.locator('[data-testid=kaart-saldo] .card__figure').filter({ hasText: '€' }).waitFor();
    console.log(`${size}: first projection on screen after ${Date.now() - t0} ms`);
    await page.screenshot({ path: `${out}/app-${size}.png` });
    await page.screenshot({ path: `${out}/app-${size}-full.png`, fullPage: true });
    await browser.close();
  }
} finally {
  server.stop();
}
