// Share by link: the link opens the same scenario in another tab as a draft
// that leaves the stored working copy alone until "Opslaan"; a damaged link
// is refused in Dutch and changes nothing; a scenario too large for a link
// is told to travel as a file.
import assert from 'node:assert/strict';
import { appSuite, eventually } from '../support/harness.js';
import { WORKING_COPY_KEY } from '../support/app.js';
import { entryNamed, incompressibleText, moveShare, openTab, Scenarios, SOURCE_KEY } from '../support/scenarios.js';

const appTest = appSuite();
const SHARE = 'Aandeel van de instroom';
const MAX_LINK_CHARS = 8000;

appTest('a shared link opens the same figures in another tab as a draft; the working copy is kept until "Opslaan"', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  const example = await app.figures();
  await app.lever(app.rule(0), SHARE).type('42,5');
  const movedSavings = await app.figureChangedFrom('besparing', example.besparing);
  await app.waitForStoredShare(0, 42.5);
  const shared = await app.figures();

  const link = await bar.shareLink();
  assert.ok(link.startsWith(`${app.url}#s=`), `a link to this page with the scenario in its fragment: ${link.slice(0, 60)}…`);
  assert.ok(link.length <= MAX_LINK_CHARS, `${link.length} characters`);
  assert.match(link.slice(link.indexOf('#s=') + 3), /^[A-Za-z0-9_-]+$/, 'URL-safe characters only');
  assert.equal(await bar.linkField.getAttribute('readonly'), '', 'the link field is read-only');

  // This tab goes back to the example, so the stored working copy differs from the link.
  await app.button('Terug naar het voorbeeld').click();
  await app.figureChangedFrom('besparing', movedSavings);
  await app.waitForStoredShare(0, Number((await app.lever(app.rule(0), SHARE).field.inputValue()).replace(',', '.')));
  const storedBefore = await app.storage();

  const { app: other, problems } = await openTab(app, link);
  const otherBar = new Scenarios(other);
  await otherBar.draftBadge.waitFor();
  await otherBar.info('"Voorbeeldregio" komt uit een link en is nog niet bewaard').waitFor();
  assert.deepEqual(await other.figures(), shared, 'the link shows the shared figures');
  assert.equal(await other.lever(other.rule(0), SHARE).field.inputValue(), '42,5');
  assert.deepEqual(await other.storage(), storedBefore, 'opening the link stores nothing');

  // Working on the draft stores nothing either.
  await other.lever(other.rule(0), SHARE).type('50');
  await other.figureChangedFrom('besparing', shared.besparing);
  await other.settle();
  assert.deepEqual(await other.storage(), storedBefore, 'a change to the draft stores nothing');
  assert.ok(other.page.url().includes('#s='), 'the link stays in the address until saved');

  await otherBar.saveButton.click();
  await otherBar.info('Bewaard als "Voorbeeldregio".').waitFor();
  await otherBar.draftBadge.waitFor({ state: 'detached' });
  assert.equal(other.page.url(), app.url, 'the #s= fragment is removed');
  const [id, entry] = entryNamed(await other.storage(), 'Voorbeeldregio');
  assert.equal(Number(entry.scenario.levers.substitutions[0].share), 0.5, 'the library holds the draft as changed');
  const copy = await other.storedWorkingCopy((c) => assert.equal(Number(c.levers.substitutions[0].share), 0.5));
  assert.deepEqual(copy, entry.scenario, 'the working copy is now the saved draft');
  assert.equal(JSON.parse((await other.storage())[SOURCE_KEY]), id);

  // Autosave is back: the next change is stored.
  await other.lever(other.rule(0), SHARE).type('12,5');
  await other.waitForStoredShare(0, 12.5);

  // A reload of the saved tab opens the working copy, not the link.
  await other.reload();
  assert.equal(await otherBar.draftBadge.count(), 0);
  assert.equal(await other.lever(other.rule(0), SHARE).field.inputValue(), '12,5');
  await other.settle();
  assert.deepEqual(problems, [], 'the second tab logged no errors');
});

appTest('a damaged link is refused in Dutch and the working copy stays as it was', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  await moveShare(app, '42,5');
  const kept = await app.figures();
  const link = await bar.shareLink();
  const payload = link.slice(link.indexOf('#s=') + 3);
  const storedBefore = await app.storage();

  const damaged = [
    ['unreadable characters', `${app.url}#s=${payload.slice(0, 40)}!*~${payload.slice(40)}`, 'De link is beschadigd (onleesbare tekens)'],
    ['cut off halfway', `${app.url}#s=${payload.slice(0, Math.floor(payload.length / 2))}`, 'De link is onvolledig of beschadigd'],
  ];
  for (const [what, url, message] of damaged) {
    const { app: other, problems } = await openTab(app, url);
    const otherBar = new Scenarios(other);
    const notice = otherBar.error('De link is niet geopend; er is niets veranderd.');
    await notice.waitFor();
    assert.match(await notice.textContent(), new RegExp(message.replace(/[()]/g, '\\$&')), what);
    assert.equal(await otherBar.draftBadge.count(), 0, `${what}: no draft`);
    assert.deepEqual(await other.figures(), kept, `${what}: the working copy is shown`);
    await other.settle();
    assert.deepEqual(await other.storage(), storedBefore, `${what}: nothing stored changed`);
    assert.deepEqual(problems, [], `${what}: no errors logged`);
    await other.page.close();
  }
});

