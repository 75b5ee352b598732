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

// A part that failed waits for the citizen's "Try again": it is not asked
// for again when another part fails later or other files arrive (which
// re-asked every failed part, and, once the network was back, loaded the
// checklist behind the shown alert and pulled its button away).
test('a part that failed is asked for again only when the citizen retries', async () => {
  const page = await open(browser);
  await load(page, 'en');
  await startAssessment(page, { name: 'Once' });
  await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('napcheck:v1:cache:catalogue/'))
    .forEach((k) => localStorage.removeItem(k)));
  const asked = new Map();
  let lateFailed;
  const late = new Promise((resolve) => { lateFailed = resolve; });
  await page.route('**/catalogue/**', async (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop();
    asked.set(file, (asked.get(file) ?? 0) + 1);
    // The crosswalks fail a second after the rest, once the alert is shown.
    if (!file.startsWith('crosswalks.')) return route.abort();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.abort();
    lateFailed();
  });
  await page.reload();
  const alert = page.locator('[role=alert]', { hasText: 'could not be loaded' });
  await alert.waitFor();
  await late;
  // What the widget asks for after the late failure it asks within a few
  // tasks; a second is ample even on a loaded machine.
  await page.waitForTimeout(1000);
  assert.deepEqual(Object.fromEntries(asked), {
    'index.en.json': 1, 'az-nap-2016-2018.en.json': 1, 'crosswalks.az-nap-2016-2018.json': 1,
  });
  await alert.waitFor();
  await page.unroute('**/catalogue/**');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.criterion').first().waitFor();
  await page.context().close();
});
