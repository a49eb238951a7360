// Per gemeente: each municipality's share of cost, income and balance per
// year. Under the key (solidarity) the shares are the CLI's figures for the
// stored working copy and add up to the region's totals to the cent; under
// the insurance model a municipality with high own use bears more cost,
// while income keeps following the key.
import assert from 'node:assert/strict';
import { before } from 'node:test';
import { appSuite, eventually } from '../support/harness.js';
import { ensureCli, projectJson, sumDecimals } from '../support/cli.js';
import { euros, euroWhole, presets, Regions } from '../support/regions.js';

before(ensureCli, { timeout: 900_000 });
const appTest = appSuite();

const COST = 'Aandeel in de kosten per jaar (€)';
const INCOME = 'Aandeel in de inkomsten per jaar (€)';
const BALANCE = 'Saldo per gemeente per jaar (€)';
const INSURED = 'Verzekerd deel (verdeeld naar sleutel)';

/** True when two decimal strings are the same number ("12.50" and "12.5"). */
const same = (a, b) => /^0(\.0+)?$/.test(sumDecimals([a, b.startsWith('-') ? b.slice(1) : `-${b}`]));

/** The three municipality tables as { cost, income, balance }. */
async function shareTables(regions) {
  return {
    cost: await regions.readTable(COST),
    income: await regions.readTable(INCOME),
    balance: await regions.readTable(BALANCE),
  };
}

/**
 * Checks the tables on screen against the CLI's projection of the stored
 * working copy: every cell is the CLI's figure in whole euros, the CLI's
 * municipal figures add up to the region's to the cent, and the Projectie
 * table shows the same regional totals.
 */
async function assertSharesMatchCli(app, regions, tables) {
  const copy = await app.workingCopy();
  const projection = await projectJson(JSON.stringify(copy));
  const years = projection.scenario_years;
  assert.deepEqual(tables.cost.years, years.map((y) => y.year));
  assert.deepEqual(tables.cost.order, copy.municipalities.map((m) => m.name), 'a row per municipality');
  const measures = [['cost', 'total_cost'], ['income', 'income'], ['balance', 'balance']];
  years.forEach((year, i) => {
    for (const [measure, total] of measures) {
      const parts = copy.municipalities.map((m) => year.municipalities[m.id][measure]);
      assert.ok(same(sumDecimals(parts), year[total]),
        `${year.year}: the municipalities' ${measure} adds up to the region's ${total} ${year[total]}, not ${sumDecimals(parts)}`);
      copy.municipalities.forEach((m, k) => assert.equal(tables[measure].rows[m.name][i], euroWhole(parts[k]),
        `${year.year} ${m.name} ${measure}`));
    }
  });
  const region = await regions.costTable();
  years.forEach((year, i) => {
    assert.equal(region.rows['Totale kosten'][i], euroWhole(year.total_cost), `${year.year} total cost`);
    assert.equal(region.rows.Inkomsten[i], euroWhole(year.income), `${year.year} income`);
    assert.equal(region.rows['Saldo (inkomsten - kosten)'][i], euroWhole(year.balance), `${year.year} balance`);
  });
  // On screen too, within the rounding of each whole-euro figure.
  const last = tables.cost.years.length - 1;
  const shown = Object.values(tables.cost.rows).reduce((acc, cells) => acc + euros(cells[last]), 0n);
  const total = euros(region.rows['Totale kosten'][last]);
  const slack = BigInt(Math.ceil((copy.municipalities.length + 1) / 2));
  assert.ok(shown - total <= slack && total - shown <= slack,
    `last year's cost shares on screen (${shown}) add up to the total cost (${total}) within rounding`);
  return { copy, projection };
}

appTest('under the key, every share is the CLI\'s and they add up to the region\'s totals (Zuid-Holland Zuid, 10 municipalities)', async (app) => {
  await app.open();
  const regions = new Regions(app);
  await regions.openPreset(presets().find((p) => p.id === 'zuid-holland-zuid-2022').title);
  await regions.showTab('Per gemeente');
  // The plan phases solidarity out: all by the key until 2022, by own use
  // from 2023 ("vanaf 2023 volledig afgebouwd").
  assert.ok(await regions.insurance.isChecked(), 'the plan\'s phase-out shows as the insurance model');
  assert.equal(await regions.viewLever(INSURED).box.count(), 0, 'no insured part before 2023: all by the key');
  assert.equal(await app.page.getByLabel('Vanaf 2023 (%)', { exact: true }).inputValue(), '0,0');
  assert.equal(await app.page.getByLabel('Vanaf 2022 (%)', { exact: true }).inputValue(), '');

  const tables = await shareTables(regions);

  const { copy } = await assertSharesMatchCli(app, regions, tables);
  assert.equal(copy.municipalities.length, 10);
  assert.equal(copy.insured_share ?? null, null);
  assert.deepEqual(Object.keys(copy.insured_share_from), ['2023']);
  assert.equal(Number(copy.insured_share_from['2023']), 0);

  // More own use for Dordrecht: its cost rises from 2023 only.
  await regions.showTab('Per gemeente');
  await regions.viewLever('Eigen gebruik Dordrecht').type('50');
  const moved = await eventually(async () => {
    const now = await shareTables(regions);
    assert.notDeepEqual(now.cost, tables.cost);
    return now;
  });
  tables.cost.years.forEach((year, i) => {
    const was = euros(tables.cost.rows.Dordrecht[i]);
    const now = euros(moved.cost.rows.Dordrecht[i]);
    if (year < 2023) assert.equal(now, was, `${year}: by the key`);
    else assert.ok(now > was, `${year}: by own use (${was} → ${now})`);
  });
  await assertSharesMatchCli(app, regions, moved);

  // A share above 100% is refused with a message; nothing changes.
  await regions.showTab('Per gemeente');
  const field = app.page.getByLabel('Vanaf 2024 (%)', { exact: true });
  await field.fill('150');
  await field.press('Tab');
  await app.page.getByText('Het verzekerde deel vanaf 2024 moet tussen 0% en 100% liggen; nu 150%.').waitFor();
  assert.deepEqual(Object.keys((await app.workingCopy()).insured_share_from), ['2023']);
});

