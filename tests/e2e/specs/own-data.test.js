// Eigen gegevens: the care forms as a CSV template, and a region's own care
// forms imported from a CSV (semicolon or comma, decimal comma or point,
// Dutch headers) with a preview first. Every bad file of tests/csv-files/bad
// (and the generated 100,000-row file) is refused with its line-numbered
// Dutch message, and changes nothing: not the cards, not localStorage.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before } from 'node:test';
import { appSuite, eventually } from '../support/harness.js';
import { moveShare } from '../support/scenarios.js';
import { ensureCli, projectJson } from '../support/cli.js';
import { canonicalDecimals, CSV_FILES, csvManifest, generateCsv, Regions } from '../support/regions.js';

before(ensureCli, { timeout: 900_000 });
/** "1 zorgvorm", "14 zorgvormen". */
const careForms = (n) => `${n} ${n === 1 ? 'zorgvorm' : 'zorgvormen'}`;

const appTest = appSuite();
const BAD = csvManifest('bad');
const GOOD = csvManifest('good');
const TEMPLATE_HEADER = BAD.generated['hundred-thousand-rows.csv'].header;
/** The problems box lists at most this many; the rest as "… N meer problemen". */
const LISTED = 30;

/** Opens the app on "Eigen gegevens" once the working copy is stored. */
async function openOwnData(app) {
  await app.open();
  const regions = new Regions(app);
  await regions.showTab('Eigen gegevens');
  await app.storedWorkingCopy(() => {});
  await app.settle();
  return regions;
}

/** The CLI's yearly projection of the stored working copy, decimals written canonically. */
async function storedProjection(app) {
  return canonicalDecimals((await projectJson(JSON.stringify(await app.workingCopy()))).scenario_years);
}

/** The columns the corpus pins of a preview row: code, name, group,
 * clients, duration, and the tariff or else the price. */
function pinned(row) {
  return [row[0], row[1], row[2].replace(' (gezinsvervangend)', ''), row[3], row[5], row[6] !== '–' ? row[6] : row[7]];
}

/** The text the app lists for an expected problem, as a check on one list item. */
function matchesProblem(item, { line, column, message }) {
  if (line === 0) return !item.startsWith('Regel ') && item.includes(message);
  const prefix = column ? `Regel ${line}, kolom "${column}": ` : `Regel ${line}: `;
  return item.startsWith(prefix) && item.slice(prefix.length).includes(message);
}

/** Every bad file with its bytes: those in the folder, then the generated ones. */
function badFiles() {
  const kept = Object.entries(BAD.files)
    .map(([name, expected]) => ({ name, expected, bytes: readFileSync(join(CSV_FILES, 'bad', name)) }));
  const made = Object.entries(BAD.generated)
    .map(([name, spec]) => ({ name, expected: spec, bytes: generateCsv(spec) }));
  return [...kept, ...made];
}

