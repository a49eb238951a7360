// A scenario at the format's limits (100 care forms, 15 years, 100
// municipalities, 500 levers) opens through "Importeren" as a user would,
// shows its figures, and a slider step re-projects it. No timing here:
// tools/measure.js reports how long such a step takes.
import assert from 'node:assert/strict';
import { appSuite, eventually } from '../support/harness.js';
import { EURO_MLN } from '../support/app.js';
import { Scenarios } from '../support/scenarios.js';
import { SCALE, SCALE_NAME, scaleFile, scaleScenario } from '../support/scale.js';

const appTest = appSuite();

appTest('a scenario at the limits opens from a file and a slider step updates its figures', async (app) => {
  const scenario = scaleScenario();
  assert.equal(scenario.care_forms.length, SCALE.careForms);
  assert.equal(scenario.municipalities.length, SCALE.municipalities);
  assert.equal(Object.values(scenario.levers).reduce((n, list) => n + list.length, 0), SCALE.levers);

  await app.open();
  const bar = new Scenarios(app);
  await bar.importFiles(scaleFile());
  await eventually(async () => assert.match(await app.heading.textContent(), new RegExp(`^${SCALE_NAME}`)));
  const last = scenario.base_year + SCALE.years - 1;
  await eventually(async () => assert.match(await app.heading.textContent(), new RegExp(`${scenario.base_year} – ${last}$`)));
  await app.waitForProjection();
  assert.match(await app.figureText('saldo'), EURO_MLN);
  assert.equal(await app.substitution.locator('article').count(), scenario.levers.substitutions.length);

  // A share slider, moved by keyboard: the cards and the cost chart follow.
  const savings = await app.figureText('besparing');
  const chart = await app.chartMarkup('Kosten tegenover begroting');
  const share = app.lever(app.rule(0), 'Aandeel van de instroom');
  const before = await share.sliderValue();
  await share.press('ArrowRight', 5);
  await eventually(async () => assert.ok(await share.sliderValue() > before, 'the slider moved'));
  await app.figureChangedFrom('besparing', savings);
  await eventually(async () => assert.notEqual(await app.chartMarkup('Kosten tegenover begroting'), chart));
  await app.storedWorkingCopy((copy) => {
    assert.equal(copy.name, SCALE_NAME);
    assert.equal(copy.care_forms.length, SCALE.careForms);
  });
});
