// The app and the command-line tool share one engine: the working copy the
// app stores, projected by `jeugdscenario`, gives the figures the cards show.
import assert from 'node:assert/strict';
import { before } from 'node:test';
import { appSuite } from '../support/harness.js';
import { WORKING_COPY_KEY } from '../support/app.js';
import { ensureCli, euroMillions, projectJson, sumDecimals } from '../support/cli.js';

before(ensureCli, { timeout: 900_000 });
const appTest = appSuite();

appTest('after a lever move, the CLI projects the stored working copy to the figures on the cards', async (app) => {
  await app.open();
  const share = app.lever(app.rule(0), 'Aandeel van de instroom');
  const savings = await app.figureText('besparing');

  await share.type('37,5');
  await app.figureChangedFrom('besparing', savings);
  await app.waitForStoredShare(0, 37.5);
  await app.settle();
  const shown = await app.figures();
  const stored = await app.page.evaluate((key) => localStorage.getItem(key), WORKING_COPY_KEY);

  const projection = await projectJson(stored);
  const last = projection.scenario_years.at(-1);
  const total = sumDecimals(projection.savings_against_baseline.map((y) => y.savings));

  assert.equal(euroMillions(last.balance), shown.saldo, `balance ${last.balance} in ${last.year}`);
  assert.equal(euroMillions(last.cumulative_balance), shown.cumulatief, `cumulative ${last.cumulative_balance}`);
  assert.equal(euroMillions(total), shown.besparing, `savings ${total} over all years`);
});
