// The residential card counts residential care as the plans mean it:
// shifting residential care to pleegzorg and gezinshuis lowers it, and the
// card names verblijf as CBS counts it beside it.
import assert from 'node:assert/strict';
import { appSuite, eventually } from '../support/harness.js';

const appTest = appSuite();

const percent = (text) => Number(text.replace('%', '').replace(',', '.'));

appTest('shifting more residential care to pleegzorg and gezinshuis lowers the residential card', async (app) => {
  await app.open();
  const card = app.card('residentieel');
  assert.match(await card.innerText(), /Aandeel residentiële zorg[\s\S]*residentiële of gesloten jeugdhulp[\s\S]*Verblijf zoals het CBS telt, met pleegzorg en gezinshuis/);
  const before = percent(await app.figureText('residentieel'));
  const panel = app.page.locator('section.panel').filter({
    has: app.page.getByRole('heading', { level: 2, name: 'Afschalen residentieel verblijf', exact: true }),
  });
  await app.lever(panel, 'Aandeel van de instroom in verblijf').type('40');
  await eventually(async () => assert.ok(percent(await app.figureText('residentieel')) < before, 'the share falls'));
});
