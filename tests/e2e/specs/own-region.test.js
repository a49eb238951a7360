// Eigen regio beginnen: a controller starts her own region from scratch
// with three CSVs as Excel writes them (the care forms in Windows-1252 with
// "cliënten" and "€", budget lines with semicolons and decimal commas, the
// municipalities comma separated with a column the app does not use). The
// cards and the exported scenario file equal `jeugdscenario project` on that
// file, nothing of the example remains, and the example's warning is
// nowhere: not on the page, not in the print view. Bad input is named and
// changes nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before } from 'node:test';
import { appSuite, eventually } from '../support/harness.js';
import { ensureCli } from '../support/cli.js';
import { cardsFromCli, CSV_FILES, Regions } from '../support/regions.js';
import { Scenarios } from '../support/scenarios.js';

before(ensureCli, { timeout: 900_000 });
const appTest = appSuite();

const CARE_FORMS = { name: 'zorgvormen-1252.csv', bytes: readFileSync(join(CSV_FILES, 'good', 'windows-1252.csv')) };
const BUDGET = {
  name: 'begroting.csv',
  bytes: Buffer.from([
    'Code;Naam;Soort (inkomsten/uitgaven);Bedrag basisjaar (€);Indexatie per jaar (%);Bron',
    'rijk;Integratie-uitkering jeugd;inkomsten;€ 61.250.000;2,5%;Meicirculaire 2026',
    'uitv;Uitvoeringskosten;uitgaven;2.400.000,00;2%;Begroting 2027',
    '',
  ].join('\r\n'), 'utf8'),
};
const PLACES = {
  name: 'gemeenten.csv',
  bytes: Buffer.from([
    'naam,aandeel verdeelsleutel,bron,Opmerking',
    'Noordstad,0.55,Verdeelsleutel 2026,grootste gemeente',
    'Zuiddorp,0.30,Verdeelsleutel 2026,',
    'Oostveen,0.15,Verdeelsleutel 2026,',
    '',
  ].join('\n'), 'utf8'),
};
const EXAMPLE_WARNING = /verzonnen regio/i;

class OwnRegionForm {
  constructor(page) {
    this.page = page;
    this.section = page.locator('section.own-region').filter({
      has: page.getByRole('heading', { level: 3, name: 'Eigen regio beginnen', exact: true }),
    });
    this.create = this.section.getByRole('button', { name: 'Regio aanmaken', exact: true });
    this.problems = this.section.locator('.csv-problems[role=alert]');
  }

  async fill({ name, baseYear, years, source }) {
    await this.section.getByLabel('Naam van de regio', { exact: true }).fill(name);
    await this.section.getByLabel('Basisjaar', { exact: true }).fill(String(baseYear));
    await this.section.getByLabel('Aantal jaren', { exact: true }).selectOption(String(years));
    await this.section.getByLabel('Bron van de cijfers', { exact: true }).fill(source);
  }

