// Analyse: why the balance changes (waterfall and a sentence), which knob
// weighs most (sensitivity), and which value of a knob reaches a target
// (goal seek, applied as an undoable edit). Controls found by their labels.
import assert from 'node:assert/strict';
import { appSuite, eventually } from '../support/harness.js';
import { Regions } from '../support/regions.js';
import { Scenarios } from '../support/scenarios.js';

const appTest = appSuite();
const SHARE = 'Aandeel van de instroom';

/** "+€ 24.954.690" or "€ -1.000.000" → 24954690 / -1000000. */
const euros = (text) => Number(text.replace(/[€+\s.]/g, '').replace(',', '.'));

async function openAnalysis(app) {
  await app.open();
  const regions = new Regions(app);
  await regions.showTab('Analyse');
  return app.page.getByRole('tabpanel');
}

/** The waterfall's rows as { label: amount }. */
async function waterfallRows(view) {
  const rows = await view.locator('table.waterfall tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th').textContent.trim(), tr.querySelector('td').textContent.trim()]));
  return Object.fromEntries(rows.map(([label, amount]) => [label, euros(amount)]));
}

appTest('the waterfall adds up from baseline to scenario and follows a lever move', async (app) => {
  const view = await openAnalysis(app);
  const sentence = view.getByTestId('samenvatting');
  await sentence.waitFor();
  assert.match(await sentence.textContent(),
    /^Met deze keuzes gaat het cumulatief saldo van € -\d+,\d mln \(basislijn\) naar € -\d+,\d mln; de grootste bijdrage komt van .+ \(€ \d+,\d mln\)\.$/);

  const rows = await waterfallRows(view);
  const parts = Object.entries(rows)
    .filter(([label]) => !label.startsWith('Basislijn') && !label.startsWith('Scenario'))
    .reduce((sum, [, amount]) => sum + amount, 0);
  // Whole euros on screen: the parts add up to within one euro per row.
  assert.ok(Math.abs(rows['Basislijn (zonder knoppen)'] + parts - rows['Scenario (met knoppen)']) <= 8,
    JSON.stringify(rows));
  assert.ok('Samenspel van de knoppen' in rows);

  const before = rows['Jeugd-GGZ naar POH-jeugd'];
  await app.lever(app.rule(0), SHARE).type('30');
  await eventually(async () => {
    const now = (await waterfallRows(view))['Jeugd-GGZ naar POH-jeugd'];
    assert.ok(now > before, `a larger share saves more: ${before} → ${now}`);
  });
});

appTest('the waterfall looks at one year when chosen', async (app) => {
  const view = await openAnalysis(app);
  await view.getByLabel('Kijk naar', { exact: true }).selectOption('2028');
  await eventually(async () => assert.match(await view.getByTestId('samenvatting').textContent(), /het saldo in 2028 van/));
  assert.match(await view.locator('table.waterfall caption').textContent(), /saldo in 2028$/);
});

/** A tornado table (by its caption) as rows of { label, values, down, up }. */
async function tornadoRows(view, caption) {
  return view.getByRole('table', { name: caption, exact: true }).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => {
    const th = tr.querySelector('th');
    const [down, up] = [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent.trim());
    return { label: th.firstChild.textContent.trim(), values: th.querySelector('.tornado__values').textContent.trim(), down, up };
  }));
}

const CHOICES = 'Keuzes: de knoppen van het plan';
const ASSUMPTIONS = 'Aannames: gegevens en trends';

