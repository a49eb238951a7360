// Storage that fails is reported, never ignored: a stored working copy that
// does not load is kept aside under a "jeugdhulp.defect.*" key and the
// example is shown; a full storage is reported after a change, and the
// change stays on screen.
import assert from 'node:assert/strict';
import { appSuite } from '../support/harness.js';
import { DEFECT_PREFIX, WORKING_COPY_KEY } from '../support/app.js';

const appTest = appSuite();
const SHARE = 'Aandeel van de instroom';
const BROKEN = '{"format":"jeugdscenario", broken';

appTest('a corrupt working copy is kept aside and reported; the example region is shown', async (app) => {
  await app.open();
  const example = await app.figures();
  await app.page.evaluate(([key, text]) => localStorage.setItem(key, text), [WORKING_COPY_KEY, BROKEN]);

  await app.reload();

  await app.notice.waitFor({ state: 'visible' });
  const notice = await app.notice.textContent();
  assert.match(notice, /De opgeslagen werkversie kon niet worden gelezen/);
  assert.match(notice, /u ziet nu het voorbeeld/);
  assert.match(await app.heading.textContent(), /^Voorbeeldregio/);
  assert.match(await app.badge.textContent(), /^Illustratief voorbeeld/);
  assert.deepEqual(await app.figures(), example, 'the example projection is on the cards');

  const stored = await app.storage();
  const defect = Object.keys(stored).filter((key) => key.startsWith(DEFECT_PREFIX));
  assert.equal(defect.length, 1, `one backup key, found ${JSON.stringify(Object.keys(stored))}`);
  assert.equal(stored[defect[0]], BROKEN, 'the original text is kept byte for byte');
  assert.ok(notice.includes(defect[0]), `the notice names the backup key ${defect[0]}`);
  assert.equal(stored[WORKING_COPY_KEY], BROKEN, 'nothing is overwritten before the user changes something');

  // The first change saves a good working copy; the backup stays.
  await app.lever(app.rule(0), SHARE).type('20');
  await app.waitForStoredShare(0, 20);
  assert.equal((await app.storage())[defect[0]], BROKEN);
});

appTest('a full storage is reported after a lever move, and the moved value stays on screen', async (app) => {
  await app.open();
  const share = app.lever(app.rule(0), SHARE);
  const before = await app.figures();
  await app.page.evaluate(() => { globalThis.__e2eStorageFull = true; });
  await app.settle();
  assert.equal(await app.notice.count(), 0, 'no notice before a change');

  await share.type('33');

  await app.notice.filter({ hasText: 'de opslag is vol' }).waitFor();
  const moved = await app.figureChangedFrom('besparing', before.besparing);
  assert.equal(await share.field.inputValue(), '33,0', 'the typed value stays in the field');
  assert.equal(await share.sliderValue(), 33, 'the slider shows the moved value');
  await app.waitForStoredShare(0, 15);

  // Once saving works again, the next change is saved and the notice goes.
  await app.page.evaluate(() => { globalThis.__e2eStorageFull = false; });
  await share.type('34');
  await app.waitForStoredShare(0, 34);
  await app.notice.waitFor({ state: 'detached' });
  assert.notEqual(await app.figureText('besparing'), moved);
}, {
  // Storage.setItem throws QuotaExceededError for the working copy while the flag is set.
  init: {
    script: (key) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name, value) {
        if (globalThis.__e2eStorageFull && name === key) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return setItem.call(this, name, value);
      };
    },
    arg: WORKING_COPY_KEY,
  },
});

appTest('storage the browser blocks: the example opens, the notice says nothing is kept, the levers still work', async (app) => {
  await app.open();
  const example = await app.figures();
  await app.notice.filter({ hasText: 'De browser staat opslaan niet toe' }).waitFor();
  assert.match(await app.heading.textContent(), /^Voorbeeldregio/);
  assert.deepEqual(await app.figures(), example);

  const share = app.lever(app.rule(0), SHARE);
  await share.press('ArrowRight', 2);
  await app.figureChangedFrom('besparing', example.besparing);
  // Saving into the library says the same, and the change stays on screen.
  await app.page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await app.settle();
  assert.notDeepEqual(await app.figures(), example, 'the moved lever stays');
}, {
  // As a private window or blocked cookies do: reading window.localStorage throws.
  init: {
    script: () => Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    }),
  },
});

appTest('values an earlier version stored as plain text still read: pins one per line, the stamp', async (app) => {
  await app.open();
  const pins = ['levers.substitutions.ggz-naar-poh.relapse', 'levers.residential_shifts.afschalen-verblijf.share'];
  await app.page.evaluate(([pinKey, lines, stampKey]) => {
    localStorage.setItem(pinKey, lines);
    localStorage.setItem(stampKey, 'oudtabblad:7');
  }, ['jeugdhulp.workshop.knoppen', pins.join('\n'), 'jeugdhulp.werkversie.stempel']);
  await app.reload();

  // The stamp read as the old text: this tab's next write is not taken for another tab's.
  const share = app.lever(app.rule(0), SHARE);
  await share.type('33');
  await app.waitForStoredShare(0, 33);
  const stamp = (await app.storage())['jeugdhulp.werkversie.stempel'];
  assert.match(JSON.parse(stamp), /^[0-9a-f]+:\d+$/, 'written anew as a JSON string');

  await app.page.getByRole('button', { name: 'Workshopmodus', exact: true }).click();
  const room = app.page.getByRole('region', { name: 'Workshopmodus', exact: true });
  await room.waitFor();
  assert.equal(await room.getByRole('slider').count(), 2, 'the two pinned knobs, read from the old lines');
});
