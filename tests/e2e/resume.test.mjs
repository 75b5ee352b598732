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

// The first draw of a reopened draft waits for the parts local storage
// holds (crates/web/src/ui/first.rs): with its set cached, the page is drawn
// once, on the question, never on "loading" first; with nothing cached, the
// loading status is drawn at once, while the set is fetched.

/** A context whose pages record whether a loading status was ever drawn
 * before the first question card. */
async function watchedContext(fixture, { width = 360, height = 740 } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width, height } });
  await context.addInitScript(({ text, id }) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(`napcheck:v1:draft:${id}`, text);
      localStorage.setItem('napcheck:v1:place', `checklist ${id}`);
      localStorage.setItem('napcheck:v1:lang', 'en');
      sessionStorage.setItem('seeded', '1');
    }
    window.drawnBeforeQuestion = [];
    new MutationObserver((_, observer) => {
      if (document.querySelector('article.criterion')) return observer.disconnect();
      if (document.querySelector('#napcheck [aria-busy=true]')) window.drawnBeforeQuestion.push('loading');
    }).observe(document, { childList: true, subtree: true });
  }, { text: fixture, id });
  return context;
}

test('a reopened draft whose set local storage holds is drawn once, on its question, not on "loading" first', async () => {
  const fixture = fs.readFileSync(path.join(root, 'tests/fixtures/web/draft-before-issue-12.json'), 'utf8');
  const context = await watchedContext(fixture);
  const page = await open(browser, { context });
  await page.goto(url);
  await page.locator('article.criterion').waitFor();
  // The first visit fetched the set and the words, and kept them.
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => /^napcheck:v1:cache:catalogue\/az-nap-[0-9-]+\.en\.json$/.test(k))
    && localStorage.getItem('napcheck:v1:cache:i18n/en.json') !== null);
  await page.reload();
  await page.locator('article.criterion').waitFor();
  assert.deepEqual(await page.evaluate(() => window.drawnBeforeQuestion), [], 'no loading status before the question');
  assert.equal(await page.locator('article.criterion').getAttribute('aria-labelledby'), 't-1.1.eservices.working');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a reopened draft whose set is not in local storage shows the loading status while it is fetched', async () => {
  const fixture = fs.readFileSync(path.join(root, 'tests/fixtures/web/draft-before-issue-12.json'), 'utf8');
  const context = await watchedContext(fixture);
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await context.route(/\/catalogue\/az-nap-[0-9-]+\.en\.json$/, async (route) => { await released; await route.continue(); });
  const page = await open(browser, { context });
  await page.goto(url);
  const status = page.locator('#napcheck [role=status][aria-busy=true]');
  await status.waitFor();
  release();
  await page.locator('article.criterion').waitFor();
  assert.equal(await status.count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});
