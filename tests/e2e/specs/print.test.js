// The report for the council: "Afdrukken" (or Ctrl+P) prints the same A4
// report from every tab: title block with provenance, cards, measures,
// charts with their tables, targets, waterfall, per municipality, sources;
// page numbers; no control. Read back from the PDF's text layer.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appSuite } from '../support/harness.js';
import { CARDS, CHART_TITLES } from '../support/app.js';
import { Regions } from '../support/regions.js';
import { Scenarios } from '../support/scenarios.js';

const appTest = appSuite();

appTest('"Afdrukken" calls the browser\'s print', async (app) => {
  await app.open();
  await app.page.evaluate(() => {
    globalThis.__e2ePrints = 0;
    window.print = () => { globalThis.__e2ePrints += 1; };
  });
  await new Scenarios(app).toolbar.getByRole('button', { name: 'Afdrukken', exact: true }).click();
  assert.equal(await app.page.evaluate(() => globalThis.__e2ePrints), 1);
});

/** Builds the report as the browser does before printing, in print media. */
async function startPrint(app) {
  await app.page.emulateMedia({ media: 'print' });
  await app.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await app.settle();
}

async function endPrint(app) {
  await app.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await app.page.emulateMedia({ media: 'screen' });
  await app.settle();
}

/** The printed PDF's text, as pdftotext reads it (its text layer). */
async function printedText(app) {
  await startPrint(app);
  const pdf = await app.page.pdf({ format: 'A4', preferCSSPageSize: true });
  await endPrint(app);
  const dir = mkdtempSync(join(tmpdir(), 'rapport-'));
  const file = join(dir, 'rapport.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  return text;
}

/** Labels of controls that must never be printed. */
const CONTROL_LABELS = [
  'Afdrukken', 'Gevoeligheid berekenen', '— kies —', 'Zoeken', 'Download SVG', 'Toon tabel',
  'Workshopmodus', 'Terug naar het voorbeeld', 'Ongedaan maken', 'Deel via link', 'Onzekerheid berekenen',
];

appTest('on paper only the report: no toolbar, levers or buttons; the title block, cards, charts with their tables', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  const page = app.page;
  const levers = page.getByRole('complementary', { name: 'Knoppen', exact: true });
  const report = page.getByRole('article', { name: 'Voorbeeldregio', exact: true });
  assert.ok(await bar.toolbar.isVisible() && await levers.isVisible(), 'on screen: toolbar and levers');
  assert.equal(await report.count(), 0, 'on screen the report is not built');

  await startPrint(app);
  assert.ok(await bar.toolbar.isHidden(), 'the toolbar is hidden');
  assert.ok(await levers.isHidden(), 'the levers are hidden');
  assert.ok(await report.isVisible(), 'the report shows');
  assert.equal(await report.getByRole('button').count(), 0, 'no button in the report');
  assert.equal(await report.locator('input, select, textarea').count(), 0, 'no input in the report');
  assert.match(await report.innerText(), /Afgedrukt op \d{2}-\d{2}-\d{4}/);
  assert.match(await report.innerText(), /Illustratief voorbeeld: verzonnen regio/);
  const summary = report.locator('.print-summary');
  assert.match(await summary.textContent(), /^Met deze keuzes gaat het cumulatief saldo van € -[\d.,]+ mln \(basislijn\) naar € -[\d.,]+ mln; de grootste bijdrage komt van /);
  for (const card of CARDS) assert.ok(await report.getByTestId(`rapport-kaart-${card}`).isVisible(), `card ${card} in the report`);
  assert.ok(await report.getByRole('heading', { name: 'Maatregelen in woorden' }).isVisible());
  for (const title of CHART_TITLES) {
    const chart = report.getByRole('figure', { name: title, exact: true });
    assert.ok(await chart.isVisible(), `chart ${title} shows`);
    const box = await chart.locator('svg[role=img]').boundingBox();
    assert.ok(box && box.width > 500 && box.height > 250, `chart ${title} is drawn at a readable size: ${JSON.stringify(box)}`);
    assert.ok(await chart.locator('table').first().isVisible(), `chart ${title} has its table`);
  }
  assert.ok(await report.getByRole('heading', { name: 'Bijlage: bronnen' }).isVisible());

  // After printing the report is gone and the screen is as before.
  await endPrint(app);
  assert.equal(await report.count(), 0, 'built only while printing');
  assert.ok(await bar.toolbar.isVisible() && await levers.isVisible());
});

appTest('the printed report is the same from every tab: title block, page numbers, sources, no control', async (app) => {
  await app.open();
  const regions = new Regions(app);
  const texts = {};
  for (const tab of ['Projectie', 'Analyse', 'Bronnen', 'Vergelijken', 'De zaal']) {
    await regions.showTab(tab);
    texts[tab] = await printedText(app);
  }
  const first = texts.Projectie;
  for (const expected of ['Voorbeeldregio', '2026 – 2035', 'Illustratief voorbeeld', 'Rekenmodel jeugdscenario',
    'Aandeel residentiële zorg', 'Maatregelen in woorden', 'Kosten tegenover begroting', 'Cliënten per groep',
    'Waarom verandert het cumulatief saldo?', 'Per gemeente', 'Bijlage: bronnen', 'pagina 1 van']) {
    assert.ok(first.includes(expected), `the report holds "${expected}"`);
  }
  const pages = Number(first.match(/pagina 1 van (\d+)/)[1]);
  assert.ok(pages >= 3, `the report has ${pages} pages`);
  assert.ok(first.includes(`pagina ${pages} van ${pages}`), 'the last page is numbered too');
  for (const label of CONTROL_LABELS) assert.ok(!first.includes(label), `no control "${label}" printed`);
  // The date is the same within the test; everything else must be too.
  for (const [tab, text] of Object.entries(texts)) assert.equal(text, first, `the report from ${tab} equals the one from Projectie`);
});

appTest('a notice on screen is not printed', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  await bar.saveAs('Plan A');
  const notice = bar.info('Bewaard als "Plan A".');
  await notice.waitFor();
  await app.page.emulateMedia({ media: 'print' });
  assert.ok(await notice.isHidden());
});

appTest('a scenario with targets prints its Doelen with the outcomes in words', async (app) => {
  await app.open();
  const page = app.page;
  const printed = page.locator('.print-targets');
  assert.equal(await printed.count(), 0, 'the example has no targets');
  await new Regions(app).openPreset('Regio Alkmaar – Transformatieagenda jeugdhulp 2016-2018');
  await startPrint(app);
  assert.ok(await printed.isVisible(), 'the Doelen table is in the report');
  const rows = printed.locator('tbody tr');
  assert.equal(await rows.count(), 2);
  assert.match(await rows.first().innerText(), /ten opzichte van 31 december 2013[\s\S]*(Niet gehaald|Gehaald)[\s\S]*bereikt/);
  const text = await printedText(app);
  assert.ok(text.includes('Regionaal plan:'), 'the report names the plan its figures come from');
  assert.ok(!text.includes('verzonnen regio'), "a plan's report never calls itself made up");
  assert.equal(await printed.count(), 0, 'built only while printing');
});
