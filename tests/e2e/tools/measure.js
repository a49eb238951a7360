// Prints performance figures of the built app (not a test, no pass/fail):
//   node tools/measure.js [LOADS] [STEPS]
// - first projection: navigation start to the first frame whose balance card
//   shows euros, over LOADS fresh profiles (cold cache); median and each run;
// - slider step: in the page, set the first substitution share slider and
//   dispatch 'input', then await requestAnimationFrame (engine + DOM update +
//   wait for the frame), STEPS times; also the time until the reactive work
//   is done (next macrotask), without the wait for the frame; median and p95;
// - 10,000 uncertainty samples in the Analyse tab, and the longest frame gap
//   meanwhile (the page stays responsive);
// - the size of dist's .wasm, raw and gzipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { serveDist, launch, DIST } from '../support/browser.js';

const LOADS = Number(process.argv[2] || 5);
const STEPS = Number(process.argv[3] || 50);

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const ms = (x) => `${x.toFixed(1)} ms`;

/** Navigation start to the first frame with euros on the balance card, in the page's clock. */
async function firstProjection(url) {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => {
      const figure = document.querySelector('[data-testid=kaart-saldo] .card__figure');
      return figure && figure.textContent.includes('€') ? performance.now() : false;
    }, null, { polling: 'raf', timeout: 60_000 });
    return await handle.jsonValue();
  } finally {
    await browser.close();
  }
}

/** Per step: [until the next frame, until the reactive work is done, DOM changed by the frame, the work alone]. */
async function sliderSteps(url, steps) {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator('[data-testid=kaart-besparing] .card__figure').filter({ hasText: '€' }).waitFor();
    const slider = page.getByRole('slider', { name: 'Aandeel van de instroom', exact: true }).first();
    return await slider.evaluate(async (el, n) => {
      const figure = document.querySelector('[data-testid=kaart-besparing] .card__figure');
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const task = () => new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
      const out = [];
      await frame();
      for (let i = 0; i < n; i++) {
        const before = figure.textContent;
        const value = String(20 + (i % 2 ? 10 : 0) + i * 0.5); // every step changes the projection
        let t0 = performance.now();
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        const toFrame = performance.now() - t0;
        const changed = figure.textContent !== before;
        await frame(); // start the next measurement at the beginning of a frame
        const again = figure.textContent;
        t0 = performance.now();
        el.value = String(Number(value) + 0.5);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await task();
        const toIdle = performance.now() - t0;
        await frame();
        // The work itself, without waiting for a frame or a task: the input
        // handler, the reactive effects (microtasks) and the style and layout
        // they cause, forced at the end.
        t0 = performance.now();
        el.value = String(Number(value) + 1);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        for (let k = 0; k < 50; k++) await Promise.resolve();
        document.body.getBoundingClientRect();
        const work = performance.now() - t0;
        out.push([toFrame, toIdle, changed && figure.textContent !== again, work]);
        await frame();
      }
      return out;
    }, steps);
  } finally {
    await browser.close();
  }
}

/** 10,000 uncertainty samples in the Analyse tab: click to result, in the
 * page's clock, and the longest gap between animation frames meanwhile. */
async function uncertaintyRun(url) {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator('[data-testid=kaart-saldo] .card__figure').filter({ hasText: '€' }).waitFor();
    await page.getByRole('tab', { name: 'Analyse', exact: true }).click();
    await page.getByLabel('Trekkingen', { exact: true }).fill('10.000');
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
const server = await serveDist();
try {
  const loads = [];
  for (let i = 0; i < LOADS; i++) loads.push(await firstProjection(server.url));
  console.log(`first projection on screen (navigation start → first frame with euros), ${LOADS} fresh loads:`);
  console.log(`  median ${ms(median(loads))}; runs ${loads.map((x) => x.toFixed(0)).join(', ')} ms`);

  const steps = await sliderSteps(server.url, STEPS);
  const toFrame = steps.map(([f]) => f);
  const toIdle = steps.map(([, i]) => i);
  const updated = steps.filter(([, , c]) => c).length;
  const work = steps.map(([, , , w]) => w);
  console.log(`slider step (set value + 'input' event), ${STEPS} steps:`);
  console.log(`  until the next animation frame: median ${ms(median(toFrame))}, p95 ${ms(quantile(toFrame, 0.95))}, max ${ms(Math.max(...toFrame))}`);
  console.log(`  until the reactive work is done (next task): median ${ms(median(toIdle))}, p95 ${ms(quantile(toIdle, 0.95))}, max ${ms(Math.max(...toIdle))}`);
  console.log(`  the work alone (handler + reactive effects + forced style/layout, no frame wait): median ${ms(median(work))}, p95 ${ms(quantile(work, 0.95))}, max ${ms(Math.max(...work))}`);
  console.log(`  the savings card had changed in ${updated} of ${STEPS} steps when measured`);
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await uncertaintyRun(server.url));
  console.log(`uncertainty, 10,000 samples (click to the chance on screen), 3 runs:`);
  console.log(`  median ${ms(median(runs.map((r) => r.ms)))}; longest frame gap meanwhile ${ms(Math.max(...runs.map((r) => r.maxGap)))}`);
  console.log(`load average after measuring: ${load()}`);
} finally {
  server.stop();
}

for (const name of readdirSync(DIST).filter((f) => f.endsWith('.wasm'))) {
  const bytes = readFileSync(join(DIST, name));
  const gz = gzipSync(bytes, { level: 9 }).length;
  console.log(`${name}: ${(bytes.length / 1024).toFixed(0)} KiB raw, ${(gz / 1024).toFixed(0)} KiB gzipped (level 9)`);
}
