// Moving a lever re-projects: by keyboard on the slider, by typing a value;
// values out of range and shares from one form above 100% are refused at the
// input with a Dutch message, and nothing changes.
import assert from 'node:assert/strict';
import { appSuite } from '../support/harness.js';

const appTest = appSuite();
const SHARE = 'Aandeel van de instroom';
const COST_CHART = 'Kosten tegenover begroting';

/** "€ 92,1 mln" → 92.1 */
const millions = (text) => Number(text.replace(/[€ mln.]/g, '').replace(',', '.'));

appTest('the share slider moves by keyboard and re-projects cards and chart', async (app) => {
  await app.open();
  const share = app.lever(app.rule(0), SHARE);
  const start = await share.sliderValue();
  const savings = await app.figureText('besparing');
  const chart = await app.chartMarkup(COST_CHART);

  await share.press('ArrowRight', 4);

  assert.equal(await share.sliderValue(), start + 2, 'four steps of 0,5 percent point');
  const moved = await app.figureChangedFrom('besparing', savings);
  assert.ok(millions(moved) > millions(savings), `more substitution saves more: ${savings} → ${moved}`);
  await app.settle();
  assert.notEqual(await app.chartMarkup(COST_CHART), chart, 'the cost chart was redrawn with other figures');
  assert.equal(await share.field.inputValue(), (start + 2).toFixed(1).replace('.', ','), 'the field follows the slider');
});

appTest('a typed-in share re-projects and moves the slider', async (app) => {
  await app.open();
  const share = app.lever(app.rule(0), SHARE);
  const savings = await app.figureText('besparing');

  await share.type('30', 'Enter');

  await app.figureChangedFrom('besparing', savings);
  assert.equal(await share.sliderValue(), 30);
  assert.equal(await share.error.textContent(), '');
});

appTest('a share of 150% is refused with a Dutch message; nothing changes', async (app) => {
  await app.open();
  const share = app.lever(app.rule(0), SHARE);
  const start = await share.sliderValue();
  const figures = await app.figures();

  await share.type('150');

  // The message names the range; the app writes its bounds with the field's one decimal.
  await share.error.filter({ hasText: /^Kies een waarde van 0(,0)? tot en met 100(,0)? procent\.$/ }).waitFor();
  assert.equal(await share.field.getAttribute('aria-invalid'), 'true');
  await app.settle();
  assert.deepEqual(await app.figures(), figures, 'the cards did not change');
  assert.equal(await share.sliderValue(), start, 'the slider did not move');
  await app.waitForStoredShare(0, start);
});

appTest('shares leaving one form above 100% are refused with a Dutch message', async (app) => {
  await app.open();
  const from = 'Jeugd-GGZ';
  const to = 'Jeugd- en gezinsteam (lokaal team)';
  const first = app.lever(app.rule(0), SHARE);
  assert.match(await app.rule(0).getByRole('heading', { level: 3 }).textContent(), /^Jeugd-GGZ →/);
  const firstShare = await first.sliderValue();
  const before = await app.figureText('besparing');

  await app.addRule(from, to);
  const added = app.rule(`${from} → ${to}`);
  await added.waitFor();
  await app.figureChangedFrom('besparing', before);
  const second = app.lever(added, SHARE);
  assert.equal(await second.sliderValue(), 10, 'a new rule starts at 10%');
  const figures = await app.figures();

  await second.type(String(100 - firstShare + 5));

  await second.error.filter({ hasText: 'hooguit 100%' }).waitFor();
  assert.match(await second.error.textContent(), /^Van Jeugd-GGZ gaat samen/);
  await app.settle();
  assert.equal(await second.sliderValue(), 10, 'the new rule kept its 10%');
  assert.deepEqual(await app.figures(), figures, 'the cards did not change');

  // Up to exactly 100% is allowed, and clears the message.
  await second.type(String(100 - firstShare));
  await app.figureChangedFrom('besparing', figures.besparing);
  assert.equal(await second.error.textContent(), '');
});
