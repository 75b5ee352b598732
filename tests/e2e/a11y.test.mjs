// Every view in every language: zero axe-core violations; screenshots at
// 360 and 1280 px (tests/e2e/artifacts/); nothing scrolls sideways at 360 px;
// controls are at least 44 px tall.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, open, load, setLang, startAssessment, axe, artifacts, extra } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const views = {
  home: async (page) => {
    await page.getByRole('button', { name: 'My assessments' }).click();
    await page.setInputFiles('#import-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"site": 1}') });
    await page.locator('#import-findings').waitFor();
  },
  details: async (page) => {
    await page.getByRole('button', { name: 'Website', exact: true }).click();
    await page.locator('#url').fill('not-a-url');
    await page.locator('#url-error').waitFor();
  },
  checklist: async (page) => {
    await page.getByRole('button', { name: 'Checklist', exact: true }).click();
    await page.locator('#url').waitFor({ state: 'detached' });
  },
  report: async (page) => {
    await page.getByRole('button', { name: 'Summary', exact: true }).click();
    await page.locator('svg.chart').waitFor();
  },
};

async function tooSmall(page) {
  return page.evaluate(() => [...document.querySelectorAll('button, select, input:not([type=radio]):not([type=checkbox]), textarea, summary, label.choice')]
    .filter((e) => e.offsetParent !== null)
    .map((e) => ({ e, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.height < 44 || r.width < 44)
    .map(({ e, r }) => `${e.tagName}#${e.id}.${e.className} ${Math.round(r.width)}x${Math.round(r.height)}`));
}

for (const width of [360, 1280]) {
  test(`every view at ${width} px: axe clean in az, en, ru; no sideways scroll; tap targets`, async () => {
    const page = await open(browser, { width, height: 900 });
    await load(page, 'en');
    await startAssessment(page);
    const card = page.locator('.criterion:has(input[type=radio])').first();
    await card.locator('label.choice').first().click();
    await (await extra(card)).getByLabel('Evidence links').fill('https://binagadi-ih.gov.az/\njavascript:alert(1)');
    for (const [name, show] of Object.entries(views)) {
      await setLang(page, 'en');
      await show(page);
      for (const lang of ['en', 'az', 'ru']) {
        await setLang(page, lang);
        assert.deepEqual(await axe(page), [], `axe: ${name} in ${lang} at ${width}px`);
      }
      await setLang(page, 'az');
      await page.screenshot({ path: path.join(artifacts, `${name}-${width}.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name} scrolls sideways by ${overflow}px at ${width}px`);
      if (width === 360) assert.deepEqual(await tooSmall(page), [], `small targets in ${name}`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
