// A citizen on a 360x740 phone (issue 12), by taps and by keyboard: every
// question of the 2016-2018 set for a local body and of the 2020-2022 set,
// each in Azerbaijani and in Russian (one pairing at 1280 px), one question
// at a time, with axe clean on every step (start page and details too);
// skip logic hiding the council follow-ups; each impossible answer shown on
// its field and not rated; Back, Forward and reload; the end of the flow;
// two tabs with separate and with overlapping edits; a submit refused in
// plain words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, open, load, setLang, axe, artifacts, words } from './lib.mjs';
import { bin, startServe } from './serve.mjs';

const PHONE = { width: 360, height: 740 };
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The id of the criterion on screen. */
async function questionId(page) {
  const label = await page.locator('article.criterion').getAttribute('aria-labelledby');
  return label.replace(/^t-/, '');
}

/** New draft on `set` for a local executive; the address is required first. */
async function begin(page, w, set) {
  assert.deepEqual(await axe(page), [], 'axe on the start page');
  await page.getByRole('button', { name: w['home.new'] }).click();
  await page.locator('#url').waitFor();
  assert.deepEqual(await axe(page), [], 'axe on the details');
  await page.selectOption('#set', set);
  await page.getByRole('button', { name: w['details.go'] }).click();
  await page.locator('#url-error', { hasText: w['details.url_required'] }).waitFor();
  assert.equal(await page.locator('main article.criterion').count(), 0, 'no checklist without an address');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'url', 'focus on the missing field');
  await page.keyboard.type('https://binagadi-ih.gov.az');
  await page.getByRole('button', { name: w['details.go'] }).click();
  await page.locator('#name-error', { hasText: w['details.name_required'] }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'name');
  assert.deepEqual(await axe(page), [], 'axe on the details with an error shown');
  await page.keyboard.type('Binəqədi rayon İcra Hakimiyyəti');
  await page.locator('#region').fill('Bakı');
  await page.getByRole('button', { name: w['details.go'] }).click();
  await page.locator('article.criterion').waitFor();
}

/** A valid answer to the question on screen: taps, or the keyboard when `keys`. */
async function answer(page, keys) {
  const card = page.locator('article.criterion');
  const radio = card.locator('input[type=radio]').first();
  if (await radio.count()) {
    if (keys) { await radio.focus(); await page.keyboard.press('Space'); } else await card.locator('label.choice').first().click();
    return;
  }
  const box = card.locator('input[type=checkbox]').first();
  if (await box.count()) {
    if (keys) { await box.focus(); await page.keyboard.press('Space'); } else await card.locator('label.choice').first().click();
    return;
  }
  const field = card.locator('.observation input, .observation textarea').first();
  const type = await field.getAttribute('type');
  const value = type === 'date' ? '2018-06-01' : type === 'text' ? '1' : 'https://binagadi-ih.gov.az/news';
  if (keys && type !== 'date') { await field.focus(); await page.keyboard.type(value); } else await field.fill(value);
}

/** The impossible answers of issue 12, by criterion: each is shown on its field and not rated. */
const impossible = {
  '2.4.content_quality': ['20', '-5', '3.7', '1e3'],
  '2.4.news.last_update': ['2027-12-31'],
  '2.4.social.accounts': ['javascript:alert(1)\nfacebook.com/x'],
};

async function refuses(page, id, values) {
  const card = page.locator('article.criterion');
  const field = card.locator('.observation input, .observation textarea').first();
  for (const value of values) {
    await field.fill(value);
    await card.locator('.error-text').first().waitFor();
    assert.equal(await field.getAttribute('aria-invalid'), 'true', `${id}: ${value} marked invalid`);
    assert.equal(await card.locator('.badge.rated').count(), 0, `${id}: ${value} is not rated`);
    if (/^-?\d/.test(value) && (await field.getAttribute('type')) === 'text') {
      assert.equal(await field.inputValue(), value, `${id}: the field shows what was typed`);
    }
  }
  await field.fill('');
}

