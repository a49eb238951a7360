// Offline after the first visit: the service worker (sw.js) keeps the built
// files, so the app opens and computes without a network; a new build is
// picked up on the next visit, says "Nieuwe versie geladen", and leaves the
// working copy and the saved scenarios as they were.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { appSuite, eventually } from '../support/harness.js';
import { DIST, ROOT, serveDist } from '../support/browser.js';
import { moveShare, Scenarios } from '../support/scenarios.js';
import { presets, Regions } from '../support/regions.js';

const appTest = appSuite();
const SHARE = 'Aandeel van de instroom';
const VERSION_KEY = 'jeugdhulp.app.versie';
const run = promisify(execFile);

/** Waits until the service worker controls the page; returns its script URL. */
async function controlled(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return navigator.serviceWorker.controller.scriptURL;
  });
}

/** The build version in a served folder's index.html. */
function versionIn(dir) {
  return /<meta name="jeugdhulp-versie" content="([0-9a-f]+)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))[1];
}

/** Records, in the page, what was on it when the service worker was registered. */
function recordRegistration() {
  const register = ServiceWorkerContainer.prototype.register;
  ServiceWorkerContainer.prototype.register = function (...args) {
    window.registeredWith = {
      charts: document.querySelectorAll('#grafieken canvas').length,
      frames: document.querySelectorAll('.voorlader').length,
    };
    return register.apply(this, args);
  };
}

// Its install fetches every built file again: registered at the page's load
// event it took the cores the app's start needed (docs/performance.md).
appTest('the service worker is registered once the start is done: the charts are on the page', async (app) => {
  await app.open();
  assert.match(await controlled(app.page), /\/sw\.js$/);
  assert.deepEqual(await app.page.evaluate(() => window.registeredWith), { charts: 3, frames: 0 });
}, { init: { script: recordRegistration } });

appTest('after the first visit the app opens offline, and a lever still moves the projection', async (app) => {
  await app.open();
  assert.match(await controlled(app.page), /\/sw\.js$/);
  const example = await app.figures();

  await app.page.context().setOffline(true);
  await app.reload();
  assert.equal(await app.page.evaluate(() => navigator.onLine), false, 'the browser is offline');
  assert.deepEqual(await app.figures(), example, 'the app and its projection are there');

  await app.lever(app.rule(0), SHARE).press('ArrowRight', 5);
  await app.figureChangedFrom('besparing', example.besparing);
  // A plan's file is fetched when it is opened: offline it comes from the cache.
  const plan = presets()[1];
  await new Regions(app).openPreset(plan.title);
  await app.page.context().setOffline(false);
});

appTest('a new build replaces the old one on the next visits, says so, and keeps the working copy and library', async (app) => {
  // A copy of the build, served on its own, that can be "deployed" again.
  const site = mkdtempSync(join(tmpdir(), 'jeugdhulp-site-'));
  cpSync(DIST, site, { recursive: true });
  const server = await serveDist(site);
  try {
    app.url = server.url;
    await app.open();
    await controlled(app.page);
    const bar = new Scenarios(app);
    await moveShare(app, '42,5');
    await bar.saveAs('Plan A');
    await bar.info('Bewaard als "Plan A".').waitFor();
    await moveShare(app, '30');
    const old = versionIn(site);
    const stored = await app.storage();
    assert.equal(JSON.parse(stored[VERSION_KEY]), old, 'the page noted the build it runs');

    // The new build: a changed index.html (trunk's files carry integrity
    // hashes, so they change only with their names), the worker and version
    // written again.
    const index = join(site, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('</head>', '<!-- nieuwe versie -->\n</head>'));
    await run('node', [join(ROOT, 'scripts', 'precache.mjs'), site]);
    const fresh = versionIn(site);
    assert.notEqual(fresh, old);

    // First visit after it: still the old build (from the cache), while the
    // new worker takes over and its cache replaces the old one.
    await app.reload();
    await eventually(async () => assert.deepEqual(
      await app.page.evaluate(() => caches.keys()), [`jeugdhulp-${fresh}`]));
    assert.equal(await bar.info('Nieuwe versie geladen').count(), 0);

    // The next visit runs the new build and says so; nothing stored is lost.
    await app.reload();
    await bar.info('Nieuwe versie geladen').waitFor();
    assert.equal(await app.page.locator('meta[name=jeugdhulp-versie]').getAttribute('content'), fresh);
    assert.equal(await app.lever(app.rule(0), SHARE).field.inputValue(), '30,0', 'the working copy is back');
    assert.deepEqual(await bar.listedNames(), ['Plan A'], 'the library is there');
    const after = await app.storage();
    assert.equal(JSON.parse(after[VERSION_KEY]), fresh);
    delete stored[VERSION_KEY];
    delete after[VERSION_KEY];
    assert.deepEqual(after, stored, 'localStorage is as it was, apart from the noted version');
  } finally {
    server.stop();
    rmSync(site, { recursive: true, force: true });
  }
});
