// De zaal: five participants' files added at once, one of them broken: the
// broken one is named with its message, the others load; per knob the room's
// spread and who chose what; the median of every knob, or one participant's
// scenario, becomes the working copy and undo brings the previous one back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appSuite, eventually } from '../support/harness.js';
import { ROOT } from '../support/browser.js';
import { Regions } from '../support/regions.js';
import { cliProject, Scenarios } from '../support/scenarios.js';
import { deflateRawSync } from 'node:zlib';

const appTest = appSuite();
const EXAMPLE = JSON.parse(readFileSync(join(ROOT, 'crates', 'engine', 'data', 'voorbeeldregio.json'), 'utf8'));
const SHARE_ROW = 'Substitutie Jeugd-GGZ → POH-jeugd (praktijkondersteuner huisarts): Aandeel van de instroom';

/** A participant's file: the example with the GGZ → POH share at `share`. */
function participant(name, share) {
  const s = structuredClone(EXAMPLE);
  s.name = `Voorstel ${name}`;
  s.levers.substitutions.find((r) => r.id === 'ggz-naar-poh').share = share;
  return { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(s)) };
}

const FILES = () => [
  participant('anna', 0.1),
  participant('bram', 0.3),
  { name: 'stuk.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "jeugdscenario", "version": 1}') },
  participant('cas', 0.2),
  participant('dewi', 0.25),
  participant('eva', 0.05),
];