/** Answers every question from the first, checking axe on every step. */
async function everyQuestion(page, w, { lang, invalid = {}, council = false }) {
  const seen = [];
  let total = 0;
  for (let guard = 0; guard < 100; guard++) {
    const id = await questionId(page);
    // The count of questions shrinks as answers rule follow-ups out.
    total = Number((await page.locator('#step-count').textContent()).match(/(\d+)\D*$/)[1]);
    assert.ok(!seen.includes(id), `${id} asked twice`);
    seen.push(id);
    assert.deepEqual(await axe(page), [], `axe on ${id} in ${lang}`);
    if (invalid[id]) await refuses(page, id, invalid[id]);
    if (council && id === '4.2.1.council_exists') {
      await page.locator('article.criterion label.choice').nth(1).click(); // "no council"
    } else {
      await answer(page, seen.length % 2 === 0);
    }
    await page.locator('article.criterion .result .badge').waitFor();
    const next = page.locator('.step-nav button.primary');
    if (seen.length % 3 === 0) { await next.focus(); await page.keyboard.press('Enter'); } else await next.click();
    await page.waitForFunction((id) => !document.querySelector(`article[aria-labelledby="t-${id}"]`), id);
    if (await page.locator('#report-overall').count()) break;
  }
  return { seen, total };
}

