// Workshopmodus on a projector: at 1280x720 the pinned knobs, the chart and
// the cards fit without scrolling in body text of at least 24 px; the
// keyboard moves a pinned knob; "Terug naar start" and "Stand bewaren"; a
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
  // Every element that shows text of its own (buttons, units, numbers included).
  const sizes = await room.evaluate((el) => [...el.querySelectorAll('*')]
    .filter((n) => n.getClientRects().length > 0 && [...n.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim()))
    .map((n) => [parseFloat(getComputedStyle(n).fontSize), n.tagName + '.' + n.className + ': ' + n.textContent.trim().slice(0, 30)]));
  assert.ok(sizes.length > 5);
  const smallest = sizes.reduce((a, b) => (b[0] < a[0] ? b : a));
  assert.ok(smallest[0] >= 24, `smallest text ${smallest[0]} px: ${smallest[1]}`);
  // Everything is inside the window: nothing cut off at the bottom or the right.
  const outside = await room.evaluate((el) => [...el.querySelectorAll('*')]
    .filter((n) => { const r = n.getBoundingClientRect(); return r.height > 0 && (r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5); })
    .map((n) => n.tagName + '.' + n.className));
  assert.deepEqual(outside, []);
  // A sensible set without pins: the levers' shares and changes, in view.
  const slider = room.getByRole('slider', { name: FIRST, exact: true });
  assert.ok(await slider.isVisible());
  assert.ok(await room.getByRole('figure', { name: 'Cumulatief saldo: scenario en basislijn' }).isVisible());
  for (const card of ['saldo', 'cumulatief', 'besparing', 'residentieel']) assert.ok(await app.card(card).isVisible());
  assert.deepEqual(await axeViolations(app.page), [], 'axe-core in workshop mode');
}, { viewport: PROJECTOR });

appTest('keys: a number goes to a pinned knob, arrows move it, PageUp ten steps, Ctrl+Z undoes press by press', async (app) => {
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
  // Each press is a step of its own: PageUp first, then the two arrows.
  await app.page.keyboard.press('Control+z');
  await eventually(async () => assert.equal(await slider.inputValue(), '16'));
  await app.page.keyboard.press('Control+z');
  await app.page.keyboard.press('Control+z');
  await eventually(async () => assert.equal(await slider.inputValue(), '15'));
  await eventually(async () => assert.equal(await app.figureText('besparing'), before));
}, { viewport: PROJECTOR });

