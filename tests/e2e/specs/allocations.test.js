// Uit de administratie (Eigen gegevens): the region's allocations
// (toewijzingen) read by the import worker into care forms with a Terugblik,
// nothing changed before "Zorgvormen overnemen"; the rows themselves are
// never stored. A file with a BSN-like column is refused and changes nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appSuite } from '../support/harness.js';
import { CSV_FILES, Regions } from '../support/regions.js';

const appTest = appSuite();
const ALLOCATIONS = join(CSV_FILES, 'allocations');

async function openAdministration(app) {
  await app.open();
  await new Regions(app).showTab('Eigen gegevens');
  await app.storedWorkingCopy(() => {});
  await app.settle();
  return app.page.getByRole('region', { name: 'Uit de administratie', exact: true });
}

async function choose(section, name, folder) {
  await section.getByLabel('Toewijzingen (CSV)', { exact: true }).setInputFiles({
    name, mimeType: 'text/csv', buffer: readFileSync(join(ALLOCATIONS, folder, name)),
  });
}

appTest('allocations become care forms with a Terugblik; only the figures are kept', async (app) => {
  const section = await openAdministration(app);
  const before = await app.storage();
  await choose(section, 'worked-example.csv', 'good');
  await section.getByText(/^Voorbeeld van "worked-example\.csv": 1 zorgvorm\./).waitFor();
  await section.getByText(/^Voorbeeld van "worked-example\.csv": \d+ rijen in de Terugblik\./).waitFor();
  assert.match(await section.textContent(), /Productcategorieën zonder zorgvorm \(niet meegeteld\):99: 1 rij/);
  assert.deepEqual(await app.storage(), before, 'nothing stored before "Zorgvormen overnemen"');

  await section.getByRole('button', { name: 'Zorgvormen overnemen', exact: true }).click();
  const copy = await app.storedWorkingCopy((c) => {
    const form = c.care_forms.find((f) => f.id === 'ambulant_specialistisch');
    assert.ok(form, c.care_forms.map((f) => f.id).join(', '));
    assert.ok(Object.values(form.sources).some((s) => s.includes('eigen administratie')), JSON.stringify(form.sources));
  });
  // Privacy: no pseudonym and no date of a row in anything stored.
  const stored = JSON.stringify(await app.storage());
  for (const row of ['"A"', '01-11-2022', '2023-03-01', '45A01']) assert.ok(!stored.includes(row), `${row} is stored`);
  assert.ok(copy.provenance.kind === 'own', JSON.stringify(copy.provenance));
});

appTest('a file with a BSN-like column is refused with advice, and nothing changes', async (app) => {
  const section = await openAdministration(app);
  const before = await app.storage();
  const cards = await app.figures();
  await choose(section, 'bsn-column.csv', 'bad');
  const problems = section.locator('.csv-problems[role=alert]');
  await problems.waitFor();
  assert.match(await problems.textContent(), /BSN/);
  assert.equal(await section.getByRole('button', { name: 'Zorgvormen overnemen', exact: true }).count(), 0);
  assert.deepEqual(await app.storage(), before);
  assert.deepEqual(await app.figures(), cards);
});

appTest('the Terugblik has a chart per care form; the mapping changes by its choices and is kept with the scenario', async (app) => {
  const section = await openAdministration(app);
  await choose(section, 'worked-example.csv', 'good');
  // While the worker reads, a progress bar; then the charts, the first measure open.
  await section.getByText(/^Voorbeeld van "worked-example\.csv": 1 zorgvorm\./).waitFor();
  const clients = section.locator('details.lookback-charts', { hasText: 'Terugblik: cliënten op 1 januari' });
  assert.equal(await clients.getAttribute('open'), '');
  const chart = clients.locator('figure', { hasText: 'Specialistische ambulante jeugdhulp' });
  assert.match(await chart.locator('svg[role=img]').getAttribute('aria-label'), /administratie 2023 1, 2024 1, 2025 1; model/);
  assert.equal(await section.locator('details.lookback-charts').count(), 4, 'clients, inflow, client-months and cost');

  // Category 99 has no care form; counted as ggz from now on.
  await section.getByText(/^Koppeling van productcategorie naar zorgvorm/).click();
  const rule = section.getByLabel('Zorgvorm voor productcategorie 99', { exact: true });
  assert.equal(await rule.inputValue(), '');
  await rule.focus();
  await rule.selectOption('ggz');
  await section.getByText('Productcategorieën zonder zorgvorm').waitFor({ state: 'detached' });
  assert.equal(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
    'Zorgvorm voor productcategorie 99', 'the focus stays on the choice');
  assert.equal(await rule.inputValue(), 'ggz');

  await section.getByRole('button', { name: 'Zorgvormen overnemen', exact: true }).click();
  const kept = (c) => {
    const mapping = c.allocation_mapping;
    assert.ok(mapping, 'the mapping is kept with the scenario');
    assert.ok(mapping.rules.some((r) => r.category === '99' && r.form === 'ggz'), JSON.stringify(mapping.rules));
    assert.ok(c.care_forms.some((f) => f.id === 'ggz'));
  };
  await app.storedWorkingCopy(kept);
  await app.reload();
  await app.storedWorkingCopy(kept);
  // Read again on that scenario: its own mapping counts 99 as ggz.
  await new Regions(app).showTab('Eigen gegevens');
  const again = app.page.getByRole('region', { name: 'Uit de administratie', exact: true });
  await choose(again, 'worked-example.csv', 'good');
  // Category 99 now counts as a care form of its own: two care forms.
  await again.getByText(/^Voorbeeld van "worked-example\.csv": 2 zorgvormen\./).waitFor();
  assert.equal(await again.getByText('Productcategorieën zonder zorgvorm').count(), 0);
});
