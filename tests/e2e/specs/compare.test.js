// Vergelijken: the working copy against a saved scenario and against files
// added there: the knobs that differ in words, the figures per year equal to
// the command-line tool's, a note where horizons differ, bad files named with
// the rest still added, and the comparison as a CSV for Dutch Excel.
import assert from 'node:assert/strict';
import { appSuite, eventually } from '../support/harness.js';
import { presetFile, Regions } from '../support/regions.js';
import { cliProject, moveShare, Scenarios } from '../support/scenarios.js';

const appTest = appSuite();

async function openCompare(app) {
  const regions = new Regions(app);
  await regions.showTab('Vergelijken');
  return app.page.getByRole('tabpanel');
}

/** A measure's table ("Cumulatief saldo") as { column head: [cell per year, ...] }: A, B, "B − A". */
async function measureTable(view, measure) {
  const table = view.locator('table').filter({ has: view.page().locator('caption', { hasText: `${measure} (€) per jaar, en het verschil met A` }) });
  const heads = await table.locator('thead th').allTextContents();
  const rows = await table.locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  return Object.fromEntries(heads.map((h, i) => [h.trim(), rows.map((r) => r[i])]));
}

/** "€ -1.234.567" → -1234567. */
const euros = (text) => Number(text.replace(/[€\s.]/g, '').replace(',', '.'));

appTest('a saved plan against the working copy: the moved share in words and the CLI\'s figures', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  await bar.saveAs('Plan A');
  await bar.closeNotice();
  await moveShare(app, '20');
  const view = await openCompare(app);
  await view.getByRole('checkbox', { name: 'Plan A', exact: true }).check();

  await view.getByRole('heading', { level: 3, name: 'Knoppen die verschillen', exact: true }).waitFor();
  const differences = await view.locator('ul.differences li').allTextContents();
  assert.deepEqual(differences, [
    'B: Substitutie Jeugd-GGZ → POH-jeugd (praktijkondersteuner huisarts): Aandeel van de instroom 15,0% (A: 20,0%)',
  ]);

  // Each scenario's cumulative balance per year equals the CLI's projection of its file.
  const table = await measureTable(view, 'Cumulatief saldo');
  const copy = await app.workingCopy();
  const cli = JSON.parse((await cliProject(Buffer.from(JSON.stringify(copy)), 'json')).toString('utf8'));
  const fromCli = cli.scenario_years.map((y) => Math.round(Number(y.cumulative_balance)));
  assert.deepEqual(table.Jaar.map(Number), cli.scenario_years.map((y) => y.year));
  assert.deepEqual(table.A.map(euros), fromCli);
  assert.ok(euros(table['B − A'].at(-1)) < 0, 'less substitution in B: a lower cumulative balance');
  assert.match(await view.locator('.compare-sentences p').textContent(), /^B kost over \d{4}-\d{4} € \d+,\d mln meer dan A; het cumulatief saldo in \d{4} is € \d+,\d mln slechter\.$/);

  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    view.getByRole('button', { name: 'Vergelijking downloaden (CSV)', exact: true }).click(),
  ]);
  assert.match(download.suggestedFilename(), /-vergelijking\.csv$/);
});

appTest('files of other plans: a bad one is named and the others are compared on their shared years', async (app) => {
  await app.open();
  const view = await openCompare(app);
  const alkmaar = await presetFile('regio-alkmaar-2016');
  const zhz = await presetFile('zuid-holland-zuid-2016');
  await view.getByLabel('Scenariobestanden toevoegen', { exact: true }).setInputFiles([
    { name: 'alkmaar.json', mimeType: 'application/json', buffer: Buffer.from(alkmaar) },
    { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "jeugdscenario", ') },
    { name: 'zhz.json', mimeType: 'application/json', buffer: Buffer.from(zhz) },
  ]);
  const problems = view.locator('.csv-problems[role=alert]');
  await problems.waitFor();
  assert.match(await problems.textContent(), /^"kapot\.json" is niet geopend; er is niets veranderd\. Het bestand is onvolledig/);
  // The working copy and the two good files are chosen (A, B, C): no year in common with the example.
  await view.getByText("Deze scenario's hebben geen jaar gemeen; er valt niets te vergelijken.", { exact: true }).waitFor();
  await view.getByRole('checkbox', { name: /^A: Werkversie/ }).uncheck();
  await eventually(async () => {
    const notes = await view.locator('.notice').allTextContents();
    assert.ok(notes.some((n) => n.startsWith('De looptijden verschillen; vergeleken worden de jaren die alle scenario\'s hebben:')), notes.join(' | '));
  });
  const table = await measureTable(view, 'Totale kosten');
  assert.deepEqual(Object.keys(table), ['Jaar', 'A', 'B', 'B − A']);
  assert.ok(table.Jaar.length > 0);
});
