// The first visit: the example region, labelled as illustrative, with its
// projection on screen (four headline cards, three charts with tables) and
// nothing in the console; a chart follows the screen's pixel density.
import assert from 'node:assert/strict';
import { appSuite, eventually } from '../support/harness.js';
import { CARDS, CHART_TITLES, EURO_MLN, PERCENT } from '../support/app.js';

const appTest = appSuite();

appTest('opens on the illustrative example region with its projection', async (app) => {
  await app.open();

  assert.match(await app.heading.textContent(), /^Voorbeeldregio/);
  assert.match(await app.badge.textContent(), /^Illustratief voorbeeld/);
  await app.badge.waitFor({ state: 'visible' });

  const titles = {
    saldo: 'Saldo laatste jaar',
    cumulatief: 'Cumulatief saldo',
    besparing: 'Besparing t.o.v. basislijn',
    residentieel: 'Aandeel residentiële zorg',
  };
  for (const name of CARDS) {
    await app.card(name).waitFor({ state: 'visible' });
    assert.equal((await app.card(name).getByRole('heading').textContent()).trim(), titles[name]);
    const figure = await app.figureText(name);
    assert.match(figure, name === 'residentieel' ? PERCENT : EURO_MLN, `card ${name} shows "${figure}"`);
  }

  for (const title of CHART_TITLES) {
    const image = app.chartImage(title);
    await image.waitFor({ state: 'visible' });
    assert.equal(await image.count(), 1, `one chart image in "${title}"`);
    assert.ok((await image.getAttribute('aria-label')).trim().length > 10, `"${title}" chart is described`);
    const box = await image.boundingBox();
    assert.ok(box.width > 200 && box.height > 100, `"${title}" chart has a visible size`);
    const inked = await image.evaluate((canvas) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 600) dark++;
      return dark / (data.length / 4);
    });
    assert.ok(inked > 0.02, `"${title}" is drawn, not blank (${(inked * 100).toFixed(1)}% of pixels inked)`);

    const table = app.chart(title).locator('details').filter({ hasText: 'Toon tabel' });
    await table.locator('summary').click();
    const rows = table.locator('table tbody tr');
    await rows.first().waitFor({ state: 'visible' });
    assert.ok((await rows.count()) > 0, `"${title}" has a data table`);
  }

  assert.equal(await app.notice.count(), 0, 'no notice on a clean first visit');
});

appTest('a chart is painted again at the new pixel density when the window moves to another screen', async (app) => {
  await app.open();
  const image = app.chartImage(CHART_TITLES[0]);
  await image.waitFor({ state: 'visible' });
  const size = () => image.evaluate((canvas) => [canvas.width, canvas.height]);
  assert.deepEqual(await size(), [880, 440], 'one device pixel per chart unit at a density of 1');
  // As on a HiDPI screen: twice the device pixels, same layout.
  // (The emulated density changes no media query here, so the window is
  // also resized a little, as zooming or another screen does.)
  const cdp = await app.page.context().newCDPSession(app.page);
  const screen = (deviceScaleFactor, width) =>
    cdp.send('Emulation.setDeviceMetricsOverride', { width, height: 720, deviceScaleFactor, mobile: false });
  await screen(2, 1270);
  await eventually(async () => assert.deepEqual(await size(), [1760, 880]));
  await screen(1, 1280);
  await eventually(async () => assert.deepEqual(await size(), [880, 440]));
});
