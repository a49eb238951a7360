// Budget naar de voorkant: seed 004's room to spend up to 13% of the
// youth-care budget on lighter help. The share stops at the ceiling, a typed
// value above it is refused at the control with nothing changed, and a share
// within it is cost that shows in the cards and is kept after a reload.
import assert from 'node:assert/strict';
import { appSuite, eventually } from '../support/harness.js';
import { Regions } from '../support/regions.js';

const appTest = appSuite();
const SHARE = 'Aandeel van het jeugdhulpbudget (plafond 13,0%)';

appTest('the 13% of Zuid-Holland Zuid is a ceiling: above it refused, within it cost', async (app) => {
  await app.open();
  const regions = new Regions(app);
  await regions.openPreset('Zuid-Holland Zuid – Werk voor de Jeugd 2022-2023');
  const panel = app.page.getByRole('region', { name: 'Budget naar de voorkant', exact: true });
  const lever = app.lever(panel.locator('article').filter({ hasText: 'ruimte tot 13%' }), SHARE);
  assert.equal(await lever.field.inputValue(), '0,0');
  assert.equal(await lever.slider.getAttribute('max'), '13', 'the slider stops at the ceiling');

  const before = await app.figureText('cumulatief');
  await lever.type('15');
  await eventually(async () => assert.equal(await lever.error.textContent(), 'Kies een waarde van 0 tot en met 13 procent.'));
  assert.equal(await app.figureText('cumulatief'), before, 'nothing changed');
  assert.equal(Number((await app.workingCopy()).levers.front_budgets[0].share), 0);

  await lever.type('10');
  const after = await app.figureChangedFrom('cumulatief', before);
  const millions = (t) => Number(t.replace(/[€\smln.]/g, '').replace(',', '.'));
  assert.ok(millions(after) < millions(before), `spending at the front costs money: ${before} → ${after}`);
  await app.storedWorkingCopy((copy) => assert.equal(Number(copy.levers.front_budgets[0].share), 0.1));
  await app.reload();
  await eventually(async () => assert.equal(await lever.field.inputValue(), '10,0'));
});

appTest('a budget to the front is added to a chosen care form and removed again', async (app) => {
  await app.open();
  const panel = app.page.getByRole('region', { name: 'Budget naar de voorkant', exact: true });
  await panel.getByRole('button', { name: 'Budget naar de voorkant toevoegen', exact: true }).click();
  await eventually(async () => assert.equal(await panel.getByRole('alert').first().textContent(), 'Kies de zorgvorm aan de voorkant.'));
  const select = panel.getByLabel('Naar zorgvorm (voorkant)', { exact: true });
  const first = (await select.locator('option').allTextContents())[1];
  await select.selectOption({ label: first });
  await panel.getByRole('button', { name: 'Budget naar de voorkant toevoegen', exact: true }).click();
  const article = panel.locator('article');
  await eventually(async () => assert.equal(await article.count(), 1));
  await app.lever(article, SHARE).type('5');
  await app.storedWorkingCopy((copy) => assert.equal(Number(copy.levers.front_budgets[0].share), 0.05));
  await article.getByRole('button', { name: 'Verwijder Budget naar de voorkant', exact: true }).click();
  await eventually(async () => assert.equal(await article.count(), 0));
});
