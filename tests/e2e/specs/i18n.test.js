// Dutch first, English on a switch, and back; the figures stay the same.
import assert from 'node:assert/strict';
import { appSuite } from '../support/harness.js';

const appTest = appSuite();

appTest('the English switch translates headings, labels and buttons, and switches back', async (app) => {
  await app.open();
  const figures = await app.figures();
  const h2 = (name) => app.page.getByRole('heading', { level: 2, name, exact: true });

  await app.button('English').click();

  await h2('Substitution').waitFor();
  await h2('Cost against budget').waitFor();
  await h2('Balance in the last year').waitFor();
  await app.lever(app.rule(0), 'Share of inflow').slider.waitFor();
  await app.button('Nederlands').waitFor();
  assert.equal(await h2('Substitutie').count(), 0, 'no Dutch panel heading left');
  assert.equal(await h2('Kosten tegenover begroting').count(), 0, 'no Dutch chart heading left');
  assert.equal(await app.button('English').count(), 0);
  assert.equal(await app.figureText('besparing'), figures.besparing, 'the projection does not change');

  await app.button('Nederlands').click();

  await h2('Substitutie').waitFor();
  await h2('Kosten tegenover begroting').waitFor();
  await h2('Saldo laatste jaar').waitFor();
  await app.lever(app.rule(0), 'Aandeel van de instroom').slider.waitFor();
  await app.button('English').waitFor();
  assert.equal(await h2('Substitution').count(), 0);
  assert.deepEqual(await app.figures(), figures);
});

appTest('a lever\'s refusal message follows the language switch', async (app) => {
  await app.open();
  await app.lever(app.rule(0), 'Aandeel van de instroom').type('150');
  // Found without its (translated) label: the first lever of the first rule is the share.
  const error = app.rule(0).locator('.lever').first().locator('p.lever__error[role=alert]');
  await error.filter({ hasText: /^Kies een waarde van/ }).waitFor();

  await app.button('English').click();

  await app.lever(app.rule(0), 'Share of inflow').slider.waitFor();
  await error.filter({ hasText: /^Choose a value from/ }).waitFor();
});

appTest('in English, "Measures in words" and the residential card are English too', async (app) => {
  await app.open();
  const measures = app.page.locator('section.levers-in-words li');
  await measures.filter({ hasText: /^Substitutie: / }).first().waitFor();

  await app.button('English').click();

  await measures.filter({ hasText: /^Substitution: 15,0% of the inflow into Jeugd-GGZ goes to / }).waitFor();
  await measures.filter({ hasText: /^Shift from residential care: / }).waitFor();
  for (const line of await measures.allInnerTexts()) {
    assert.doesNotMatch(line, /\b(van de instroom|gaat naar|vanaf|terugval|Investering)\b/, `no Dutch in "${line}"`);
  }
  const card = app.card('residentieel');
  assert.match(await card.innerText(), /Share in residential care[\s\S]*residential or secure care[\s\S]*as CBS counts it/);
});
