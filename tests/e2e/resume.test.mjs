// A draft reopened on a page load ("Resume": its stored place is the
// checklist) shows its first unanswered question and holds it: answering it
// keeps the card on screen with its answer checked and its evidence field
// usable, until the citizen moves on with "Next" or "Next unanswered".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, extra, root, url } from './lib.mjs';

const id = 'd1700000000000-abc';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The stored draft's answer to `criterion`, once saved. */
async function stored(page, criterion) {
  return page.evaluate(({ id, criterion }) => {
    const draft = JSON.parse(localStorage.getItem(`napcheck:v1:draft:${id}`));
    return draft.answers?.[criterion] ?? null;
  }, { id, criterion });
}

// The stored place without a question (the old two-part form, or a draft
// opened before its set arrived) and with it, on a phone and a desktop.
const cases = [`checklist ${id}`, `checklist ${id} 1.1.eservices.working`]
  .flatMap((place) => [[360, 740], [1280, 900]].map(([width, height]) => ({ place, width, height })));

for (const { place, width, height } of cases) {
  test(`a reopened draft (stored place "${place}") keeps the question answered on screen at ${width} px`, async () => {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width, height } });
    const fixture = fs.readFileSync(path.join(root, 'tests/fixtures/web/draft-before-issue-12.json'), 'utf8');
    await context.addInitScript(({ text, id, place }) => {
      window.startLength = history.length;
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(`napcheck:v1:draft:${id}`, text);
        localStorage.setItem('napcheck:v1:place', place);
        localStorage.setItem('napcheck:v1:lang', 'en');
        sessionStorage.setItem('seeded', '1');
      }
    }, { text: fixture, id, place });
    const page = await open(browser, { context });
    await page.goto(url);
    const card = page.locator('article.criterion');
    await card.waitFor();
    const shown = 't-1.1.eservices.working';
    assert.equal(await card.getAttribute('aria-labelledby'), shown, 'the first unanswered question');
    await card.locator('input[type=radio]').first().click();
    await page.waitForFunction(({ id }) => {
      const draft = JSON.parse(localStorage.getItem(`napcheck:v1:draft:${id}`));
      return draft.answers?.['1.1.eservices.working']?.observation != null;
    }, { id });
    assert.equal(await card.getAttribute('aria-labelledby'), shown, 'answering keeps the question on screen');
    assert.equal(await card.locator('input[type=radio]').first().isChecked(), true);
    const evidence = (await extra(card)).locator('textarea[id^=ev-]');
    await evidence.fill('https://binagadi-ih.gov.az/eservices/apply');
    await page.waitForFunction(({ id }) => {
      const draft = JSON.parse(localStorage.getItem(`napcheck:v1:draft:${id}`));
      return /eservices\/apply/.test(draft.answers?.['1.1.eservices.working']?.evidence ?? '');
    }, { id });
    assert.equal(await card.getAttribute('aria-labelledby'), shown, 'evidence added to the answer just given');
    assert.notEqual((await stored(page, '1.1.eservices.working')).observation, null, 'the answer is kept with its evidence');
    // The question held once its set arrived replaced the place without
    // one in the session history rather than adding a place Back would
    // return to without changing anything.
    assert.equal(await page.evaluate(() => history.length), await page.evaluate(() => window.startLength));
    // "Next unanswered" moves on; Back returns to the question answered.
    await page.locator('.step-nav button').last().click();
    await page.waitForFunction((shown) => document.querySelector('article.criterion')?.getAttribute('aria-labelledby') !== shown, shown);
    await page.goBack();
    await page.waitForFunction((shown) => document.querySelector('article.criterion')?.getAttribute('aria-labelledby') === shown, shown);
    assert.equal(await card.locator('input[type=radio]').first().isChecked(), true);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}
