// The library when storage fails: a full storage while saving a scenario
// under a new name is reported, the scenario and the typed name stay on
// screen and the library is as it was; a saved scenario that no longer
// loads is moved to a "jeugdhulp.defect.*" key, byte for byte, and reported.
import assert from 'node:assert/strict';
import { appSuite, eventually } from '../support/harness.js';
import { DEFECT_PREFIX } from '../support/app.js';
import { LIBRARY_PREFIX, moveShare, Scenarios } from '../support/scenarios.js';

const appTest = appSuite();
const SHARE = 'Aandeel van de instroom';
const FILLER_KEY = 'e2e.vulling';

/**
 * Fills the origin's localStorage for real: keys of halving sizes, as many
 * of each as fit, down to one character. Returns the filler keys.
 */
async function fillStorage(page) {
  return page.evaluate((prefix) => {
    const keys = [];
    const fits = (key, size) => {
      try {
        localStorage.setItem(key, 'x'.repeat(size));
        return true;
      } catch (error) {
        if (error.name !== 'QuotaExceededError') throw error;
        return false;
      }
    };
    for (let size = 16 * 1024 * 1024; size >= 1; size = Math.floor(size / 2)) {
      while (fits(`${prefix}${keys.length}`, size)) keys.push(`${prefix}${keys.length}`);
    }
    return keys;
  }, FILLER_KEY);
}

/** Everything stored except the filler keys. */
async function storedWithoutFiller(app) {
  const all = await app.storage();
  return Object.fromEntries(Object.entries(all).filter(([key]) => !key.startsWith(FILLER_KEY)));
}

appTest('a full storage during "Opslaan als…" is reported; the scenario and the typed name stay; the library is unchanged', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  await moveShare(app, '42,5');
  await bar.saveAs('Plan A');
  await bar.info('Bewaard als "Plan A".').waitFor();
  await moveShare(app, '30');
  const onScreen = await app.figures();
  const storedBefore = await storedWithoutFiller(app);

  const filler = await fillStorage(app.page);
  assert.ok(filler.length > 0, 'the storage is full');
  assert.equal(await app.page.evaluate(() => {
    try { localStorage.setItem('e2e.probe', 'x'.repeat(1000)); return 'stored'; } catch (error) { return error.name; }
  }), 'QuotaExceededError', 'not even a thousand more characters fit');

  await bar.saveAs('Plan B');
  const notice = bar.error('de opslag is vol');
  await notice.waitFor();
  assert.match(await notice.textContent(), /Opslaan in de browser is mislukt: de opslag is vol\. Uw wijzigingen staan nog op het scherm/);
  assert.equal(await app.page.getByLabel('Naam van het scenario', { exact: true }).inputValue(), 'Plan B',
    'the form stays open with the typed name');
  assert.deepEqual(await app.figures(), onScreen, 'the figures on screen stay');
  assert.equal(await app.lever(app.rule(0), SHARE).field.inputValue(), '30,0');
  assert.match(await app.heading.textContent(), /^Plan A/, 'the working copy still belongs to Plan A');
  assert.deepEqual(await storedWithoutFiller(app), storedBefore, 'the library and the working copy are as they were');
  assert.deepEqual(await bar.listedNames(), ['Plan A'], 'the list shows only what was saved');

  // With room again, the same name saves.
  await app.page.evaluate((keys) => keys.forEach((key) => localStorage.removeItem(key)), filler);
  await bar.saveAs('Plan B');
  await bar.info('Bewaard als "Plan B".').waitFor();
  assert.deepEqual((await bar.listedNames()).sort(), ['Plan A', 'Plan B']);
  const planB = Object.values(await app.storage())
    .filter((text) => text.includes('"entry_version"'))
    .map((text) => JSON.parse(text))
    .find((entry) => entry.scenario.name === 'Plan B');
  assert.equal(Number(planB.scenario.levers.substitutions[0].share), 0.3, 'what was on screen is what is saved');
});

