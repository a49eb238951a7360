// The print view: "Afdrukken" prints; on paper the toolbar, the levers and
// other controls are hidden, while the cards, the charts (with their tables,
// opened just for the print) and the print date show.
import assert from 'node:assert/strict';
import { appSuite } from '../support/harness.js';
import { CARDS, CHART_TITLES } from '../support/app.js';
import { Regions } from '../support/regions.js';
import { Scenarios } from '../support/scenarios.js';

const appTest = appSuite();

appTest('"Afdrukken" calls the browser\'s print', async (app) => {
  await app.open();
  await app.page.evaluate(() => {
    globalThis.__e2ePrints = 0;
    window.print = () => { globalThis.__e2ePrints += 1; };
  });
  await new Scenarios(app).toolbar.getByRole('button', { name: 'Afdrukken', exact: true }).click();
  assert.equal(await app.page.evaluate(() => globalThis.__e2ePrints), 1);
});

appTest('on paper: no toolbar, levers or buttons; the cards, the charts with their tables and the date show', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  const page = app.page;
  const levers = page.getByRole('complementary', { name: 'Knoppen', exact: true });
  const date = page.getByText(/^Afgedrukt op \d{2}-\d{2}-\d{4}$/);
  const tables = page.locator('.chart__table table');
  const downloads = page.getByRole('button', { name: 'Download SVG', exact: true });
  assert.ok(await bar.toolbar.isVisible() && await levers.isVisible(), 'on screen: toolbar and levers');
  assert.ok(await date.isHidden(), 'on screen: no print date');

  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await app.settle();

  assert.ok(await bar.toolbar.isHidden(), 'the toolbar is hidden');
  assert.ok(await levers.isHidden(), 'the levers are hidden');
  assert.ok(await page.getByRole('button', { name: 'Terug naar het voorbeeld', exact: true }).isHidden());
  for (let i = 0; i < await downloads.count(); i++) assert.ok(await downloads.nth(i).isHidden(), 'no download buttons');
  assert.ok(await date.isVisible(), 'the print date shows');
  const summary = page.locator('.print-summary');
  assert.ok(await summary.isVisible(), 'the summary in plain language heads the report');
  assert.match(await summary.textContent(), /^Met deze keuzes gaat het cumulatief saldo van € -[\d.,]+ mln \(basislijn\) naar € -[\d.,]+ mln; de grootste bijdrage komt van /);
  assert.ok(await app.heading.isVisible(), 'the title shows');
  for (const card of CARDS) assert.ok(await app.card(card).isVisible(), `card ${card} shows`);
  for (const title of CHART_TITLES) {
    assert.ok(await app.chart(title).isVisible(), `chart ${title} shows`);
    const box = await app.chartSvg(title).first().boundingBox();
    assert.ok(box && box.width > 100 && box.height > 50, `chart ${title} is drawn at a readable size: ${JSON.stringify(box)}`);
  }
  assert.ok(await tables.count() >= CHART_TITLES.length, 'every chart has a table');
  for (let i = 0; i < await tables.count(); i++) assert.ok(await tables.nth(i).isVisible(), `table ${i} is opened for the print`);

  // After printing, the tables fold again and the screen is as before.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await app.settle();
  for (let i = 0; i < await tables.count(); i++) assert.ok(await tables.nth(i).isHidden(), `table ${i} folded again`);
  assert.ok(await bar.toolbar.isVisible() && await levers.isVisible());
});

appTest('a notice on screen is not printed', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  await bar.saveAs('Plan A');
  const notice = bar.info('Bewaard als "Plan A".');
  await notice.waitFor();
  await app.page.emulateMedia({ media: 'print' });
  assert.ok(await notice.isHidden());
});

appTest('a scenario with targets prints its Doelen with the outcomes in words', async (app) => {
  await app.open();
  const page = app.page;
  const printed = page.locator('.print-targets');
  assert.equal(await printed.count(), 0, 'the example has no targets');
  await new Regions(app).openPreset('Regio Alkmaar – Transformatieagenda jeugdhulp 2016-2018');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await app.settle();
  assert.ok(await printed.isVisible(), 'the Doelen table is in the report');
  const rows = printed.locator('tbody tr');
  assert.equal(await rows.count(), 2);
  assert.match(await rows.first().innerText(), /ten opzichte van 31 december 2013[\s\S]*(Niet gehaald|Gehaald)[\s\S]*bereikt/);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await app.settle();
  assert.equal(await printed.count(), 0, 'built only while printing');
});