  async choose(label, { name, bytes }) {
    await this.section.getByLabel(label, { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
  }

  /** The preview of the file `name`: { intro, rows, notices }. */
  async preview(name) {
    const box = this.section.locator('.csv-preview').filter({ hasText: `Voorbeeld van "${name}":` });
    await box.waitFor();
    return box.evaluate((el) => ({
      intro: el.querySelector('p').textContent.trim(),
      rows: [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
      notices: [...el.querySelectorAll('.csv-notices li')].map((li) => li.textContent.trim()),
    }));
  }
}

appTest('Eigen regio beginnen: three CSVs from Excel make a region whose cards and file agree with the CLI, with nothing of the example', async (app) => {
  await app.open();
  const regions = new Regions(app);
  const before = await app.storedWorkingCopy(() => {});
  await app.button('Eigen regio beginnen').click();
  await eventually(async () => assert.equal(await regions.tab('Eigen gegevens').getAttribute('aria-selected'), 'true'));
  await eventually(async () => assert.equal(
    await app.page.evaluate(() => document.activeElement?.textContent), 'Eigen regio beginnen',
    'the form takes the focus, so a keyboard user goes on from there',
  ));

  const form = new OwnRegionForm(app.page);
  await form.fill({ name: 'Regio Testland', baseYear: 2027, years: 6, source: 'Begroting 2027 Testland' });
  await form.choose('Zorgvormen (CSV)', CARE_FORMS);
  await form.choose('Begrotingsposten (CSV)', BUDGET);
  await form.choose('Gemeenten (CSV)', PLACES);

  const forms = await form.preview(CARE_FORMS.name);
  assert.match(forms.intro, /^Voorbeeld van "zorgvormen-1252\.csv": (1 zorgvorm|\d+ zorgvormen)\./);
  assert.ok(forms.rows.some((r) => r.some((c) => c.includes('ë'))), 'Windows-1252 "ë" read as ë');
  const budget = await form.preview(BUDGET.name);
  assert.deepEqual(budget.rows.map((r) => r[0]), ['rijk', 'uitv']);
  const places = await form.preview(PLACES.name);
  assert.deepEqual(places.rows.map((r) => r[0]), ['Noordstad', 'Zuiddorp', 'Oostveen']);
  assert.ok(places.notices.some((n) => n.includes('Opmerking')), `the unused column is named: ${places.notices}`);
  // Nothing has changed yet.
  assert.deepEqual(await app.workingCopy(), before);

  await form.create.click();
  await eventually(async () => assert.equal(await regions.title(), 'Regio Testland'));
  assert.equal(await regions.horizon(), '2027 – 2032');
  const copy = await app.storedWorkingCopy((c) => assert.equal(c.name, 'Regio Testland'));
  assert.deepEqual(copy.provenance, { kind: 'own', source: 'Begroting 2027 Testland', imported: copy.provenance.imported });
  assert.match(copy.provenance.imported, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(copy.base_year, 2027);
  assert.equal(copy.years, 6);
  assert.deepEqual(copy.budget_lines.map((l) => l.id), ['rijk', 'uitv']);
  assert.deepEqual(copy.municipalities.map((m) => m.name), ['Noordstad', 'Zuiddorp', 'Oostveen']);
  assert.deepEqual(copy.targets ?? [], []);
  for (const [kind, list] of Object.entries(copy.levers)) {
    if (Array.isArray(list)) assert.deepEqual(list, [], `no ${kind} of the example`);
  }

  // The exported file is the working copy, and the cards are the CLI's figures of it.
  await app.settle();
  const exported = await new Scenarios(app).exportItem('Scenariobestand (.json)');
  assert.deepEqual(JSON.parse(exported.bytes.toString('utf8')), copy);
  const { cards } = await cardsFromCli(exported.bytes.toString('utf8'));
  await eventually(async () => assert.deepEqual(await app.figures(), cards));

  // The example's warning is nowhere: the page, every tab, the print view.
  const badge = app.page.locator('.topbar .badge');
  assert.match(await badge.textContent(), /Begroting 2027 Testland/);
  assert.doesNotMatch(await app.page.evaluate(() => document.body.innerText), EXAMPLE_WARNING);
  await app.page.emulateMedia({ media: 'print' });
  await app.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await app.settle();
  const printed = await app.page.evaluate(() => document.body.innerText);
  assert.match(printed, /Begroting 2027 Testland/);
  assert.doesNotMatch(printed, EXAMPLE_WARNING);
  await app.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await app.page.emulateMedia({ media: 'screen' });

  // Undo brings the example back.
  await regions.undoButton.click();
  await eventually(async () => assert.equal((await app.workingCopy()).name, before.name));
});

appTest('a region without care forms, with a bad table or a bad year is not made: the reason is named and nothing changes', async (app) => {
  await app.open();
  const regions = new Regions(app);
  const before = await app.storedWorkingCopy(() => {});
  const figures = await app.figures();
  await regions.showTab('Eigen gegevens');
  const form = new OwnRegionForm(app.page);
  await form.fill({ name: 'Regio Testland', baseYear: 2027, years: 6, source: '' });

  await form.create.click();
  await eventually(async () => assert.match(await form.problems.textContent(), /Kies eerst het bestand met de zorgvormen/));

  await form.choose('Zorgvormen (CSV)', CARE_FORMS);
  const bad = { name: 'begroting-fout.csv', bytes: Buffer.from('Code;Naam;Soort (inkomsten/uitgaven);Bedrag basisjaar (€)\r\nrijk;Rijk;misschien;12\r\n', 'utf8') };
  await form.choose('Begrotingsposten (CSV)', bad);
  const listed = form.section.locator('.csv-problems[role=alert]').filter({ hasText: `"${bad.name}" is niet overgenomen` });
  await eventually(async () => assert.match(await listed.textContent(), /Regel 2, kolom "soort/i));
  await form.create.click();
  await eventually(async () => assert.match(await form.problems.last().textContent(), /Begrotingsposten: Regel 2, kolom "soort/i));

  await form.choose('Begrotingsposten (CSV)', BUDGET);
  await form.section.getByLabel('Basisjaar', { exact: true }).fill('twintig');
  await form.create.click();
  await eventually(async () => assert.match(await form.problems.last().textContent(), /Basisjaar: vul een jaartal in/));
  await form.section.getByLabel('Basisjaar', { exact: true }).fill('1890');
  await form.create.click();
  await eventually(async () => assert.match(await form.problems.last().textContent(), /2000/));

  assert.deepEqual(await app.figures(), figures, 'the cards did not change');
  assert.deepEqual(await app.workingCopy(), before, 'the working copy did not change');
});
