// Shared helpers of the end-to-end tests: launch Debian's chromium through
// playwright-core (from tools/node), collect console errors, run axe-core,
// and the paths the tests write to. The server's URL comes from scripts/e2e.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
const require = createRequire(path.join(root, 'tools/node/package.json'));
const { chromium } = require('playwright-core');
export const axePath = require.resolve('axe-core/axe.min.js');

export const url = process.env.NAPCHECK_URL ?? 'http://127.0.0.1:8080/';
export const artifacts = path.join(here, 'artifacts');
fs.mkdirSync(artifacts, { recursive: true });

export const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update',
  '--disable-quic', '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: chromiumArgs });
}

/** A new page in a new context, recording console errors and page errors.
 * The service worker (offline after the first visit) is blocked unless
 * `serviceWorkers: 'allow'`: the other tests route and refuse requests,
 * which a worker's own fetches would bypass; offline.test.mjs tests it. */
export async function open(browser, { width = 1280, height = 900, context, serviceWorkers = 'block' } = {}) {
  const ctx = context ?? await browser.newContext({ viewport: { width, height }, acceptDownloads: true, serviceWorkers });
  const page = await ctx.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  // A reload or a navigation cancels what the page had in flight (the
  // summary's chunk prefetched at idle, the checker's wasm): such a request,
  // issued by the old document (before the navigation began, or while it
  // waited for the new document, when the old one is idle and its idle
  // callbacks run) and failed as aborted, is the browser's doing, not a
  // failure of the widget. Any other is recorded.
  let navigations = 0;
  let committed = 0;
  const issuedAt = new WeakMap();
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigations += 1;
    else issuedAt.set(r, { navigations, oldDocument: navigations > committed });
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) committed = navigations;
  });
  page.on('requestfailed', (r) => {
    const issued = issuedAt.get(r);
    const cancelledByNavigation = r.failure()?.errorText === 'net::ERR_ABORTED'
      && issued !== undefined && (issued.navigations < navigations || issued.oldDocument);
    if (!cancelledByNavigation) page.errors.push(`request failed: ${r.url()}`);
  });
  return page;
}

/** Loads the app and waits for its first heading. */
export async function load(page, lang) {
  await page.goto(url);
  await page.locator('main h1').waitFor();
  if (lang) await setLang(page, lang);
}

/** The interface words of `lang`, from the widget's translation files. */
export function words(lang) {
  return JSON.parse(fs.readFileSync(path.join(root, 'crates/web/src/i18n', `${lang}.json`), 'utf8'));
}

/** Switches the language and waits until its words are shown: English and
 * Russian are fetched on demand, so `<html lang>` changes first. */
export async function setLang(page, lang) {
  await page.selectOption('#lang-select', lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await page.locator('.skip', { hasText: words(lang)['nav.skip'] }).waitFor({ state: 'attached' });
}

/** axe-core's violations on the current page, or only in the elements
 * `selector` matches (WCAG 2.x A and AA and best practices). */
export async function axe(page, selector) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const result = await page.evaluate((selector) => window.axe.run(selector ? { include: [[selector]] } : document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }), selector);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Starts a new assessment (English UI) and fills the website details. */
export async function startAssessment(page, { name = 'Binagadi test', url: site = 'https://binagadi-ih.gov.az' } = {}) {
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await page.locator('#url').fill(site);
  await page.locator('#name').fill(name);
  await page.getByRole('button', { name: 'Go to the checklist' }).click();
  await page.locator('.criterion').first().waitFor();
}

export async function overall(page) {
  return (await page.locator('#overall-score').textContent()).trim();
}

/** The "add evidence or a note" part of a question card, opened. */
export async function extra(card) {
  const details = card.locator('details.extra');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  return card;
}

/** Moves to the next question (the checklist shows one at a time). */
export async function nextQuestion(page) {
  const id = await page.locator('article.criterion').getAttribute('aria-labelledby');
  await page.locator('.step-nav button').nth(1).click();
  await page.waitForFunction((id) => !document.querySelector(`article[aria-labelledby="${id}"]`), id);
}
