// The app never holds a scenario its own loader would refuse: every "add"
// stops at the file format's limit with a Dutch message at the button that
// was pressed, nothing changes, and after a reload the same scenario is
// there (no working copy put aside under jeugdhulp.defect.*).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appSuite, eventually } from '../support/harness.js';
import { DEFECT_PREFIX, WORKING_COPY_KEY } from '../support/app.js';
import { ROOT } from '../support/browser.js';
import { generateCsv, Regions } from '../support/regions.js';

const appTest = appSuite();
const MAX_BUDGET_LINES = 200;
const MAX_CARE_FORMS = 100;
const MAX_LEVERS = 500;
const EXAMPLE = join(ROOT, 'crates', 'engine', 'data', 'voorbeeldregio.json');

const budgetPanel = (app) => app.page.locator('section.panel').filter({
  has: app.page.getByRole('heading', { level: 2, name: 'Begroting', exact: true }),
});

/** The stored working copy and every key of the storage, after the autosave. */
async function stored(app, check) {
  return eventually(async () => {
    const all = await app.storage();
    const copy = JSON.parse(all[WORKING_COPY_KEY]);
    check(copy);
    return { copy, keys: Object.keys(all) };
  });
}

const leverCount = (copy) => Object.values(copy.levers).reduce((n, list) => n + list.length, 0);

/** Puts `scenario` in storage as the working copy and reloads, as if the user had built it. */
async function openAsWorkingCopy(app, scenario) {
  await app.open();
  await app.page.evaluate(([key, text]) => localStorage.setItem(key, text), [WORKING_COPY_KEY, JSON.stringify(scenario)]);
  await app.reload();
  assert.equal(await app.heading.evaluate((h) => h.firstChild.textContent.trim()), scenario.name);
}

appTest('expense lines are added up to the limit; the next one is refused at the button and a reload keeps the work', async (app) => {
  await app.open();
  const panel = budgetPanel(app);
  const add = panel.getByRole('button', { name: 'Uitgavenpost toevoegen', exact: true });
  // Budget lines, not investments: their badge says inkomsten or uitgaven.
  const lines = panel.locator('details.fold').filter({
    has: app.page.locator('summary .badge').getByText(/^(inkomsten|uitgaven)$/),
  });
  const start = await lines.count();

  for (let n = start; n < MAX_BUDGET_LINES; n++) await add.click();
  await eventually(async () => assert.equal(await lines.count(), MAX_BUDGET_LINES));
  await stored(app, (copy) => assert.equal(copy.budget_lines.length, MAX_BUDGET_LINES));
  const figures = await app.figures();

  await add.click();

  const message = panel.locator('.add-row p.lever__error[role=alert]').first();
  await eventually(async () => assert.equal(await message.textContent(),
    'Te veel begrotingsposten: 201; de planner neemt er hooguit 200.'));
  await app.settle();
  assert.equal(await lines.count(), MAX_BUDGET_LINES, 'no line was added');
  assert.deepEqual(await app.figures(), figures);

  await app.reload();
  assert.equal(await lines.count(), MAX_BUDGET_LINES, 'after a reload the same 200 lines are there');
  const after = await stored(app, (copy) => assert.equal(copy.budget_lines.length, MAX_BUDGET_LINES));
  assert.deepEqual(after.keys.filter((k) => k.startsWith(DEFECT_PREFIX)), [], 'nothing was put aside');
  assert.equal(await app.notice.count(), 0, 'no error notice after the reload');
});

