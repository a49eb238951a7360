// Files from other people: every file of the bad corpus
// (tests/scenario-files/bad, with its manifest expected.json) imported by
// the "Importeren" button gives a Dutch error naming each problem and its
// place, and leaves every stored key byte for byte as it was; a file over
// 5 MB is refused before it is read; names with HTML in them are shown as
// text, never as markup.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { appSuite } from '../support/harness.js';
import { moveShare, Scenarios, SCENARIO_FILES } from '../support/scenarios.js';

const appTest = appSuite();
const BAD = join(SCENARIO_FILES, 'bad');
const GOOD = join(SCENARIO_FILES, 'good');
const MANIFEST = JSON.parse(readFileSync(join(BAD, 'expected.json'), 'utf8'));
const MAX_FILE_BYTES = 5 * 1024 * 1024;

const scratch = mkdtempSync(join(tmpdir(), 'jeugdhulp-bad-files-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A saved scenario and a moved working copy, so there is something to lose. */
async function withStoredWork(app, bar) {
  await app.open();
  await moveShare(app, '42,5');
  await bar.saveAs('Mijn plan');
  await bar.info('Bewaard als "Mijn plan".').waitFor();
  await bar.closeNotice();
  return { storage: await app.storage(), figures: await app.figures(), heading: await app.heading.textContent() };
}

/** The problems an error notice lists after "er is niets veranderd. ". */
function listedProblems(notice, fileName) {
  const lead = `Het bestand "${fileName}" is niet geopend; er is niets veranderd. `;
  assert.ok(notice.startsWith(lead), `the notice starts with ${JSON.stringify(lead)}: ${JSON.stringify(notice)}`);
  return notice.slice(lead.length).split(' · ');
}

appTest('every file of the bad corpus is refused with its Dutch message and place; nothing stored changes', async (app, t) => {
  const bar = new Scenarios(app);
  const kept = await withStoredWork(app, bar);
  const files = readdirSync(BAD).filter((f) => f !== 'expected.json').sort();
  assert.deepEqual(files, Object.keys(MANIFEST.files).sort(), 'the manifest lists exactly the files in the folder');

  for (const file of files) {
    const expected = MANIFEST.files[file];
    await t.test(`${file}: ${expected.case}`, async () => {
      await bar.closeNotice();
      await bar.importFiles(join(BAD, file));
      const notice = bar.error(`Het bestand "${file}" is niet geopend`);
      await notice.waitFor();
      const text = (await notice.locator('p').textContent()).trim();
      const shown = listedProblems(text, file);
      assert.equal(shown.length, expected.count, `${expected.count} problem(s) listed: ${JSON.stringify(shown)}`);
      for (const { path, message } of expected.problems) {
        const match = shown.find((item) => item.includes(message) && (path === '' || item.endsWith(` (${path})`)));
        assert.ok(match, `a problem with ${JSON.stringify(message)} at ${JSON.stringify(path || 'the whole file')} in ${JSON.stringify(shown)}`);
      }
      assert.deepEqual(await app.storage(), kept.storage, 'every stored key is byte for byte as it was');
      assert.deepEqual(await app.figures(), kept.figures, 'the figures on screen are as they were');
      assert.equal(await app.heading.textContent(), kept.heading);
    });
  }
});

/** Records the size of every file the page reads. */
const RECORD_READS = {
  script: () => {
    globalThis.__e2eReads = [];
    const read = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function () {
      globalThis.__e2eReads.push(this.size);
      return read.call(this);
    };
  },
};

/** Writes `size` spaces to a scratch file named `name`; returns its path. */
function spaces(name, size) {
  const path = join(scratch, name);
  writeFileSync(path, Buffer.alloc(size, ' '));
  return path;
}

appTest('a file over 5 MB is refused before it is read, and nothing changes; one of exactly 5 MB is read', async (app) => {
  const bar = new Scenarios(app);
  const kept = await withStoredWork(app, bar);
  for (const [name, size] of [['net-te-groot.json', MAX_FILE_BYTES + 1], ['vijftig-mb.json', 50 * 1024 * 1024]]) {
    const path = spaces(name, size);
    await bar.closeNotice();
    await bar.importFiles(path);
    // The file name in this notice is pinned by the next test.
    await bar.error('is te groot').filter({ hasText: 'hooguit 5 MB. Er is niets veranderd.' }).waitFor();
    assert.deepEqual(await app.page.evaluate(() => globalThis.__e2eReads), [], `${name}: no byte of it was read`);
    assert.deepEqual(await app.storage(), kept.storage, `${name}: storage unchanged`);
    assert.deepEqual(await app.figures(), kept.figures, `${name}: the figures on screen are as they were`);
    rmSync(path);
  }

  // At the limit the file is read, and refused for what it holds (only spaces).
  await bar.closeNotice();
  await bar.importFiles(spaces('precies-5-mb.json', MAX_FILE_BYTES));
  const notice = bar.error('Het bestand "precies-5-mb.json" is niet geopend');
  await notice.waitFor();
  assert.match(await notice.textContent(), /leeg/);
  assert.deepEqual(await app.page.evaluate(() => globalThis.__e2eReads), [MAX_FILE_BYTES]);
  assert.deepEqual(await app.storage(), kept.storage);
}, { init: RECORD_READS });

appTest('the notice for a file over 5 MB names the file as it is called, in whole sentences', async (app) => {
  const bar = new Scenarios(app);
  await app.open();
  await bar.importFiles(spaces('net-te-groot.json', MAX_FILE_BYTES + 1));
  const notice = bar.error('is te groot');
  await notice.waitFor();
  assert.equal((await notice.locator('p').textContent()).trim(),
    'Het bestand "net-te-groot.json" is te groot (5,0 MB); hooguit 5 MB. Er is niets veranderd.');
});

appTest('a scenario whose name and labels hold HTML and script opens, and shows them as text', async (app) => {
  const bar = new Scenarios(app);
  const dialogs = [];
  app.page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await app.open();
  const scenario = JSON.parse(readFileSync(join(GOOD, 'html-in-name.json'), 'utf8'));
  const fileName = '<img src=x onerror=alert(2)>.json';

  await bar.importFiles({ name: fileName, mimeType: 'application/json', buffer: readFileSync(join(GOOD, 'html-in-name.json')) });

  const notice = bar.info('is geïmporteerd als');
  await notice.waitFor();
  assert.equal((await notice.locator('p').textContent()).trim(),
    `"${fileName}" is geïmporteerd als "${scenario.name}".`, 'the notice shows both names literally');
  await app.waitForProjection();
  assert.ok((await app.heading.textContent()).startsWith(scenario.name), 'the heading shows the name literally');
  assert.deepEqual(await bar.listedNames(), [scenario.name], 'the library lists the name literally');

  const injected = await app.page.evaluate(() => ({
    script: [...document.querySelectorAll('h1 script, .notice script, .library script')].length,
    bold: [...document.querySelectorAll('h1 b, .notice b, .library b')].length,
    images: [...document.querySelectorAll('img')].filter((img) => img.getAttribute('src') === 'x').length,
  }));
  assert.deepEqual(injected, { script: 0, bold: 0, images: 0 }, 'no element came from a name');
  const label = scenario.care_forms[0].label;
  assert.ok(await app.page.getByText(label, { exact: false }).count() > 0, `the care form label ${label} shows as text`);
  await app.settle();
  assert.deepEqual(dialogs, [], 'no script ran');
});

appTest('every file of the good corpus opens, named as in the file', async (app) => {
  const bar = new Scenarios(app);
  await app.open();
  for (const file of readdirSync(GOOD).sort()) {
    const { name } = JSON.parse(readFileSync(join(GOOD, file), 'utf8').replace(/^\uFEFF/, ''));
    await bar.closeNotice();
    await bar.importFiles(join(GOOD, file));
    await bar.info(`"${file}" is geïmporteerd als "${name}".`).waitFor();
    assert.ok((await app.heading.textContent()).startsWith(name), `${file}: the heading shows ${name}`);
  }
  assert.deepEqual((await bar.listedNames()).length, readdirSync(GOOD).length);
});
