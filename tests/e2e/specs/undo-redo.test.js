// Undo and redo ("Ongedaan maken", "Opnieuw", Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y)
// over lever changes: each step brings back the figures, the lever and the
// stored working copy; a drag (a key or the mouse held) is one step, each
// separate press or typed value a step of its own, however quick; Ctrl+Z in
// a text field is left to the field.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { appSuite, eventually } from '../support/harness.js';
import { moveShare, Scenarios, SCENARIO_FILES } from '../support/scenarios.js';

const appTest = appSuite();
const SHARE = 'Aandeel van de instroom';

/** "15,0" → 15 */
const percent = (text) => Number(text.replace(',', '.'));

appTest('the buttons undo and redo lever changes step by step: figures, lever and stored copy', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  const share = app.lever(app.rule(0), SHARE);
  const example = await app.figures();
  const exampleShare = await share.field.inputValue();
  assert.ok(await bar.undoButton.isDisabled(), 'nothing to undo on a fresh start');
  assert.ok(await bar.redoButton.isDisabled(), 'nothing to redo on a fresh start');

  await share.type('42,5');
  const first = await app.figureChangedFrom('besparing', example.besparing);
  const firstFigures = await app.figures();
  // At once: no time window joins two typed values into one step.
  await share.type('20');
  await app.figureChangedFrom('besparing', first);
  const secondFigures = await app.figures();
  await app.waitForStoredShare(0, 20);
  assert.ok(await bar.undoButton.isEnabled());
  assert.ok(await bar.redoButton.isDisabled(), 'a new change leaves nothing to redo');

  await bar.undoButton.click();
  await app.figureChangedFrom('besparing', secondFigures.besparing);
  assert.deepEqual(await app.figures(), firstFigures, 'one undo: the figures of the first change');
  assert.equal(await share.field.inputValue(), '42,5');
  assert.equal(await share.sliderValue(), 42.5);
  await app.waitForStoredShare(0, 42.5);
  assert.ok(await bar.redoButton.isEnabled(), 'after an undo there is something to redo');

  await bar.undoButton.click();
  await app.figureChangedFrom('besparing', first);
  assert.deepEqual(await app.figures(), example, 'two undos: the example figures');
  assert.equal(await share.field.inputValue(), exampleShare);
  await app.waitForStoredShare(0, percent(exampleShare));
  assert.ok(await bar.undoButton.isDisabled(), 'back at the start: nothing left to undo');

  await bar.redoButton.click();
  await app.figureChangedFrom('besparing', example.besparing);
  assert.deepEqual(await app.figures(), firstFigures, 'redo: the first change again');
  await bar.redoButton.click();
  await app.figureChangedFrom('besparing', first);
  assert.deepEqual(await app.figures(), secondFigures, 'redo: the second change again');
  await app.waitForStoredShare(0, 20);
  assert.ok(await bar.redoButton.isDisabled(), 'everything redone');

  // A new change after an undo drops the redo steps.
  await bar.undoButton.click();
  await app.figureChangedFrom('besparing', secondFigures.besparing);
  await share.type('30');
  await app.waitForStoredShare(0, 30);
  assert.ok(await bar.redoButton.isDisabled(), 'a change after an undo leaves nothing to redo');
});

