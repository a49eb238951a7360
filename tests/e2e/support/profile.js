// What the benchmark tools share (not the tests): when a page first shows
// its figures, reading a CPU profile of Chromium's sampling profiler, and
// the median and quantiles of what they measured.

import { launch, serveDist } from './browser.js';

/** The `q` quantile of `xs` (0.5: the median), between the two nearest values. */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

export const median = (xs) => quantile(xs, 0.5);

/** When the balance card of `page` first shows euros, in the page's clock (checked every frame). */
export async function firstFiguresAt(page) {
  const handle = await page.waitForFunction(() => {
    const figure = document.querySelector('[data-testid=kaart-saldo] .card__figure');
    return figure && figure.textContent.includes('€') ? performance.now() : false;
  }, null, { polling: 'raf', timeout: 60_000 });
  return handle.jsonValue();
}

/**
 * The `n` functions with the most time in a CPU profile (Chromium's sampling
 * profiler), self and total; wasm functions carry names only in a build that
 * keeps them (DIST_DIR, see the README's benchmarks).
 */
export function topFunctions(profile, n) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node) => node.callFrame.functionName || `(${node.callFrame.url.split('/').pop() || 'anonymous'})`;
  const self = new Map();
  const total = new Map();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (['(idle)', '(program)', '(garbage collector)'].includes(name(node)) && name(node) === '(idle)') return;
    all += dt;
    self.set(name(node), (self.get(name(node)) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const fn = name(byId.get(at));
      if (!seen.has(fn)) { seen.add(fn); total.set(fn, (total.get(fn) ?? 0) + dt); }
    }
  });
  const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n)
    .map(([fn, t]) => `      ${t.toFixed(1).padStart(8)} ms ${(100 * t / all).toFixed(1).padStart(5)}%  ${fn.slice(0, 110)}`).join('\n');
  return `    busy ${all.toFixed(0)} ms; by self time:\n${top(self)}\n    by total time:\n${top(total)}`;
}


/**
 * Opens the built app in a fresh browser at each size (`1366x768`), waits for
 * its first figures and hands the page to `visit(page, size, ms)`, `ms` the
 * time from navigation to those figures; the page's errors are printed.
 */
export async function atSizes(sizes, visit) {
  const server = await serveDist();
  try {
    for (const size of sizes) {
      const [width, height] = size.split('x').map(Number);
      const browser = await launch({ width, height });
      try {
        const page = await browser.context.newPage();
        page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
        page.on('pageerror', (e) => console.log('page error:', e.message));
        await page.goto(server.url);
        await visit(page, size, Math.round(await firstFiguresAt(page)));
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.stop();
  }
}
