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

/**
 * The rows of the Doelen table: label, norm, both outcomes as text (without
 * the "Doel zoeken" button), and whether the row offers that button.
 */
async function targetRows(view) {
  return view.locator('table.targets-table tbody tr').evaluateAll((trs) => trs.map((tr) => {
    // A cell's words without its "Doel zoeken" button (text nodes included).
    const text = (td) => [...td.childNodes].filter((c) => c.nodeName !== 'BUTTON')
      .map((c) => (c.nodeType === Node.TEXT_NODE ? c.textContent : c.innerText)).join(' ').replace(/\s+/g, ' ').trim();
    const cells = [...tr.querySelectorAll('td')].map(text);
    const seek = [...tr.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Doel zoeken');
    return { label: tr.querySelector('th').firstChild.textContent.trim(), norm: cells[0], scenario: cells[1], baseline: cells[2], seek };
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
  assert.equal((await targetRows(view))[0].seek, false, 'a target that is met needs no search');

  // Less substitution saves less: the scenario misses the target.
  await regions.showTab('Projectie');
  await app.lever(app.rule(0), SHARE).type('0');
  await regions.showTab('Doelen');
  await eventually(async () => {
    const now = (await targetRows(view))[0];
    assert.match(now.scenario, /^✗ Niet gehaald bereikt .* procentpunt te hoog$/, now.scenario);
    assert.ok(reachedPercent(now.scenario) > reached);
    assert.ok(now.seek, 'a target that is not met offers "Doel zoeken"');
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

appTest('from a target that is niet gehaald to gehaald: Doel zoeken, Waarde toepassen, and the check', async (app) => {
  await app.open();
  const regions = new Regions(app);
  await regions.openPreset('Holland Rijnland – Transformatieplan Jeugd 2018-2020');
  await regions.showTab('Doelen');
  const doelen = app.page.getByRole('tabpanel');
  const label = 'Beroep op residentiële jeugdhulp neemt niet toe';
  const row = doelen.locator('table.targets-table tbody tr').filter({ hasText: label });
  await eventually(async () => assert.match((await targetRows(doelen))[0].scenario, /^✗ Niet gehaald/));

  // Click 1: beside the target, "Doel zoeken" opens Analyse with the target
  // and a fitting lever chosen, and searches at once.
  await row.getByRole('button', { name: 'Doel zoeken', exact: true }).click();
  await eventually(async () => assert.equal(await regions.tab('Analyse').getAttribute('aria-selected'), 'true'));
  const view = app.page.getByRole('tabpanel');
  const goal = view.getByLabel('Doel', { exact: true });
  const knob = view.getByLabel('Knop', { exact: true });
  await eventually(async () => assert.equal(await goal.inputValue(), 'doel:residentieel-niet-toenemen'));
  assert.equal(await knob.inputValue(), 'levers.residential_shifts.transformatie-verblijf.share');
  assert.equal(await knob.evaluate((s) => s.selectedOptions[0].textContent.trim()),
    'Afschalen verblijf van Jeugdhulp met verblijf (residentieel, 24-uurs): Aandeel van de instroom in verblijf',
    'the select shows the lever chosen');
  const result = view.locator('.goal-result');
  await result.waitFor();
  assert.match(await result.locator('p').textContent(),
    new RegExp(`^Afschalen verblijf van Jeugdhulp met verblijf \\(residentieel, 24-uurs\\): Aandeel van de instroom in verblijf: [\\d,]+% haalt het doel \\(doel "${label}" gehaald\\); dan `));

  // Click 2: applied, and the confirmation says the target is now gehaald,
  // as the engine checked it on the new scenario.
  await view.getByRole('button', { name: 'Waarde toepassen', exact: true }).click();
  const applied = view.getByRole('status').filter({ hasText: /^Toegepast:/ });
  await applied.waitFor();
  assert.match(await applied.textContent(),
    new RegExp(`^Toegepast: Afschalen verblijf van Jeugdhulp met verblijf \\(residentieel, 24-uurs\\): Aandeel van de instroom in verblijf van 0,000% naar [\\d,]+%\\. Doel "${label}" is nu gehaald\\. Ongedaan maken zet de oude waarde terug\\.$`));
  await app.storedWorkingCopy((copy) => assert.ok(Number(copy.levers.residential_shifts[0].share) > 0));

  // The check: Doelen agrees, and offers no search any more.
  await regions.showTab('Doelen');
  await eventually(async () => {
    const [now] = await targetRows(app.page.getByRole('tabpanel'));
    assert.match(now.scenario, /^✓ Gehaald/);
    assert.equal(now.seek, false);
  });
});

appTest('"Doel zoeken" follows the English switch and opens goal seek there too', async (app) => {
  await app.open();
  const regions = new Regions(app);
  await regions.openPreset('Holland Rijnland – Transformatieplan Jeugd 2018-2020');
  await app.button('English').click();
  await app.page.getByRole('tab', { name: 'Targets', exact: true }).click();
  const targets = app.page.getByRole('tabpanel');
  await targets.getByRole('button', { name: 'Goal seek', exact: true }).click();
  await eventually(async () => assert.equal(await app.page.getByRole('tab', { name: 'Analysis', exact: true }).getAttribute('aria-selected'), 'true'));
  const view = app.page.getByRole('tabpanel');
  await view.locator('.goal-result').waitFor();
  await view.getByRole('button', { name: 'Apply value', exact: true }).click();
  await view.getByRole('status').filter({ hasText: /^Applied: .+ from 0,000% to [\d,]+%\. Target ".+" is now met\. Undo restores the old value\.$/ }).waitFor();
});
