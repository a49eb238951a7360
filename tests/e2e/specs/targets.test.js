// Doelen: the plan's targets checked with and without the measures. A user
// adds a target, edits it (what is measured, the reference, the value),
// removes it and undoes that; gehaald / niet gehaald follows a lever move;
// targets are kept in the working copy; a preset shows its plan's targets.
import assert from 'node:assert/strict';
import { appSuite, eventually } from '../support/harness.js';
import { Regions } from '../support/regions.js';

const appTest = appSuite();
const SHARE = 'Aandeel van de instroom';

async function openTargets(app) {
  await app.open();
  const regions = new Regions(app);
  await regions.showTab('Doelen');
  return { regions, view: app.page.getByRole('tabpanel') };
}

/** The rows of the Doelen table: label, norm, and both outcomes as text. */
async function targetRows(view) {
  return view.locator('table.targets-table tbody tr').evaluateAll((trs) => trs.map((tr) => {
    const cells = [...tr.querySelectorAll('td')].map((td) => td.innerText.replace(/\s+/g, ' ').trim());
    return { label: tr.querySelector('th').firstChild.textContent.trim(), norm: cells[0], scenario: cells[1], baseline: cells[2] };
  }));
}

/** "bereikt +31,2%" → 31.2 */
const reachedPercent = (text) => Number(/bereikt ([+-]?\d+,\d)%/.exec(text)[1].replace(',', '.'));

/** The editor of the n-th target, opened. */
async function editor(view, n = 0) {
  const fold = view.locator('details.fold').nth(n);
  if (!(await fold.evaluate((d) => d.open))) await fold.locator('summary').click();
  return fold;
}

appTest('a target is added, edited, removed and brought back with undo, and kept after a reload', async (app) => {
  const { regions, view } = await openTargets(app);
  await view.getByText('Dit scenario heeft nog geen doelen.').waitFor();
  await view.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();

  let [row] = await targetRows(view);
  assert.equal(row.label, 'Zorgkosten niet hoger dan in het basisjaar');
  assert.equal(row.norm, 'Zorgkosten, alle zorgvormen, in 2035: ten hoogste 0,0% ten opzichte van 2026');
  assert.match(row.baseline, /^✗ Niet gehaald bereikt \+\d+,\d% \d+,\d procentpunt te hoog$/);
  assert.match(await view.locator('.targets__summary').textContent(), /van de 1 doelen gehaald; zonder maatregelen 0 van de 1\.$/);

  // What is measured: a share needs a group, which the editor chooses.
  const fold = await editor(view);
  await fold.getByLabel('Wat wordt gemeten', { exact: true }).selectOption({ label: 'Aandeel in de cliënten' });
  await eventually(async () => assert.equal((await targetRows(view))[0].norm,
    'Aandeel in de cliënten, groep Verblijf, in 2035: ten hoogste 0,0% ten opzichte van 2026'));
  assert.equal(await fold.getByLabel('Zorgvormen', { exact: true }).inputValue(), 'groep:verblijf');

  // No reference: the value is a level, typed as a person would.
  await fold.getByLabel('Referentie', { exact: true }).selectOption({ label: 'Geen: de doelwaarde is een niveau' });
  await app.lever(fold, 'Doelwaarde').type('40');
  await eventually(async () => assert.equal((await targetRows(view))[0].norm,
    'Aandeel in de cliënten, groep Verblijf, in 2035: ten hoogste 40,0%'));
  // A share above 100% is refused at the control, and nothing changes.
  await app.lever(fold, 'Doelwaarde').type('140');
  await eventually(async () => assert.match(await app.lever(fold, 'Doelwaarde').error.textContent(), /van 0 tot en met 100 procent/));
  assert.match((await targetRows(view))[0].norm, /ten hoogste 40,0%$/);

  await fold.getByLabel('Omschrijving', { exact: true }).fill('Verblijf ten hoogste 40%');
  await fold.getByLabel('Omschrijving', { exact: true }).press('Tab');
  await eventually(async () => assert.equal((await targetRows(view))[0].label, 'Verblijf ten hoogste 40%'));

  // Kept in the working copy.
  await app.reload();
  await regions.showTab('Doelen');
  await eventually(async () => assert.equal((await targetRows(view))[0].label, 'Verblijf ten hoogste 40%'));

  // Removed, and back with undo.
  await (await editor(view)).getByRole('button', { name: 'Doel verwijderen', exact: true }).click();
  await view.getByText('Dit scenario heeft nog geen doelen.').waitFor();
  await regions.undo();
  await eventually(async () => assert.equal((await targetRows(view))[0].norm,
    'Aandeel in de cliënten, groep Verblijf, in 2035: ten hoogste 40,0%'));
});

appTest('gehaald turns into niet gehaald when a lever moves', async (app) => {
  const { regions, view } = await openTargets(app);
  await view.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
  const [row] = await targetRows(view);
  // The threshold just above what the scenario reaches: gehaald.
  const reached = reachedPercent(row.scenario);
  const threshold = (reached + 0.1).toFixed(1).replace('.', ',');
  await app.lever(await editor(view), 'Verandering ten opzichte van de referentie').type(threshold);
  await eventually(async () => assert.match((await targetRows(view))[0].scenario, /^✓ Gehaald bereikt .* ruimte$/));

  // Less substitution saves less: the scenario misses the target.
  await regions.showTab('Projectie');
  await app.lever(app.rule(0), SHARE).type('0');
  await regions.showTab('Doelen');
  await eventually(async () => {
    const now = (await targetRows(view))[0];
    assert.match(now.scenario, /^✗ Niet gehaald bereikt .* procentpunt te hoog$/, now.scenario);
    assert.ok(reachedPercent(now.scenario) > reached);
  });
});

appTest('a preset shows its plan\'s targets with their references', async (app) => {
  await app.open();
  const regions = new Regions(app);
  await regions.openPreset('Regio Alkmaar – Transformatieagenda jeugdhulp 2016-2018');
  await regions.showTab('Doelen');
  const view = app.page.getByRole('tabpanel');
  await eventually(async () => {
    const rows = await targetRows(view);
    assert.equal(rows.length, 2, JSON.stringify(rows));
    // "Aan het eind van de projectperiode" against 1-1-2014: the stand on
    // 31 December 2018 against the stand on 31 December 2013.
    assert.match(rows[0].norm, /^Stand op 31 december, .* in 2018: ten hoogste -30,0% ten opzichte van 31 december 2013$/);
    assert.match(rows[0].scenario, /Niet gehaald|Gehaald/);
  });
  await view.getByText(/^Transformatieagenda jeugdhulp regio Alkmaar, Bijlage 1/).first().waitFor();
});
