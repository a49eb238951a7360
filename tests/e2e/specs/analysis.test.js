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
  await view.getByText('"abc" is geen getal. Typ bijvoorbeeld 0,1.', { exact: true }).waitFor();

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
  assert.match(await result.textContent(), /is het doel \(cumulatief saldo ten minste € 1\.000\.000\.000\) niet te halen binnen het toegestane bereik\. Het dichtst bij komt 0,0%/);
  assert.equal(await view.getByRole('button', { name: 'Waarde toepassen' }).count(), 0);
});

/** The uncertainty table's rows as arrays of cell texts. */
async function bandRows(view) {
  return view.locator('table').filter({ hasText: 'Banden per jaar (afgerond)' }).locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
}

/** "€ -27,0 mln" → -27 */
const mln = (text) => Number(text.replace(/[€ mln.]/g, '').replace(',', '.'));
const MLN = /^€ -?[\d.]+,\d mln$/;

appTest('uncertainty: bands per year in millions with the projection beside them, the chance the budget holds, and the same starting number gives the same bands', async (app) => {
  const view = await openAnalysis(app);
  const compute = view.getByRole('button', { name: 'Onzekerheid berekenen', exact: true });
  const samples = view.getByLabel('Doorrekeningen', { exact: true });
  await samples.fill('1.000');
  await compute.click();
  const chance = view.getByTestId('kans');
  await chance.filter({ hasText: 'Kans' }).waitFor();
  assert.match(await chance.textContent(), /^Kans dat de begroting sluit in 2035 \(saldo ten minste € 0\): \d{1,3}%\.$/);
  const first = await bandRows(view);
  assert.equal(first.length, 10);
  for (const row of first) {
    // Jaar, kosten 10% / mediaan / 90% / projectie, saldo 10% / mediaan / 90% / projectie, kans.
    assert.equal(row.length, 10, JSON.stringify(row));
    for (const cell of row.slice(1, 9)) assert.match(cell, MLN, 'rounded to a tenth of a million, never cents');
    const [p10, median, p90] = row.slice(5, 8).map(mln);
    assert.ok(p10 <= median && median <= p90, JSON.stringify(row));
  }
  assert.equal(await view.getByRole('img', { name: /^Waaier van de kosten per jaar/ }).count(), 1);

  // Another starting number, then the first again: the first bands come back exactly.
  const seed = view.getByLabel('Startgetal (voor herhaalbaarheid)', { exact: true });
  await seed.fill('2');
  await compute.click();
  await eventually(async () => assert.notDeepEqual(await bandRows(view), first));
  await seed.fill('1');
  await compute.click();
  await eventually(async () => assert.deepEqual(await bandRows(view), first));
});

appTest('uncertainty explains its centre: where the projection lies in the band, the median, and the skewed ranges with their sources', async (app) => {
  const view = await openAnalysis(app);
  // Plain words, no jargon: how a run picks a value, and each range's source.
  await view.getByText(/laag en hoog zijn de uitersten/).waitFor();
  assert.equal(await view.getByText(/driehoeksverdeling|\btrekking|\bzaad\b/i).count(), 0);
  const sources = await view.locator('.range-fields__source').allTextContents();
  assert.equal(sources.length, 4);
  for (const source of sources) assert.match(source, /^Bron: .+ Breedte: aanname\.$/);

  await view.getByLabel('Doorrekeningen', { exact: true }).fill('1.000');
  await view.getByRole('button', { name: 'Onzekerheid berekenen', exact: true }).click();
  const centre = view.getByTestId('midden');
  await centre.filter({ hasText: 'zonder onzekerheid' }).waitFor();
  const text = await centre.textContent();
  const match = /^Het saldo zonder onzekerheid \((€ -?[\d.]+,\d mln)\) ligt in 2035 (onder|binnen|boven) de band van 10 tot 90% \(€ (-?[\d.]+,\d) tot (€ -?[\d.]+,\d mln)\); de mediaan is (€ -?[\d.]+,\d mln)\. De kosten zonder onzekerheid \((€ [\d.]+,\d mln)\) liggen (onder|binnen|boven) hun band \(€ [\d.]+,\d tot € [\d.]+,\d mln\)\. De bereiken voor groei van de instroom, prijsindex en terugval zijn scheef: ze lopen verder omhoog dan omlaag; het bereik voor het effect van de knoppen loopt verder omlaag dan omhoog, dus vallen de kosten eerder hoger uit dan in de projectie\.$/.exec(text);
  assert.ok(match, text);
  // The sentence and the table's last row tell the same figures.
  const last = (await bandRows(view)).at(-1);
  assert.equal(last[0], '2035');
  assert.equal(match[1], last[8], 'the balance projection');
  assert.equal(match[5], last[6], 'the balance median');
  assert.equal(`€ ${match[3]} mln`, last[5]);
  assert.equal(match[4], last[7]);
  assert.equal(match[6], last[4], 'the cost projection');
  // Below, inside or above as the rounded figures show it (a tenth of a
  // million either side of an edge is left to the engine's own test).
  const [centreFigure, low, high] = [match[1], last[5], last[7]].map(mln);
  if (centreFigure < low - 0.1) assert.equal(match[2], 'onder');
  else if (centreFigure > high + 0.1) assert.equal(match[2], 'boven');
  else if (centreFigure > low + 0.1 && centreFigure < high - 0.1) assert.equal(match[2], 'binnen');

  // The year chosen for the chance explains that year too.
  await view.getByLabel('Jaar voor kans en uitleg', { exact: true }).selectOption('2030');
  await eventually(async () => assert.match(await centre.textContent(), /^Het saldo zonder onzekerheid \(.+\) ligt in 2030 /));
  assert.match(await view.getByTestId('kans').textContent(), /sluit in 2030 /);
});

