// Files in and out: a scenario exported and imported again gives the same
// figures and joins the library as a copy (by the button and by dropping it
// on the window); the CSV for Excel equals the command-line tool's byte for
// byte, and the JSON table its output; charts download as SVG and PNG.
import assert from 'node:assert/strict';
import { before } from 'node:test';
import { appSuite, eventually } from '../support/harness.js';
import { CHART_TITLES } from '../support/app.js';
import { ensureCli } from '../support/cli.js';
import { cliProject, entryNamed, LIBRARY_PREFIX, moveShare, Scenarios } from '../support/scenarios.js';

before(ensureCli, { timeout: 900_000 });
const appTest = appSuite();
const SCENARIO_FILE = 'Scenariobestand (.json)';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Opens the app, moves a lever (so the figures are not the example's) and saves it as "Voorbeeldregio". */
async function movedAndSaved(app, bar) {
  await app.open();
  const example = await app.figures();
  await moveShare(app, '42,5');
  await bar.saveButton.click();
  await bar.info('Bewaard als "Voorbeeldregio".').waitFor();
  return { example, moved: await app.figures() };
}

/** The imported file must now be open and in the library as "Voorbeeldregio (2)", the saved original untouched. */
async function assertImportedAsCopy(app, bar, { fileName, exported, moved, storedBefore }) {
  await bar.info(`"${fileName}" is geïmporteerd als "Voorbeeldregio (2)".`).waitFor();
  await eventually(async () => assert.deepEqual(await app.figures(), moved, 'the imported figures are the exported ones'));
  assert.match(await app.heading.textContent(), /^Voorbeeldregio \(2\)/);
  assert.deepEqual((await bar.listedNames()).sort(), ['Voorbeeldregio', 'Voorbeeldregio (2)']);

  const stored = await app.storage();
  const [originalId] = entryNamed(storedBefore, 'Voorbeeldregio');
  assert.equal(stored[LIBRARY_PREFIX + originalId], storedBefore[LIBRARY_PREFIX + originalId],
    'the saved scenario of the same name is not overwritten');
  const [, copy] = entryNamed(stored, 'Voorbeeldregio (2)');
  assert.deepEqual(copy.scenario, { ...JSON.parse(exported), name: 'Voorbeeldregio (2)' },
    'the library holds the file as it was, under the new name');
}

appTest('an exported scenario file, imported again, gives the same figures and table and is added as "<name> (2)"', async (app) => {
  const bar = new Scenarios(app);
  const { example, moved } = await movedAndSaved(app, bar);

  const file = await bar.exportItem(SCENARIO_FILE);
  assert.equal(file.name, 'voorbeeldregio.jeugdscenario.json');
  const exported = file.bytes.toString('utf8');
  const parsed = JSON.parse(exported);
  assert.equal(parsed.format, 'jeugdscenario');
  assert.equal(parsed.version, 5, 'written in the newest format version');
  assert.deepEqual(parsed.provenance, { kind: 'example' }, 'the example says so in its file');
  assert.match(parsed.app_version, /^\d+\.\d+\.\d+/, 'the file records the app version that wrote it');
  assert.equal(Number(parsed.levers.substitutions[0].share), 0.425, 'the file holds the moved lever');
  const table = await bar.exportItem('Tabel voor Excel (.csv)');

  await app.button('Terug naar het voorbeeld').click();
  await app.figureChangedFrom('besparing', moved.besparing);
  assert.deepEqual(await app.figures(), example);
  const storedBefore = await app.storage();

  await bar.importFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
  await assertImportedAsCopy(app, bar, { fileName: file.name, exported, moved, storedBefore });
  const again = await bar.exportItem('Tabel voor Excel (.csv)');
  assert.ok(again.bytes.equals(table.bytes), 'the whole projection table is byte for byte the one exported before');
});

appTest('a scenario file dropped on the window is imported like a chosen one', async (app) => {
  const bar = new Scenarios(app);
  const { moved } = await movedAndSaved(app, bar);
  const file = await bar.exportItem(SCENARIO_FILE);
  const exported = file.bytes.toString('utf8');
  await app.button('Terug naar het voorbeeld').click();
  await app.figureChangedFrom('besparing', moved.besparing);
  const storedBefore = await app.storage();

  await bar.dropFile('gesleept.jeugdscenario.json', exported);
  await assertImportedAsCopy(app, bar, { fileName: 'gesleept.jeugdscenario.json', exported, moved, storedBefore });
});

appTest('"Tabel voor Excel (.csv)" is byte for byte what `jeugdscenario project --format csv` prints for the exported file', async (app) => {
  const bar = new Scenarios(app);
  await movedAndSaved(app, bar);
  const file = await bar.exportItem(SCENARIO_FILE);
  const csv = await bar.exportItem('Tabel voor Excel (.csv)');
  assert.equal(csv.name, 'voorbeeldregio-projectie.csv');

  const expected = await cliProject(file.bytes, 'csv');
  assert.ok(csv.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'UTF-8 BOM, so Excel reads it as UTF-8');
  assert.match(csv.bytes.toString('utf8'), /^\uFEFFVariant;/, 'semicolon separated');
  assert.ok(csv.bytes.length > 1000, `a real table, ${csv.bytes.length} bytes`);
  if (!csv.bytes.equals(expected)) {
    const a = csv.bytes.toString('utf8').split('\n');
    const b = expected.toString('utf8').split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    assert.fail(`the browser's CSV (${csv.bytes.length} bytes) differs from the CLI's (${expected.length} bytes) `
      + `first at line ${line + 1}:\n  browser: ${JSON.stringify(a[line])}\n  CLI:     ${JSON.stringify(b[line])}`);
  }
});

appTest('"Tabel als JSON (.json)" parses and holds what `jeugdscenario project --format json` prints', async (app) => {
  const bar = new Scenarios(app);
  await movedAndSaved(app, bar);
  const file = await bar.exportItem(SCENARIO_FILE);
  const table = await bar.exportItem('Tabel als JSON (.json)');
  assert.equal(table.name, 'voorbeeldregio-projectie.json');

  const parsed = JSON.parse(table.bytes.toString('utf8'));
  const expected = JSON.parse((await cliProject(file.bytes, 'json')).toString('utf8'));
  assert.ok(Array.isArray(parsed.scenario_years) && parsed.scenario_years.length > 0, 'yearly figures');
  assert.deepEqual(parsed, expected);
});

appTest('every chart downloads as an SVG document and as a PNG image of it', async (app) => {
  const bar = new Scenarios(app);
  await app.open();
  for (const title of CHART_TITLES) {
    const chart = app.chart(title);
    const svg = await bar.download(() => chart.getByRole('button', { name: 'Download SVG', exact: true }).click());
    assert.match(svg.name, /^voorbeeldregio-[\w-]+\.svg$/, title);
    const text = svg.bytes.toString('utf8');
    assert.ok(text.startsWith('<svg'), `${title}: starts with <svg, not ${JSON.stringify(text.slice(0, 20))}`);
    assert.ok(text.trimEnd().endsWith('</svg>'), `${title}: ends with </svg>`);
    const svgInfo = await app.page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        texts: root.querySelectorAll('text').length,
      };
    }, text);
    assert.equal(svgInfo.error, null, `${title}: the SVG is well-formed XML`);
    assert.ok(svgInfo.width > 0 && svgInfo.height > 0, `${title}: the SVG has a size (${svgInfo.width}x${svgInfo.height})`);
    assert.ok(svgInfo.texts > 0, `${title}: the SVG carries its labels as text`);

    const png = await bar.download(() => chart.getByRole('button', { name: 'Download PNG', exact: true }).click());
    assert.equal(png.name, svg.name.replace(/\.svg$/, '.png'));
    assert.ok(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE), `${title}: PNG signature`);
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    assert.deepEqual([width, height], [svgInfo.width * 2, svgInfo.height * 2], `${title}: the PNG is the chart at twice its size`);
    const inked = await app.page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 600) dark++;
      return dark / (data.length / 4);
    }, png.bytes.toString('base64'));
    assert.ok(inked > 0.01, `${title}: the PNG shows the chart, not a blank image (${(inked * 100).toFixed(2)}% drawn)`);
  }
});