/** Adds the files by the file field, or drops them on the view as a person dragging them from the desktop. */
async function addFiles(app, { drop = false } = {}) {
  await new Regions(app).showTab('De zaal');
  const view = app.page.getByRole('tabpanel');
  if (!drop) {
    await view.getByLabel("Scenario's van de deelnemers", { exact: true }).setInputFiles(FILES());
    return view;
  }
  const files = FILES().map((f) => [f.name, f.buffer.toString('utf8')]);
  // Dropped on the page's header, not on De zaal's panel: while De zaal is open it takes them.
  await app.page.locator('header.topbar').evaluate((section, list) => {
    const transfer = new DataTransfer();
    for (const [name, text] of list) transfer.items.add(new File([text], name, { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      section.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, files);
  return view;
}

/** The per-knob table's rows as { label: [lowest, median, highest, who] }, who as "name: value · …". */
async function knobRows(view) {
  const rows = await view.locator('table.room-table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => {
      const [label, lowest, median, highest] = [...tr.children].slice(0, 4).map((c) => c.textContent.trim());
      const who = [...tr.querySelectorAll('.room__who li')].map((li) => li.textContent.trim()).join(' · ');
      return [label, lowest, median, highest, who];
    }));
  return Object.fromEntries(rows.map(([label, ...cells]) => [label, cells]));
}

appTest('five files and a broken one dropped in: the broken one is named, each knob shows its spread and who chose what', async (app) => {
  await app.open();
  const view = await addFiles(app, { drop: true });
  const problems = view.locator('.csv-problems[role=alert]');
  await problems.waitFor();
  assert.match(await problems.textContent(), /^"stuk\.json" is niet geopend; er is niets veranderd\./);
  await view.getByText("5 scenario's van deelnemers.", { exact: true }).waitFor();

  const rows = await knobRows(view);
  const firstLabel = Object.keys(rows)[0];
  assert.equal(firstLabel, SHARE_ROW, 'the widest spread comes first');
  const [lowest, median, highest, who] = rows[SHARE_ROW];
  assert.deepEqual([lowest, median, highest], ['5,0%', '20,0%', '30,0%']);
  assert.equal(who, 'Voorstel anna: 10,0% · Voorstel bram: 30,0% · Voorstel cas: 20,0% · Voorstel dewi: 25,0% · Voorstel eva: 5,0%');
  assert.equal(Object.keys(rows).length, 1, 'the knobs everyone set alike are folded away');
  await view.getByText(/^Knoppen waarover iedereen het eens is \(\d+\)$/).waitFor();
  assert.equal(await view.getByRole('img', { name: /^Saldo per jaar in de zaal/ }).count(), 1);
  // Dropped on De zaal, the files are read there only: nothing was imported into the library.
  assert.deepEqual(Object.keys(await app.storage()).filter((k) => k.startsWith('jeugdhulp.scenario.')), []);
  assert.equal(await app.page.locator('.drop-hint').count(), 0, 'no import hint left on screen');
});

appTest('the median of every knob becomes the working copy; undo brings the example back', async (app) => {
  await app.open();
  const view = await addFiles(app);
  await view.getByText("5 scenario's van deelnemers.", { exact: true }).waitFor();
  await view.getByRole('button', { name: 'Mediaan van elke knop overnemen', exact: true }).click();
  await app.storedWorkingCopy((copy) => {
    assert.equal(copy.name, 'Mediaan van de zaal');
    assert.equal(Number(copy.levers.substitutions.find((r) => r.id === 'ggz-naar-poh').share), 0.2);
  });
  await new Scenarios(app).undoButton.click();
  await app.storedWorkingCopy((copy) => assert.equal(copy.name, 'Voorbeeldregio'));

  await view.getByRole('button', { name: 'Overnemen: Voorstel bram', exact: true }).click();
  await eventually(async () => assert.match(await app.heading.textContent(), /^Voorstel bram/));
});

/** A share link to this app for the example with the GGZ → POH share at `share`, named `name`. */
function shareLink(app, name, share) {
  const s = structuredClone(EXAMPLE);
  s.name = name;
  s.levers.substitutions.find((r) => r.id === 'ggz-naar-poh').share = share;
  return `${app.url}#s=${deflateRawSync(Buffer.from(JSON.stringify(s))).toString('base64url')}`;
}

async function pasteLinks(view, text) {
  await view.getByLabel('Links plakken', { exact: true }).fill(text);
  await view.getByRole('button', { name: 'Links toevoegen', exact: true }).click();
}

const peopleNames = (view) => view.locator('.room__people .room__name').allTextContents();

appTest('five links pasted from a chat, then two files: seven participants by name; the same one twice counts once; one removed', async (app) => {
  await app.open();
  await new Regions(app).showTab('De zaal');
  const view = app.page.getByRole('tabpanel');
  const chat = ['Fien', 'Gijs', 'Hana', 'Ivo', 'Jet'].map((n, i) => `[10:0${i}] ${n}: dit is de mijne ${shareLink(app, `Voorstel ${n}`, 0.05 * (i + 1))}.`).join('\n');
  await pasteLinks(view, `Goedemorgen allemaal!\n${chat}\nTot straks`);
  await view.getByText("5 scenario's van deelnemers.", { exact: true }).waitFor();
  assert.equal(await view.getByLabel('Links plakken', { exact: true }).inputValue(), '', 'the read links leave the box');

  // A later batch of files adds to the room; a file holding the same scenario as a link counts once.
  const same = structuredClone(EXAMPLE);
  same.name = 'Voorstel Fien';
  same.levers.substitutions.find((r) => r.id === 'ggz-naar-poh').share = 0.05;
  await view.getByLabel("Scenario's van de deelnemers", { exact: true }).setInputFiles([
    participant('anna', 0.33), participant('bram', 0.37),
    { name: 'fien.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(same)) },
  ]);
  await view.getByText("7 scenario's van deelnemers.", { exact: true }).waitFor();
  assert.match(await view.locator('.csv-problems').textContent(), /"Voorstel Fien" \(fien\.json\) is hetzelfde scenario als "Voorstel Fien" \(link 1\) en telt één keer\./);
  assert.deepEqual(await peopleNames(view), ['Voorstel Fien', 'Voorstel Gijs', 'Voorstel Hana', 'Voorstel Ivo', 'Voorstel Jet', 'Voorstel anna', 'Voorstel bram']);

  // At 1366x768 the per-knob table is no wider than the screen.
  await app.page.setViewportSize({ width: 1366, height: 768 });
  await app.settle();
  const widths = await app.page.evaluate(() => ({
    table: document.querySelector('table.room-table').getBoundingClientRect().right,
    page: document.documentElement.scrollWidth,
    viewport: innerWidth,
  }));
  assert.ok(widths.table <= widths.viewport && widths.page <= widths.viewport, JSON.stringify(widths));

  await view.getByRole('button', { name: 'Verwijderen: Voorstel Hana', exact: true }).click();
  await view.getByText("6 scenario's van deelnemers.", { exact: true }).waitFor();
  assert.ok(!(await peopleNames(view)).includes('Voorstel Hana'));
  const rows = await knobRows(view);
  assert.equal(rows[SHARE_ROW][0], '5,0%');
  assert.equal(rows[SHARE_ROW][2], '37,0%');
});

appTest('bad pasted text: no link, a cut-off link, another site, a plain link: each named, the room keeps what it had', async (app) => {
  await app.open();
  await new Regions(app).showTab('De zaal');
  const view = app.page.getByRole('tabpanel');
  await pasteLinks(view, `Anna: ${shareLink(app, 'Voorstel Anna', 0.1)}`);
  await view.getByText("1 scenario's van deelnemers.", { exact: true }).waitFor();
  const problems = view.locator('.csv-problems[role=alert]');

  await pasteLinks(view, 'Ik kom wat later, sorry!');
  await problems.waitFor();
  assert.match(await problems.textContent(), /^Er staat geen link in de geplakte tekst\./);

  const cut = shareLink(app, 'Voorstel Bram', 0.2).slice(0, -40);
  await pasteLinks(view, `${cut} en https://elders.example.com/planner/#s=AAAA en ${app.url}`);
  await eventually(async () => {
    const items = await problems.locator('li').allTextContents();
    assert.equal(items.length, 3, items.join(' | '));
    assert.match(items[0], /^Link 2 \(https:\/\/elders\.example\.com\/planner\/\) is niet van deze planner/);
    assert.match(items[1], /^Link 3 opent geen scenario: er staat geen #s= of #p= in\./);
    assert.match(items[2], /^Link 1 is niet geopend; er is niets veranderd\./);
  });
  await view.getByText("1 scenario's van deelnemers.", { exact: true }).waitFor();
  assert.deepEqual(await peopleNames(view), ['Voorstel Anna']);
});

appTest('the 51st participant is refused by name and the room keeps its fifty', async (app) => {
  await app.open();
  await new Regions(app).showTab('De zaal');
  const view = app.page.getByRole('tabpanel');
  const files = Array.from({ length: 51 }, (_, i) => participant(`p${String(i).padStart(2, '0')}`, 0.01 * i));
  await view.getByLabel("Scenario's van de deelnemers", { exact: true }).setInputFiles(files);
  await view.getByText("50 scenario's van deelnemers.", { exact: true }).waitFor();
  assert.match(await view.locator('.csv-problems').textContent(), /De zaal is vol: hooguit 50 deelnemers\. Niet toegevoegd: p50\.json\./);
});

appTest('Vergelijken: two pasted links give one sentence per scenario that matches the CLI', async (app) => {
  await app.open();
  await new Regions(app).showTab('Vergelijken');
  const view = app.page.getByRole('tabpanel');
  await view.getByRole('checkbox', { name: /^A: Werkversie/ }).uncheck();
  await pasteLinks(view, `${shareLink(app, 'Plan laag', 0.1)} en ${shareLink(app, 'Plan hoog', 0.3)}`);
  const sentence = view.locator('.compare-sentences p');
  await sentence.waitFor();
  const json = async (share) => {
    const s = structuredClone(EXAMPLE);
    s.levers.substitutions.find((r) => r.id === 'ggz-naar-poh').share = share;
    return JSON.parse((await cliProject(Buffer.from(JSON.stringify(s)), 'json')).toString('utf8'));
  };
  const [a, b] = [await json(0.1), await json(0.3)];
  const total = (p) => p.scenario_years.reduce((sum, y) => sum + Number(y.total_cost), 0);
  const mln = (v) => `€ ${(Math.abs(v) / 1e6).toFixed(1).replace('.', ',')} mln`;
  const costGap = total(b) - total(a);
  const balanceGap = Number(b.scenario_years.at(-1).cumulative_balance) - Number(a.scenario_years.at(-1).cumulative_balance);
  assert.ok(costGap < 0 && balanceGap > 0);
  const first = a.scenario_years[0].year;
  const last = a.scenario_years.at(-1).year;
  assert.equal((await sentence.textContent()).trim(),
    `B kost over ${first}-${last} ${mln(costGap)} minder dan A; het cumulatief saldo in ${last} is ${mln(balanceGap)} beter.`);
  // The difference columns are in sight at 1366 px.
  await app.page.setViewportSize({ width: 1366, height: 768 });
  await app.settle();
  const right = await view.locator('table').first().evaluate((t) => t.getBoundingClientRect().right);
  assert.ok(right <= 1366, `table ends at ${right}`);
});
