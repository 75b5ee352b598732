// The flow by keyboard alone, with visible focus: language, new assessment,
// details, an answer, the updated score.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, load, overall } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Presses Tab until `matches(activeElement)` holds; fails after `limit` presses. */
async function tabTo(page, matches, arg, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches, arg)) return;
  }
  assert.fail(`focus never reached ${matches.toString()} ${arg ?? ''}`);
}
const byText = (text) => document.activeElement?.textContent?.trim() === text;
const byId = (id) => document.activeElement?.id === id;

async function focusVisible(page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

test('keyboard only: language, start, details, answer', async () => {
  const page = await open(browser);
  await load(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip', 'skip link first');
  assert.ok(await focusVisible(page), 'skip link focus visible');
  await tabTo(page, byId, 'lang-select');
  assert.ok(await focusVisible(page), 'select focus visible');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await tabTo(page, byText, 'Start a new assessment');
  assert.ok(await focusVisible(page), 'button focus visible');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await tabTo(page, byId, 'url');
  await page.keyboard.type('https://example.gov.az');
  await tabTo(page, byId, 'name');
  await page.keyboard.type('Keyboard body');
  await tabTo(page, byText, 'Go to the checklist');
  await page.keyboard.press('Enter');
  await page.locator('.criterion').first().waitFor();
  assert.equal(await overall(page), 'not rated yet');
  await tabTo(page, () => document.activeElement?.type === 'radio');
  assert.ok(await focusVisible(page), 'radio focus visible');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => /%$/.test(document.querySelector('#overall-score').textContent));
  assert.equal(await page.evaluate(() => document.activeElement.checked), true);
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement.checked);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
