// The working copy is autosaved: a moved lever survives a reload in the same
// profile; "Terug naar het voorbeeld" brings the example back, also after a
// reload.
import assert from 'node:assert/strict';
import { appSuite } from '../support/harness.js';

const appTest = appSuite();
const SHARE = 'Aandeel van de instroom';

appTest('a moved lever survives a reload; "Terug naar het voorbeeld" restores the example', async (app) => {
  await app.open();
  const example = await app.figures();
  const share = () => app.lever(app.rule(0), SHARE);
  const exampleShare = await share().field.inputValue();

  await share().type('42,5');
  const moved = await app.figureChangedFrom('besparing', example.besparing);
  await app.waitForStoredShare(0, 42.5);

  await app.reload();
  assert.equal(await share().field.inputValue(), '42,5', 'the field shows the moved value');
  assert.equal(await share().sliderValue(), 42.5, 'the slider shows the moved value');
  assert.equal(await app.figureText('besparing'), moved, 'the card shows the moved figure');

  await app.button('Terug naar het voorbeeld').click();
  await app.figureChangedFrom('besparing', moved);
  assert.deepEqual(await app.figures(), example, 'all four cards show the example again');
  assert.equal(await share().field.inputValue(), exampleShare);

  await app.waitForStoredShare(0, Number(exampleShare.replace(',', '.')));
  await app.reload();
  assert.deepEqual(await app.figures(), example, 'the example is back after a reload too');
});
