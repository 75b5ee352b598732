// The criteria are fetched, not embedded: a reload with the network refusing
// the catalogue still shows the checklist from the local-storage copy, and
// without a copy the citizen is told, keeps every answer, and can retry.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, load, startAssessment, extra } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const refuse = (page) => page.route('**/catalogue/**', (route) => route.abort());

test('a reload without network access to the catalogue uses the cached copy', async () => {
  const page = await open(browser);
  await load(page, 'en');
  await startAssessment(page, { name: 'Offline' });
  const card = await extra(page.locator('.criterion').first());
  await card.getByLabel('Note').fill('kept offline');
  const cached = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('napcheck:v1:cache:catalogue/')));
  assert.ok(cached.some((k) => /az-nap-\d{4}-\d{4}\.en\.json$/.test(k)), `cached: ${cached}`);
  await refuse(page);
  await page.reload();
  await page.locator('.criterion').first().waitFor();
  assert.equal(await page.locator('.criterion').first().getByLabel('Note').inputValue(), 'kept offline');
  await page.context().close();
});

test('without a cached copy the failure is said, answers are kept, retry loads it', async () => {
  const page = await open(browser);
  await load(page, 'en');
  await startAssessment(page, { name: 'Retry' });
  await (await extra(page.locator('.criterion').first())).getByLabel('Note').fill('kept while failing');
  await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('napcheck:v1:cache:catalogue/'))
    .forEach((k) => localStorage.removeItem(k)));
  await refuse(page);
  await page.reload();
  const alert = page.locator('[role=alert]', { hasText: 'could not be loaded' });
  await alert.waitFor();
  assert.equal(await page.locator('.criterion').count(), 0);
  await page.unroute('**/catalogue/**');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.criterion').first().waitFor();
  assert.equal(await page.locator('.criterion').first().getByLabel('Note').inputValue(), 'kept while failing');
  await page.context().close();
});
