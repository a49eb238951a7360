// Page object of the scenario planner: finds controls the way a person does
// (visible labels, roles, headings) and reads what the page shows and stores.
import assert from 'node:assert/strict';
import { eventually, LOAD_MS } from './wait.js';

/** The localStorage key of the autosaved working copy. */
export const WORKING_COPY_KEY = 'jeugdhulp.werkversie';
/** Prefix of the keys a stored entry that no longer loads is kept under. */
export const DEFECT_PREFIX = 'jeugdhulp.defect.';

export const CARDS = ['saldo', 'cumulatief', 'besparing', 'residentieel'];
export const CHART_TITLES = [
  'Kosten tegenover begroting',
  'Cumulatief saldo: scenario en basislijn',
  'Cliënten per groep',
];
/** A euro figure as the cards show it: "€ -27,0 mln". */
export const EURO_MLN = /^€ -?\d{1,3}(\.\d{3})*,\d mln$/;
/** A percentage as the cards show it: "12,8%". */
export const PERCENT = /^\d{1,3},\d%$/;

/** One lever: label, slider, typed-in field and its error message. */
export class Lever {
  constructor(scope, label) {
    const named = scope.page().getByRole('textbox', { name: label, exact: true });
    this.box = scope.locator('.lever').filter({ has: named });
    this.slider = this.box.getByRole('slider');
    this.field = this.box.getByRole('textbox');
    this.error = this.box.locator('p.lever__error[role=alert]');
  }

  /** The slider's value as a number. */
  async sliderValue() {
    return Number(await this.slider.inputValue());
  }

  /** Types `text` into the field and fires change with `key` (Enter or Tab). */
  async type(text, key = 'Tab') {
    await this.field.fill(text);
    await this.field.press(key);
  }

  /** Focuses the slider and presses `key` `times` times. */
  async press(key, times) {
    await this.slider.focus();
    for (let i = 0; i < times; i++) await this.slider.press(key);
  }
}

export class App {
  constructor(page, url) {
    this.page = page;
    this.url = url;
    this.heading = page.getByRole('heading', { level: 1 });
    this.badge = page.locator('.badge--illustrative');
    this.notice = page.locator('.notice[role=alert]');
    this.substitution = page.locator('section.panel').filter({
      has: page.getByRole('heading', { level: 2, name: /^(Substitutie|Substitution)$/ }),
    });
  }

  /** Navigates to the app and waits for the first projection. */
  async open() {
    await this.page.goto(this.url);
    await this.waitForProjection();
  }

  async reload() {
    await this.page.reload();
    await this.waitForProjection();
  }

  /** Waits until the balance card shows a euro figure. */
  async waitForProjection() {
    await this.figure('saldo').filter({ hasText: '€' }).waitFor({ timeout: LOAD_MS });
  }

  /** Waits two animation frames, so every update the last event scheduled is on screen. */
  async settle() {
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  }

  card(name) {
    return this.page.getByTestId(`kaart-${name}`);
  }

  figure(name) {
    return this.card(name).locator('.card__figure');
  }

  async figureText(name) {
    return (await this.figure(name).textContent()).trim();
  }

  /** All four card figures, keyed by card name. */
  async figures() {
    const out = {};
    for (const name of CARDS) out[name] = await this.figureText(name);
    return out;
  }

  /** Waits until card `name` shows a figure other than `before`; returns it. */
  async figureChangedFrom(name, before) {
    return eventually(async () => {
      const now = await this.figureText(name);
      assert.notEqual(now, before, `card ${name} still shows ${before}`);
      return now;
    });
  }

  /** The substitution rule at `index` (0-based), or the one with this h3 title. */
  rule(which) {
    const rules = this.substitution.locator('article');
    return typeof which === 'number'
      ? rules.nth(which)
      : rules.filter({ has: this.page.getByRole('heading', { level: 3, name: which, exact: true }) });
  }

  lever(scope, label) {
    return new Lever(scope, label);
  }

  /** Adds a substitution rule through the "Van/Naar zorgvorm" selects. */
  async addRule(fromLabel, toLabel) {
    await this.substitution.getByLabel('Van zorgvorm', { exact: true }).selectOption({ label: fromLabel });
    await this.substitution.getByLabel('Naar zorgvorm', { exact: true }).selectOption({ label: toLabel });
    await this.substitution.getByRole('button', { name: 'Substitutieregel toevoegen' }).click();
  }

  chart(title) {
    return this.page.getByRole('figure', { name: title, exact: true });
  }

  /** The chart on screen: a canvas that is an image with a description. */
  chartImage(title) {
    return this.chart(title).locator('canvas.chart__canvas[role=img]');
  }

  /** The chart's inline SVG, an image with a description: only in the printed report. */
  chartSvg(title) {
    return this.chart(title).locator('svg.chart__svg[role=img]');
  }

  /** What the chart on screen shows, as the canvas's pixels (a data URL). */
  async chartMarkup(title) {
    return this.chartImage(title).evaluate((canvas) => canvas.toDataURL());
  }

  button(name) {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Everything in localStorage, as { key: text }. */
  async storage() {
    return this.page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  }

  /** The stored working copy, parsed. */
  async workingCopy() {
    const text = await this.page.evaluate((key) => localStorage.getItem(key), WORKING_COPY_KEY);
    assert.ok(text, 'no working copy stored');
    return JSON.parse(text);
  }

  /** Waits until the stored working copy satisfies `check(copy)` (which asserts); returns it. */
  async storedWorkingCopy(check) {
    return eventually(async () => {
      const copy = await this.workingCopy();
      check(copy);
      return copy;
    });
  }

  /**
   * Waits until the stored working copy holds `percent` as the share of
   * substitution rule `index` (a fraction in the file: 42,5% is 0.425).
   */
  async waitForStoredShare(index, percent) {
    return this.storedWorkingCopy((copy) =>
      assert.equal(Number(copy.levers.substitutions[index].share), percent / 100,
        `stored share of rule ${index}`));
  }
}