appTest('levers stop at 500: investments, substitution rules and per-form changes are each refused at their own button', async (app) => {
  const scenario = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  scenario.name = 'Bijna vol';
  const template = scenario.levers.investments[0];
  for (let n = leverCount(scenario); n < MAX_LEVERS - 1; n++) {
    scenario.levers.investments.push({ ...template, id: `extra-${n}`, label: `Extra ${n}` });
  }
  await openAsWorkingCopy(app, scenario);
  const panel = budgetPanel(app);
  const addInvestment = panel.getByRole('button', { name: 'Investering toevoegen', exact: true });

  await addInvestment.click();
  await stored(app, (copy) => assert.equal(leverCount(copy), MAX_LEVERS));
  const figures = await app.figures();

  const refusal = 'Te veel knoppen (hefbomen): 501; de planner neemt er hooguit 500.';
  await addInvestment.click();
  const investmentError = addInvestment.locator('xpath=..').locator('p.lever__error[role=alert]');
  await eventually(async () => assert.equal(await investmentError.textContent(), refusal));

  await app.addRule('Jeugd-GGZ', 'Daghulp');
  const ruleError = app.substitution.locator('.add-row p.lever__error[role=alert]');
  await eventually(async () => assert.equal(await ruleError.textContent(), refusal));

  const regions = new Regions(app);
  const form = await regions.careForm('Daghulp');
  await form.getByRole('button', { name: 'Verandering van instroom toevoegen bij Daghulp', exact: true }).click();
  await eventually(async () => assert.equal(
    await form.locator('p.lever__error[role=alert]').filter({ hasText: 'Te veel' }).textContent(), refusal));

  await app.settle();
  assert.deepEqual(await app.figures(), figures, 'nothing changed');
  await app.reload();
  const after = await stored(app, (copy) => assert.equal(leverCount(copy), MAX_LEVERS));
  assert.deepEqual(after.keys.filter((k) => k.startsWith(DEFECT_PREFIX)), [], 'nothing was put aside');
  assert.equal(await app.notice.count(), 0);
});

appTest('a start year outside the horizon is refused at the field with the horizon in the message', async (app) => {
  await app.open();
  const start = app.lever(app.rule(0), 'Startjaar');
  const before = await start.sliderValue();

  await start.type('2040');

  await eventually(async () => assert.equal(await start.error.textContent(), 'Kies een waarde van 2026 tot en met 2035.'));
  assert.equal(await start.sliderValue(), before);
  assert.equal(await start.slider.getAttribute('min'), '2026');
  assert.equal(await start.slider.getAttribute('max'), '2035');
});

/** A care-form CSV of `n` forms in the template's columns. */
function formsCsv(n) {
  return generateCsv({
    header: 'code;zorgvorm;groep;cliënten op 1 januari;instroom per jaar;gemiddelde duur (maanden);tarief per maand (€);prijs per traject (€);groei instroom (%);prijsindex (%);bron',
    row: 'vorm-{i};Zorgvorm {i};ambulant;10;;12;1000;;;;eigen telling',
    rows: n,
  });
}

appTest('care forms from a CSV: 100 are taken over and kept after a reload; 101 are refused and nothing changes', async (app) => {
  await app.open();
  const regions = new Regions(app);
  await regions.showTab('Eigen gegevens');

  await regions.chooseCsv('honderd.csv', formsCsv(MAX_CARE_FORMS));
  await regions.previewFor('honderd.csv');
  await regions.applyButton.click();
  await stored(app, (copy) => assert.equal(copy.care_forms.length, MAX_CARE_FORMS));
  assert.equal((await regions.careFormLabels()).length, MAX_CARE_FORMS);
  const figures = await app.figures();

  await regions.chooseCsv('te-veel.csv', formsCsv(MAX_CARE_FORMS + 1));
  const shown = await regions.problemsFor('te-veel.csv');
  assert.deepEqual(shown.items, ['Te veel regels: 101 zorgvormen; de planner neemt er hooguit 100.']);
  await app.settle();
  assert.deepEqual(await app.figures(), figures, 'nothing changed');

  await app.reload();
  assert.equal((await regions.careFormLabels()).length, MAX_CARE_FORMS, 'after a reload the 100 forms are there');
  const after = await stored(app, (copy) => assert.equal(copy.care_forms.length, MAX_CARE_FORMS));
  assert.deepEqual(after.keys.filter((k) => k.startsWith(DEFECT_PREFIX)), [], 'nothing was put aside');
});