appTest('the insurance model: high own use raises that municipality\'s cost; income does not move', async (app) => {
  await app.open();
  const regions = new Regions(app);
  await regions.showTab('Per gemeente');
  const underKey = await shareTables(regions);
  const west = 'Gemeente West';
  assert.ok(underKey.cost.rows[west], 'the example has Gemeente West');

  await regions.insurance.check();

  const insured = regions.viewLever(INSURED);
  await insured.field.waitFor();
  assert.equal(await insured.sliderValue(), 50, 'half insured to start with');
  const ownUse = regions.viewLever(`Eigen gebruik ${west}`);
  assert.equal(await ownUse.field.inputValue(), await regions.viewLever(`Aandeel verdeelsleutel ${west}`).field.inputValue(),
    'own use starts at the key share');
  // Own use equal to the key: the same split as under the key.
  await eventually(async () => assert.deepEqual(await shareTables(regions), underKey));

  await ownUse.type('60');

  const moved = await eventually(async () => {
    const now = await shareTables(regions);
    assert.notDeepEqual(now.cost, underKey.cost);
    return now;
  });
  const years = underKey.cost.years;
  years.forEach((year, i) => {
    for (const [name, cells] of Object.entries(moved.cost.rows)) {
      const was = euros(underKey.cost.rows[name][i]);
      const now = euros(cells[i]);
      if (name === west) assert.ok(now > was, `${year}: ${west} bears more cost (${was} → ${now})`);
      else assert.ok(now < was, `${year}: ${name} bears less cost (${was} → ${now})`);
    }
  });
  assert.deepEqual(moved.income, underKey.income, 'income keeps following the key');
  const i = years.length - 1;
  assert.ok(euros(moved.balance.rows[west][i]) < euros(underKey.balance.rows[west][i]), `${west}'s balance worsens`);

  const { copy, projection } = await assertSharesMatchCli(app, regions, moved);
  assert.equal(Number(copy.insured_share), 0.5);
  // Half by the key (10%), half by own use (60 of 40+20+15+15+60 = 150): 25%.
  const owns = copy.municipalities.map((m) => Number(m.own_use));
  assert.deepEqual(owns, [0.4, 0.2, 0.15, 0.15, 0.6]);
  const last = projection.scenario_years.at(-1);
  const expected = (Number(last.total_cost) * 0.25);
  const shown = Number(euros(moved.cost.rows[west][i]));
  assert.ok(Math.abs(shown - expected) <= 1, `${west} pays 25% of ${last.total_cost}: ${shown}, expected about ${expected}`);
});

appTest('back to solidarity, the shares follow the key again', async (app) => {
  await app.open();
  const regions = new Regions(app);
  await regions.showTab('Per gemeente');
  const underKey = await shareTables(regions);
  await regions.insurance.check();
  await regions.viewLever('Eigen gebruik Centrumgemeente').type('5');
  await eventually(async () => assert.notDeepEqual((await shareTables(regions)).cost, underKey.cost));

  await regions.solidarity.check();

  await eventually(async () => assert.deepEqual(await shareTables(regions), underKey));
  assert.equal(await regions.viewLever(INSURED).box.count(), 0, 'the insured part is gone');
  await app.storedWorkingCopy((copy) => assert.equal(copy.insured_share ?? null, null));
});

appTest('the result tabs: arrow keys move between them', async (app) => {
  await app.open();
  const regions = new Regions(app);
  const names = ['Projectie', 'Doelen', 'Per gemeente', 'Bronnen', 'Eigen gegevens', 'Analyse', 'Vergelijken', 'De zaal'];
  assert.deepEqual((await app.page.getByRole('tab').allTextContents()).map((t) => t.trim()), names);
  await regions.tab('Projectie').focus();

  await app.page.keyboard.press('ArrowRight');
  await eventually(async () => assert.equal(await regions.tab('Doelen').getAttribute('aria-selected'), 'true'));
  await app.page.keyboard.press('ArrowRight');
  await eventually(async () => assert.equal(await regions.tab('Per gemeente').getAttribute('aria-selected'), 'true'));
  assert.ok(await regions.tab('Per gemeente').evaluate((el) => el === document.activeElement), 'focus follows');
  await regions.table(COST).waitFor();

  // Left from the first tab wraps to the last.
  for (let i = 0; i < 3; i++) await app.page.keyboard.press('ArrowLeft');
  await eventually(async () => assert.equal(await regions.tab('De zaal').getAttribute('aria-selected'), 'true'));
  await app.page.getByRole('heading', { level: 2, name: 'De zaal', exact: true }).waitFor();
  for (let i = 0; i < 3; i++) await app.page.keyboard.press('ArrowLeft');
  await eventually(async () => assert.equal(await regions.tab('Eigen gegevens').getAttribute('aria-selected'), 'true'));
  await regions.templateButton.waitFor();
});