appTest('sensitivity lists the widest swing first, refuses a bad step and says when it is out of date', async (app) => {
  const view = await openAnalysis(app);
  const step = view.getByLabel('Stap (% van de waarde)', { exact: true });
  await step.fill('abc');
  await step.press('Tab');
  await view.getByRole('button', { name: 'Gevoeligheid berekenen', exact: true }).click();
  await view.getByText('"abc" is geen stap: kies een percentage boven 0 en hooguit 100.', { exact: true }).waitFor();

  await step.fill('20');
  await step.press('Tab');
  await view.getByRole('button', { name: 'Gevoeligheid berekenen', exact: true }).click();
  const assumptions = view.getByRole('table', { name: ASSUMPTIONS, exact: true });
  await assumptions.waitFor();
  assert.deepEqual(await assumptions.locator('thead th').allTextContents(), ['Aanname', 'Omlaag -20%', 'Omhoog +20%', 'Balken']);
  assert.deepEqual(await view.getByRole('table', { name: CHOICES, exact: true }).locator('thead th').allTextContents(),
    ['Knop', 'Omlaag -20%', 'Omhoog +20%', 'Balken']);
  const rows = await tornadoRows(view, ASSUMPTIONS);
  assert.equal(rows.length, 12, 'the first twelve, the rest behind "Toon alle"');
  const spans = rows.map(({ down, up }) => Math.abs(euros(up) - euros(down)));
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1] >= spans[i], `sorted: ${spans}`);
  await view.getByRole('button', { name: /^Toon alle \(\d+\)$/ }).click();
  assert.ok((await tornadoRows(view, ASSUMPTIONS)).length > 35);

  await app.lever(app.rule(0), SHARE).type('25');
  await view.getByText('Het scenario of de maat is veranderd sinds deze berekening; bereken opnieuw.', { exact: true }).waitFor();
});

appTest('sensitivity says the step is a share of the current value: heading, legend, values tried, choices apart from assumptions', async (app) => {
  const view = await openAnalysis(app);
  await view.getByRole('button', { name: 'Gevoeligheid berekenen', exact: true }).click();
  const heading = view.getByRole('heading', { level: 4 });
  await heading.waitFor();
  assert.match(await heading.textContent(),
    /^Effect op het cumulatief saldo \(nu € -[\d.]+\) bij -10% \/ \+10% van de huidige waarde$/);
  assert.deepEqual(await view.locator('.tornado__legend li').allTextContents(), [
    'Omlaag: de waarde 10% lager dan nu (balk links van de middenlijn)',
    'Omhoog: de waarde 10% hoger dan nu (balk rechts van de middenlijn)',
    'Gestreept: het saldo wordt lager; effen: hoger.',
  ]);

  // The plan's choices: the levers, and nothing else.
  const choices = await tornadoRows(view, CHOICES);
  const share = choices.find((r) => r.label === 'Substitutie Jeugd-GGZ → POH-jeugd (praktijkondersteuner huisarts): Aandeel van de instroom');
  assert.ok(share, JSON.stringify(choices));
  assert.equal(share.values, '15% → 13,5% / 16,5%');
  assert.ok(!choices.some((r) => /Indexering per jaar|Prijsindex per jaar|Tarief per maand/.test(r.label)), JSON.stringify(choices));

  // Assumptions: 10% of an indexation of 2,5% is a quarter point, not ten points.
  await view.getByRole('button', { name: /^Toon alle \(\d+\)$/ }).click();
  const assumptions = await tornadoRows(view, ASSUMPTIONS);
  const index = assumptions.find((r) => r.label === 'Rijksbijdrage jeugd (algemene uitkering): Indexering per jaar');
  assert.ok(index, JSON.stringify(assumptions.map((r) => r.label)));
  assert.equal(index.values, '2,5% → 2,25% / 2,75%');
  assert.ok(!assumptions.some((r) => r.label === share.label));
});

