// Bronnen: every figure of the scenario with its source; a figure the user
// changes is marked "gewijzigd" and the changed-only filter shows just those.
import assert from 'node:assert/strict';
import { before } from 'node:test';
import { appSuite, eventually } from '../support/harness.js';
import { ensureCli } from '../support/cli.js';
import { presetFile, presets, Regions } from '../support/regions.js';

before(ensureCli, { timeout: 900_000 });
const appTest = appSuite();
const CLIENTS = 'Cliënten op 1 januari';

/** The one row for `item` and `field`. */
function row(rows, item, field) {
  const found = rows.filter((r) => r.item === item && r.field === field);
  assert.equal(found.length, 1, `one row for ${item} / ${field}: ${JSON.stringify(found)}`);
  return found[0];
}

appTest('every figure of the example has a row with its source; nothing is marked changed', async (app) => {
  await app.open();
  const regions = new Regions(app);
  await regions.showTab('Bronnen');
  const rows = await regions.sourceRows();
  const scenario = await app.workingCopy();

  assert.deepEqual(
    await app.page.getByRole('columnheader').allTextContents(),
    ['Onderdeel', 'Gegeven', 'Waarde', 'Bron'],
  );
  for (const r of rows) assert.notEqual(r.source, '', `a source for ${r.item} / ${r.field}`);
  assert.deepEqual(rows.filter((r) => r.changed), [], 'nothing changed yet');
  assert.equal(await regions.changedCount(), 0);
  // A row per care form's clients, with that form's own source.
  for (const form of scenario.care_forms) {
    const r = row(rows, form.label, CLIENTS);
    assert.equal(r.source, form.sources.clients_start, `${form.label}: source as in the scenario`);
  }
  const foster = row(rows, 'Pleegzorg', CLIENTS);
  assert.equal(foster.value, '514,0');
  assert.match(foster.source, /NJi/, 'foster care numbers come from the NJi');
  for (const m of scenario.municipalities) row(rows, m.name, 'Aandeel verdeelsleutel');
});

appTest('changing "Cliënten op 1 januari" of Pleegzorg marks that row, and the filter shows only it', async (app) => {
  await app.open();
  const regions = new Regions(app);
  await regions.showTab('Bronnen');
  const before = await regions.sourceRows();
  const figures = await app.figures();

  const fold = await regions.careForm('Pleegzorg');
  await app.lever(fold, CLIENTS).type('600');
  await app.figureChangedFrom('cumulatief', figures.cumulatief);

  const after = await eventually(async () => {
    const rows = await regions.sourceRows();
    assert.equal(row(rows, 'Pleegzorg', CLIENTS).value, '600,0');
    return rows;
  });
  const changed = row(after, 'Pleegzorg', CLIENTS);
  assert.equal(changed.changed, 'gewijzigd');
  assert.equal(changed.source, row(before, 'Pleegzorg', CLIENTS).source, 'the source stays as it was');
  assert.deepEqual(
    after.filter((r) => r.changed).map((r) => [r.item, r.field]),
    [['Pleegzorg', CLIENTS]],
    'only the edited figure is marked',
  );
  assert.equal(after.length, before.length, 'the table still lists every figure');
  assert.equal(await regions.changedCount(), 1);

  await regions.changedOnly.check();

  await eventually(async () => {
    const shown = await regions.sourceRows();
    assert.deepEqual(shown.map((r) => [r.item, r.field, r.value, r.changed]),
      [['Pleegzorg', CLIENTS, '600,0', 'gewijzigd']]);
  });
  await regions.changedOnly.uncheck();
  await eventually(async () => assert.equal((await regions.sourceRows()).length, before.length));
});

appTest('a preset shows its plan as source and starts with nothing changed', async (app) => {
  const plan = presets().find((p) => p.id === 'zuid-holland-zuid-2022');
  const scenario = JSON.parse(await presetFile(plan.id));
  await app.open();
  const regions = new Regions(app);
  await regions.openPreset(plan.title);
  await regions.showTab('Bronnen');

  const rows = await eventually(async () => {
    const shown = await regions.sourceRows();
    row(shown, 'Dordrecht', 'Aandeel verdeelsleutel');
    return shown;
  });
  const dordrecht = row(rows, 'Dordrecht', 'Aandeel verdeelsleutel');
  assert.equal(dordrecht.value, '32,55%');
  // The share is the plan's; applying it to all cost is an assumption.
  assert.match(dordrecht.source, /^aanname: .*Werk voor de Jeugd 2022-2023, §3\.3 Verdeelsleutel.*32,55%/);
  const expected = scenario.municipalities.find((m) => m.name === 'Dordrecht').sources.share;
  assert.equal(dordrecht.source, expected);
  assert.deepEqual(rows.filter((r) => r.changed), [], 'opened as is: nothing changed');
  assert.equal(await regions.changedCount(), 0);
});

appTest('after undoing a preset, the figures of the scenario brought back are not marked changed', async (app) => {
  await app.open();
  const regions = new Regions(app);
  await regions.showTab('Bronnen');
  const before = await regions.sourceRows();
  await regions.openPreset(presets().at(-1).title);
  await regions.undo();
  await eventually(async () => assert.equal(await regions.title(), 'Voorbeeldregio'));

  const after = await regions.sourceRows();
  assert.deepEqual(after.filter((r) => r.changed).map((r) => [r.item, r.field]), [],
    'the example as it was opened has no changed figures');
  assert.deepEqual(after, before);
});
