// Prints performance figures of the built app (not a test, no pass/fail):
//   node tools/measure.js [LOADS] [STEPS] [--only=load,sliders,samples]
//        [--regions=REGEX] [--kinds=REGEX] [--profile=N]
// - first projection: navigation start to the first frame whose balance card
//   shows euros, over LOADS fresh profiles (cold cache), and over LOADS
//   reloads of one profile whose service worker has cached the build (warm);
//   median and each run;
// - control steps: for the example region, every preset and the scenario at
//   the format's limits (support/scale.js, imported as a file), four kinds of
//   control (a substitution share, a residential shift share, a per-care-form
//   change, a typed budget amount), STEPS steps each: the work alone and the
//   time to the next frame, median and p95 per case; --profile=N adds a CPU
//   profile's top N functions per case (run it on a build that keeps
//   function names, served with DIST_DIR=... : see README, Benchmarks);
// - 10,000 uncertainty samples in the Analyse tab, and the longest frame gap
//   meanwhile (the page stays responsive);
// - the size of dist's .wasm, raw and gzipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { serveDist, launch, DIST } from '../support/browser.js';
import { SCALE_NAME, scaleFile } from '../support/scale.js';
import { firstFiguresAt, median, quantile, topFunctions } from '../support/profile.js';

const args = process.argv.slice(2);
const positional = args.filter((a) => !a.startsWith('--'));
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const LOADS = Number(positional[0] || 5);
const STEPS = Number(positional[1] || 30);
/** Which parts to run: --only=load,sliders,samples (default: all). */
const PARTS = new Set((option('only') || 'load,sliders,samples').split(','));
/** Only regions whose title matches: --regions=REGEX ('example' matches the example region). */
/** --profile=N: a CPU profile per case, its top N functions. */
const PROFILE = Number(option('profile') || 0);
/** Only these slider kinds: --kinds=REGEX. */
const KIND_FILTER = option('kinds') ? new RegExp(option('kinds'), 'i') : null;
const REGION_FILTER = option('regions') ? new RegExp(option('regions'), 'i') : null;

const ms = (x) => `${x.toFixed(1)} ms`;

/** Navigation start to the first frame with euros on the balance card, in the page's clock. */
/** Warm loads: one profile, the first visit lets the service worker
 * cache every built file; then each reload is timed as `firstProjection`. */
async function warmProjections(url, count) {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await firstFiguresAt(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    const times = [];
    for (let i = 0; i < count; i++) {
      await page.reload({ waitUntil: 'commit' });
      times.push(await firstFiguresAt(page));
    }
    return times;
  } finally {
    await browser.close();
  }
}

async function firstProjection(url) {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    return await firstFiguresAt(page);
  } finally {
    await browser.close();
  }
}

/**
 * One step of a control, in the page: set `value` on `el` and dispatch
 * `type` ('input' for a slider, 'change' for a typed field), at the start of
 * a frame. Returns [toFrame, work]:
 * - toFrame: dispatch until the next animation frame's callbacks (the frame
 *   that shows the step), the app's own frame callbacks included;
 * - work: the work alone, without waiting: the handler, the reactive effects
 *   (microtasks) and the style/layout they cause (forced), plus whatever the
 *   app does in the next frame's callbacks before paint (measured between a
 *   frame callback registered before the dispatch and one registered after).
 */
const STEP_IN_PAGE = async (el, [value, type]) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await frame();
  let frameStart = 0;
  requestAnimationFrame(() => { frameStart = performance.now(); });
  const t0 = performance.now();
  el.value = value;
  el.dispatchEvent(new Event(type, { bubbles: true }));
  for (let k = 0; k < 50; k++) await Promise.resolve();
  document.body.getBoundingClientRect();
  const before = performance.now() - t0;
  const frameEnd = await new Promise((resolve) => requestAnimationFrame(() => {
    document.body.getBoundingClientRect();
    resolve(performance.now());
  }));
  return [frameEnd - t0, before + (frameEnd - frameStart)];
};

/** What the page shows as results: the four cards and the cost chart's markup length. */
const shown = (page) => page.evaluate(() => [...document.querySelectorAll('.card__figure')]
  .map((f) => f.textContent).join('|') + (document.querySelector('.chart__plot')?.innerHTML.length ?? 0));