appTest('a scenario too large for a link gets a notice to send the file instead', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  // A valid scenario whose care forms carry long sources that deflate cannot shrink.
  const scenario = await app.workingCopy();
  scenario.name = 'Lange bronnen';
  scenario.care_forms.forEach((form, i) => {
    form.sources = { ...form.sources, clients_start: incompressibleText(1_000, i + 1) };
  });
  assert.ok(scenario.care_forms.length <= 100);
  await bar.importFiles({ name: 'lange-bronnen.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
  await bar.info('is geïmporteerd als "Lange bronnen"').waitFor();
  await eventually(async () => assert.match(await app.heading.textContent(), /^Lange bronnen/));
  const storedBefore = await app.storage();

  await bar.toolbar.getByRole('button', { name: 'Deel via link', exact: true }).click();
  const notice = bar.error('te groot voor een link');
  await notice.waitFor();
  const text = await notice.textContent();
  // Counts in nl-NL form, with thousands dots: "(17.882 tekens; … meer dan 8.000 tekens af)".
  const length = Number(/\((\d{1,3}(?:\.\d{3})*) tekens/.exec(text)?.[1].replaceAll('.', ''));
  assert.ok(length > MAX_LINK_CHARS, `the notice gives the link's length, over ${MAX_LINK_CHARS}: ${text}`);
  assert.match(text, /meer dan 8\.000 tekens/, 'the limit, in Dutch number form');
  assert.match(text, /Exporteren, Scenariobestand \(\.json\)/, 'the notice says how to send the file');
  assert.equal(await bar.linkField.count(), 0, 'no link is offered');
  assert.deepEqual(await app.storage(), storedBefore, 'nothing stored changed');
});

appTest('"Kopieer link" puts the link on the clipboard', async (app) => {
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
  await app.open();
  const bar = new Scenarios(app);
  const link = await bar.shareLink();
  await app.page.getByRole('button', { name: 'Kopieer link', exact: true }).click();
  await bar.info('De link staat op het klembord.').waitFor();
  assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), link);
});

appTest('with a link open as a draft, the stored working copy is what a reload of the plain page shows', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  await moveShare(app, '42,5');
  const shared = await app.figures();
  const link = await bar.shareLink();
  await app.button('Terug naar het voorbeeld').click();
  const example = await app.figureChangedFrom('besparing', shared.besparing);
  await app.lever(app.rule(0), SHARE).type('20');
  await app.figureChangedFrom('besparing', example);
  await app.waitForStoredShare(0, 20);
  const own = await app.figures();

  // The link in this very tab: a draft; the plain address afterwards: the own working copy.
  await app.page.goto(link);
  await app.page.reload();
  await app.waitForProjection();
  await bar.draftBadge.waitFor();
  assert.deepEqual(await app.figures(), shared, 'the draft shows the shared figures');
  await app.page.goto(app.url);
  await app.page.reload();
  await app.waitForProjection();
  assert.equal(await bar.draftBadge.count(), 0);
  assert.deepEqual(await app.figures(), own, 'the own working copy was never overwritten by the draft');
});

appTest('a draft kept with "Opslaan als…" also leaves the link behind: a reload shows the saved work, not the draft', async (app) => {
  await app.open();
  const bar = new Scenarios(app);
  await moveShare(app, '42,5');
  const link = await bar.shareLink();

  const { app: other, problems } = await openTab(app, link);
  const otherBar = new Scenarios(other);
  await otherBar.draftBadge.waitFor();
  await otherBar.saveAs('Van de link');
  await otherBar.info('Bewaard als "Van de link".').waitFor();
  await otherBar.draftBadge.waitFor({ state: 'detached' });
  await other.lever(other.rule(0), SHARE).type('12,5');
  await other.waitForStoredShare(0, 12.5);

  assert.ok(!other.page.url().includes('#s='), 'the #s= fragment is removed, as after "Opslaan"');
  await other.reload();
  assert.equal(await otherBar.draftBadge.count(), 0, 'no draft after the reload');
  assert.equal(await other.lever(other.rule(0), SHARE).field.inputValue(), '12,5', 'the reload shows the saved work');
  await other.settle();
  assert.deepEqual(problems, []);
});
