// Screenshots of the views with line charts from the engine's view models:
// Vergelijken (the working copy and two files), De zaal (three participants) and the
// uncertainty's fans, for a person to look at:
// node tools/view-shots.mjs OUTDIR [WIDTHxHEIGHT ...]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/browser.js';
import { atSizes } from '../support/profile.js';

const out = process.argv[2] || '/tmp';
const sizes = process.argv.slice(3).length ? process.argv.slice(3) : ['1366x768', '1920x1080', '390x844'];
const example = JSON.parse(readFileSync(join(ROOT, 'crates/engine/data/voorbeeldregio.json'), 'utf8'));
const participant = (name, share) => {
  const s = structuredClone(example);
  s.name = `Voorstel ${name}`;
  s.levers.substitutions.find((r) => r.id === 'ggz-naar-poh').share = share;
  return { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(s)) };
};

await atSizes(sizes, async (page, size) => {
  const tab = async (name) => {
    await page.getByRole('tab', { name, exact: true }).click();
    return page.getByRole('tabpanel');
  };
  let view = await tab('Vergelijken');
  await view.getByLabel('Scenariobestanden toevoegen', { exact: true }).setInputFiles([
    participant('bram', 0.3),
    participant('dewi', 0.05),
  ]);
  const compare = view.getByRole('figure', { name: /Cumulatief saldo per scenario/ });
  await compare.waitFor();
  await compare.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/vergelijken-${size}.png` });

  view = await tab('De zaal');
  await view.getByLabel("Scenario's van de deelnemers", { exact: true })
    .setInputFiles([participant('anna', 0.1), participant('cas', 0.2), participant('eva', 0.05)]);
  const room = view.getByRole('figure', { name: 'Saldo per jaar in de zaal' });
  await room.waitFor();
  await room.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/zaal-${size}.png` });

  view = await tab('Analyse');
  await view.getByRole('button', { name: 'Onzekerheid berekenen', exact: true }).click();
  const fan = view.getByRole('figure', { name: 'Kosten per jaar' });
  await fan.waitFor({ timeout: 60_000 });
  await fan.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/waaiers-${size}.png` });
});
