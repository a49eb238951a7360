// Takes screenshots of the built app for a person to look at:
// node tools/screenshot.js OUTDIR [WIDTHxHEIGHT ...]
import { atSizes } from '../support/profile.js';

const out = process.argv[2] || '/tmp';
const sizes = process.argv.slice(3).length ? process.argv.slice(3) : ['1280x720', '1920x1080'];
await atSizes(sizes, async (page, size, ms) => {
  console.log(`${size}: first projection on screen after ${ms} ms`);
  await page.screenshot({ path: `${out}/app-${size}.png` });
  await page.screenshot({ path: `${out}/app-${size}-full.png`, fullPage: true });
});
