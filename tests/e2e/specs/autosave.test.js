// Autosave loses nothing: a drag (mouse or key held) is written once, when it
// ends; one still held when the tab closes is written on pagehide, one held
// while the page is hidden at once; two tabs
// never silently overwrite each other's working copy: the other tab is
// offered the choice, and a tab closed before choosing keeps its version in
// "Mijn scenario's".
import assert from 'node:assert/strict';
import { appSuite, eventually } from '../support/harness.js';
import { entryNamed, openTab, Scenarios } from '../support/scenarios.js';
import { WORKING_COPY_KEY } from '../support/app.js';

const appTest = appSuite();
const SHARE = 'Aandeel van de instroom';
const CONFLICT = 'Een ander tabblad heeft de werkversie gewijzigd.';

/** The share of substitution rule 0 in the stored working copy, in percent. */
async function storedShare(app) {
  return Math.round(Number((await app.workingCopy()).levers.substitutions[0].share) * 100_000) / 1000;
}

/** Closes a tab as a person does (pagehide runs) and waits until it is gone. */
async function closeTab(app) {
  const closed = new Promise((resolve) => app.page.once('close', resolve));
  await app.page.close({ runBeforeUnload: true });
  await closed;
}

/**
 * Presses the mouse on the share slider and moves it `dx` pixels: input
 * events only, the drag goes on (no change event until the mouse is up).
 * Returns the value the slider shows.
 */
async function holdSliderMoved(app, dx) {
  const slider = app.lever(app.rule(0), SHARE).slider;
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  await app.page.mouse.move(box.x + box.width / 2, y);
  await app.page.mouse.down();
  await app.page.mouse.move(box.x + box.width / 2 + dx, y, { steps: 4 });
  return app.lever(app.rule(0), SHARE).sliderValue();
}

/** The working-copy choice in `app`, with its two buttons. */
function conflictOf(app) {
  const notice = app.page.getByRole('alert').filter({ hasText: CONFLICT });
  return {
    notice,
    theirs: notice.getByRole('button', { name: 'Die versie openen', exact: true }),
    mine: notice.getByRole('button', { name: 'Mijn versie houden', exact: true }),
  };
}

/**
 * Counts, in every page of `app`'s browser, the writes of the working copy
 * (`window.workingCopyWrites`).
 */
async function countWorkingCopyWrites(app) {
  await app.page.context().addInitScript((key) => {
    window.workingCopyWrites = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === key) window.workingCopyWrites += 1;
      return setItem.call(this, k, v);
    };
  }, WORKING_COPY_KEY);
}

appTest('a slider moved and the tab closed at once: the moved value is back when the app opens again', async (app) => {
  const { app: first, problems } = await openTab(app);
  const before = await storedShare(first);
  const moved = await holdSliderMoved(first, 60);
  assert.notEqual(moved, before, 'the drag moved the slider');
  assert.equal(await storedShare(first), before, 'nothing is written while the drag goes on');
  // Closed mid-drag: only pagehide can save it.
  await closeTab(first);
  assert.deepEqual(problems, [], 'the first tab logged no errors');

  await app.open();
  assert.equal(await app.lever(app.rule(0), SHARE).sliderValue(), moved, 'the slider shows the moved value');
  assert.equal(await storedShare(app), moved);
});

appTest('a drag is written once, when the mouse or the key is released', async (app) => {
  await countWorkingCopyWrites(app);
  await app.open();
  const writes = () => app.page.evaluate(() => window.workingCopyWrites);
  const before = await storedShare(app);
  const start = await writes();

  const moved = await holdSliderMoved(app, -50);
  assert.notEqual(moved, before);
  await app.settle();
  assert.equal(await storedShare(app), before, 'nothing is written while the mouse is down');
  await app.page.mouse.up();
  await eventually(async () => assert.equal(await storedShare(app), moved));
  await app.settle();
  assert.equal(await writes(), start + 1, 'the whole drag is one write');

  // An arrow key held down: many steps, one write when the key comes up.
  const share = app.lever(app.rule(0), SHARE);
  await share.slider.focus();
  for (let i = 0; i < 6; i++) await app.page.keyboard.down('ArrowRight');
  const held = await share.sliderValue();
  assert.equal(held, moved + 3, 'six steps of 0,5 percent point');
  await app.settle();
  assert.equal(await storedShare(app), moved, 'nothing is written while the key is down');
  await app.page.keyboard.up('ArrowRight');
  await eventually(async () => assert.equal(await storedShare(app), held));
  await app.settle();
  assert.equal(await writes(), start + 2, 'the held key is one write');
});

appTest('a slider held while the page is hidden (another tab, minimised) is written at once', async (app) => {
  await app.open();
  const before = await storedShare(app);
  const moved = await holdSliderMoved(app, 50);
  assert.notEqual(moved, before);
  assert.equal(await storedShare(app), before, 'nothing is written while the drag goes on');
  await app.page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  assert.equal(await storedShare(app), moved, 'written synchronously when hidden');
  await app.page.evaluate(() => { delete document.visibilityState; });
  await app.page.mouse.up();
});

appTest('two tabs: the second tab is offered the first tab\'s work and neither is lost', async (app) => {
  await app.open();
  const { app: b, problems: problemsB } = await openTab(app);
  const a = app;
  const shareA = a.lever(a.rule(0), SHARE);
  const shareB = b.lever(b.rule(0), SHARE);

  // A saves its change; B, showing something else, is offered A's work.
  await shareA.type('42,5');
  await a.waitForStoredShare(0, 42.5);
  const inB = conflictOf(b);
  await inB.notice.waitFor();
  assert.equal(await conflictOf(a).notice.count(), 0, 'the tab that wrote is not asked');

  // B's own change stays on B's screen and does not overwrite A's.
  await shareB.type('20');
  await b.settle();
  assert.equal(await shareB.field.inputValue(), '20,0');
  assert.equal(await storedShare(a), 42.5, 'A\'s working copy is not overwritten');

  // B keeps its version: stored now, and A is offered it in turn.
  await inB.mine.click();
  await a.waitForStoredShare(0, 20);
  await inB.notice.waitFor({ state: 'detached' });
  const inA = conflictOf(a);
  await inA.notice.waitFor();
  assert.equal(await shareA.field.inputValue(), '42,5', 'A still shows its own version');

  // A opens B's version; undo brings A's own back.
  await inA.theirs.click();
  await inA.notice.waitFor({ state: 'detached' });
  await a.page.locator('.notice[role=status]').filter({ hasText: 'De versie uit het andere tabblad is geopend.' }).waitFor();
  assert.equal(await shareA.field.inputValue(), '20,0');
  await new Scenarios(a).undoButton.click();
  await eventually(async () => assert.equal(await shareA.field.inputValue(), '42,5'));
  await a.waitForStoredShare(0, 42.5);

  // B, asked again, closes without choosing: its version goes into the library.
  await inB.notice.waitFor();
  assert.deepEqual(problemsB, [], 'tab B logged no errors');
  await closeTab(b);
  const [, kept] = await eventually(async () => {
    const found = entryNamed(await a.storage(), 'Voorbeeldregio (bewaard bij sluiten)');
    assert.ok(found, 'B\'s version is in the library');
    return found;
  });
  assert.equal(Number(kept.scenario.levers.substitutions[0].share), 0.2);
  assert.equal(await storedShare(a), 42.5, 'A\'s working copy stays');
});
