// Draws the app's PNG icons (public/icon-192.png, public/icon-512.png) from
// public/favicon.svg with Debian's Chromium, for the web app manifest:
// node tools/icons.js. The PNGs are committed; run again after changing
// the favicon.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT } from '../support/browser.js';

const svg = readFileSync(join(ROOT, 'public', 'favicon.svg'), 'utf8');
for (const size of [192, 512]) {
  const browser = await launch({ width: size, height: size });
  try {
    const page = await browser.context.newPage();
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">
      <img alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"
        style="display:block;width:${size}px;height:${size}px"></body></html>`);
    await page.locator('img').evaluate((img) => img.decode());
    const path = join(ROOT, 'public', `icon-${size}.png`);
    await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`${path} (${size}×${size})`);
  } finally {
    await browser.close();
  }
}
