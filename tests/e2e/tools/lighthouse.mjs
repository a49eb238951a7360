// Lighthouse on the release build, served gzipped as a static host serves it
// (a benchmark to read, not a pass/fail test):
//   bash scripts/build.sh
//   node tests/e2e/tools/lighthouse.mjs [mobile|desktop ...] [--runs=N] [--out=DIR]
// Lighthouse 12 comes from npm (`npx lighthouse@12.2.3`: 13 needs Node 22) and
// runs Debian's Chromium. Prints per profile and run the four scores, the
// largest contentful paint, total blocking time and the longest main-thread
// task, then the medians; the JSON reports go to --out (default /tmp).
import { execFile } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { createGzip } from 'node:zlib';
import { CHROMIUM, DIST } from '../support/browser.js';

const run = promisify(execFile);
const LIGHTHOUSE = 'lighthouse@12.2.3';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};
/** Compressed as a static host does (wasm, scripts, styles, markup, data); images as they are. */
const GZIPPED = new Set(['.html', '.js', '.wasm', '.css', '.json', '.webmanifest', '.svg']);

/** A static server on `dir` that gzips on the fly (level 9) when the browser accepts it. */
function serveGzipped(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) { res.writeHead(404).end(); return; }
    const ext = extname(file);
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    const gzip = GZIPPED.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip({ level: 9 })) : body).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

async function lighthouse(url, profile, out) {
  const args = [
    '--yes', LIGHTHOUSE, url, '--quiet', '--output=json', `--output-path=${out}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
  ];
  if (profile === 'desktop') args.push('--preset=desktop');
  await run('npx', args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 1 << 26 });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const score = (c) => Math.round(report.categories[c].score * 100);
  const tasks = report.audits['long-tasks']?.details?.items ?? [];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: Math.round(report.audits['largest-contentful-paint'].numericValue),
    tbt: Math.round(report.audits['total-blocking-time'].numericValue),
    longestTask: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
  };
}

const options = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')));
const profiles = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const runs = Number(options.runs ?? 3);
const outDir = options.out ?? '/tmp';
if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no build in ${DIST}: run bash scripts/build.sh first`);

const server = await serveGzipped(DIST);
const url = `http://127.0.0.1:${server.address().port}/`;
console.log(`${LIGHTHOUSE} on ${url} (gzip on the fly), ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
try {
  for (const profile of profiles.length ? profiles : ['mobile', 'desktop']) {
    const results = [];
    for (let i = 1; i <= runs; i++) {
      const result = await lighthouse(url, profile, join(outDir, `lighthouse-${profile}-${i}.json`));
      results.push(result);
      console.log(`${profile} ${i}: ${JSON.stringify(result)}`);
    }
    const med = Object.fromEntries(Object.keys(results[0]).map((k) => [k, median(results.map((r) => r[k]))]));
    console.log(`${profile} median of ${runs}: ${JSON.stringify(med)}`);
  }
} finally {
  server.close();
}
