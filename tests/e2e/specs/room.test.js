// De zaal: five participants' files added at once, one of them broken: the
// broken one is named with its message, the others load; per knob the room's
// spread and who chose what; the median of every knob, or one participant's
// scenario, becomes the working copy and undo brings the previous one back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appSuite, eventually } from '../support/harness.js';
import { ROOT } from '../support/browser.js';
import { Regions } from '../support/regions.js';
import { Scenarios } from '../support/scenarios.js';

const appTest = appSuite();
const EXAMPLE = JSON.parse(readFileSync(join(ROOT, 'crates', 'engine', 'data', 'voorbeeldregio.json'), 'utf8'));
const SHARE_ROW = 'Substitutie Jeugd-GGZ → POH-jeugd (praktijkondersteuner huisarts): Aandeel van de instroom';

/** A participant's file: the example with the GGZ → POH share at `share`. */
function participant(name, share) {
  const s = structuredClone(EXAMPLE);
  s.name = `Voorstel ${name}`;
  s.levers.substitutions.find((r) => r.id === 'ggz-naar-poh').share = share;
  return { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(s)) };
}

const FILES = () => [
  participant('anna', 0.1),
  participant('bram', 0.3),
  { name: 'stuk.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "jeugdscenario", "version": 1}') },
  participant('cas', 0.2),
  participant('dewi', 0.25),
  participant('eva', 0.05),
];

/** Adds the files by the file field, or drops them on the view as a person dragging them from the desktop. */
async function addFiles(app, { drop = false } = {}) {
  await new Regions(app).showTab('De zaal');
  const view = app.page.getByRole('tabpanel');
  if (!drop) {
    await view.getByLabel("Scenario's van de deelnemers", { exact: true }).setInputFiles(FILES());
    return view;
  }
  const files = FILES().map((f) => [f.name, f.buffer.toString('utf8')]);
  await view.locator('section.panel').evaluate((section, list) => {
    const transfer = new DataTransfer();
    for (const [name, text] of list) transfer.items.add(new File([text], name, { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      section.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, files);
  return view;
}

/** The per-knob table's rows as { label: [lowest, median, highest, who] }. */
async function knobRows(view) {
  const rows = await view.locator('table.room-table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  return Object.fromEntries(rows.map(([label, ...cells]) => [label, cells]));
}

appTest('five files and a broken one dropped in: the broken one is named, each knob shows its spread and who chose what', async (app) => {
  await app.open();
  const view = await addFiles(app, { drop: true });
  const problems = view.locator('.csv-problems[role=alert]');
  await problems.waitFor();
  assert.match(await problems.textContent(), /^"stuk\.json" is niet geopend; er is niets veranderd\./);
  await view.getByText("5 scenario's van deelnemers.", { exact: true }).waitFor();

  const rows = await knobRows(view);
  const firstLabel = Object.keys(rows)[0];
  assert.equal(firstLabel, SHARE_ROW, 'the widest spread comes first');
  const [lowest, median, highest, who] = rows[SHARE_ROW];
  assert.deepEqual([lowest, median, highest], ['5,0%', '20,0%', '30,0%']);
  assert.equal(who, 'anna.json: 10,0% · bram.json: 30,0% · cas.json: 20,0% · dewi.json: 25,0% · eva.json: 5,0%');
  assert.equal(await view.getByRole('img', { name: /^Saldo per jaar in de zaal/ }).count(), 1);
  // Dropped on De zaal, the files are read there only: nothing was imported into the library.
  assert.deepEqual(Object.keys(await app.storage()).filter((k) => k.startsWith('jeugdhulp.scenario.')), []);
  assert.equal(await app.page.locator('.drop-hint').count(), 0, 'no import hint left on screen');
});

appTest('the median of every knob becomes the working copy; undo brings the example back', async (app) => {
  await app.open();
  const view = await addFiles(app);
  await view.getByText("5 scenario's van deelnemers.", { exact: true }).waitFor();
  await view.getByRole('button', { name: 'Mediaan van elke knop overnemen', exact: true }).click();
  await app.storedWorkingCopy((copy) => {
    assert.equal(copy.name, 'Mediaan van de zaal');
    assert.equal(Number(copy.levers.substitutions.find((r) => r.id === 'ggz-naar-poh').share), 0.2);
  });
  await new Scenarios(app).undoButton.click();
  await app.storedWorkingCopy((copy) => assert.equal(copy.name, 'Voorbeeldregio'));

  await view.getByRole('button', { name: 'Overnemen: bram.json', exact: true }).click();
  await eventually(async () => assert.match(await app.heading.textContent(), /^Voorstel bram/));
});
