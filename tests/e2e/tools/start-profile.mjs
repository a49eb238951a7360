// Where the app's start goes (not a test): a CPU profile of a fresh load,
// from navigation until the balance card shows euros and a frame later,
// with the main thread's long tasks (over 50 ms) and the top functions by
// total and self time.
//   node tools/start-profile.mjs [RUNS] [TOP] [--cpu=N]   (TOP 0: no profile, the long tasks
//   alone, without the profiler's own cost; --cpu=4 slows the CPU down four times, as
//   Lighthouse's mobile profile counts it, and sums the blocking time: each task's time over 50 ms)
// For Rust function names serve a build that keeps them (DIST_DIR, see the
// README's benchmarks); without, wasm functions show as wasm-function[N].
import { cpus, loadavg } from 'node:os';
import { serveDist, launch, DIST } from '../support/browser.js';
import { firstFiguresAt, topFunctions } from '../support/profile.js';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const RUNS = Number(positional[0] || 3);
const TOP = Number(positional[1] || 25);
const CPU = Number(process.argv.find((a) => a.startsWith('--cpu='))?.slice(6) || 1);

async function profileStart(url) {
  const browser = await launch({ width: 1350, height: 940 });
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = TOP > 0 || CPU > 1 ? await browser.context.newCDPSession(page) : null;
    if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    if (TOP > 0) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'commit' });
    const at = await firstFiguresAt(page);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
    const profile = TOP > 0 ? (await cdp.send('Profiler.stop')).profile : null;
    return { at, longTasks: await page.evaluate(() => window.longTasks), profile };
  } finally {
    await browser.close();
  }
}

const server = await serveDist(DIST);
try {
  console.log(`${DIST}; CPU slowed ${CPU}x; ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  for (let i = 0; i < RUNS; i++) {
    const { at, longTasks, profile } = await profileStart(server.url);
    const blocking = longTasks.reduce((sum, [, d]) => sum + d - 50, 0);
    console.log(`run ${i + 1}: euros on the balance card at ${Math.round(at)} ms; main-thread tasks over 50 ms (start, duration): ${longTasks.map(([s, d]) => `${s}+${d}`).join(', ') || 'none'}; blocking ${blocking} ms`);
    if (profile && i === RUNS - 1) console.log(topFunctions(profile, TOP));
  }
} finally {
  server.stop();
}