/** The slider kinds measured, each found the way a person finds it; null when the region has none. */
const KINDS = {
  'substitution share': async (page) => {
    const panel = page.locator('section.panel').filter({ has: page.getByRole('heading', { level: 2, name: 'Substitutie', exact: true }) });
    return slider(panel.getByRole('slider', { name: 'Aandeel van de instroom', exact: true }));
  },
  'residential shift share': async (page) => {
    const panel = page.locator('section.panel').filter({ has: page.getByRole('heading', { level: 2, name: 'Afschalen residentieel verblijf', exact: true }) });
    return slider(panel.getByRole('slider', { name: 'Aandeel van de instroom in verblijf', exact: true }));
  },
  'per-care-form change': async (page) => {
    const panel = page.locator('section.panel').filter({ has: page.getByRole('heading', { level: 2, name: 'Per zorgvorm', exact: true }) });
    let fold = panel.locator('details.fold').filter({ has: page.locator('.lever-kind') }).first();
    if (!(await fold.count())) {
      // A region without one: add an inflow change to the first care form, as a user would.
      fold = panel.locator('details.fold').first();
      await fold.locator('summary.fold__summary').click();
      await fold.getByRole('button', { name: /^Verandering van instroom toevoegen bij / }).click();
      await fold.locator('.lever-kind').first().waitFor();
    } else {
      await fold.locator('summary.fold__summary').click();
    }
    return slider(fold.locator('.lever-kind').first().getByRole('slider').first());
  },
  'budget amount (typed)': async (page) => {
    const panel = page.locator('section.panel').filter({ has: page.getByRole('heading', { level: 2, name: 'Begroting', exact: true }) });
    const fold = panel.locator('details.fold').first();
    await fold.locator('summary.fold__summary').click();
    const field = fold.getByRole('textbox', { name: 'Bedrag in het basisjaar', exact: true });
    if (!(await field.waitFor({ timeout: 5_000 }).then(() => true, () => false))) return null;
    const base = Number((await field.inputValue()).replace(/\./g, '').replace(',', '.'));
    return { handle: field, values: (i) => [String(Math.round(base + (i % 2 ? 2e6 : -2e6) + i * 1e5)), 'change'] };
  },
};

/** A slider and values that move it to another value every step (within its bounds). */
async function slider(locator) {
  const el = locator.first();
  if (!(await el.count())) return null;
  const [min, max, step] = await el.evaluate((s) => [Number(s.min), Number(s.max), Number(s.step) || 1]);
  const lo = min + (max - min) * 0.1;
  const n = Math.max(2, Math.floor(((max - min) * 0.8) / step));
  return { handle: el, values: (i) => [String(lo + ((i * 7 + (i % 2)) % n) * step), 'input'] };
}

/** Opens the region (`null`: the example the app opens on) in a fresh profile and measures each slider kind. */
async function measureRegion(url, region, steps, kinds) {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator('[data-testid=kaart-besparing] .card__figure').filter({ hasText: '€' }).waitFor({ timeout: 60_000 });
    if (region?.file) {
      // Imported through "Importeren", as a user would.
      await page.getByRole('navigation', { name: 'Scenario', exact: true }).getByLabel('Importeren', { exact: true }).setInputFiles(region.file);
      await page.getByRole('heading', { level: 1 }).filter({ hasText: region.name }).waitFor({ timeout: 120_000 });
    } else if (region) {
      await page.getByLabel('Regio of plan openen', { exact: true }).selectOption({ label: region });
      await page.locator('.notice').filter({ hasText: `${region} is geopend` }).waitFor();
    }
    const out = {};
    for (const kind of kinds) {
      const control = await KINDS[kind](page);
      if (!control) { out[kind] = null; continue; }
      const cdp = PROFILE ? await page.context().newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      const toFrame = [];
      const work = [];
      let changed = 0;
      for (let i = 0; i < steps; i++) {
        const before = await shown(page);
        const [f, w] = await control.handle.evaluate(STEP_IN_PAGE, control.values(i));
        toFrame.push(f);
        work.push(w);
        if ((await shown(page)) !== before) changed += 1;
      }
      out[kind] = { toFrame, work, changed };
      if (cdp) out[kind].profile = topFunctions((await cdp.send('Profiler.stop')).profile, PROFILE);
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** The region titles in the picker (the example region first). */
async function regionTitles(url) {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    const select = page.getByLabel('Regio of plan openen', { exact: true });
    await select.waitFor({ timeout: 60_000 });
    return (await select.locator('option').allTextContents()).map((t) => t.trim()).filter((t) => t !== '— kies —');
  } finally {
    await browser.close();
  }
}

/** 10,000 uncertainty samples in the Analyse tab (drawn by the import worker): click to result, in the
 * page's clock, and the longest gap between animation frames meanwhile. */
async function uncertaintyRun(url) {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator('[data-testid=kaart-saldo] .card__figure').filter({ hasText: '€' }).waitFor();
    await page.getByRole('tab', { name: 'Analyse', exact: true }).click();
    await page.getByLabel('Doorrekeningen', { exact: true }).fill('10.000');
    const button = page.getByRole('button', { name: 'Onzekerheid berekenen', exact: true });
    return await button.evaluate((el) => new Promise((resolve) => {
      const gaps = [];
      let last = performance.now();
      let done = false;
      const watch = (t) => { gaps.push(t - last); last = t; if (!done) requestAnimationFrame(watch); };
      requestAnimationFrame(watch);
      const t0 = performance.now();
      const chance = document.querySelector('[data-testid=kans]');
      const observer = new MutationObserver(() => {
        if (chance.textContent.startsWith('Kans')) {
          done = true;
          observer.disconnect();
          resolve({ ms: performance.now() - t0, maxGap: Math.max(...gaps) });
        }
      });
      observer.observe(chance, { childList: true, subtree: true, characterData: true });
      el.click();
    }));
  } finally {
    await browser.close();
  }
}

