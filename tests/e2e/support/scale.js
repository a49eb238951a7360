// A scenario file at the format's limits (crates/engine/src/file.rs `limits`
// and validate/): 100 care forms, 15 years, 100 municipalities, 500 levers.
// Built from the example region: its 14 care forms repeated with other ids
// (the first copy keeps the example's ids, so its levers stay valid), levers
// added up to the limit. Used by specs/scale.test.js and tools/measure.js.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browser.js';

export const SCALE = { careForms: 100, years: 15, municipalities: 100, levers: 500 };
export const SCALE_NAME = 'Schaaltest: 100 zorgvormen, 15 jaar, 100 gemeenten, 500 knoppen';

/** The scenario at the limits, as an object. */
export function scaleScenario() {
  const example = JSON.parse(readFileSync(join(ROOT, 'crates', 'engine', 'data', 'voorbeeldregio.json'), 'utf8'));
  const s = structuredClone(example);
  s.name = SCALE_NAME;
  s.years = SCALE.years;
  const base = example.care_forms;
  s.care_forms = [];
  for (let i = 0; i < SCALE.careForms; i++) {
    const copy = Math.floor(i / base.length);
    const form = structuredClone(base[i % base.length]);
    if (copy > 0) {
      form.id = `${form.id}-${copy}`;
      form.label = `${form.label} ${copy + 1}`;
    }
    s.care_forms.push(form);
  }
  s.municipalities = Array.from({ length: SCALE.municipalities }, (_, i) => ({
    id: `gemeente-${i + 1}`,
    name: `Gemeente ${i + 1}`,
    share: 0.01,
    sources: { share: 'schaaltest' },
  }));
  const count = () => Object.values(s.levers).reduce((n, list) => n + list.length, 0);
  // Substitution rules from each copy's Jeugd-GGZ to its POH-jeugd.
  for (let copy = 1; copy < Math.floor(SCALE.careForms / base.length); copy++) {
    s.levers.substitutions.push({
      id: `ggz-naar-poh-${copy}`, label: `Jeugd-GGZ naar POH-jeugd ${copy + 1}`,
      from: `ggz-${copy}`, to: `poh-${copy}`, share: 0.1, relapse: 0.3,
      start_year: s.base_year + 1, ramp_years: 2, source: 'schaaltest',
    });
  }
  // Small changes per care form, each kind in turn, up to the lever limit.
  const kinds = ['inflow', 'duration', 'tariff', 'intensity'];
  for (let n = 0; count() < SCALE.levers; n++) {
    const form = s.care_forms[n % s.care_forms.length];
    s.levers.form_changes.push({
      id: `verandering-${n + 1}`, label: `Verandering ${n + 1}`, form: form.id,
      kind: kinds[n % kinds.length], change: -0.001, start_year: s.base_year + 1 + (n % 5),
      ramp_years: n % 3, source: 'schaaltest',
    });
  }
  return s;
}

/** The scenario at the limits as a file a user would import. */
export function scaleFile() {
  return { name: 'schaaltest.jeugdscenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scaleScenario(), null, 2)) };
}
