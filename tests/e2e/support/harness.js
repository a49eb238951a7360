// The test harness every spec uses: one static server per spec file, a fresh
// Chromium profile per test, console errors and page errors collected in
// every test and asserted absent at its end, a screenshot on failure, and
// condition polling (`eventually`, from wait.js) instead of fixed sleeps.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist, launch, ROOT } from './browser.js';
import { App } from './app.js';
import { LOAD_MS, WAIT_MS } from './wait.js';

export { eventually } from './wait.js';

const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');

/** Generous limit per test: the machine has 2 shared cores. */
export const TEST_TIMEOUT_MS = 180_000;

/** Collects console errors, uncaught page errors and crashes of `page`. */
export function collectProblems(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('crash', () => problems.push('page crashed'));
  return problems;
}

/**
 * Registers the static server for the spec file and returns `appTest`:
 * `appTest(name, async (app, t) => { ... }, { viewport, init, todo, expected })`.
 * `init` is `{ script, arg }`, passed to page.addInitScript before the first
 * navigation. `expected` is a RegExp of console errors the test causes on
 * purpose (a refused request); every other one fails the test. The body gets an `App` page object that has not navigated yet
 * (call `app.open()`).
 */
export function appSuite() {
  let server;
  before(async () => {
    server = await serveDist();
  });
  after(() => server?.stop());

  return function appTest(name, body, { viewport, init, todo, expected } = {}) {
    test(name, { timeout: TEST_TIMEOUT_MS, todo }, async (t) => {
      const browser = await launch(viewport);
      try {
        const page = await browser.context.newPage();
        page.setDefaultTimeout(WAIT_MS);
        page.setDefaultNavigationTimeout(LOAD_MS);
        const problems = collectProblems(page);
        if (init) await page.addInitScript(init.script, init.arg);
        const app = new App(page, server.url);
        try {
          await body(app, t);
        } catch (error) {
          await screenshotOnFailure(page, name);
          throw error;
        }
        await app.settle(); // let late errors of the last action surface
        const unexpected = problems.filter((p) => !(expected && expected.test(p)));
        assert.deepEqual(unexpected, [], 'the page logged console errors or threw');
      } finally {
        await browser.close();
      }
    });
  };
}

async function screenshotOnFailure(page, name) {
  try {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, `${name.replace(/[^\w-]+/g, '_').slice(0, 80)}.png`);
    await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
    console.log(`# screenshot of the failure: ${file}`);
  } catch {
    /* the page may be gone; the test's own error is what matters */
  }
}