/** A library entry that no longer loads, and why. */
const CORRUPT = {
  'kapot-json': '{"entry_version":1,"saved_at_ms":1,"scenario":{"format":"jeugdscenario", broken',
  'kapot-versie': JSON.stringify({ entry_version: 99, saved_at_ms: 1, scenario: {} }),
};

appTest('a saved scenario that no longer loads is kept under a jeugdhulp.defect.* key and reported; the others stay', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  await bar.saveAs('Plan A');
  await bar.info('Bewaard als "Plan A".').waitFor();
  const good = await app.storage();
  await app.page.evaluate(([key, text]) => localStorage.setItem(key, text), [`${LIBRARY_PREFIX}kapot-json`, CORRUPT['kapot-json']]);

  await app.reload();

  const notice = bar.error('Een opgeslagen scenario kon niet worden gelezen');
  await notice.waitFor();
  const stored = await app.storage();
  const defect = Object.keys(stored).filter((key) => key.startsWith(DEFECT_PREFIX));
  assert.equal(defect.length, 1, `one backup key: ${JSON.stringify(Object.keys(stored))}`);
  assert.match(defect[0], /^jeugdhulp\.defect\.kapot-json\./);
  assert.equal(stored[defect[0]], CORRUPT['kapot-json'], 'the text is kept byte for byte');
  assert.equal(stored[`${LIBRARY_PREFIX}kapot-json`], undefined, 'moved out of the library');
  assert.ok((await notice.textContent()).includes(`"${defect[0]}"`), 'the notice names the backup key');
  for (const [key, text] of Object.entries(good)) assert.equal(stored[key], text, `${key} untouched`);
  assert.deepEqual(await bar.listedNames(), ['Plan A'], 'the good entry is still listed');
});

appTest('an entry that breaks while the page is open is moved aside and reported when the list is opened', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  await bar.saveAs('Plan A');
  await bar.info('Bewaard als "Plan A".').waitFor();
  await bar.closeNotice();
  await app.page.evaluate(([key, text]) => localStorage.setItem(key, text), [`${LIBRARY_PREFIX}kapot-versie`, CORRUPT['kapot-versie']]);

  await bar.openLibrary();

  const notice = bar.error('Een opgeslagen scenario kon niet worden gelezen');
  await notice.waitFor();
  assert.match(await notice.textContent(), /opslagversie/, 'the notice says why');
  const stored = await app.storage();
  const defect = Object.keys(stored).filter((key) => key.startsWith(DEFECT_PREFIX));
  assert.equal(defect.length, 1);
  assert.equal(stored[defect[0]], CORRUPT['kapot-versie']);
  assert.ok((await notice.textContent()).includes(defect[0]));
  assert.deepEqual(await bar.listedNames(), ['Plan A']);
});

appTest('two saved scenarios that no longer load are both reported', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  await app.page.evaluate((entries) => {
    for (const [id, text] of entries) localStorage.setItem(`jeugdhulp.scenario.${id}`, text);
  }, Object.entries(CORRUPT));

  await app.reload();

  const notice = bar.error('kon niet worden gelezen');
  await notice.waitFor();
  const stored = await app.storage();
  const defect = Object.keys(stored).filter((key) => key.startsWith(DEFECT_PREFIX));
  assert.equal(defect.length, 2, 'both are kept aside');
  await eventually(async () => {
    const text = await notice.textContent();
    for (const key of defect) assert.ok(text.includes(key), `the notice names ${key}: ${text}`);
  }, { timeout: 2_000 });
});

appTest('the reason an entry did not load reads as Dutch, without program notation', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  await app.page.evaluate(([key, text]) => localStorage.setItem(key, text), [`${LIBRARY_PREFIX}kapot-versie`, CORRUPT['kapot-versie']]);
  await app.reload();
  const notice = bar.error('Een opgeslagen scenario kon niet worden gelezen');
  await notice.waitFor();
  const text = await notice.locator('p').textContent();
  assert.match(text, /opslagversie 99\b/, 'the notice gives the version found');
  assert.doesNotMatch(text, /Some\(|None\b/, `no Rust notation in: ${text}`);
});