appTest('a held key is one undo step, each press its own; Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y work from the slider', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  const share = app.lever(app.rule(0), SHARE);
  const example = await app.figures();
  const start = await share.sliderValue();

  // Two separate presses, as quick as a keyboard sends them: two steps.
  await share.press('ArrowLeft', 2);
  await eventually(async () => assert.equal(await share.sliderValue(), start - 1));
  await app.page.keyboard.press('Control+z');
  await eventually(async () => assert.equal(await share.sliderValue(), start - 0.5, 'one Ctrl+Z undoes one press'));
  await app.page.keyboard.press('Control+z');
  await eventually(async () => assert.equal(await share.sliderValue(), start));
  assert.deepEqual(await app.figures(), example);

  // The arrow key held down for five steps, as a drag: one step.
  await share.slider.focus();
  for (let i = 0; i < 5; i++) await app.page.keyboard.down('ArrowRight');
  await app.page.keyboard.up('ArrowRight');
  const dragged = await share.sliderValue();
  assert.ok(dragged > start, `the slider moved from ${start} to ${dragged}`);
  const moved = await app.figureChangedFrom('besparing', example.besparing);
  await app.waitForStoredShare(0, dragged);

  await app.page.keyboard.press('Control+z');
  await app.figureChangedFrom('besparing', moved);
  assert.equal(await share.sliderValue(), start, 'one Ctrl+Z undoes the whole drag');
  assert.deepEqual(await app.figures(), example);
  assert.ok(await bar.undoButton.isDisabled(), 'the drag was a single step');

  await app.page.keyboard.press('Control+Shift+z');
  await app.figureChangedFrom('besparing', example.besparing);
  assert.equal(await share.sliderValue(), dragged, 'Ctrl+Shift+Z redoes the drag');
  assert.equal(await app.figureText('besparing'), moved);

  await app.page.keyboard.press('Control+z');
  await app.figureChangedFrom('besparing', moved);
  await app.page.keyboard.press('Control+y');
  await app.figureChangedFrom('besparing', example.besparing);
  assert.equal(await share.sliderValue(), dragged, 'Ctrl+Y redoes too');
  await app.waitForStoredShare(0, dragged);
});

appTest('Ctrl+Z in a text field is the field\'s own, not the scenario\'s', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  const share = app.lever(app.rule(0), SHARE);
  const example = await app.figures();
  const start = await share.sliderValue();
  // Moved by the slider, so the page has no typing for the browser's own undo.
  await share.press('ArrowRight', 1);
  const moved = await app.figureChangedFrom('besparing', example.besparing);
  await app.waitForStoredShare(0, start + 0.5);

  await bar.toolbar.getByRole('button', { name: 'Opslaan als…', exact: true }).click();
  const name = app.page.getByLabel('Naam van het scenario', { exact: true });
  const typedName = await name.inputValue();
  await name.focus();
  await name.pressSequentially(' B');
  await app.page.keyboard.press('Control+z');
  await app.settle();

  assert.equal(await name.inputValue(), typedName, 'the field undid its own typing');
  assert.equal(await app.figureText('besparing'), moved, 'the change stays');
  assert.equal(await share.sliderValue(), start + 0.5);
  assert.ok(await bar.undoButton.isEnabled(), 'the change can still be undone');
  // Sanity: the same key outside a text field does undo.
  await share.slider.focus();
  await app.page.keyboard.press('Control+z');
  await app.figureChangedFrom('besparing', moved);
  assert.deepEqual(await app.figures(), example);
});

appTest('opening a saved scenario or importing a file replaces the working copy undoably', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  await moveShare(app, '42,5');
  await bar.saveAs('Plan A');
  await bar.info('Bewaard als "Plan A".').waitFor();
  const planA = await app.figures();
  await app.button('Terug naar het voorbeeld').click();
  await app.figureChangedFrom('besparing', planA.besparing);
  await moveShare(app, '20');
  const unsaved = await app.figures();

  await bar.openFromLibrary('Plan A');
  await bar.info('"Plan A" geopend.').waitFor();
  await app.figureChangedFrom('besparing', unsaved.besparing);
  assert.deepEqual(await app.figures(), planA);

  await bar.undoButton.click();
  await app.figureChangedFrom('besparing', planA.besparing);
  assert.deepEqual(await app.figures(), unsaved, 'undo brings back the unsaved work the open replaced');
  assert.equal(await app.lever(app.rule(0), SHARE).field.inputValue(), '20,0');
  await app.waitForStoredShare(0, 20);

  await bar.importFiles(join(SCENARIO_FILES, 'good', 'format-doc-example.json'));
  await bar.info('is geïmporteerd als').waitFor();
  await app.figureChangedFrom('besparing', unsaved.besparing);
  await bar.undoButton.click();
  await eventually(async () => assert.deepEqual(await app.figures(), unsaved, 'undo brings back the work an import replaced'));
});
