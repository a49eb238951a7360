// WCAG 2.1 AA on every view: axe-core (from npm, injected into the page)
// finds no violation on the projection, each result tab, the open panels of
// the toolbar, and the English switch.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { appSuite } from '../support/harness.js';
import { ROOT } from '../support/browser.js';
import { Regions } from '../support/regions.js';

const appTest = appSuite();
const AXE = join(ROOT, 'tests', 'e2e', 'node_modules', 'axe-core', 'axe.min.js');

/** Violations of WCAG 2.0/2.1 A and AA on the page as it is now. */
async function violations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return result;
}

async function assertClean(page, where) {
  const found = await violations(page);
  assert.deepEqual(found, [], `${where}: ${JSON.stringify(found, null, 1)}`);
}

appTest('every result tab passes axe-core (WCAG 2.1 AA)', async (app) => {
  await app.open();
  const regions = new Regions(app);
  await assertClean(app.page, 'Projectie');
  for (const tab of ['Doelen', 'Per gemeente', 'Bronnen', 'Eigen gegevens', 'Vergelijken', 'De zaal', 'Analyse']) {
    await regions.showTab(tab);
    await app.settle();
    await assertClean(app.page, tab);
  }
  await app.page.getByRole('button', { name: 'Gevoeligheid berekenen', exact: true }).click();
  await app.page.locator('table.tornado').first().waitFor();
  await assertClean(app.page, 'Analyse with the tornado');
  await app.page.getByRole('button', { name: 'Onzekerheid berekenen', exact: true }).click();
  await app.page.getByTestId('kans').filter({ hasText: 'Kans' }).waitFor();
  await assertClean(app.page, 'Analyse with the uncertainty bands');
});

appTest('Doelen with targets, checked and being edited, passes axe-core', async (app) => {
  await app.open();
  await new Regions(app).showTab('Doelen');
  await app.page.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
  await app.page.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
  await app.page.locator('table.targets-table tbody tr').nth(1).waitFor();
  await app.page.locator('details.fold summary').filter({ hasText: 'Zorgkosten niet hoger' }).first().click();
  await app.settle();
  await assertClean(app.page, 'Doelen');
});

appTest('Vergelijken with two scenarios side by side passes axe-core', async (app) => {
  await app.open();
  await app.page.getByRole('button', { name: 'Opslaan als…', exact: true }).click();
  await app.page.getByLabel('Naam van het scenario', { exact: true }).fill('Plan A');
  await app.page.getByRole('button', { name: 'Bewaren', exact: true }).click();
  await new Regions(app).showTab('Vergelijken');
  await app.page.getByRole('checkbox', { name: 'Plan A', exact: true }).check();
  await app.page.getByRole('heading', { level: 3, name: 'Knoppen die verschillen', exact: true }).waitFor();
  await assertClean(app.page, 'Vergelijken');
});

appTest('folded levers, the toolbar panels and the English view pass axe-core', async (app) => {
  await app.open();
  const page = app.page;
  // Every fold of the levers column open: per care form, budget lines, amounts.
  await page.locator('aside.levers details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
  await app.settle();
  await assertClean(page, 'levers unfolded');
  for (const button of ["Mijn scenario's", 'Opslaan als…', 'Deel via link']) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await app.settle();
    await assertClean(page, button);
  }
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await app.settle();
  await assertClean(page, 'English');
});

appTest('the check itself finds a violation when there is one', async (app) => {
  await app.open();
  await app.page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main').append(img);
  });
  const found = await violations(app.page);
  assert.ok(found.some((v) => v.id === 'image-alt'), JSON.stringify(found));
});