test('2016-2018, local body, Azerbaijani: every question one at a time, skip logic, impossible answers, Back and reload', async () => {
  const page = await open(browser, PHONE);
  const w = words('az');
  await load(page);
  await begin(page, w, 'az-nap-2016-2018');

  // Back and Forward move within the app, and a reload returns to the question.
  const first = await questionId(page);
  await answer(page, false);
  await page.locator('.step-nav button.primary').click();
  const second = await questionId(page);
  assert.notEqual(second, first);
  await page.goBack();
  await page.waitForFunction((id) => !!document.querySelector(`article[aria-labelledby="t-${id}"]`), first);
  await page.goForward();
  await page.waitForFunction((id) => !!document.querySelector(`article[aria-labelledby="t-${id}"]`), second);
  await page.reload();
  await page.locator('article.criterion').waitFor();
  assert.equal(await questionId(page), second, 'a reload returns to the same question');
  await page.goBack();
  await page.waitForFunction((id) => !!document.querySelector(`article[aria-labelledby="t-${id}"]`), first);
  await page.screenshot({ path: path.join(artifacts, 'citizen-az-question.png') });

  const { seen, total } = await everyQuestion(page, w, { lang: 'az', invalid: impossible, council: true });
  // The first two were answered before (Back and reload); "next unanswered" skips them.
  assert.equal(new Set([first, second, ...seen]).size, total, 'every question asked');
  assert.ok(seen.includes('4.2.1.council_exists'));
  for (const followUp of ['4.2.1.council_formation', '4.2.1.meetings', '4.2.1.last_meeting']) {
    assert.ok(!seen.includes(followUp), `${followUp} is skipped when there is no council`);
  }
  for (const id of Object.keys(impossible)) assert.ok(seen.includes(id), `${id} was asked`);

  // The summary: every question answered, nothing provisional; region shown;
  // what happens next; no number or word broken at 360 px.
  await page.locator('#report-overall').waitFor();
  assert.match(await page.locator('#report-overall').textContent(), /%$/);
  assert.equal(await page.locator('main .provisional').count(), 0);
  assert.match(await page.locator('.facts').textContent(), /Bakı/);
  assert.equal(await page.locator('#next-step').textContent(), w['report.next_download']);
  assert.deepEqual(await axe(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the summary scrolls sideways by ${overflow}px`);
  // Each number's text lies on one line (its rects share one top).
  const broken = await page.evaluate(() => [...document.querySelectorAll('td.num, th.num, .overall')]
    .filter((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1 && !/\s/.test(e.textContent.trim().replace(/\u00a0/g, ''));
    })
    .map((e) => e.textContent));
  assert.deepEqual(broken, [], 'numbers on one line');
  await page.screenshot({ path: path.join(artifacts, 'citizen-az-summary.png'), fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('2020-2022, local body, Russian: every question one at a time, axe on every step', async () => {
  const page = await open(browser, PHONE);
  const w = words('ru');
  await load(page, 'ru');
  await begin(page, w, 'az-nap-2020-2022');
  await page.screenshot({ path: path.join(artifacts, 'citizen-ru-question.png') });
  const { seen, total } = await everyQuestion(page, w, { lang: 'ru' });
  assert.equal(seen.length, total);
  await page.locator('#report-overall').waitFor();
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: path.join(artifacts, 'citizen-ru-summary.png'), fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// The two other pairings of set and language, and the wide screen: the
// 2016-2018 set in Russian on a phone (skip logic and impossible answers
// too), the 2020-2022 set in Azerbaijani at 1280 px.
for (const { set, lang, size, invalid, council } of [
  { set: 'az-nap-2016-2018', lang: 'ru', size: PHONE, invalid: impossible, council: true },
  { set: 'az-nap-2020-2022', lang: 'az', size: { width: 1280, height: 900 } },
]) {
  test(`${set}, local body, ${lang} at ${size.width} px: every question one at a time, axe on every step`, async () => {
    const page = await open(browser, size);
    const w = words(lang);
    await load(page, lang === 'az' ? undefined : lang);
    await begin(page, w, set);
    const { seen, total } = await everyQuestion(page, w, { lang, invalid: invalid ?? {}, council });
    assert.equal(seen.length, total, 'every question asked once');
    if (council) {
      assert.ok(seen.includes('4.2.1.council_exists'));
      for (const followUp of ['4.2.1.council_formation', '4.2.1.meetings', '4.2.1.last_meeting']) {
        assert.ok(!seen.includes(followUp), `${followUp} is skipped when there is no council`);
      }
    }
    for (const id of Object.keys(invalid ?? {})) assert.ok(seen.includes(id), `${id} was asked`);
    await page.locator('#report-overall').waitFor();
    assert.equal(await page.locator('main .provisional').count(), 0);
    assert.deepEqual(await axe(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the summary scrolls sideways by ${overflow}px`);
    await page.screenshot({ path: path.join(artifacts, `citizen-${lang}-${set}-${size.width}.png`), fullPage: true });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('the language picker names each language in its own words, before their words load', async () => {
  const page = await open(browser, PHONE);
  await page.route('**/i18n/*.json', () => {}); // never answered
  await load(page);
  const options = await page.locator('#lang-select option').allTextContents();
  assert.deepEqual(options, ['Azərbaycanca', 'English', 'Русский']);
  await page.context().close();
});

/** Stops `storage` events reaching the app in `page` while `window.__blockStorage` is set. */
const storageBlocker = () => window.addEventListener('storage', (e) => { if (window.__blockStorage) e.stopImmediatePropagation(); }, true);

async function twoTabs() {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: PHONE });
  await context.addInitScript(storageBlocker);
  const a = await open(browser, { context });
  const w = words('en');
  await load(a, 'en');
  await begin(a, w, 'az-nap-2016-2018');
  const b = await open(browser, { context });
  await b.goto(a.url());
  await b.locator('article.criterion').waitFor();
  return { a, b, w, context };
}

async function goTo(page, index) {
  for (let i = 0; i < index; i++) await page.locator('.step-nav button').nth(1).click();
  return questionId(page);
}

const checked = (page, id) => page.locator(`article[aria-labelledby="t-${id}"] input[type=radio]`).evaluateAll((r) => r.map((x) => x.checked));

test('two tabs: separate answers merge; the same answer changed in both asks which to keep', async () => {
  const { a, b, w, context } = await twoTabs();
  // Tab B misses tab A's saves while both answer different questions.
  await b.evaluate(() => { window.__blockStorage = true; });
  const q1 = await questionId(a);
  await a.locator('label.choice').first().click(); // q1: yes, in A
  const q2 = await goTo(b, 2); // a one-option question
  assert.notEqual(q1, q2);
  await b.locator('article.criterion label.choice').first().click(); // q2 in B: B's save meets A's newer version
  await b.evaluate(() => { window.__blockStorage = false; });
  await b.locator('.step-nav button').first().click();
  await b.locator('.step-nav button').first().click(); // back to q1 in B
  await b.waitForFunction((id) => document.querySelector(`article[aria-labelledby="t-${id}"] input[type=radio]`)?.checked, q1);
  assert.equal(await b.locator('#clashes').count(), 0, 'separate answers do not ask');
  await goTo(a, 2);
  await a.waitForFunction((id) => document.querySelector(`article[aria-labelledby="t-${id}"] input[type=radio]`)?.checked, q2);

  // Both answer q2 differently: B is asked, per answer, and keeps its own.
  await b.evaluate(() => { window.__blockStorage = true; });
  await goTo(b, 2);
  assert.equal(await questionId(b), q2);
  const theirs = (await a.locator('article.criterion label.choice').nth(1).textContent()).trim();
  await a.locator('article.criterion label.choice').nth(1).click(); // q2: another option, in A
  await b.locator('article.criterion button.toggle').nth(1).click(); // q2: could not be checked, in B
  const clashes = b.locator('#clashes');
  await clashes.waitFor();
  assert.equal(await clashes.locator('li').count(), 1, 'one answer to choose');
  assert.equal((await clashes.locator('.theirs').textContent()).trim(), theirs);
  assert.deepEqual(await axe(b), []);
  await b.screenshot({ path: path.join(artifacts, 'citizen-two-tabs.png'), fullPage: true });
  await clashes.getByRole('button', { name: w['conflict.keep'] }).click();
  await clashes.waitFor({ state: 'detached' });
  assert.ok((await checked(b, q2)).every((c) => !c), 'this tab\'s answer kept');
  // A follows B's merged version (saved over A's when B merged it).
  await a.waitForFunction(() => document.querySelectorAll('article.criterion button.toggle[aria-pressed=true]').length === 1);
  assert.ok((await checked(a, q2)).every((c) => !c));
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
  await context.close();
});

test('a submit refused by the server is shown in plain words naming the field; a stored one gives a short reference', { skip: !bin && 'NAPCHECK_BIN is not set' }, async () => {
  const serve = await startServe([]);
  try {
    // The demo page's CSP refuses axe's inline script: bypassed for the test only.
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: PHONE, bypassCSP: true });
    const page = await open(browser, { context });
    const w = words('az');
    await page.goto(`${serve.url}demo.html`);
    const widget = page.locator('napcheck-widget');
    await widget.locator('#url').waitFor();
    await widget.locator('#url').fill('binagadi-ih.gov.az');
    await widget.getByRole('button', { name: w['nav.report'], exact: true }).click();
    await widget.locator('#next-step', { hasText: w['report.next_submit'] }).waitFor();
    await widget.getByRole('button', { name: w['submit.button'] }).click();
    const refused = widget.locator('#submit-refused');
    await refused.waitFor();
    const text = await refused.textContent();
    assert.match(text, new RegExp(w['details.url']), 'names the field');
    assert.doesNotMatch(text, /\d+:\d+|schema-|\/site|iri|`/, 'no pointer, position, code or validator text');
    assert.deepEqual(await axe(page, 'napcheck-widget'), [], 'the widget (the demo host page is the server\'s)');
    await page.screenshot({ path: path.join(artifacts, 'citizen-refused.png'), fullPage: true });

    await widget.getByRole('button', { name: w['nav.details'], exact: true }).click();
    await widget.locator('#url').fill('https://binagadi-ih.gov.az');
    await widget.locator('#name').fill('Binəqədi rayon İcra Hakimiyyəti');
    await widget.getByRole('button', { name: w['nav.report'], exact: true }).click();
    await widget.getByRole('button', { name: w['submit.button'] }).click();
    const stored = widget.locator('#submit-stored');
    await stored.waitFor();
    const reference = (await stored.locator('.reference').textContent()).trim();
    assert.match(reference, /^[0-9a-f]{4} [0-9a-f]{4}$/);
    assert.match(await stored.textContent(), new RegExp(w['submit.thanks']));
    // The browser logs the refusal's 422 itself; nothing else went wrong.
    assert.deepEqual(page.errors.filter((e) => !/status of 422/.test(e)), []);
    await page.context().close();
  } finally {
    await serve.stop();
  }
});
