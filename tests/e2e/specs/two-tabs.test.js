// Two tabs of one browser never silently overwrite each other's saved
// scenarios: a save over an entry that the other tab changed or deleted
// since it was opened becomes a copy, with a notice; each tab's list follows
// the other's saves through the storage event.
import assert from 'node:assert/strict';
import { appSuite, eventually } from '../support/harness.js';
import { entryNamed, LIBRARY_PREFIX, libraryOf, moveShare, openTab, Scenarios, SOURCE_KEY } from '../support/scenarios.js';

const appTest = appSuite();
const SHARE = 'Aandeel van de instroom';

/** Both tabs showing "Plan A" opened from the library; returns { a, b, barA, barB, problemsB, id }. */
async function bothOpenPlanA(app) {
  await app.open();
  const barA = new Scenarios(app);
  await moveShare(app, '42,5');
  await barA.saveAs('Plan A');
  await barA.info('Bewaard als "Plan A".').waitFor();
  const [id] = entryNamed(await app.storage(), 'Plan A');

  const { app: b, problems: problemsB } = await openTab(app);
  const barB = new Scenarios(b);
  for (const [tab, bar] of [[app, barA], [b, barB]]) {
    await bar.openFromLibrary('Plan A');
    await bar.info('"Plan A" geopend.').waitFor();
    await eventually(async () => assert.equal(await tab.lever(tab.rule(0), SHARE).field.inputValue(), '42,5'));
  }
  return { a: app, b, barA, barB, problemsB, id };
}

/** The share stored in an entry, as a number. */
const shareOf = (entry) => Number(entry.scenario.levers.substitutions[0].share);

appTest('a save over an entry the other tab saved since is kept as a copy; the other tab\'s version stays', async (app) => {
  const { a, b, barA, barB, problemsB, id } = await bothOpenPlanA(app);

  // Tab B changes Plan A and saves it, then saves a new scenario too.
  await moveShare(b, '20');
  await barB.saveButton.click();
  await barB.info('"Plan A" is bewaard.').waitFor();
  const [, savedByB] = entryNamed(await b.storage(), 'Plan A');
  assert.equal(shareOf(savedByB), 0.2);
  await barB.saveAs('Plan B');
  await barB.info('Bewaard als "Plan B".').waitFor();

  // Tab A's open list follows through the storage event, without any action in A.
  await eventually(async () => assert.deepEqual((await barA.listedNames()).sort(), ['Plan A', 'Plan B']));

  // Tab B's changes reached the working copy, so tab A (still showing its
  // older Plan A) is asked which version to keep; it keeps its own.
  await a.page.getByRole('alert').filter({ hasText: 'Een ander tabblad heeft de werkversie gewijzigd.' })
    .getByRole('button', { name: 'Mijn versie houden', exact: true }).click();

  // Tab A changes its (older) Plan A and saves: a copy, with a notice.
  await moveShare(a, '30');
  await barA.saveButton.click();
  const notice = barA.error('in een ander tabblad');
  await notice.waitFor();
  assert.equal((await notice.locator('p').textContent()).trim(),
    'Dit scenario is intussen in een ander tabblad gewijzigd of verwijderd. '
    + 'Uw versie is bewaard als "Plan A (2)"; er is niets overschreven.');

  const stored = await a.storage();
  const [idB, planA] = entryNamed(stored, 'Plan A');
  assert.equal(idB, id);
  assert.deepEqual(planA, savedByB, 'tab B\'s Plan A is untouched');
  const [copyId, copy] = entryNamed(stored, 'Plan A (2)');
  assert.equal(shareOf(copy), 0.3, 'tab A\'s version is the copy');
  assert.equal(Object.keys(libraryOf(stored)).length, 3);
  assert.match(await a.heading.textContent(), /^Plan A \(2\)/, 'tab A now works on its copy');
  assert.deepEqual((await barA.listedNames()).sort(), ['Plan A', 'Plan A (2)', 'Plan B']);
  await eventually(async () => assert.deepEqual((await barB.listedNames()).sort(), ['Plan A', 'Plan A (2)', 'Plan B']),
    { timeout: 5_000 });

  // Tab A's next save goes into its copy, quietly.
  await moveShare(a, '35');
  await barA.saveButton.click();
  await barA.info('"Plan A (2)" is bewaard.').waitFor();
  const after = await a.storage();
  assert.equal(shareOf(entryNamed(after, 'Plan A (2)')[1]), 0.35);
  assert.equal(JSON.parse(after[SOURCE_KEY]), copyId);
  assert.deepEqual(entryNamed(after, 'Plan A')[1], savedByB, 'tab B\'s Plan A is still untouched');
  assert.equal(Object.keys(libraryOf(after)).length, 3);
  await b.settle();
  assert.deepEqual(problemsB, [], 'tab B logged no errors');
});

appTest('a save over an entry the other tab deleted is kept as a new entry, with a notice', async (app) => {
  const { a, b, barA, barB, problemsB, id } = await bothOpenPlanA(app);
  await barA.openLibrary();

  await barB.openLibrary();
  await barB.row('Plan A').getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await barB.info('"Plan A" is verwijderd.').waitFor();
  await eventually(async () => assert.deepEqual(await barA.listedNames(), [], 'tab A\'s list follows the delete'));

  await moveShare(a, '30');
  await barA.saveButton.click();
  await barA.error('in een ander tabblad').waitFor();
  const stored = await a.storage();
  const [newId, entry] = entryNamed(stored, 'Plan A');
  assert.notEqual(newId, id, 'a new entry, not the deleted one brought back under its old key');
  assert.equal(stored[LIBRARY_PREFIX + id], undefined);
  assert.equal(shareOf(entry), 0.3);
  await eventually(async () => assert.deepEqual(await barB.listedNames(), ['Plan A']), { timeout: 5_000 });
  await b.settle();
  assert.deepEqual(problemsB, [], 'tab B logged no errors');
});
