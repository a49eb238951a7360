// The command-line tool `jeugdscenario` (same engine as the app) and the
// app's nl-NL figure format, computed exactly from the CLI's decimal strings.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './browser.js';

const run = promisify(execFile);
export const CLI = process.env.JEUGDSCENARIO_BIN || join(ROOT, 'target', 'debug', 'jeugdscenario');

/** Builds the CLI when the binary is missing (a debug build, some minutes on 2 cores). */
export async function ensureCli() {
  if (existsSync(CLI)) return;
  await run('cargo', ['build', '-q', '-p', 'jeugdscenario'], { cwd: ROOT, maxBuffer: 1 << 24 });
}

/** Writes `scenarioText` to a temp file and returns `jeugdscenario project FILE --format json`, parsed. */
export async function projectJson(scenarioText) {
  const dir = mkdtempSync(join(tmpdir(), 'jeugdhulp-cli-'));
  try {
    const file = join(dir, 'werkversie.json');
    writeFileSync(file, scenarioText);
    const { stdout } = await run(CLI, ['project', file, '--format', 'json'], { maxBuffer: 1 << 26 });
    return JSON.parse(stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** "-27024018.90" → -2702401890n with 2 decimals, as [BigInt, scale]. */
function parseDecimal(text) {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`not a decimal: ${text}`);
  const [, sign, whole, frac = ''] = match;
  const value = BigInt(whole + frac) * (sign ? -1n : 1n);
  return [value, frac.length];
}

/** The exact sum of decimal strings, as a decimal string. */
export function sumDecimals(texts) {
  const parsed = texts.map(parseDecimal);
  const scale = Math.max(0, ...parsed.map(([, s]) => s));
  const total = parsed.reduce((acc, [v, s]) => acc + v * 10n ** BigInt(scale - s), 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const frac = scale ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${frac}`;
}

/**
 * Euros as the cards show them: millions, one decimal, rounded half-even,
 * nl-NL (decimal comma, dot grouping): "-27024018.90" → "€ -27,0 mln".
 */
export function euroMillions(text) {
  const [value, scale] = parseDecimal(text);
  const unit = 100_000n * 10n ** BigInt(scale); // one tenth of a million
  const negative = value < 0n;
  const abs = negative ? -value : value;
  let tenths = abs / unit;
  const rest = abs % unit;
  if (rest * 2n > unit || (rest * 2n === unit && tenths % 2n === 1n)) tenths += 1n;
  const whole = (tenths / 10n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = negative && tenths !== 0n ? '-' : '';
  return `€ ${sign}${whole},${tenths % 10n} mln`;
}
