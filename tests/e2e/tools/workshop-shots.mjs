// Screenshots of a workshop for a person to look at from the back of a room:
// workshop mode, its Meedoen panel and the presentation window (after a lever moved) at
// 1280x720, 1366x768 and 1920x1080, De zaal with seven participants at
// 1366x768, and the page opened from a share link at 390x844.
// node tools/workshop-shots.mjs OUTDIR
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { serveDist, launch, ROOT } from '../support/browser.js';

const out = process.argv[2] || '/tmp';
const EXAMPLE = JSON.parse(readFileSync(join(ROOT, 'crates', 'engine', 'data', 'voorbeeldregio.json'), 'utf8'));
const server = await serveDist();

function withShare(name, share) {
  const s = structuredClone(EXAMPLE);
  s.name = name;
  s.levers.substitutions.find((r) => r.id === 'ggz-naar-poh').share = share;
  return s;
}
const link = (s) => `${server.url}#s=${deflateRawSync(Buffer.from(JSON.stringify(s))).toString('base64url')}`;

async function ready(page) {
  await page.locator('[data-testid=kaart-saldo] .card__figure').filter({ hasText: '€' }).first().waitFor();
}

try {
  for (const [width, height] of [[1280, 720], [1366, 768], [1920, 1080]]) {
    const browser = await launch({ width, height });
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => console.log('page error:', e.message));
    await page.goto(server.url);
    await ready(page);
    await page.keyboard.press('w');
    await page.getByRole('region', { name: 'Workshopmodus', exact: true }).waitFor();
    const screen = await browser.context.newPage();
    await screen.goto(`${server.url}#presentatie`);
    await ready(screen);
    await screen.locator('.presentation__knobs li').first().waitFor();
    const slider = page.getByRole('slider').first();
    await slider.focus();
    await page.keyboard.press('PageUp');
    await screen.locator('.presentation__moved').waitFor();
    await screen.waitForTimeout(300);
    await page.screenshot({ path: `${out}/workshop-${width}x${height}.png` });
    await page.getByRole('button', { name: 'Meedoen', exact: true }).click();
    await page.getByRole('img', { name: 'QR-code met de link naar dit scenario', exact: true }).waitFor();
    await page.screenshot({ path: `${out}/meedoen-${width}x${height}.png` });
    await page.getByRole('button', { name: 'Meedoen', exact: true }).click();
    await screen.screenshot({ path: `${out}/presentatie-${width}x${height}.png` });
    const scroll = await screen.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
    console.log(`${width}x${height}: presentation scroll size ${scroll.join('x')}`);
    await browser.close();
  }

  const browser = await launch({ width: 1366, height: 768 });
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await ready(page);
  await page.getByRole('tab', { name: 'De zaal', exact: true }).click();
  const names = ['Fien', 'Gijs', 'Hana', 'Ivo', 'Jet', 'Kees', 'Lot'];
  const text = names.map((n, i) => `${n}: ${link(withShare(`Voorstel ${n}`, 0.04 * (i + 1)))}`).join('\n');
  await page.getByLabel('Links plakken', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Links toevoegen', exact: true }).click();
  await page.getByText("7 scenario's van deelnemers.", { exact: true }).waitFor();
  await page.locator('h3', { hasText: 'Waar staat de zaal per knop?' }).evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: `${out}/de-zaal-1366x768.png` });
  await page.screenshot({ path: `${out}/de-zaal-1366x768-full.png`, fullPage: true });
  await browser.close();

  const phone = await launch({ width: 390, height: 844 });
  const p = await phone.context.newPage();
  await p.goto(link(withShare('Voorstel Fien', 0.3)));
  await ready(p);
  await p.screenshot({ path: `${out}/link-390x844.png`, fullPage: true });
  console.log('phone scroll width', await p.evaluate(() => document.documentElement.scrollWidth));
  await phone.close();
} finally {
  server.stop();
}
