// Page object of presets, the Bronnen view, own data (care forms from a CSV)
// and the split over municipalities; plus the presets and CSV corpus as the
// repository has them, and the app's figure formats computed exactly from
// the CLI's decimal strings.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './browser.js';
import { CLI, euroMillions, projectJson, sumDecimals } from './cli.js';
import { eventually } from './wait.js';

const run = promisify(execFile);

/** The corpus of care-form CSVs: good/ and bad/, each with expected.json. */
export const CSV_FILES = join(ROOT, 'tests', 'csv-files');

/** The corpus manifest of `kind` ('good' or 'bad'), parsed. */
export function csvManifest(kind) {
  return JSON.parse(readFileSync(join(CSV_FILES, kind, 'expected.json'), 'utf8'));
}

/** A generated file as its bad/expected.json entry describes it, as bytes. */
export function generateCsv(spec) {
  const rows = [spec.header];
  for (let i = 0; i < spec.rows; i++) rows.push(spec.row.replaceAll('{i}', String(i)));
  return Buffer.from(`${rows.join('\n')}\n`, 'utf8');
}

/** The presets as crates/engine/src/presets.rs lists them, in order: [{ id, title }]. */
export function presets() {
  const source = readFileSync(join(ROOT, 'crates', 'engine', 'src', 'presets.rs'), 'utf8');
  const found = [...source.matchAll(/Preset \{\s*id: "([^"]+)",\s*title: "([^"]+)"/g)]
    .map(([, id, title]) => ({ id, title }));
  assert.ok(found.length >= 6, `presets.rs lists ${found.length} presets`);
  return found;
}

/** `jeugdscenario example ID`: the preset's scenario file as text. */
export async function presetFile(id) {
  const { stdout } = await run(CLI, ['example', id], { maxBuffer: 1 << 24 });
  return stdout;
}

/** [BigInt, scale] of a decimal string: "-12.50" → [-1250n, 2]. */
function parseDecimal(text) {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`not a decimal: ${text}`);
  const [, sign, whole, frac = ''] = match;
  return [BigInt(whole + frac) * (sign ? -1n : 1n), frac.length];
}

/** `value / 10^scale` rounded half-even to `decimals`, as [sign, digits]. */
function roundHalfEven(text, decimals) {
  const [value, scale] = parseDecimal(text);
  const negative = value < 0n;
  let abs = negative ? -value : value;
  if (scale > decimals) {
    const unit = 10n ** BigInt(scale - decimals);
    const rest = abs % unit;
    abs /= unit;
    if (rest * 2n > unit || (rest * 2n === unit && abs % 2n === 1n)) abs += 1n;
  } else {
    abs *= 10n ** BigInt(decimals - scale);
  }
  return [negative && abs !== 0n ? '-' : '', abs.toString().padStart(decimals + 1, '0')];
}

/** nl-NL number with `decimals` decimals and dot grouping, as the app writes it. */
export function nlNumber(text, decimals) {
  const [sign, digits] = roundHalfEven(text, decimals);
  const whole = digits.slice(0, digits.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return decimals ? `${sign}${whole},${digits.slice(digits.length - decimals)}` : `${sign}${whole}`;
}

/** Whole euros as the tables show them: "188786122.00" → "€ 188.786.122". */
export const euroWhole = (text) => `€ ${nlNumber(text, 0)}`;

/** A fraction as a percentage with one decimal: "0.1208" → "12,1%". */
export function percentOne(fraction) {
  const [value, scale] = parseDecimal(fraction);
  const digits = (value < 0n ? -value * 100n : value * 100n).toString().padStart(scale + 1, '0');
  const percent = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return `${nlNumber(`${value < 0n ? '-' : ''}${percent}`, 1)}%`;
}

/**
 * `value` with every decimal string written canonically ("180.0" and
 * "1820000.00" as "180" and "1820000"), to compare figures, not their scale.
 */
export function canonicalDecimals(value) {
  if (typeof value === 'string' && /^-?\d+\.\d+$/.test(value)) {
    return value.replace(/\.?0+$/, '').replace(/^-0$/, '0');
  }
  if (Array.isArray(value)) return value.map(canonicalDecimals);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonicalDecimals(v)]));
  }
  return value;
}