appTest('the template is the current care forms in the import\'s columns; re-imported, nothing changes', async (app) => {
  const regions = await openOwnData(app);
  const copy = await app.workingCopy();
  const figures = await app.figures();
  const projection = await storedProjection(app);

  const template = await regions.downloadTemplate();

  assert.match(template.name, /-zorgvormen\.csv$/);
  assert.deepEqual([...template.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM, for Dutch Excel');
  const lines = template.bytes.toString('utf8').slice(1).split('\r\n');
  assert.equal(lines.pop(), '', 'every line ends in CRLF');
  assert.equal(lines[0], TEMPLATE_HEADER, 'the Dutch columns, semicolon separated');
  assert.deepEqual(lines.slice(1).map((l) => l.split(';')[0]), copy.care_forms.map((f) => f.id), 'a row per care form');

  await regions.chooseCsv(template.name, template.bytes);
  const preview = await regions.previewFor(template.name);
  assert.equal(preview.intro,
    `Voorbeeld van "${template.name}": ${careForms(copy.care_forms.length)}. Controleer en neem ze over.`);
  assert.deepEqual(preview.rows.map((r) => [r[0], r[1]]), copy.care_forms.map((f) => [f.id, f.label]));
  await regions.applyButton.click();

  await regions.notice.filter({ hasText: `De zorgvormen uit "${template.name}" zijn overgenomen.` }).waitFor();
  assert.doesNotMatch(await regions.notice.textContent(), /Vervallen knoppen/, 'no lever was dropped');
  await app.settle();
  assert.deepEqual(await app.figures(), figures, 'the four card figures did not change');
  await eventually(async () => assert.deepEqual(await storedProjection(app), projection,
    'the stored working copy projects as before, to the cent'));
  assert.equal(await regions.preview.count(), 0, 'the preview is closed');
});

appTest('a template round trip keeps every figure\'s source in Bronnen', async (app) => {
  const regions = await openOwnData(app);
  await regions.showTab('Bronnen');
  const sources = await regions.sourceRows();
  await regions.showTab('Eigen gegevens');
  const template = await regions.downloadTemplate();
  await regions.chooseCsv(template.name, template.bytes);
  await regions.previewFor(template.name);
  await regions.applyButton.click();
  await regions.notice.filter({ hasText: 'zijn overgenomen.' }).waitFor();

  await regions.showTab('Bronnen');
  assert.deepEqual(await regions.sourceRows(), sources);
});

appTest('every bad CSV of the corpus gives its line-numbered Dutch message and changes nothing', async (app, t) => {
  const regions = await openOwnData(app);
  const storage = await app.storage();
  const figures = await app.figures();
  const files = badFiles();
  assert.ok(files.length >= 17, `the corpus has ${files.length} files`);

  for (const { name, expected, bytes } of files) {
    await t.test(`${name}: ${expected.case}`, async () => {
      await regions.chooseCsv(name, bytes);

      const shown = await regions.problemsFor(name);
      assert.equal(shown.heading, `"${name}" is niet overgenomen; er is niets veranderd:`);
      assert.equal(shown.items.length, Math.min(expected.count, LISTED), `${name}: ${JSON.stringify(shown.items)}`);
      for (const problem of expected.problems) {
        assert.ok(shown.items.some((item) => matchesProblem(item, problem)),
          `${name}: no item for ${JSON.stringify(problem)} in ${JSON.stringify(shown.items, null, 1)}`);
      }
      assert.equal(await regions.preview.count(), 0, 'no preview, nothing to apply');
      assert.equal(await regions.applyButton.count(), 0);
      await app.settle();
      assert.deepEqual(await app.figures(), figures, `${name}: the cards did not change`);
      assert.deepEqual(await app.storage(), storage, `${name}: localStorage did not change`);
    });
  }
});

for (const [name, expected] of Object.entries(GOOD.files)) {
  appTest(`good file ${name} previews its care forms; Annuleren changes nothing`, async (app) => {
    const regions = await openOwnData(app);
    const storage = await app.storage();
    const figures = await app.figures();

    await regions.chooseCsv(name, readFileSync(join(CSV_FILES, 'good', name)));

    const preview = await regions.previewFor(name);
    assert.equal(preview.intro,
      `Voorbeeld van "${name}": ${careForms(expected.forms.length)}. Controleer en neem ze over.`);
    assert.deepEqual(preview.rows.map(pinned), expected.preview, expected.case);
    assert.deepEqual(
      await regions.preview.getByRole('columnheader').allTextContents(),
      ['Code', 'Zorgvorm', 'Groep', 'Cliënten op 1 januari', 'Instroom per jaar', 'Gemiddelde duur (maanden)',
        'Tarief per maand', 'Prijs per traject', 'Groei instroom', 'Prijsindex', 'Bron'],
      'every value that will be used',
    );
    assert.equal(await regions.problems.count(), 0);

    await regions.cancelButton.click();

    await eventually(async () => assert.equal(await regions.preview.count(), 0));
    await app.settle();
    assert.deepEqual(await app.figures(), figures);
    assert.deepEqual(await app.storage(), storage);
  });
}

appTest('applying own care forms replaces them, names the levers dropped, and undo brings the old ones back', async (app) => {
  const name = 'comma-decimal-point.csv';
  const expected = GOOD.files[name];
  const regions = await openOwnData(app);
  const figures = await app.figures();
  const before = await app.workingCopy();

  await regions.chooseCsv(name, readFileSync(join(CSV_FILES, 'good', name)));
  await regions.previewFor(name);
  await regions.applyButton.click();

  await regions.notice.filter({
    hasText: `De zorgvormen uit "${name}" zijn overgenomen. Vervallen knoppen (hun zorgvorm bestaat niet meer): `
      + 'substitutie ggz → poh, substitutie ambulant_specialistisch → ambulant_generalistisch, '
      + 'afschalen verblijf (afschalen-verblijf). Ongedaan maken zet de oude terug.',
  }).waitFor();
  await app.figureChangedFrom('saldo', figures.saldo);
  const copy = await app.storedWorkingCopy((c) => assert.equal(c.care_forms.length, expected.forms.length));
  copy.care_forms.forEach((form, i) => {
    const want = expected.forms[i];
    for (const key of ['id', 'label', 'group']) assert.equal(form[key], want[key], `${want.id}.${key}`);
    for (const key of ['clients_start', 'duration_months', 'tariff_per_month', 'inflow_growth', 'price_index']) {
      assert.equal(Number(form[key] ?? 0), Number(want[key] ?? 0), `${want.id}.${key}`);
    }
    assert.equal(form.sources.clients_start, want.source, `${want.id}: the bron column is the source`);
  });
  assert.deepEqual(copy.levers.substitutions, [], 'the substitutions named forms that are gone');
  assert.deepEqual(copy.levers.form_changes.map((c) => c.id), before.levers.form_changes.map((c) => c.id),
    'the change on residentieel stays');
  assert.deepEqual(await regions.careFormLabels(), expected.forms.map((f) => f.label), 'Per zorgvorm lists the new forms');

  await regions.undo();

  await eventually(async () => assert.deepEqual(await app.figures(), figures));
  await app.storedWorkingCopy((c) => assert.deepEqual(c.care_forms.map((f) => f.id), before.care_forms.map((f) => f.id)));
});

appTest('a semicolon file with decimal commas reads "1.700" as one thousand seven hundred', async (app) => {
  const regions = await openOwnData(app);
  const name = 'duizendtallen.csv';
  const csv = `${TEMPLATE_HEADER}\nggz;Jeugd-GGZ;ambulant;1.820;;12,5;1.700;;1,0;3,0;eigen telling\n`;

  await regions.chooseCsv(name, Buffer.from(csv, 'utf8'));

  // Either read as Dutch Excel means it, or refused on line 2; never 1,82 clients at € 1,70.
  const outcome = await eventually(async () => {
    if (await regions.problems.count()) return { problems: (await regions.problemsFor(name)).items };
    return { rows: (await regions.previewFor(name)).rows.map(pinned) };
  });
  if (outcome.problems) {
    assert.ok(outcome.problems.every((item) => item.startsWith('Regel 2, ')), JSON.stringify(outcome.problems));
  } else {
    assert.deepEqual(outcome.rows, [['ggz', 'Jeugd-GGZ', 'Ambulant', '1.820,0', '12,5', '€ 1.700,00']]);
  }
});

appTest('a file with more than 30 problems lists 30 and counts the rest', async (app) => {
  const regions = await openOwnData(app);
  const storage = await app.storage();
  const name = 'veel-fouten.csv';
  const rows = Array.from({ length: 41 }, (_, i) => `v${i};Vorm ${i};ambulant;veel;;12;1000;;;;`);
  await regions.chooseCsv(name, Buffer.from(`${TEMPLATE_HEADER}\n${rows.join('\n')}\n`, 'utf8'));

  const shown = await regions.problemsFor(name);

  assert.equal(shown.items.length, LISTED);
  shown.items.forEach((item, i) =>
    assert.equal(item, `Regel ${i + 2}, kolom "cliënten op 1 januari": "veel" is geen getal.`));
  assert.match(await regions.problems.textContent(), /… 11 meer problemen$/);
  assert.deepEqual(await app.storage(), storage);
});

appTest('a pipe-separated file is not said to be separated by commas', async (app) => {
  const regions = await openOwnData(app);
  const name = 'pipe-separated.csv';
  await regions.chooseCsv(name, readFileSync(join(CSV_FILES, 'bad', name)));

  const [item] = (await regions.problemsFor(name)).items;

  assert.match(item, /Het scheidingsteken van de kopregel wordt niet herkend/);
  assert.doesNotMatch(item, /scheidingsteken ','/, 'the header has no comma in it');
});

appTest('a chosen file removed before "Zorgvormen overnemen" is named as unreadable, and nothing changes', async (app) => {
  // The import worker reads the chosen file itself (it is never copied on the page). "Overnemen" takes the
  // preview on screen when the scenario is as it was; a lever moved since asks the worker again, and a file
  // that is gone by then gets a message, not an empty table.
  const name = 'comma-decimal-point.csv';
  const dir = mkdtempSync(join(tmpdir(), 'zorgvormen-'));
  copyFileSync(join(CSV_FILES, 'good', name), join(dir, name));
  const regions = await openOwnData(app);
  await regions.csvInput.setInputFiles(join(dir, name));
  await regions.previewFor(name);
  rmSync(dir, { recursive: true, force: true });
  await moveShare(app, '42,5');
  const figures = await app.figures();
  const before = await app.workingCopy();
  await regions.applyButton.click();
  await regions.notice.filter({
    hasText: `De zorgvormen uit "${name}" zijn niet overgenomen: Het bestand kon niet worden gelezen: is het na het kiezen veranderd, verplaatst of verwijderd? Kies het opnieuw. Er is niets veranderd.`,
  }).waitFor();
  assert.deepEqual(await app.figures(), figures);
  assert.deepEqual(await app.workingCopy(), before);
});
