// "Mijn scenario's": save as, the list with its dates, rename (a name in use
// is refused), duplicate, delete with undo, open, and "Opslaan" back into
// the entry the working copy came from, all in local storage.
import assert from 'node:assert/strict';
import { appSuite, eventually } from '../support/harness.js';
import { WORKING_COPY_KEY } from '../support/app.js';
import { entryNamed, LIBRARY_PREFIX, libraryOf, moveShare, Scenarios, SOURCE_KEY } from '../support/scenarios.js';

const appTest = appSuite();
const SHARE = 'Aandeel van de instroom';

/** The library date of `ms` as the page's time zone shows it: dd-mm-yyyy hh:mm. */
async function shownDate(page, ms) {
  return page.evaluate((at) => {
    const d = new Date(at);
    const two = (n) => String(n).padStart(2, '0');
    return `${two(d.getDate())}-${two(d.getMonth() + 1)}-${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
  }, ms);
}

appTest('"Opslaan als…" stores the working copy under a name; the list shows it with its date', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  await moveShare(app, '42,5');
  const working = await app.workingCopy();
  const before = Date.now();

  await bar.saveAs('Plan A');
  await bar.info('Bewaard als "Plan A".').waitFor();
  assert.equal(await app.page.getByLabel('Naam van het scenario').count(), 0, 'the form closes');

  const stored = await app.storage();
  const [id, entry] = entryNamed(stored, 'Plan A');
  assert.equal(entry.entry_version, 1);
  assert.ok(entry.saved_at_ms >= before - 5_000 && entry.saved_at_ms <= Date.now() + 5_000,
    `saved_at_ms ${entry.saved_at_ms} is now`);
  assert.deepEqual(entry.scenario, { ...working, name: 'Plan A' }, 'the entry is the working copy, renamed');
  assert.equal(JSON.parse(stored[SOURCE_KEY]), id, 'the working copy now belongs to the entry');
  assert.match(await app.heading.textContent(), /^Plan A/);

  await bar.openLibrary();
  assert.deepEqual(await bar.listedNames(), ['Plan A']);
  const cells = await bar.row('Plan A').getByRole('cell').allTextContents();
  assert.match(cells[0], /^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
  assert.equal(cells[0], await shownDate(app.page, entry.saved_at_ms), '"Laatst gewijzigd" is the save time');
  for (const action of ['Openen Plan A', 'Naam wijzigen', 'Dupliceren', 'Verwijderen']) {
    assert.equal(await bar.row('Plan A').getByRole('button', { name: action, exact: true }).count(), 1, action);
  }

  // The same name again is never an overwrite: the new entry is "Plan A (2)".
  await bar.saveAs('Plan A');
  await bar.info('Bewaard als "Plan A (2)".').waitFor();
  const again = await app.storage();
  assert.equal(again[LIBRARY_PREFIX + id], stored[LIBRARY_PREFIX + id], 'the first entry is untouched');
  assert.deepEqual((await bar.listedNames()).sort(), ['Plan A', 'Plan A (2)']);

  await app.reload();
  await bar.openLibrary();
  assert.deepEqual((await bar.listedNames()).sort(), ['Plan A', 'Plan A (2)'], 'the library survives a reload');
});

appTest('"Naam wijzigen" renames an entry in place; a name in use is refused and nothing changes', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  await bar.saveAs('Plan A');
  await bar.info('Bewaard als "Plan A".').waitFor();
  await moveShare(app, '30');
  await bar.saveAs('Plan B');
  await bar.info('Bewaard als "Plan B".').waitFor();
  await bar.openLibrary();
  const [idA, entryA] = entryNamed(await app.storage(), 'Plan A');

  // A name another entry has: refused, with the reason, and storage as it was.
  await bar.row('Plan A').getByRole('button', { name: 'Naam wijzigen', exact: true }).click();
  const field = bar.library.getByLabel('Nieuwe naam', { exact: true });
  assert.equal(await field.inputValue(), 'Plan A', 'the field starts with the current name');
  const before = await app.storage();
  await field.fill('Plan B');
  await bar.library.getByRole('button', { name: 'Naam opslaan', exact: true }).click();
  await bar.library.getByRole('alert').filter({ hasText: 'Er is al een scenario met deze naam.' }).waitFor();
  assert.deepEqual(await app.storage(), before, 'a refused name changes nothing stored');

  // A free name: the same entry (same key) gets it.
  await field.fill('  Plan C  ');
  await bar.library.getByRole('button', { name: 'Naam opslaan', exact: true }).click();
  await bar.row('Plan C').waitFor();
  assert.deepEqual((await bar.listedNames()).sort(), ['Plan B', 'Plan C']);
  const after = await app.storage();
  const [idC, entryC] = entryNamed(after, 'Plan C');
  assert.equal(idC, idA, 'renamed in place, not copied');
  assert.deepEqual(entryC.scenario, { ...entryA.scenario, name: 'Plan C' }, 'only the name changed');
  assert.equal(Object.keys(libraryOf(after)).length, 2);
});

/** Saves a moved working copy as "Plan A" and opens the list; returns [id, entry, stored text]. */
async function savePlanA(app, bar) {
  await moveShare(app, '42,5');
  await bar.saveAs('Plan A');
  await bar.info('Bewaard als "Plan A".').waitFor();
  await bar.openLibrary();
  const stored = await app.storage();
  const [id, entry] = entryNamed(stored, 'Plan A');
  return [id, entry, stored[LIBRARY_PREFIX + id]];
}

appTest('"Dupliceren" adds "<name> (2)" with the same scenario; the original stays as it was', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  const [idA, entryA, originalText] = await savePlanA(app, bar);

  await bar.row('Plan A').getByRole('button', { name: 'Dupliceren', exact: true }).click();
  await bar.row('Plan A (2)').waitFor();
  const withCopy = await app.storage();
  const [idCopy, copy] = entryNamed(withCopy, 'Plan A (2)');
  assert.notEqual(idCopy, idA, 'the copy is a new entry');
  assert.deepEqual(copy.scenario, { ...entryA.scenario, name: 'Plan A (2)' }, 'the copy holds the same scenario');
  assert.equal(withCopy[LIBRARY_PREFIX + idA], originalText, 'the original is untouched');

  // A copy of the copy is "Plan A (3)", not "Plan A (2) (2)".
  await bar.row('Plan A (2)').getByRole('button', { name: 'Dupliceren', exact: true }).click();
  await bar.row('Plan A (3)').waitFor();
  assert.deepEqual((await bar.listedNames()).sort(), ['Plan A', 'Plan A (2)', 'Plan A (3)']);
});

appTest('"Verwijderen" removes an entry; "Ongedaan maken" in its notice restores it byte for byte', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  const [idA, , originalText] = await savePlanA(app, bar);
  await bar.row('Plan A').getByRole('button', { name: 'Dupliceren', exact: true }).click();
  await bar.row('Plan A (2)').waitFor();

  await bar.row('Plan A').getByRole('button', { name: 'Verwijderen', exact: true }).click();
  const notice = bar.info('"Plan A" is verwijderd.');
  await notice.waitFor();
  await bar.row('Plan A').waitFor({ state: 'detached' });
  assert.deepEqual(await bar.listedNames(), ['Plan A (2)']);
  const deleted = await app.storage();
  assert.equal(deleted[LIBRARY_PREFIX + idA], undefined, 'the key is gone');
  assert.equal(deleted[SOURCE_KEY], undefined, 'the working copy no longer points at the deleted entry');
  assert.ok(deleted[WORKING_COPY_KEY], 'the working copy itself stays');

  await notice.getByRole('button', { name: 'Ongedaan maken', exact: true }).click();
  await bar.row('Plan A').waitFor();
  await notice.waitFor({ state: 'detached' });
  assert.deepEqual((await bar.listedNames()).sort(), ['Plan A', 'Plan A (2)']);
  assert.equal((await app.storage())[LIBRARY_PREFIX + idA], originalText, 'restored byte for byte under its own key');
});

appTest('"Openen" shows a saved scenario; "Opslaan" then saves back into that entry, also after a reload', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  const share = app.lever(app.rule(0), SHARE);
  await moveShare(app, '42,5');
  const savedFigures = await app.figures();
  await bar.saveAs('Plan A');
  await bar.info('Bewaard als "Plan A".').waitFor();
  const [idA] = entryNamed(await app.storage(), 'Plan A');

  await app.button('Terug naar het voorbeeld').click();
  await app.figureChangedFrom('besparing', savedFigures.besparing);
  await moveShare(app, '10');
  assert.equal((await app.storage())[SOURCE_KEY], undefined, 'the example belongs to no entry');

  await bar.openFromLibrary('Plan A');
  await bar.info('"Plan A" geopend.').waitFor();
  await eventually(async () => assert.deepEqual(await app.figures(), savedFigures, 'the saved figures are back'));
  assert.equal(await share.field.inputValue(), '42,5');
  assert.match(await app.heading.textContent(), /^Plan A/);
  await app.waitForStoredShare(0, 42.5);
  assert.equal(JSON.parse((await app.storage())[SOURCE_KEY]), idA);

  // Change and "Opslaan": the same entry, newer, no new entry.
  const { saved_at_ms: firstSave } = entryNamed(await app.storage(), 'Plan A')[1];
  await moveShare(app, '25');
  await bar.saveButton.click();
  await bar.info('"Plan A" is bewaard.').waitFor();
  let stored = await app.storage();
  assert.equal(Object.keys(libraryOf(stored)).length, 1, 'no second entry');
  let [id, entry] = entryNamed(stored, 'Plan A');
  assert.equal(id, idA);
  assert.equal(Number(entry.scenario.levers.substitutions[0].share), 0.25);
  assert.ok(entry.saved_at_ms >= firstSave);

  // After a reload the working copy still belongs to the entry.
  await app.reload();
  await moveShare(app, '35');
  await bar.saveButton.click();
  await bar.info('"Plan A" is bewaard.').waitFor();
  stored = await app.storage();
  assert.equal(Object.keys(libraryOf(stored)).length, 1, 'still one entry after a reload');
  [id, entry] = entryNamed(stored, 'Plan A');
  assert.equal(id, idA);
  assert.equal(Number(entry.scenario.levers.substitutions[0].share), 0.35);
});