/** "€ -1.234.567" → -1234567n. */
export function euros(shown) {
  const match = /^€ (-?)(\d{1,3}(?:\.\d{3})*)$/.exec(shown);
  assert.ok(match, `not a whole-euro figure: ${JSON.stringify(shown)}`);
  return BigInt(match[2].replaceAll('.', '')) * (match[1] ? -1n : 1n);
}

/** The four card figures the CLI's projection of `scenarioText` gives. */
export async function cardsFromCli(scenarioText) {
  const projection = await projectJson(scenarioText);
  const last = projection.scenario_years.at(-1);
  const savings = projection.savings_against_baseline.map((y) => y.savings);
  return {
    projection,
    cards: {
      saldo: euroMillions(last.balance),
      cumulatief: euroMillions(last.cumulative_balance),
      besparing: euroMillions(sumDecimals(savings)),
      residentieel: percentOne(last.residential_share_clients),
    },
  };
}

export class Regions {
  /** @param {import('./app.js').App} app */
  constructor(app) {
    const page = app.page;
    this.app = app;
    this.page = page;
    this.presetSelect = page.getByRole('combobox', { name: 'Regio of plan openen', exact: true });
    this.toolbar = page.getByRole('navigation', { name: 'Scenario', exact: true });
    this.undoButton = this.toolbar.getByRole('button', { name: 'Ongedaan maken', exact: true });
    this.backToExample = page.getByRole('button', { name: 'Terug naar het voorbeeld', exact: true });
    this.notice = page.locator('.notice');
    this.view = page.getByRole('tabpanel');
    this.formsPanel = page.locator('section.panel').filter({
      has: page.getByRole('heading', { level: 2, name: 'Per zorgvorm', exact: true }),
    });
    // Per gemeente
    this.solidarity = page.getByRole('radio', { name: 'Solidariteit: alles naar de verdeelsleutel', exact: true });
    this.insurance = page.getByRole('radio', {
      name: 'Verzekeringsmodel: eigen gebruik min verzekerd deel', exact: true,
    });
    // Bronnen
    this.changedOnly = page.getByRole('checkbox', { name: /^Alleen gewijzigde cijfers \(\d+\)$/ });
    this.sourcesTable = page.locator('table.sources-table');
    // Eigen gegevens
    this.templateButton = page.getByRole('button', { name: 'Sjabloon downloaden (CSV)', exact: true });
    this.csvInput = page.getByLabel('Zorgvormen importeren (CSV)', { exact: true });
    this.problems = page.locator('.csv-problems[role=alert]');
    this.preview = page.locator('.csv-preview');
    this.applyButton = page.getByRole('button', { name: 'Zorgvormen overnemen', exact: true });
    this.cancelButton = page.getByRole('button', { name: 'Annuleren', exact: true });
  }

  /** The h1 without the horizon after it. */
  async title() {
    return this.app.heading.evaluate((h1) => h1.firstChild?.textContent?.trim() ?? '');
  }

  /** The horizon in the h1: "2026 – 2035". */
  async horizon() {
    return (await this.app.heading.locator('.topbar__horizon').textContent()).trim();
  }

  /** Opens a preset by its title through the top bar and waits for its notice and h1. */
  async openPreset(title, scenarioName = title) {
    await this.presetSelect.selectOption({ label: title });
    await this.notice.filter({
      hasText: `${title} is geopend. Ongedaan maken brengt uw vorige scenario terug.`,
    }).waitFor();
    await eventually(async () => assert.equal(await this.title(), scenarioName));
    await this.app.waitForProjection();
    await this.app.settle();
  }

  async undo() {
    await this.undoButton.click();
    await this.app.settle();
  }

  tab(name) {
    return this.page.getByRole('tab', { name, exact: true });
  }

  /** Shows a tab of the right column ("Projectie", "Per gemeente", "Bronnen", "Eigen gegevens"). */
  async showTab(name) {
    await this.tab(name).click();
    await eventually(async () => assert.equal(await this.tab(name).getAttribute('aria-selected'), 'true'));
  }

