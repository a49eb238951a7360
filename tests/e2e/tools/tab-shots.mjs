// Screenshots of the tabs whose forms come from the ui kit (Doelen with a
// target open, Analyse with goal seek answered, Per gemeente, Eigen
// gegevens), for a person to look at:
// node tools/tab-shots.mjs OUTDIR [WIDTHxHEIGHT ...]
import { atSizes } from '../support/profile.js';

const out = process.argv[2] || '/tmp';
const sizes = process.argv.slice(3).length ? process.argv.slice(3) : ['1366x768', '1920x1080', '390x844'];

await atSizes(sizes, async (page, size) => {
  const tab = async (name) => {
    await page.getByRole('tab', { name, exact: true }).click();
    return page.getByRole('tabpanel');
  };
  let view = await tab('Doelen');
  await view.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
  await view.locator('details.fold summary').first().click();
  await page.waitForTimeout(300);
  await view.screenshot({ path: `${out}/doelen-${size}.png` });

  view = await tab('Analyse');
  const goal = view.getByRole('region', { name: 'Doel zoeken', exact: true });
  await goal.getByLabel('Knop', { exact: true }).selectOption({ index: 1 });
  await goal.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await page.waitForTimeout(500);
  await goal.screenshot({ path: `${out}/doelzoeken-${size}.png` });

  view = await tab('Per gemeente');
  await page.waitForTimeout(300);
  await view.screenshot({ path: `${out}/gemeenten-${size}.png` });
});
