// Before the app's wasm has loaded, the page already shows its header, the
// toolbar and the frames of the four headline cards (index.html), where the
// app puts them: when the app takes over, the cards do not move. On a later
// visit the header names the stored working copy. The frames are the page's
// largest contentful paint, painted before the wasm is fetched (Trunk.toml's
// start script), and a start that fails says so on the page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { join } from 'node:path';
import { appSuite } from '../support/harness.js';
import { DIST } from '../support/browser.js';

const appTest = appSuite();
/** The app's wasm (not the import worker's), as the build names it. */
const APP_WASM = /jeugdhulp-app-[0-9a-f]+_bg\.wasm$/;
const TITLES = ['Saldo laatste jaar', 'Cumulatief saldo', 'Besparing t.o.v. basislijn', 'Aandeel residentiële zorg'];

test('the card frames are in the built index.html itself, not made by a script', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  for (const title of TITLES) assert.ok(html.includes(`<h2 class="card__title">${title}</h2>`), title);
});

/** Holds the app's wasm until `release` is called; the page shows index.html alone meanwhile. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(APP_WASM, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The boxes of the four cards (frames or the app's), rounded to whole pixels. */
const cardBoxes = (page, selector) => page.locator(selector).evaluateAll((cards) => cards.map((c) => {
  const r = c.getBoundingClientRect();
  return [Math.round(r.x), Math.round(r.y), Math.round(r.width)];
}));

for (const [width, height] of [[390, 844], [1366, 768], [1920, 1080]]) {
  appTest(`at ${width}x${height} the card frames show before the wasm and the cards take their places`, async (app) => {
    const release = await holdWasm(app.page);
    await app.page.goto(app.url, { waitUntil: 'domcontentloaded' });
    const frames = app.page.locator('.voorlader .card');
    assert.deepEqual(await frames.locator('.card__title').allTextContents(), TITLES);
    assert.ok(await frames.first().isVisible(), 'the frames are shown while the wasm loads');
    assert.equal(await app.page.locator('.voorlader .topbar__title').textContent(), 'Voorbeeldregio2026 – 2035');
    const before = await cardBoxes(app.page, '.voorlader .card');
    const menuFirst = await app.page.locator('.voorlader .topbar__menu').isVisible();
    release();
    await app.waitForProjection();
    assert.equal(await app.page.locator('.voorlader').count(), 0, 'the frames are gone once the app shows its cards');
    assert.equal(await app.page.locator('header.topbar .topbar__menu').isVisible(), menuFirst,
      'the frames show the header\'s Menu button where the app does (phones only)');
    const after = await cardBoxes(app.page, 'section.cards .card');
    assert.equal(after.length, 4);
    for (const [i, box] of after.entries()) {
      for (const [k, v] of box.entries()) {
        assert.ok(Math.abs(v - before[i][k]) <= 1, `card ${i + 1} moved from ${before[i]} to ${box}`);
      }
    }
  }, { viewport: { width, height } });
}

appTest('a later visit names the stored working copy in the header before the app has loaded', async (app) => {
  // What the header says when the page is parsed, before any module script runs.
  await app.page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        window.shownFirst = document.querySelector('.voorlader .topbar__title')?.textContent;
      }
    });
  });
  await app.open();
  assert.equal(await app.page.evaluate(() => window.shownFirst), 'Voorbeeldregio2026 – 2035');
  await app.storedWorkingCopy(() => {});
  await app.page.evaluate(() => {
    const key = 'jeugdhulp.werkversie';
    const copy = JSON.parse(localStorage.getItem(key));
    copy.name = 'Regio Noord';
    localStorage.setItem(key, JSON.stringify(copy));
  });
  await app.page.reload();
  await app.waitForProjection();
  assert.equal(await app.page.evaluate(() => window.shownFirst), 'Regio Noord2026 – 2035');
});

/** Records, in the page, every largest-contentful-paint candidate as it comes: its time and whether it is a frame. */
function recordLargestPaints() {
  window.largestPaints = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.largestPaints.push({ at: e.startTime, frame: Boolean(e.element?.closest('.voorlader')) });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

for (const [width, height] of [[390, 844], [1366, 768]]) {
  appTest(`at ${width}x${height} the frames are painted first and stay the largest paint; the wasm is fetched after them`, async (app) => {
    await app.open();
    const { paints, firstPaint, wasmFetched } = await app.page.evaluate((wasm) => ({
      paints: window.largestPaints,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      wasmFetched: performance.getEntriesByType('resource').find((r) => new RegExp(wasm).test(r.name))?.startTime,
    }), APP_WASM.source);
    assert.ok(paints.length > 0 && paints.every((p) => p.frame),
      `every largest paint is one of the frames, none the app's own: ${JSON.stringify(paints)}`);
    assert.ok(firstPaint !== undefined && wasmFetched !== undefined, 'the first paint and the wasm are on record');
    assert.ok(wasmFetched >= firstPaint, `the wasm is fetched (${wasmFetched} ms) after the frames are painted (${firstPaint} ms)`);
  }, { viewport: { width, height }, init: { script: recordLargestPaints } });
}

appTest('a start that fails says so in Dutch above the frames, which stop saying they are being computed', async (app) => {
  await app.page.route(APP_WASM, (route) => route.fulfill({
    status: 200, contentType: 'application/wasm', body: 'geen webassembly',
  }));
  await app.page.goto(app.url);
  const alert = app.page.getByRole('alert');
  await alert.getByText('De planner kon niet starten').waitFor();
  assert.match(await alert.textContent(), /Laad de pagina opnieuw/);
  assert.ok(await app.page.locator('.voorlader .card').first().isVisible(), 'the frames stay');
  const sentences = await app.page.locator('.voorlader .card__sentence').allTextContents();
  assert.deepEqual(sentences, Array(4).fill('Niet berekend: de planner is niet gestart.'));
  assert.equal(await app.page.locator('.voorlader__wacht').count(), 0, 'the page no longer says it is loading');
}, { expected: /WebAssembly|wasm|magic/i });

appTest('a trap in the app\'s wasm while the page is built is said as a start that failed', async (app) => {
  const release = await holdWasm(app.page);
  await app.page.goto(app.url, { waitUntil: 'domcontentloaded' });
  await app.page.locator('.voorlader .card').first().waitFor();
  // What a panic in the app looks like to the page: an uncaught WebAssembly.RuntimeError.
  await app.page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
  const alert = app.page.getByRole('alert');
  await alert.getByText('De planner kon niet starten').waitFor();
  assert.match(await alert.textContent(), /RuntimeError: unreachable/);
  release();
}, { expected: /unreachable/ });

appTest('a trap in the app\'s wasm after it started says the planner stopped, on top of the page', async (app) => {
  await app.open();
  await app.page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
  const alert = app.page.getByRole('alert').filter({ hasText: 'De planner is vastgelopen' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /Laad de pagina opnieuw/);
  assert.ok(await alert.isVisible());
}, { expected: /unreachable/ });