  /** A table by its caption. */
  table(caption) {
    return this.page.getByRole('table', { name: caption, exact: true });
  }

  /**
   * A year table as { years: [2026, ...], rows: { label: [cell text, ...] } };
   * rows keep the page's order in `order`.
   */
  async readTable(caption) {
    const table = this.table(caption);
    await table.waitFor();
    return table.evaluate((t) => {
      const text = (el) => el.textContent.trim();
      const years = [...t.querySelectorAll('thead th')].slice(1).map((th) => Number(text(th)));
      const rows = {};
      const order = [];
      for (const tr of t.querySelectorAll('tbody tr')) {
        const label = text(tr.querySelector('th'));
        order.push(label);
        rows[label] = [...tr.querySelectorAll('td')].map(text);
      }
      return { years, rows, order };
    });
  }

  /** The Projectie tab's "Kosten en begroting per jaar (€)" table, opened through "Toon tabel". */
  async costTable() {
    await this.showTab('Projectie');
    const details = this.app.chart('Kosten tegenover begroting').locator('details.chart__table');
    if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
    return this.readTable('Kosten en begroting per jaar (€)');
  }

  /** The lever with this label in the current view (Per gemeente). */
  viewLever(label) {
    return this.app.lever(this.view, label);
  }

  /** Every row of the Bronnen table: { item, field, value, source, changed }. */
  async sourceRows() {
    await this.sourcesTable.waitFor();
    return this.sourcesTable.evaluate((t) => [...t.querySelectorAll('tbody tr')].map((tr) => {
      const cells = tr.querySelectorAll('th, td');
      const badge = cells[2].querySelector('.badge');
      const value = [...cells[2].childNodes].filter((n) => n !== badge)
        .map((n) => n.textContent).join('').trim();
      return {
        item: cells[0].textContent.trim(),
        field: cells[1].textContent.trim(),
        value,
        source: cells[3].textContent.trim(),
        changed: badge ? badge.textContent.trim() : '',
      };
    }));
  }

  /** The n in "Alleen gewijzigde cijfers (n)". */
  async changedCount() {
    const label = await this.changedOnly.evaluate((box) => box.closest('label').textContent);
    return Number(/\((\d+)\)/.exec(label)[1]);
  }

  /** The care forms' labels in the "Per zorgvorm" panel, in order. */
  async careFormLabels() {
    return this.formsPanel.locator('details.fold > summary > span:first-child').allTextContents();
  }

  /** The "Per zorgvorm" fold of the care form with this label, opened. */
  async careForm(label) {
    const fold = this.formsPanel.locator('details.fold').filter({
      has: this.page.locator('summary > span:first-child').getByText(label, { exact: true }),
    });
    if (!(await fold.evaluate((d) => d.open))) await fold.locator('summary').click();
    return fold;
  }

  /** Chooses a CSV (bytes) in "Zorgvormen importeren (CSV)". */
  async chooseCsv(name, buffer) {
    await this.csvInput.setInputFiles({ name, mimeType: 'text/csv', buffer });
  }

  /** The problems listed for the CSV `name`: { heading, items }. */
  async problemsFor(name) {
    const heading = `"${name}" is niet overgenomen; er is niets veranderd:`;
    await this.problems.filter({ hasText: heading }).waitFor();
    return this.problems.evaluate((box) => ({
      heading: box.querySelector('p').textContent.trim(),
      items: [...box.querySelectorAll('li')].map((li) => li.textContent.trim()),
    }));
  }

  /** The preview of the CSV `name`: { intro, rows: [[cell, ...], ...] }. */
  async previewFor(name) {
    await this.preview.filter({ hasText: `Voorbeeld van "${name}":` }).waitFor();
    return this.preview.evaluate((box) => ({
      intro: box.querySelector('p').textContent.trim(),
      rows: [...box.querySelectorAll('tbody tr')]
        .map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
    }));
  }

  /** Clicks "Sjabloon downloaden (CSV)"; returns { name, bytes }. */
  async downloadTemplate() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.templateButton.click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }
}
