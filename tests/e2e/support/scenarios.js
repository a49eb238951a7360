// Page object of the scenario toolbar ("Ongedaan maken", "Opslaan", "Mijn
// scenario's", "Exporteren", "Importeren", "Deel via link", "Afdrukken"),
// its notices and what it keeps in localStorage; plus a second tab in the
// same browser profile, downloads, and files made for a test.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './browser.js';
import { App } from './app.js';
import { CLI } from './cli.js';
import { collectProblems } from './harness.js';
import { LOAD_MS, WAIT_MS } from './wait.js';

const run = promisify(execFile);

/** Prefix of the keys of saved scenarios ("Mijn scenario's"). */
export const LIBRARY_PREFIX = 'jeugdhulp.scenario.';
/** The library id the working copy was opened from or saved to (a JSON string). */
export const SOURCE_KEY = 'jeugdhulp.werkversie.bron';
/** The corpus of scenario files: good/ and bad/ (with bad/expected.json). */
export const SCENARIO_FILES = join(ROOT, 'tests', 'scenario-files');

export class Scenarios {
  /** @param {App} app */
  constructor(app) {
    const page = app.page;
    this.app = app;
    this.page = page;
    this.toolbar = page.getByRole('navigation', { name: 'Scenario', exact: true });
    this.undoButton = this.toolbar.getByRole('button', { name: 'Ongedaan maken', exact: true });
    this.redoButton = this.toolbar.getByRole('button', { name: 'Opnieuw', exact: true });
    this.saveButton = this.toolbar.getByRole('button', { name: 'Opslaan', exact: true });
    this.fileInput = this.toolbar.getByLabel('Importeren', { exact: true });
    this.draftBadge = page.getByText('Concept uit een link: nog niet bewaard', { exact: true });
    this.library = page.getByRole('region', { name: "Mijn scenario's", exact: true });
    this.linkField = page.getByRole('textbox', { name: 'Link naar dit scenario', exact: true });
  }

  /** The error notice (role=alert) that contains `text`. */
  error(text) {
    return this.page.locator('.notice[role=alert]').filter({ hasText: text });
  }

  /** The info notice (role=status) that contains `text`. */
  info(text) {
    return this.page.locator('.notice[role=status]').filter({ hasText: text });
  }

  /** Any notice, error or info. */
  notices() {
    return this.page.locator('.notice');
  }

  /** Closes the notice on screen, if any, and waits until it is gone. */
  async closeNotice() {
    const notice = this.notices();
    if (await notice.count()) {
      await notice.getByRole('button', { name: 'Sluiten', exact: true }).click();
      await notice.waitFor({ state: 'detached' });
    }
  }

  /** "Opslaan als…": types `name` and clicks "Bewaren". */
  async saveAs(name) {
    await this.toolbar.getByRole('button', { name: 'Opslaan als…', exact: true }).click();
    await this.page.getByLabel('Naam van het scenario', { exact: true }).fill(name);
    await this.page.getByRole('button', { name: 'Bewaren', exact: true }).click();
  }

  /** Opens "Mijn scenario's" unless it is open already. */
  async openLibrary() {
    if (!(await this.library.isVisible())) {
      await this.toolbar.getByRole('button', { name: "Mijn scenario's", exact: true }).click();
    }
    await this.library.getByRole('heading', { level: 2, name: "Mijn scenario's" }).waitFor();
  }

  /** The library row whose row header is `name`. */
  row(name) {
    return this.library.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name, exact: true }),
    });
  }

  /** The names in the library list, top to bottom (opens the list). */
  async listedNames() {
    await this.openLibrary();
    return this.library.locator('tbody').getByRole('rowheader').allTextContents();
  }

  /** Clicks "Openen <name>" in the library. */
  async openFromLibrary(name) {
    await this.openLibrary();
    await this.library.getByRole('button', { name: `Openen ${name}`, exact: true }).click();
  }

  /**
   * Runs `action` (which starts a download) and returns the download's
   * suggested file name and bytes.
   */
  async download(action) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), action()]);
    const path = await download.path();
    assert.ok(path, `download ${download.suggestedFilename()} failed: ${await download.failure()}`);
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  }

  /** Opens the "Exporteren" menu and downloads `item` (its button label). */
  async exportItem(item) {
    const menu = this.toolbar.locator('details', { hasText: 'Exporteren' });
    if (!(await menu.evaluate((d) => d.open))) {
      await menu.getByText('Exporteren', { exact: true }).click();
    }
    return this.download(() => menu.getByRole('button', { name: item, exact: true }).click());
  }

  /** Chooses `files` in the "Importeren" file field (paths or {name, mimeType, buffer}). */
  async importFiles(files) {
    await this.fileInput.setInputFiles(files);
  }

  /** Drops a file of `text` named `name` on the page, as a person dragging it from the desktop would. */
  async dropFile(name, text) {
    await this.page.evaluate(([fileName, contents]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], fileName, { type: 'application/json' }));
      const target = document.querySelector('main') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    }, [name, text]);
  }

  /** Clicks "Deel via link" and returns the link in "Link naar dit scenario". */
  async shareLink() {
    await this.toolbar.getByRole('button', { name: 'Deel via link', exact: true }).click();
    await this.linkField.waitFor();
    return this.linkField.inputValue();
  }
}

/** The library as stored: { id: entry } for every "jeugdhulp.scenario.<id>" key, parsed. */
export function libraryOf(storage) {
  return Object.fromEntries(
    Object.entries(storage)
      .filter(([key]) => key.startsWith(LIBRARY_PREFIX))
      .map(([key, text]) => [key.slice(LIBRARY_PREFIX.length), JSON.parse(text)]),
  );
}

/** The stored library entry named `name` as [id, entry]; fails when there is not exactly one. */
export function entryNamed(storage, name) {
  const found = Object.entries(libraryOf(storage)).filter(([, e]) => e.scenario.name === name);
  assert.equal(found.length, 1, `one stored entry named ${name}, found ${found.length}`);
  return found[0];
}

/**
 * Another tab of the same browser profile (so the same localStorage), at
 * `url` (default: the app), with its own console/page-error collection.
 * Returns { app, problems }.
 */
export async function openTab(app, url = app.url) {
  const page = await app.page.context().newPage();
  page.setDefaultTimeout(WAIT_MS);
  page.setDefaultNavigationTimeout(LOAD_MS);
  const problems = collectProblems(page);
  const other = new App(page, url);
  await other.open();
  return { app: other, problems };
}

/**
 * A random text of `length` letters and digits that deflate cannot shrink
 * much (a scenario source that makes a share link long).
 */
export function incompressibleText(length, seed = 1) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let state = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    // xorshift32: reproducible, no dependency.
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

/**
 * `jeugdscenario project FILE --format <format>` on the bytes of a scenario
 * file; returns its standard output as bytes.
 */
export async function cliProject(scenarioBytes, format) {
  const dir = mkdtempSync(join(tmpdir(), 'jeugdhulp-cli-'));
  try {
    const file = join(dir, 'scenario.jeugdscenario.json');
    writeFileSync(file, scenarioBytes);
    const { stdout } = await run(CLI, ['project', file, '--format', format], {
      encoding: 'buffer', maxBuffer: 1 << 26,
    });
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Types `text` (e.g. "42,5") as the share of the first substitution rule,
 * waits until the savings card changes and the working copy holds it.
 */
export async function moveShare(app, text) {
  const before = await app.figureText('besparing');
  await app.lever(app.rule(0), 'Aandeel van de instroom').type(text);
  await app.figureChangedFrom('besparing', before);
  await app.waitForStoredShare(0, Number(text.replace(',', '.')));
}