appTest('goal seek finds the rijksbijdrage that closes 2028; applying it is one undoable edit', async (app) => {
  const view = await openAnalysis(app);
  const bar = new Scenarios(app);
  await view.getByLabel('Knop', { exact: true }).selectOption({ label: 'Rijksbijdrage jeugd (algemene uitkering): Bedrag in het basisjaar' });
  await view.getByLabel('Doel', { exact: true }).selectOption({ label: 'Saldo in een jaar ten minste' });
  await view.getByLabel('Jaar', { exact: true }).selectOption('2028');
  await view.getByLabel('Waarde (€)', { exact: true }).fill('0');
  await view.getByRole('button', { name: 'Zoeken', exact: true }).click();

  const result = view.locator('.goal-result');
  await result.waitFor();
  const text = await result.locator('p').textContent();
  const match = /: € ([\d.]+),(\d\d) haalt het doel \(saldo 2028 ten minste € 0\); dan € \d+ \(nauwkeurig op € 0,01\)\.$/.exec(text);
  assert.ok(match, text);
  const found = Number(`${match[1].replaceAll('.', '')}.${match[2]}`);

  await view.getByRole('button', { name: 'Waarde toepassen', exact: true }).click();
  // Confirmed in words: the lever, its old and new value, the goal checked again.
  const applied = view.getByRole('status').filter({ hasText: /^Toegepast:/ });
  await applied.waitFor();
  assert.equal(await applied.textContent(),
    `Toegepast: Rijksbijdrage jeugd (algemene uitkering): Bedrag in het basisjaar van € 190.000.000,00 naar € ${match[1]},${match[2]}. Het doel (saldo 2028 ten minste € 0) wordt nu gehaald. Ongedaan maken zet de oude waarde terug.`);
  const line = (copy) => copy.budget_lines.find((l) => l.id === 'rijksbijdrage');
  await app.storedWorkingCopy((copy) => assert.equal(Number(line(copy).base_amount), found));
  // The waterfall for 2028 now ends at a balance of at least zero.
  await view.getByLabel('Kijk naar', { exact: true }).selectOption('2028');
  await eventually(async () => {
    const rows = await waterfallRows(view);
    assert.ok(rows['Scenario (met knoppen)'] >= 0, JSON.stringify(rows));
  });

  await bar.undoButton.click();
  await app.storedWorkingCopy((copy) => assert.equal(Number(line(copy).base_amount), 190000000));
});

/** The text of the first option of `select` whose text matches `pattern`. */
async function optionLike(select, pattern) {
  const texts = await select.locator('option').allTextContents();
  const found = texts.find((t) => pattern.test(t));
  assert.ok(found, `an option like ${pattern} among ${JSON.stringify(texts)}`);
  return found;
}

appTest('goal seek meets one of the plan\'s own targets (Doelen); applied, the Doelen tab says gehaald', async (app) => {
  await app.open();
  const regions = new Regions(app);
  await regions.showTab('Doelen');
  const doelen = app.page.getByRole('tabpanel');
  await doelen.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
  // Zorgkosten of Jeugd-GGZ in 2035 at most as in 2026: missed, cost grows.
  const fold = doelen.locator('details.fold').first();
  if (!(await fold.evaluate((d) => d.open))) await fold.locator('summary').click();
  const forms = fold.getByLabel('Zorgvormen', { exact: true });
  await forms.selectOption({ label: await optionLike(forms, /^Jeugd-GGZ$/) });
  const outcome = doelen.locator('table.targets-table tbody tr').first().locator('td').nth(1);
  await eventually(async () => assert.match(await outcome.innerText(), /Niet gehaald/));

  await regions.showTab('Analyse');
  const view = app.page.getByRole('tabpanel');
  const knob = view.getByLabel('Knop', { exact: true });
  await knob.selectOption({ label: await optionLike(knob, /^Jeugd-GGZ: Autonome groei/) });
  await view.getByLabel('Doel', { exact: true }).selectOption({ label: 'Doel uit het plan: Zorgkosten niet hoger dan in het basisjaar' });
  // The target carries its own year and value: the form asks for neither.
  assert.equal(await view.getByLabel('Jaar', { exact: true }).count(), 0);
  assert.equal(await view.getByLabel('Waarde (€)', { exact: true }).count(), 0);
  await view.getByRole('button', { name: 'Zoeken', exact: true }).click();
  const result = view.locator('.goal-result');
  await result.waitFor();
  assert.match(await result.locator('p').textContent(),
    /^Jeugd-GGZ: Autonome groei instroom per jaar: -?[\d,]+% haalt het doel \(doel "Zorgkosten niet hoger dan in het basisjaar" gehaald\); dan /);

  await view.getByRole('button', { name: 'Waarde toepassen', exact: true }).click();
  await view.getByRole('status').filter({
    hasText: /^Toegepast: Jeugd-GGZ: Autonome groei instroom per jaar van 1,000% naar -?[\d,]+%\. Doel "Zorgkosten niet hoger dan in het basisjaar" is nu gehaald\./,
  }).waitFor();
  await regions.showTab('Doelen');
  await eventually(async () => assert.match(await outcome.innerText(), /^✓ Gehaald/));
});

