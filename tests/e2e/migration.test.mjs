// A draft on an older criteria set (issue 16), in headless Chromium at
// 360 and 1280 px: importing an assessment of the 2016-2018 set, or opening
// a saved draft on an older version of the 2020-2022 set, offers to carry it
// to the newer set through the core's migration (the crosswalk is fetched
// beside the catalogue); the offer says what moves and what cannot, with the
// reasons, in az, en and ru (made by the on-demand checker in its worker);
// the stored draft is unchanged until the citizen accepts; declining keeps
// it on its set and is not asked again; axe finds nothing at each step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, load, axe, words, root, artifacts, startAssessment } from './lib.mjs';

const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1280, height: 900 };
const GANJA = path.join(root, 'examples/monitoring-2018/local/02-ganja-lec.json');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The drafts in local storage, by id. */
const stored = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage)
  .filter((k) => k.startsWith('napcheck:v1:draft:'))
  .map((k) => [k.slice('napcheck:v1:draft:'.length), JSON.parse(localStorage.getItem(k))])));

async function importGanja(page) {
  await page.setInputFiles('#import-file', { name: 'ganja.json', mimeType: 'application/json', buffer: fs.readFileSync(GANJA) });
  await page.locator('article.criterion').waitFor();
}

/** Checks the offer's words, reasons, layout and axe; returns its counts. */
async function checkOffer(page, w, name) {
  const offer = page.locator('section.migration');
  await offer.waitFor();
  // The offer arrives after the question is drawn (the newer set and the
  // crosswalks are fetched first): it must come after the question, or it
  // pushes the question down (Lighthouse measured a layout shift of 0.47).
  const after = await page.evaluate(() => {
    const question = document.querySelector('article.criterion');
    const offer = document.querySelector('section.migration');
    return !question || Boolean(question.compareDocumentPosition(offer) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(after, `${name}: the offer sits above the question and shifts it`);
  assert.equal(await offer.locator('h2').textContent(), w['migration.title']);
  const text = await offer.textContent();
  assert.doesNotMatch(text, /migration\.|\{|\}/, `${name}: a key or placeholder shows`);
  await offer.locator('details summary').first().click();
  if (await offer.locator('details.migration-stays').count()) {
    await offer.locator('details.migration-stays summary').click();
    const reasons = await offer.locator('details.migration-stays li').allTextContents();
    assert.ok(reasons.length > 0 && reasons.every((r) => r.includes(': ') && r.length > 20), `${name}: reasons ${reasons}`);
  }
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(wide <= 0, `${name}: scrolls sideways by ${wide} px`);
  assert.deepEqual(await axe(page), [], `${name}: axe`);
  await page.screenshot({ path: path.join(artifacts, `migration-${name}.png`), fullPage: true });
  const moved = await offer.locator('details.migration-moves li').count();
  const kept = await offer.locator('details.migration-stays li').count();
  return { moved, kept };
}

for (const [lang, size] of [['az', PHONE], ['ru', PHONE], ['en', WIDE]]) {
  test(`an imported 2016-2018 assessment is offered the 2020-2022 set (${lang}, ${size.width} px); declining keeps it`, async () => {
    const page = await open(browser, size);
    const w = words(lang);
    await load(page, lang === 'az' ? undefined : lang);
    await importGanja(page);
    const { moved, kept } = await checkOffer(page, w, `import-${lang}-${size.width}`);
    assert.ok(moved > 0 && kept > 0, `moved ${moved}, kept ${kept}`);
    const [draft] = Object.values(await stored(page));
    assert.equal(draft.set.id, 'az-nap-2016-2018', 'the original stays until the citizen accepts');
    await page.getByRole('button', { name: w['migration.decline'] }).click();
    await page.locator('section.migration').waitFor({ state: 'detached' });
    const [kept2016] = Object.values(await stored(page));
    assert.equal(kept2016.set.id, 'az-nap-2016-2018');
    assert.deepEqual(Object.keys(kept2016.answers), Object.keys(draft.answers), 'no answer lost');
    await page.reload();
    await page.locator('article.criterion').waitFor();
    assert.equal(await page.locator('section.migration').count(), 0, 'not asked again');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('accepting carries the answers to 2020-2022 and keeps the rest with reasons (ru, 360 px)', async () => {
  const page = await open(browser, PHONE);
  const w = words('ru');
  await load(page, 'ru');
  await importGanja(page);
  const { moved, kept } = await checkOffer(page, w, 'accept-ru-360');
  // The offer was made by the checker in its worker, off the main thread.
  assert.ok(page.workers().some((worker) => worker.url().endsWith('/checker-worker.js')), 'no checker worker');
  const [before] = Object.values(await stored(page));
  await page.getByRole('button', { name: w['migration.accept'] }).click();
  await page.locator('section.migration').waitFor({ state: 'detached' });
  const [after] = Object.values(await stored(page));
  assert.equal(after.id, before.id);
  assert.equal(after.set.id, 'az-nap-2020-2022');
  assert.equal(Object.keys(after.answers).length, moved);
  assert.equal(after.migration.not_migrated.length, kept);
  assert.equal(after.migration.from.id, 'az-nap-2016-2018');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a saved draft on an older version of the same set is offered the newer version when opened (az 360, en 1280)', async () => {
  const set = JSON.parse(fs.readFileSync(path.join(root, 'dist/catalogue/az-nap-2020-2022.en.json'), 'utf8'));
  const yesNo = set.criteria.find((c) => c.observation.type === 'yes_no' && !c.relevant_when && c.applies_to.kinds?.includes('local_executive'));
  const draft = {
    id: 'old1', revision: 3,
    set: { id: 'az-nap-2020-2022', version: '1.0.0' },
    site: { url: 'https://ganja-ih.gov.az', name: 'Gəncə', body_kind: 'local_executive' },
    checked_on: '2022-05-10',
    answers: { [yesNo.id]: { observation: { type: 'yes_no', value: true }, changed: 2 } },
    details_changed: 1,
  };
  for (const [lang, size] of [['az', PHONE], ['en', WIDE]]) {
    const context = await browser.newContext({ viewport: size, serviceWorkers: 'block' });
    await context.addInitScript((d) => {
      if (!localStorage.getItem(`napcheck:v1:draft:${d.id}`)) localStorage.setItem(`napcheck:v1:draft:${d.id}`, JSON.stringify(d));
    }, draft);
    const page = await open(browser, { context });
    const w = words(lang);
    await load(page, lang === 'az' ? undefined : lang);
    await page.getByRole('button', { name: w['home.resume'] }).click();
    const { moved, kept } = await checkOffer(page, w, `open-${lang}-${size.width}`);
    assert.deepEqual([moved, kept], [1, 0]);
    assert.equal((await stored(page)).old1.set.version, '1.0.0', 'unchanged until accepted');
    await page.getByRole('button', { name: w['migration.accept'] }).click();
    await page.locator('section.migration').waitFor({ state: 'detached' });
    const after = (await stored(page)).old1;
    assert.notEqual(after.set.version, '1.0.0');
    assert.equal(after.answers[yesNo.id].observation.value, true);
    assert.deepEqual(page.errors, []);
    await context.close();
  }
});

test('a reopened 2016-2018 draft: the first checklist fetches neither the offer\'s parts nor the checker, asked for once the page is idle; offline the offer still shows (en, 360 px)', async () => {
  const page = await open(browser, { ...PHONE, serviceWorkers: 'allow' });
  const context = page.context();
  const w = words('en');
  // When the first question card appears, on the page's clock.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('article.criterion')) return;
      window.__firstChecklist = performance.timeOrigin + performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await load(page, 'en');
  await startAssessment(page);
  await page.locator('.criterion:has(input[type=radio]) label.choice').first().click();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Reopened: the stored place is this draft's checklist, on the older set.
  const requests = [];
  context.on('requestfinished', (r) => requests.push({ path: new URL(r.url()).pathname, start: r.timing().startTime }));
  await page.reload();
  await page.locator('article.criterion').waitFor();
  const { moved, kept } = await checkOffer(page, w, 'reopened-en-360');
  assert.equal(moved + kept, 1, 'the one answer moves or stays');
  const checklistAt = await page.evaluate(() => window.__firstChecklist);
  const offerParts = /crosswalks\.|az-nap-2020-2022|napcheck_web_checks|checker-worker\.js/;
  const early = requests.filter((r) => offerParts.test(r.path) && r.start <= checklistAt).map((r) => r.path);
  assert.deepEqual(early, [], 'fetched before the first checklist was drawn');
  assert.ok(requests.some((r) => /crosswalks\.az-nap-2016-2018/.test(r.path) && r.start > checklistAt), 'the crosswalks were never fetched');
  assert.ok(page.workers().some((worker) => worker.url().endsWith('/checker-worker.js')), 'no checker worker');
  // Offline, from the service worker's copies: the offer is made again.
  await context.setOffline(true);
  await page.reload();
  await page.locator('article.criterion').waitFor();
  await page.locator('section.migration').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the offer\'s code that cannot be fetched is said with "Try again", which then shows the offer (en, 360 px)', async () => {
  const page = await open(browser, PHONE);
  const w = words('en');
  const offerChunk = /\/split_offer\.wasm$/;
  await page.route(offerChunk, (route) => route.abort());
  await load(page, 'en');
  await importGanja(page);
  const alert = page.locator('.lazy-failed[role=alert]');
  await alert.waitFor();
  assert.equal(await alert.locator('p').textContent(), w['loading.part_failed']);
  assert.equal(await page.locator('article.criterion').count(), 1, 'the question stays');
  await page.unroute(offerChunk);
  await alert.getByRole('button', { name: w['loading.retry'] }).click();
  await page.locator('section.migration').waitFor();
  assert.equal(await page.locator('.lazy-failed').count(), 0);
  const [draft] = Object.values(await stored(page));
  assert.equal(draft.set.id, 'az-nap-2016-2018', 'nothing changed meanwhile');
  // The refused chunk and what the browser and the chunk loader log of it
  // are the only errors (as in chunks.test.mjs).
  assert.ok(page.errors.some((e) => offerChunk.test(e.replace(/^request failed: /, ''))), 'the refused chunk is an error');
  assert.deepEqual(page.errors.filter((e) => !offerChunk.test(e.replace(/^request failed: /, '')) && !/Failed to load wasm-split|TypeError: Failed to fetch|net::ERR_FAILED/.test(e)), []);
  await page.context().close();
});