appTest('uncertainty survives a tab switch, and the printed report shows it while the scenario is unchanged', async (app) => {
  const view = await openAnalysis(app);
  const regions = new Regions(app);
  await view.getByLabel('Doorrekeningen', { exact: true }).fill('500');
  await view.getByRole('button', { name: 'Onzekerheid berekenen', exact: true }).click();
  await view.getByTestId('midden').filter({ hasText: 'zonder onzekerheid' }).waitFor();
  const bands = await bandRows(view);
  const sentence = await view.getByTestId('midden').textContent();

  await regions.showTab('Projectie');
  await regions.showTab('Analyse');
  await eventually(async () => assert.deepEqual(await bandRows(app.page.getByRole('tabpanel')), bands));

  // Printed from the Projectie tab: the centre sentence (last year), the fans and the bands.
  await regions.showTab('Projectie');
  const page = app.page;
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await app.settle();
  const report = page.getByRole('region', { name: 'Onzekerheid', exact: true });
  await report.waitFor();
  assert.equal(await report.getByTestId('rapport-midden').textContent(), sentence);
  assert.equal(await report.getByRole('img', { name: /^Waaier van de kosten per jaar/ }).count(), 1);
  assert.equal(await report.getByRole('button').count(), 0, 'no controls in the report');
  assert.equal(await report.locator('tbody tr').count(), bands.length);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });

  // After a lever move the result is stale: the report leaves it out.
  await app.lever(app.rule(0), SHARE).type('30');
  await app.settle();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await app.settle();
  await page.locator('.print-summary').waitFor();
  assert.equal(await page.getByTestId('rapport-midden').count(), 0);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
});

appTest('in English the analyses speak English: tornado, uncertainty and goal seek', async (app) => {
  const view = await openAnalysis(app);
  await app.button('English').click();
  await view.getByRole('button', { name: 'Compute sensitivity', exact: true }).click();
  const heading = view.getByRole('heading', { level: 4 });
  await heading.waitFor();
  assert.match(await heading.textContent(), /^Effect on the cumulative balance \(now € -[\d.]+\) at -10% \/ \+10% of the current value$/);
  assert.deepEqual(await view.locator('.tornado__legend li').allTextContents(), [
    'Down: the value 10% lower than now (bar left of the centre line)',
    'Up: the value 10% higher than now (bar right of the centre line)',
    'Hatched: the balance gets lower; plain: higher.',
  ]);
  await view.getByRole('table', { name: 'Choices: the plan\'s levers', exact: true }).waitFor();
  await view.getByRole('table', { name: 'Assumptions: data and trends', exact: true }).waitFor();

  await view.getByLabel('Runs', { exact: true }).fill('500');
  await view.getByLabel('Starting number (for repeatability)', { exact: true }).fill('3');
  await view.getByRole('button', { name: 'Compute uncertainty', exact: true }).click();
  const centre = view.getByTestId('midden');
  await centre.filter({ hasText: 'without uncertainty' }).waitFor();
  assert.match(await centre.textContent(), /^The balance without uncertainty \(.+\) lies (below|inside|above) the 10 to 90% band in 2035 .+ so costs are more likely to come out higher than projected\.$/);
  for (const source of await view.locator('.range-fields__source').allTextContents()) {
    assert.match(source, /^Source: .+ Width: assumption\.$/);
  }
  await view.getByRole('columnheader', { name: 'Balance projection', exact: true }).waitFor();

  await view.getByLabel('Lever', { exact: true }).selectOption({ label: 'Rijksbijdrage jeugd (algemene uitkering): Amount in base year' });
  await view.getByLabel('Target', { exact: true }).selectOption({ label: 'Balance in a year at least' });
  await view.getByLabel('Year', { exact: true }).selectOption('2028');
  await view.getByLabel('Value (€)', { exact: true }).fill('0');
  await view.getByRole('button', { name: 'Search', exact: true }).click();
  await view.getByRole('button', { name: 'Apply value', exact: true }).click();
  await view.getByRole('status').filter({
    hasText: /^Applied: Rijksbijdrage jeugd \(algemene uitkering\): Amount in base year from € 190\.000\.000,00 to € [\d.]+,\d\d\. The target \(balance 2028 at least € 0\) is now met\. Undo restores the old value\.$/,
  }).waitFor();

  // No Dutch left in what these parts say.
  const said = await view.evaluate((el) => el.innerText);
  for (const word of ['Omlaag', 'Omhoog', 'Keuzes', 'Aannames', 'huidige waarde', 'doorrekening', 'Startgetal', 'Bron:', 'Breedte', 'zonder onzekerheid', 'Toegepast', 'gehaald', 'Balken', 'middenlijn']) {
    assert.ok(!said.includes(word), `no "${word}" in English: ${said}`);
  }
});

appTest('uncertainty: a range with low above high and a bad sample count are refused in Dutch', async (app) => {
  const view = await openAnalysis(app);
  const relapse = view.getByRole('group', { name: 'Terugval (procentpunt)', exact: true });
  await relapse.getByLabel('laag', { exact: true }).fill('20');
  await view.getByRole('button', { name: 'Onzekerheid berekenen', exact: true }).click();
  await view.getByText('Bij terugval moet laag ≤ waarschijnlijk ≤ hoog zijn.', { exact: true }).waitFor();
  await relapse.getByLabel('laag', { exact: true }).fill('-10');
  await view.getByLabel('Doorrekeningen', { exact: true }).fill('10');
  await view.getByRole('button', { name: 'Onzekerheid berekenen', exact: true }).click();
  await view.getByText('Kies bij het aantal doorrekeningen een waarde van 100 tot en met 100.000.', { exact: true }).waitFor();
  assert.equal(await view.getByTestId('kans').textContent(), '');
});