appTest('an unreachable target says so with the best value and offers nothing to apply', async (app) => {
  const view = await openAnalysis(app);
  await view.getByLabel('Knop', { exact: true }).selectOption({ label: 'Substitutie Jeugd-GGZ → POH-jeugd (praktijkondersteuner huisarts): Terugval' });
  await view.getByLabel('Doel', { exact: true }).selectOption({ label: 'Cumulatief saldo ten minste' });
  await view.getByLabel('Waarde (€)', { exact: true }).fill('1.000.000.000');
  await view.getByRole('button', { name: 'Zoeken', exact: true }).click();
  const result = view.locator('.goal-result');
  await result.waitFor();
  assert.match(await result.textContent(), /is het doel \(cumulatief saldo ten minste € 1\.000\.000\.000\) niet te halen binnen het toegestane bereik\. Het dichtst bij komt 0,000%/);
  assert.equal(await view.getByRole('button', { name: 'Waarde toepassen' }).count(), 0);
});

/** The uncertainty table's rows as arrays of cell texts. */
async function bandRows(view) {
  return view.locator('table').filter({ hasText: 'Banden per jaar (afgerond)' }).locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
}

appTest('uncertainty: bands per year in millions, the chance the budget holds, and the same seed gives the same bands', async (app) => {
  const view = await openAnalysis(app);
  const compute = view.getByRole('button', { name: 'Onzekerheid berekenen', exact: true });
  const samples = view.getByLabel('Trekkingen', { exact: true });
  await samples.fill('1.000');
  await compute.click();
  const chance = view.getByTestId('kans');
  await chance.filter({ hasText: 'Kans' }).waitFor();
  assert.match(await chance.textContent(), /^Kans dat de begroting sluit in 2035 \(saldo ten minste € 0\): \d{1,3}%\.$/);
  const first = await bandRows(view);
  assert.equal(first.length, 10);
  for (const row of first) {
    assert.match(row[1], /^€ -?[\d.]+,\d mln$/, 'rounded to a tenth of a million, never cents');
    const [p10, median, p90] = row.slice(4, 7).map((t) => Number(t.replace(/[€ mln.]/g, '').replace(',', '.')));
    assert.ok(p10 <= median && median <= p90, JSON.stringify(row));
  }
  assert.equal(await view.getByRole('img', { name: /^Waaier van de kosten per jaar/ }).count(), 1);

  // Another seed, then the first again: the first bands come back exactly.
  const seed = view.getByLabel('Zaad', { exact: true });
  await seed.fill('2');
  await compute.click();
  await eventually(async () => assert.notDeepEqual(await bandRows(view), first));
  await seed.fill('1');
  await compute.click();
  await eventually(async () => assert.deepEqual(await bandRows(view), first));
});

appTest('uncertainty: a range with low above high and a bad sample count are refused in Dutch', async (app) => {
  const view = await openAnalysis(app);
  const relapse = view.getByRole('group', { name: 'Terugval (procentpunt)', exact: true });
  await relapse.getByLabel('laag', { exact: true }).fill('20');
  await view.getByRole('button', { name: 'Onzekerheid berekenen', exact: true }).click();
  await view.getByText('Bij terugval moet laag ≤ waarschijnlijk ≤ hoog zijn.', { exact: true }).waitFor();
  await relapse.getByLabel('laag', { exact: true }).fill('-10');
  await view.getByLabel('Trekkingen', { exact: true }).fill('10');
  await view.getByRole('button', { name: 'Onzekerheid berekenen', exact: true }).click();
  await view.getByText('Kies 100 tot en met 100.000 trekkingen.', { exact: true }).waitFor();
  assert.equal(await view.getByTestId('kans').textContent(), '');
});
