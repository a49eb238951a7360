// Prints how long "Uit de administratie" takes in the browser on a large
// region's allocations (not a test, no pass/fail):
//   node tools/allocations-bench.mjs [RUNS] [ROWS]
// For each run a fresh profile opens the release build (dist/), shows Eigen
// gegevens and chooses a generated file of ROWS allocations (default
// 200,000, the most a file may hold) as "Toewijzingen (CSV)". It prints the
// time from the file chooser's change event to the preview of the derived
// care forms (read by the import worker: the file, the rows, trajectories,
// figures per care form and year, the Terugblik), the progress shown (when
// the build has a progress bar), and every task on the page's main thread
// over 50 ms meanwhile (the Long Tasks API), with the machine's load.
import { loadavg, cpus } from 'node:os';
import { serveDist, launch } from '../support/browser.js';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const RUNS = Number(positional[0] || 3);
const ROWS = Number(positional[1] || 200_000);

/** A seeded generator (mulberry32), so every run reads the same file. */
function random(seed) {
  let a = seed;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/**
 * Allocations of some 40,000 clients over 2021-2025 in the categories of the
 * default mapping and one it does not map, as the engine's benchmark makes
 * them (crates/engine/tests/allocations/mod.rs): Dutch dates, a tenth still
 * running, an amount on each.
 */
function largeAllocations(rows) {
  const categories = ['31', '32', '33', '34', '35', '36', '37', '38', '41', '43', '44', '45', '46', '47', '48', '40'];
  const r = random(24);
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const lines = ['client;productcategorie;productcode;begindatum;einddatum;bedrag'];
  for (let i = 0; i < rows; i++) {
    const client = r(40_000);
    const category = categories[r(categories.length)];
    const year = 2021 + r(5);
    const month = 1 + r(12);
    const day = 1 + r(28);
    const length = 10 + r(400);
    const running = r(10) === 0;
    const endTotal = (month - 1) * 30 + day - 1 + length;
    const endYear = year + Math.floor(endTotal / 360);
    const rest = endTotal % 360;
    const end = running || endYear > 2025 ? '' : `${pad(Math.min((rest % 30) + 1, 28))}-${pad(Math.floor(rest / 30) + 1)}-${endYear}`;
    const amount = 100 + r(200_000);
    lines.push(`p${pad(client, 5)};${category};${category}A${pad(r(20))};${pad(day)}-${pad(month)}-${year};${end};${Math.floor(amount / 100)},${pad(amount % 100)}`);
  }
  return Buffer.from(lines.join('\r\n') + '\r\n');
}

async function run(url, file) {
  const browser = await launch({ width: 1366, height: 768 });
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.getByRole('tab', { name: 'Eigen gegevens', exact: true }).click();
    const section = page.getByRole('region', { name: 'Uit de administratie', exact: true });
    const input = section.getByLabel('Toewijzingen (CSV)', { exact: true });
    await page.evaluate(() => {
      window.bench = { longTasks: [], progress: new Set() };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.bench.longTasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask' });
      const input = [...document.querySelectorAll('input[type=file]')]
        .find((i) => i.labels[0]?.textContent === 'Toewijzingen (CSV)');
      input.addEventListener('change', () => { window.bench.start = performance.now(); }, { capture: true });
      new MutationObserver(() => {
        const bar = document.querySelector('.own-region__progress');
        if (bar) window.bench.progress.add(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await input.setInputFiles({ name: 'toewijzingen.csv', mimeType: 'text/csv', buffer: file });
    const end = await page.waitForFunction(() => {
      const shown = [...document.querySelectorAll('p')].some((p) => /^Voorbeeld van "toewijzingen\.csv": \d+ zorgvorm(en)?/.test(p.textContent));
      return shown ? performance.now() : false;
    }, null, { polling: 'raf', timeout: 120_000 });
    const done = await end.jsonValue();
    // Long tasks are reported after they end: a frame later.
    await page.waitForTimeout(200);
    return await page.evaluate((done) => ({
      ms: done - window.bench.start,
      progress: [...window.bench.progress].sort((a, b) => a - b),
      longTasks: window.bench.longTasks.filter(([t]) => t >= window.bench.start - 1).map(([, d]) => Math.round(d)),
    }), done);
  } finally {
    await browser.close();
  }
}

const file = largeAllocations(ROWS);
const server = await serveDist();
try {
  console.log(`${ROWS.toLocaleString('nl-NL')} toewijzingen, ${(file.length / 1048576).toFixed(1)} MB; ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await run(server.url, file);
    times.push(r.ms);
    console.log(`run ${i + 1}: ${Math.round(r.ms)} ms to the preview (${Math.round(ROWS / (r.ms / 1000)).toLocaleString('nl-NL')} rows/s); progress shown at ${r.progress.join(', ')}%; main-thread tasks over 50 ms: ${r.longTasks.length ? r.longTasks.join(', ') + ' ms' : 'none'}`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`median ${Math.round(sorted[Math.floor(sorted.length / 2)])} ms; load after ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  server.stop();
}
