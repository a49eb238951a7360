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
