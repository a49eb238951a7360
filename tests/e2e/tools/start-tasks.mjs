// The start's main-thread tasks in a trace, for builds side by side (not a test):
//   node tools/start-tasks.mjs [RUNS] [DIST ...]   (default: 5 runs of dist/)
// Loads each build RUNS times, taking turns so the machine's load falls on all
// of them alike, and prints per build the median (and each run's) longest task
// after the first contentful paint, and the blocking time as Lighthouse's mobile
// simulation counts it: every task four times as long, less 50 ms. A build kept
// aside (cp -r dist /tmp/dist-before) is compared with the next one this way.
import { loadavg } from 'node:os';
import { serveDist, launch, DIST } from '../support/browser.js';
import { firstFiguresAt, median } from '../support/profile.js';

const positional = process.argv.slice(2);
const RUNS = Number(positional[0] || 5);
const BUILDS = positional.length > 1 ? positional.slice(1) : [DIST];

// The durations in ms of the main thread's tasks from the first contentful
// paint until a frame after the balance card shows euros.
async function startTasks(url) {
  const browser = await launch({ width: 1350, height: 940 });
  try {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const complete = new Promise((resolve) => cdp.on('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,loading',
      transferMode: 'ReportEvents',
    });
    await page.goto(url, { waitUntil: 'commit' });
    await firstFiguresAt(page);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 800))));
    await cdp.send('Tracing.end');
    await complete;
    // The page's main thread: the one that runs its timers.
    const timers = {};
    for (const e of events) if (e.name === 'TimerFire') timers[e.tid] = (timers[e.tid] || 0) + 1;
    const main = Number(Object.entries(timers).sort((a, b) => b[1] - a[1])[0][0]);
    const fcp = events.find((e) => e.name === 'firstContentfulPaint')?.ts ?? 0;
    return events
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.tid === main && e.ts >= fcp)
      .map((e) => e.dur / 1000);
  } finally {
    await browser.close();
  }
}

const results = new Map(BUILDS.map((dir) => [dir, { longest: [], blocking: [] }]));
console.log(`${RUNS} runs of ${BUILDS.join(', ')}; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const servers = new Map();
for (const dir of BUILDS) servers.set(dir, await serveDist(dir));
for (let run = 0; run < RUNS; run++) {
  for (const dir of BUILDS) {
    const tasks = await startTasks(servers.get(dir).url);
    const result = results.get(dir);
    result.longest.push(Math.max(0, ...tasks));
    result.blocking.push(tasks.reduce((sum, d) => sum + Math.max(0, 4 * d - 50), 0));
  }
}
for (const server of servers.values()) server.stop();
const each = (xs) => xs.map((x) => x.toFixed(0)).join(' ');
for (const [dir, { longest, blocking }] of results) {
  console.log(`${dir}: longest task ${median(longest).toFixed(0)} ms (${each(longest)}); `
    + `blocking as Lighthouse's mobile simulation counts it ${median(blocking).toFixed(0)} ms (${each(blocking)})`);
}
console.log(`load after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
