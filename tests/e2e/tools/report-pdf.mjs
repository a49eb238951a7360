// Prints the report of the example, or of a plan's preset by its title, to
// a PDF, for a person to look at:
//   node tools/report-pdf.mjs OUT.pdf ["Regio Alkmaar – Transformatieagenda jeugdhulp 2016-2018"]
// Then e.g. `pdftoppm -png -r 60 OUT.pdf /tmp/rapport` gives one PNG a page.
import { writeFileSync } from 'node:fs';
import { serveDist, launch } from '../support/browser.js';

const [out = '/tmp/rapport.pdf', preset] = process.argv.slice(2);
const server = await serveDist();
try {
  const browser = await launch({ width: 1366, height: 768 });
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.locator('[data-testid=kaart-saldo] .card__figure').filter({ hasText: '€' }).waitFor();
  if (preset) {
    await page.getByLabel('Regio of plan openen').selectOption({ label: preset });
    await page.getByText(`${preset} is geopend.`).waitFor();
  }
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForTimeout(300);
  writeFileSync(out, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  console.log(`${out} written`);
  await browser.close();
} finally {
  server.stop();
}
