// Screenshots of "Uit de administratie" with an allocations file read (its
// Koppeling, Terugblik charts and table), for a person to look at:
// node tools/admin-shots.mjs OUTDIR [FILE.csv] [WIDTHxHEIGHT ...]
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from '../support/browser.js';
import { atSizes } from '../support/profile.js';

const out = process.argv[2] || '/tmp';
const file = process.argv[3] || join(ROOT, 'tests/csv-files/allocations/good/worked-example.csv');
const sizes = process.argv.slice(4).length ? process.argv.slice(4) : ['1366x768', '390x844'];
await atSizes(sizes, async (page, size) => {
  await page.getByRole('tab', { name: 'Eigen gegevens' }).click();
  const section = page.getByRole('region', { name: 'Uit de administratie', exact: true });
  await section.getByLabel('Toewijzingen (CSV)', { exact: true }).setInputFiles({
    name: basename(file), mimeType: 'text/csv', buffer: readFileSync(file),
  });
  await section.getByText(/rijen in de Terugblik/).first().waitFor({ timeout: 60_000 });
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/admin-${size}.png` });
  await section.screenshot({ path: `${out}/admin-${size}-section.png` });
});