// Figures from a shared machine mean little without its load.
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`machine: ${cpus().length} cores, load average ${load()} (1, 5, 15 min)`);
const stats = (xs) => `median ${ms(median(xs))}, p95 ${ms(quantile(xs, 0.95))}, max ${ms(Math.max(...xs))}`;
/** Steps shown a frame late or more: "to frame" past one and a half frame intervals (60 Hz). */
const late = (xs) => `${xs.filter((x) => x > 25).length}/${xs.length} a frame late`;
const server = await serveDist();
try {
  if (PARTS.has('load')) {
    const loads = [];
    for (let i = 0; i < LOADS; i++) loads.push(await firstProjection(server.url));
    console.log(`first projection on screen (navigation start → first frame with euros), ${LOADS} fresh loads:`);
    console.log(`  median ${ms(median(loads))}; runs ${loads.map((x) => x.toFixed(0)).join(', ')} ms`);
    const warm = await warmProjections(server.url, LOADS);
    console.log(`first projection on screen, ${LOADS} warm loads (reloads served by the service worker's cache):`);
    console.log(`  median ${ms(median(warm))}; runs ${warm.map((x) => x.toFixed(0)).join(', ')} ms`);
  }

  if (PARTS.has('sliders')) {
    const titles = await regionTitles(server.url);
    const regions = [null, ...titles.slice(1)].filter((r, i) => !REGION_FILTER || REGION_FILTER.test(r ?? titles[0]) || (i === 0 && REGION_FILTER.test('example')));
    // The scenario at the format's limits (support/scale.js), imported from a file.
    if (!REGION_FILTER || REGION_FILTER.test('scale')) regions.push({ file: scaleFile(), name: SCALE_NAME });
    console.log(`control steps (${STEPS} per case; set a value and dispatch its event at the start of a frame):`);
    console.log('  to frame = dispatch until the next frame that shows it; work = handler + reactive effects + forced style/layout + the app\'s frame callbacks, no waiting');
    const all = { toFrame: [], work: [] };
    for (const region of regions) {
      const results = await measureRegion(server.url, region, STEPS, Object.keys(KINDS).filter((k) => !KIND_FILTER || KIND_FILTER.test(k)));
      console.log(`  ${region?.name ?? region ?? titles[0]}:`);
      for (const [kind, r] of Object.entries(results)) {
        if (!r) { console.log(`    ${kind}: (none in this region)`); continue; }
        all.toFrame.push(...r.toFrame);
        all.work.push(...r.work);
        console.log(`    ${kind}: work ${stats(r.work)}; to frame ${stats(r.toFrame)}, ${late(r.toFrame)}; results changed in ${r.changed}/${STEPS}`);
        if (r.profile) console.log(r.profile);
      }
    }
    console.log(`  all cases: work ${stats(all.work)}; to frame ${stats(all.toFrame)}, ${late(all.toFrame)}`);
  }

  if (PARTS.has('samples')) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await uncertaintyRun(server.url));
    console.log(`uncertainty, 10,000 samples (click to the chance on screen), 3 runs:`);
    console.log(`  median ${ms(median(runs.map((r) => r.ms)))}; longest frame gap meanwhile ${ms(Math.max(...runs.map((r) => r.maxGap)))}`);
  }
  console.log(`load average after measuring: ${load()}`);
} finally {
  server.stop();
}

for (const name of readdirSync(DIST).filter((f) => f.endsWith('.wasm'))) {
  const bytes = readFileSync(join(DIST, name));
  const gz = gzipSync(bytes, { level: 9 }).length;
  console.log(`${name}: ${bytes.length} bytes (${(bytes.length / 1024).toFixed(0)} KiB) raw, ${gz} bytes (${(gz / 1024).toFixed(0)} KiB) gzipped (level 9)`);
}