appTest('a knob pinned in the normal view is the one shown; back to start and a snapshot in the library', async (app) => {
  await app.open();
  await app.rule(0).locator('.lever').filter({ hasText: 'Terugval' }).getByRole('button', { name: 'Toon in workshop' }).click();
  await app.page.keyboard.press('w');
  const room = app.page.getByRole('region', { name: 'Workshopmodus', exact: true });
  await room.waitFor();
  const sliders = await room.getByRole('slider').evaluateAll((all) => all.map((s) => s.getAttribute('id')));
  assert.equal(sliders.length, 1, 'only the pinned knob');
  const relapse = room.getByRole('slider', { name: FIRST, exact: true });
  await relapse.fill('80');
  await relapse.dispatchEvent('input');
  await app.storedWorkingCopy((copy) => assert.equal(Number(copy.levers.substitutions[0].relapse), 0.8));

  await room.getByRole('button', { name: 'Stand bewaren', exact: true }).click();
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

appTest('entering clears an old notice; Esc leaves the mode', async (app) => {
  await app.open();
  // A refused link leaves a notice at the top of the page.
  await app.page.goto(`${app.url}#s=kapot`);
  await app.page.reload();
  await app.page.locator('.notice[role=alert]').waitFor();
  const room = await enterWorkshop(app);
  assert.equal(await app.page.locator('.notice').count(), 0, 'no old notice on the projector');
  await app.page.keyboard.press('Escape');
  await app.page.getByRole('complementary', { name: 'Knoppen', exact: true }).waitFor();
  assert.equal(await room.count(), 0, 'workshop mode has ended');
}, { viewport: PROJECTOR });

/** Text sizes of every element that shows text of its own, and what lies outside the window. */
async function readability(page) {
  return page.evaluate(() => {
    const shown = [...document.body.querySelectorAll('*')].filter((n) => n.getClientRects().length > 0
      && !n.closest('.visually-hidden')
      && [...n.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim()));
    const sizes = shown.map((n) => [parseFloat(getComputedStyle(n).fontSize), `${n.tagName}.${n.className}: ${n.textContent.trim().slice(0, 30)}`]);
    const outside = [...document.body.querySelectorAll('*')]
      .filter((n) => { const r = n.getBoundingClientRect(); return r.height > 0 && r.width > 0 && (r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5); })
      .map((n) => `${n.tagName}.${n.className}`);
    return {
      smallest: sizes.reduce((a, b) => (b[0] < a[0] ? b : a), [Infinity, '']),
      outside,
      scroll: [document.documentElement.scrollWidth <= innerWidth, document.documentElement.scrollHeight <= innerHeight],
    };
  });
}

for (const viewport of [{ width: 1920, height: 1080 }, PROJECTOR]) {
  appTest(`the presentation window at ${viewport.width}x${viewport.height}: no scrollbar, text of 24 px and more, the moved lever's old and new value, the chosen chart`, async (app) => {
    await app.open();
    const room = await enterWorkshop(app);
    const screen = await app.page.context().newPage();
    await screen.setViewportSize(viewport);
    await screen.goto(`${app.url}#presentatie`);
    const knobs = screen.getByRole('region', { name: 'Knoppen in de workshop', exact: true });
    await knobs.locator('li').first().waitFor();
    const slider = room.getByRole('slider', { name: FIRST, exact: true });
    await slider.focus();
    await app.page.keyboard.press('PageUp');
    const moved = knobs.locator('li.presentation__moved');
    await moved.waitFor();
    assert.equal((await moved.textContent()).replace(/\s+/g, ' ').trim(), `${FIRST}15,0% wordt → 20,0%`);
    // The facilitator chooses the chart; the presentation follows.
    await room.getByRole('button', { name: 'Kosten', exact: true }).click();
    await screen.getByRole('heading', { name: 'Kosten tegenover begroting', exact: true }).first().waitFor();
    assert.equal(await screen.locator('figure.chart').count(), 1, 'one chart at a time');
    await screen.waitForTimeout(200);
    const seen = await readability(screen);
    assert.deepEqual(seen.scroll, [true, true], 'no scrollbar');
    assert.deepEqual(seen.outside, [], 'nothing cut off');
    assert.ok(seen.smallest[0] >= 24, `smallest text ${seen.smallest[0]} px: ${seen.smallest[1]}`);
    // The chart's own labels (on the canvas) are laid out for 24 px at its shown width.
    const chart = await screen.locator('canvas.chart__canvas').evaluate((c) => Math.min(c.clientWidth, 2 * c.clientHeight));
    assert.ok(chart > 0);
    await screen.close();
  }, { viewport: PROJECTOR });
}

const JSQR = join(ROOT, 'tests', 'e2e', 'node_modules', 'jsqr', 'dist', 'jsQR.js');

appTest('Meedoen: the QR code reads back as a short link that opens the same figures on a phone', async (app) => {
  await app.open();
  const room = await enterWorkshop(app);
  const slider = room.getByRole('slider', { name: FIRST, exact: true });
  await slider.focus();
  await app.page.keyboard.press('PageUp');
  await eventually(async () => assert.equal(await slider.inputValue(), '20'));
  const figures = await app.figures();
  await room.getByRole('button', { name: 'Meedoen', exact: true }).click();
  const code = room.getByRole('img', { name: 'QR-code met de link naar dit scenario', exact: true });
  await code.waitFor();
  const shown = (await room.locator('.join__link').textContent()).trim();
  assert.ok(shown.startsWith(`${app.url}#p=voorbeeldregio&`), shown);
  assert.ok(shown.length < 300, `${shown.length} characters`);
  // Read the code as a phone would: the picture, decoded.
  await app.page.addScriptTag({ path: JSQR });
  const read = await code.evaluate(async (svg) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 600;
    const c = canvas.getContext('2d');
    c.drawImage(image, 0, 0, 600, 600);
    const pixels = c.getImageData(0, 0, 600, 600);
    return window.jsQR(pixels.data, 600, 600)?.data ?? null;
  });
  assert.equal(read, shown, 'the code holds the link shown');
  assert.deepEqual(await axeViolations(app.page), [], 'axe-core with Meedoen open');

  const phone = await app.page.context().newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(read);
  const card = phone.getByTestId('kaart-besparing').locator('.card__figure');
  await eventually(async () => assert.equal((await card.textContent()).trim(), figures.besparing));
  assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling on the phone');
  await phone.close();
}, { viewport: PROJECTOR });
