// Every lever control fits its panel at projector (1280x720) and desktop
// (1920x1080) size: label, slider, field and unit visible without scrolling
// the levers column sideways.
import assert from 'node:assert/strict';
import { appSuite } from '../support/harness.js';

const appTest = appSuite();

for (const [width, height] of [[1280, 720], [1920, 1080]]) {
  appTest(`at ${width}x${height} every lever fits its panel`, async (app) => {
    await app.open();
    const problems = await app.page.evaluate(() => {
      const out = [];
      const column = document.querySelector('aside.levers');
      if (column.scrollWidth > column.clientWidth + 1) {
        out.push(`levers column scrolls sideways: ${column.scrollWidth} > ${column.clientWidth} px`);
      }
      for (const lever of column.querySelectorAll('.lever')) {
        const panel = lever.closest('section.panel').getBoundingClientRect();
        const box = lever.getBoundingClientRect();
        if (box.left < panel.left - 1 || box.right > panel.right + 1) {
          out.push(`"${lever.querySelector('label').textContent}" sticks out ${Math.round(box.right - panel.right)} px`);
        }
      }
      return [...new Set(out)];
    });
    assert.deepEqual(problems, []);
  }, { viewport: { width, height } });
}

// Phones and tablets: no view scrolls sideways (wide tables scroll inside
// their own box), the header's actions are behind "Menu", and the controls
// are large enough for a finger.
const VIEWS = ['Projectie', 'Doelen', 'Per gemeente', 'Bronnen', 'Eigen gegevens', 'Analyse', 'Vergelijken', 'De zaal'];
for (const [width, height] of [[390, 844], [768, 1024]]) {
  appTest(`at ${width}x${height} no view scrolls sideways`, async (app) => {
    await app.open();
    for (const view of VIEWS) {
      await app.page.getByRole('tab', { name: view, exact: true }).click();
      await app.settle();
      const wide = await app.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= width, `${view}: the page is ${wide} px wide at ${width} px`);
    }
  }, { viewport: { width, height } });
}

appTest('on a phone the header is one line with a menu that opens its actions and says workshops need a large screen', async (app) => {
  await app.open();
  const page = app.page;
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  const workshop = page.getByRole('button', { name: 'Workshopmodus', exact: true });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.ok(await workshop.isHidden(), 'the actions are folded away');
  const title = await app.heading.boundingBox();
  const button = await menu.boundingBox();
  assert.ok(Math.abs(title.y - button.y) < 24, 'title and menu share the top line');

  await menu.click();

  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  assert.ok(await workshop.isVisible());
  await page.getByText(/^Workshopmodus en het presentatiescherm zijn voor schermen vanaf 1280 pixels breed/).waitFor();
  for (const name of ['Workshopmodus', 'English', 'Terug naar het voorbeeld', 'Opslaan']) {
    const box = await page.getByRole('button', { name, exact: true }).boundingBox();
    assert.ok(box.height >= 44, `"${name}" is ${box.height} px high, at least 44 for a finger`);
  }
}, { viewport: { width: 390, height: 844 } });

// The charts' text as painted: every fillText on a chart canvas is recorded
// with its font size, the canvas transform and the canvas's pixels per CSS
// pixel, so the size a person sees is measured, not computed from the app's
// own rule.
function recordChartText() {
  window.__chartText = [];
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function record(text, x, y, ...rest) {
    const canvas = this.canvas;
    const px = parseFloat(/(\d+(\.\d+)?)px/.exec(this.font)?.[1] ?? '0');
    const m = this.getTransform();
    const scale = Math.hypot(m.a, m.b);
    const perCss = canvas.clientWidth > 0 ? canvas.width / canvas.clientWidth : 1;
    window.__chartText.push({ text: String(text), css: (px * scale) / perCss, shown: canvas.clientWidth });
    return fill.call(this, text, x, y, ...rest);
  };
}

const smallestChartText = (page) => page.evaluate(() => {
  const shown = window.__chartText.filter((t) => t.shown > 0);
  return shown.length ? shown.reduce((a, b) => (b.css < a.css ? b : a)) : null;
});

appTest('on a phone the charts\' text is painted at 11 px or more', async (app) => {
  await app.open();
  await app.page.locator('canvas.chart__canvas').first().scrollIntoViewIfNeeded();
  await app.settle();
  const smallest = await smallestChartText(app.page);
  assert.ok(smallest, 'chart text was painted');
  assert.ok(smallest.css >= 11, `smallest chart text ${smallest.css.toFixed(1)} px ("${smallest.text}" on a canvas ${smallest.shown} px wide)`);
}, { viewport: { width: 390, height: 844 }, init: { script: recordChartText } });

appTest('in workshop mode at 1280x720 the chart\'s text is painted at 24 px or more', async (app) => {
  await app.open();
  await app.page.getByRole('button', { name: 'Workshopmodus', exact: true }).click();
  await app.page.getByRole('region', { name: 'Workshopmodus', exact: true }).waitFor();
  await app.settle();
  await app.page.evaluate(() => { window.__chartText = []; });
  // Painted again on a change: the last paint is what the room sees.
  await app.page.getByRole('button', { name: 'Kosten', exact: true }).click();
  await app.settle();
  const smallest = await smallestChartText(app.page);
  assert.ok(smallest, 'chart text was painted');
  assert.ok(smallest.css >= 23.5, `smallest chart text ${smallest.css.toFixed(1)} px ("${smallest.text}")`);
}, { viewport: { width: 1280, height: 720 }, init: { script: recordChartText } });
