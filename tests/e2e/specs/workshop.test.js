// Workshopmodus on a projector: at 1280x720 the pinned knobs, the chart and
// the cards fit without scrolling in body text of at least 24 px; the
// keyboard moves a pinned knob; "Terug naar start" and "Vastleggen"; a
// presentation window follows the facilitator's; axe-core finds nothing.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { appSuite, eventually } from '../support/harness.js';
import { ROOT } from '../support/browser.js';
import { LIBRARY_PREFIX } from '../support/scenarios.js';

const appTest = appSuite();
const PROJECTOR = { width: 1280, height: 720 };
const FIRST = 'Substitutie Jeugd-GGZ → POH-jeugd (praktijkondersteuner huisarts)';
const AXE = join(ROOT, 'tests', 'e2e', 'node_modules', 'axe-core', 'axe.min.js');

async function enterWorkshop(app) {
  await app.page.getByRole('button', { name: 'Workshopmodus', exact: true }).click();
  const room = app.page.getByRole('region', { name: 'Workshopmodus', exact: true });
  await room.waitFor();
  await app.settle();
  return room;
}

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => (await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  })).violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`));
}

appTest('at 1280x720 the pinned knobs, the chart and the cards fit without scrolling, in large type', async (app) => {
  await app.open();
  const room = await enterWorkshop(app);
  const fit = await app.page.evaluate(() => ({
    width: document.documentElement.scrollWidth <= innerWidth,
    height: document.documentElement.scrollHeight <= innerHeight,
  }));
  assert.deepEqual(fit, { width: true, height: true }, 'no scrollbar');
  const sizes = await room.evaluate((el) => [...el.querySelectorAll('p, label, h1, h2, .legend__item')]
    .filter((n) => n.offsetParent !== null && n.textContent.trim())
    .map((n) => parseFloat(getComputedStyle(n).fontSize)));
  assert.ok(sizes.length > 5);
  assert.ok(Math.min(...sizes) >= 24, `smallest text ${Math.min(...sizes)} px`);
  // A sensible set without pins: the levers' shares and changes, in view.
  const slider = room.getByRole('slider', { name: FIRST, exact: true });
  assert.ok(await slider.isVisible());
  assert.ok(await room.getByRole('figure', { name: 'Cumulatief saldo: scenario en basislijn' }).isVisible());
  for (const card of ['saldo', 'cumulatief', 'besparing', 'residentieel']) assert.ok(await app.card(card).isVisible());
  assert.deepEqual(await axeViolations(app.page), [], 'axe-core in workshop mode');
}, { viewport: PROJECTOR });

appTest('keys: a number goes to a pinned knob, arrows move it, PageUp ten steps, Ctrl+Z undoes', async (app) => {
  await app.open();
  const room = await enterWorkshop(app);
  const slider = room.getByRole('slider', { name: FIRST, exact: true });
  const before = await app.figureText('besparing');
  await app.page.keyboard.press('1');
  assert.ok(await slider.evaluate((el) => el === document.activeElement), '1 focuses the first pinned knob');
  await app.page.keyboard.press('ArrowRight');
  await app.page.keyboard.press('ArrowRight');
  await eventually(async () => assert.equal(await slider.inputValue(), '16'));
  await app.figureChangedFrom('besparing', before);
  await app.page.keyboard.press('PageUp');
  await eventually(async () => assert.equal(await slider.inputValue(), '21'));
  await app.page.keyboard.press('Control+z');
  await eventually(async () => assert.equal(await slider.inputValue(), '15'));
  await eventually(async () => assert.equal(await app.figureText('besparing'), before));
}, { viewport: PROJECTOR });

appTest('a knob pinned in the normal view is the one shown; back to start and a snapshot in the library', async (app) => {
  await app.open();
  await app.rule(0).locator('.lever').filter({ hasText: 'Terugval' }).getByRole('button', { name: 'vastpinnen' }).click();
  await app.page.keyboard.press('w');
  const room = app.page.getByRole('region', { name: 'Workshopmodus', exact: true });
  await room.waitFor();
  const sliders = await room.getByRole('slider').evaluateAll((all) => all.map((s) => s.getAttribute('id')));
  assert.equal(sliders.length, 1, 'only the pinned knob');
  const relapse = room.getByRole('slider', { name: FIRST, exact: true });
  await relapse.fill('80');
  await relapse.dispatchEvent('input');
  await app.storedWorkingCopy((copy) => assert.equal(Number(copy.levers.substitutions[0].relapse), 0.8));

  await room.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await eventually(async () => {
    const saved = Object.entries(await app.storage()).filter(([k]) => k.startsWith(LIBRARY_PREFIX));
    assert.equal(saved.length, 1);
    assert.match(JSON.parse(saved[0][1]).scenario.name, /^Voorbeeldregio – workshop \d\d-\d\d \d\d:\d\d$/);
  });
  await room.getByRole('button', { name: 'Terug naar start', exact: true }).click();
  await app.storedWorkingCopy((copy) => assert.equal(Number(copy.levers.substitutions[0].relapse), 0.44));
  await room.getByRole('button', { name: 'Ongedaan maken', exact: true }).click();
  await app.storedWorkingCopy((copy) => assert.equal(Number(copy.levers.substitutions[0].relapse), 0.8));

  await room.getByRole('button', { name: 'Workshop verlaten', exact: true }).click();
  await app.page.getByRole('complementary', { name: 'Knoppen', exact: true }).waitFor();
}, { viewport: PROJECTOR });

appTest('the presentation window follows the facilitator\'s window and stores nothing', async (app) => {
  await app.open();
  const room = await enterWorkshop(app);
  const screen = await app.page.context().newPage();
  await screen.goto(`${app.url}#presentatie`);
  const figure = screen.getByTestId('kaart-besparing').locator('.card__figure');
  await eventually(async () => assert.equal((await figure.textContent()).trim(), await app.figureText('besparing')));
  assert.equal(await screen.getByRole('slider').count(), 0, 'no controls on the projector');
  const storageBefore = await app.storage();

  const shown = (await figure.textContent()).trim();
  const slider = room.getByRole('slider', { name: FIRST, exact: true });
  await slider.fill('40');
  await slider.dispatchEvent('input');
  const moved = await app.figureChangedFrom('besparing', shown);
  await eventually(async () => assert.equal((await figure.textContent()).trim(), moved));
  assert.deepEqual(await axeViolations(screen), [], 'axe-core on the presentation screen');
  await screen.close();
  // The facilitator's autosave is the only writer.
  const after = await app.storage();
  assert.deepEqual(Object.keys(after).sort(), Object.keys(storageBefore).sort());
}, { viewport: PROJECTOR });
