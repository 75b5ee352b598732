// The report view printed: with print media emulated, the navigation, the
// language picker and every control are hidden, the summary's content shows.
// A screenshot of the printed view is kept in tests/e2e/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, open, load, startAssessment, artifacts } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the report prints without navigation or controls', async () => {
  const page = await open(browser);
  await load(page, 'en');
  await startAssessment(page, { name: 'Print test' });
  await page.locator('.criterion:has(input[type=radio])').first().locator('label.choice').first().click();
  await page.getByRole('button', { name: 'See the summary' }).click();
  await page.locator('#report-overall').waitFor();

  const visible = (selector) => page.locator(selector).first().isVisible();
  assert.equal(await visible('nav'), true, 'on screen the navigation shows');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.topbar', 'nav', '#lang-select', 'main button']) {
    assert.equal(await visible(hidden), false, `${hidden} is hidden in print`);
  }
  assert.equal(await page.locator('button:visible').count(), 0, 'no control prints');
  for (const shown of ['main h1', '#report-overall', '.chart', '.criteria-report']) {
    assert.equal(await visible(shown), true, `${shown} prints`);
  }
  assert.match(await page.locator('#report-overall').textContent(), /%$/);
  await page.screenshot({ path: path.join(artifacts, 'print-report.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await visible('nav'), true, 'back on screen the navigation shows');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
