// Presets: the example region and every regional plan open from the top bar
// with their own figures (the CLI's projection of the same preset gives the
// same cards); opening replaces the working scenario, undo brings the
// previous one back, "Terug naar het voorbeeld" opens the example.
import assert from 'node:assert/strict';
import { before } from 'node:test';
import { appSuite, eventually } from '../support/harness.js';
import { CARDS, EURO_MLN, PERCENT } from '../support/app.js';
import { ensureCli, projectJson } from '../support/cli.js';
import { cardsFromCli, presetFile, presets, Regions } from '../support/regions.js';

before(ensureCli, { timeout: 900_000 });
const appTest = appSuite();
const PRESETS = presets();
const EXAMPLE = PRESETS[0];
const PLANS = PRESETS.slice(1);

appTest('the picker lists "— kies —", the example region and the five plans, by title', async (app) => {
  await app.open();
  const regions = new Regions(app);
  const options = await regions.presetSelect.locator('option').allTextContents();
  assert.deepEqual(options.map((o) => o.trim()), ['— kies —', ...PRESETS.map((p) => p.title)]);
  assert.equal(PLANS.length, 5);
});

appTest('every preset opens with its own name, horizon and the figures the CLI gives it', async (app) => {
  await app.open();
  const regions = new Regions(app);
  const seen = {};
  // The example last, so every plan replaces a scenario of another region.
  for (const preset of [...PLANS, EXAMPLE]) {
    const file = await presetFile(preset.id);
    const scenario = JSON.parse(file);
    const { cards, projection } = await cardsFromCli(file);

    await regions.openPreset(preset.title, scenario.name);

    const last = scenario.base_year + scenario.years - 1;
    assert.equal(await regions.horizon(), `${scenario.base_year} – ${last}`, preset.id);
    const shown = await app.figures();
    for (const name of CARDS) {
      assert.match(shown[name], name === 'residentieel' ? PERCENT : EURO_MLN, `${preset.id}: card ${name}`);
    }
    assert.deepEqual(shown, cards, `${preset.id}: the cards show the CLI's projection of the preset`);
    assert.equal(await regions.presetSelect.inputValue(), '', 'the picker is back at "— kies —"');
    const stored = await app.storedWorkingCopy((copy) => assert.equal(copy.name, scenario.name));
    assert.deepEqual((await projectJson(JSON.stringify(stored))).scenario_years, projection.scenario_years,
      `${preset.id}: the stored working copy projects as the preset`);
    seen[preset.id] = shown;
  }
  const distinct = new Set(Object.values(seen).map((figures) => JSON.stringify(figures)));
  assert.equal(distinct.size, PRESETS.length, `every preset has figures of its own: ${JSON.stringify(seen, null, 1)}`);
});

appTest('undo after opening a preset brings back the previous scenario, lever change included', async (app) => {
  await app.open();
  const plan = PLANS.at(-1);
  const regions = new Regions(app);
  const share = app.lever(app.rule(0), 'Aandeel van de instroom');
  const savings = await app.figureText('besparing');
  await share.type('30');
  await app.figureChangedFrom('besparing', savings);
  await app.waitForStoredShare(0, 30);
  const titleBefore = await regions.title();
  const figuresBefore = await app.figures();

  await regions.openPreset(plan.title);
  assert.notDeepEqual(await app.figures(), figuresBefore, 'the preset shows other figures');
  await regions.undo();

  await eventually(async () => assert.equal(await regions.title(), titleBefore));
  await eventually(async () =>
    assert.deepEqual(await app.figures(), figuresBefore, 'the cards are those before the preset'));
  assert.equal(await share.sliderValue(), 30, 'the changed lever is back');
  await app.storedWorkingCopy((copy) => {
    assert.equal(copy.name, titleBefore);
    assert.equal(Number(copy.levers.substitutions[0].share), 0.3);
  });
});

appTest('opening a preset right after a lever move is an undo step of its own', async (app) => {
  await app.open();
  const regions = new Regions(app);
  const share = app.lever(app.rule(0), 'Aandeel van de instroom');
  const titleBefore = await regions.title();
  const plan = PLANS.at(-1);

  // The typed share committed, then the preset chosen at once, as a quick
  // keyboard user may: opening a preset is a step of its own.
  await share.type('30');
  await app.settle();
  await regions.presetSelect.selectOption({ label: plan.title });
  await regions.notice.filter({ hasText: `${plan.title} is geopend.` }).waitFor();
  await eventually(async () => assert.equal(await regions.title(), plan.title));
  await regions.undo();

  await eventually(async () => assert.equal(await regions.title(), titleBefore));
  await eventually(async () => assert.equal(await share.sliderValue(), 30, 'the typed share is back'));
  await app.storedWorkingCopy((copy) => assert.equal(Number(copy.levers.substitutions[0].share), 0.3));
});

appTest('"Terug naar het voorbeeld" leaves a plan for the example region', async (app) => {
  await app.open();
  const regions = new Regions(app);
  const example = await app.figures();
  const exampleTitle = await regions.title();
  await regions.openPreset(PLANS[0].title);
  assert.notDeepEqual(await app.figures(), example);

  await regions.backToExample.click();

  await eventually(async () => assert.equal(await regions.title(), exampleTitle));
  await eventually(async () => assert.deepEqual(await app.figures(), example));
  assert.ok(await app.badge.isVisible(), 'the example is labelled illustrative');
});

appTest('a plan\'s file that cannot be fetched or read gives a Dutch message and leaves the scenario as it was', async (app) => {
  await app.open();
  const regions = new Regions(app);
  const figures = await app.figures();
  const title = await regions.title();
  const plan = PLANS[0];

  // No connection (the service worker is off in this test, see below).
  await app.page.route('**/presets/*.json', (route) => route.abort('internetdisconnected'));
  await regions.presetSelect.selectOption({ label: plan.title });
  await regions.notice.filter({ hasText: `${plan.title} kon niet worden geladen: geen verbinding met de server. Uw scenario is niet veranderd; probeer het opnieuw.` }).waitFor();
  assert.equal(await regions.title(), title);
  assert.deepEqual(await app.figures(), figures);

  // A damaged file: refused by the loader, nothing changes.
  await app.page.unroute('**/presets/*.json');
  await app.page.route('**/presets/*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": "jeugdscenario", "version": 2, "name": ' }));
  await regions.presetSelect.selectOption({ label: plan.title });
  await regions.notice.filter({ hasText: `${plan.title} kon niet worden gelezen` }).waitFor();
  assert.equal(await regions.title(), title);
  assert.deepEqual(await app.figures(), figures);
  await app.storedWorkingCopy((copy) => assert.equal(copy.name, title));

  // With the connection back, the plan opens.
  await app.page.unroute('**/presets/*.json');
  await regions.openPreset(plan.title);
}, {
  // Without a service worker (a first visit), so each fetch meets the
  // routes above rather than the worker's cache (offline.test.js has that).
  init: { script: () => { delete Navigator.prototype.serviceWorker; } },
  // Chromium logs the refused request itself.
  expected: /^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/,
});
