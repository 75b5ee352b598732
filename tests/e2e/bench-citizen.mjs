// The citizen's side of the benchmark (issue 12), used by bench.mjs:
// - `flowCost(browser, base)`: a complete 2016-2018 assessment of a local
//   body at 360x740, driven as a citizen would (a tap on an answer, a tap on
//   "Next unanswered"), counting taps and the viewport heights scrolled to
//   reach each control (the page is scrolled to bring the control into view,
//   as a finger would, and the distance summed).
// - `lighthouseScores(base, page)`: Lighthouse mobile (its default preset:
//   slow 4G, 4x CPU) Performance, Accessibility and Best Practices, run with
//   Debian's chromium on the start page and on a checklist step (a profile
//   holding a draft whose stored place is the checklist).
// Works on the widget before and after issue 12: where the old one shows
// every card on one page, the same taps are made on each card in turn.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { root, chromiumArgs } from './lib.mjs';

const require = createRequire(path.join(root, 'tools/node/package.json'));
const { chromium } = require('playwright-core');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Scrolls `locator` into view, adding the distance to `cost.scrolled`, then taps it. */
async function tap(page, locator, cost) {
  const before = await page.evaluate(() => window.scrollY);
  await locator.scrollIntoViewIfNeeded();
  const after = await page.evaluate(() => window.scrollY);
  cost.scrolled += Math.abs(after - before);
  await locator.click();
  cost.taps += 1;
}

/** Starts a draft for a local executive (the default) on the default set. */
async function start(page, base, cost) {
  await page.goto(base);
  await page.locator('main h1').waitFor();
  await page.locator('main button.primary').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main button.primary').disabled);
  await tap(page, page.locator('main button.primary').first(), cost);
  await page.locator('#url').fill('https://binagadi-ih.gov.az');
  await page.locator('#name').fill('Binəqədi rayon İcra Hakimiyyəti');
  cost.taps += 2; // the two fields (typing is not a tap)
  await tap(page, page.locator('main button.primary').last(), cost);
  await page.locator('.criterion').first().waitFor();
}

export async function flowCost(browser, base) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  const cost = { taps: 0, scrolled: 0, questions: 0 };
  await start(page, base, cost);
  const oneAtATime = (await page.locator('.step-nav').count()) > 0;
  if (oneAtATime) {
    for (let guard = 0; guard < 200; guard++) {
      const card = page.locator('.criterion');
      await answer(page, card, cost);
      cost.questions += 1;
      const next = page.locator('.step-nav button.primary');
      const id = await card.getAttribute('aria-labelledby');
      await tap(page, next, cost);
      await page.waitForFunction((id) => !document.querySelector(`article[aria-labelledby="${id}"]`), id);
      if (await page.locator('#report-overall').count()) break;
      await page.evaluate(() => window.scrollTo(0, 0)); // a new screen starts at its top
    }
  } else {
    const cards = page.locator('.criterion');
    const n = await cards.count();
    for (let i = 0; i < n; i++) { await answer(page, cards.nth(i), cost); cost.questions += 1; }
  }
  await ctx.close();
  return { ...cost, screens: cost.scrolled / 740 };
}

/** One answer: the first radio or check box, else a count of 1, else a date, else a link. */
async function answer(page, card, cost) {
  const choice = card.locator('label.choice').first();
  if (await choice.count()) return tap(page, choice, cost);
  const field = card.locator('.observation input, .observation textarea').first();
  await tap(page, field, cost);
  const type = await field.getAttribute('type');
  if (type === 'date') await field.fill('2018-01-15');
  else if (await field.evaluate((e) => e.tagName === 'TEXTAREA')) await field.fill('https://binagadi-ih.gov.az/news');
  else await field.fill('1');
}

/** A chromium profile whose local storage holds a draft and, as the stored place, its checklist. */
export async function profileOnChecklist(base) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'napcheck-lh-'));
  const ctx = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath, headless: true, args: chromiumArgs, viewport: { width: 360, height: 740 } });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  await start(page, base, { taps: 0, scrolled: 0 });
  await ctx.close();
  return dir;
}

/** One Lighthouse mobile run of `url`, with the chromium `profile` when given
 * (its storage kept); the scores and the performance metrics. */
export function lighthouse(url, profile) {
  const out = path.join(os.tmpdir(), `napcheck-lh-${process.pid}-${Date.now()}.json`);
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'];
  if (profile) flags.push(`--user-data-dir=${profile}`);
  const run = spawnSync(path.join(root, 'tools/node/node_modules/.bin/lighthouse'), [
    url, '--quiet', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=${flags.join(' ')}`,
    ...(profile ? ['--disable-storage-reset'] : []),
  ], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromiumPath } });
  if (run.status !== 0) throw new Error(`lighthouse failed: ${run.stderr}`);
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out, { force: true });
  const score = (id) => Math.round(report.categories[id].score * 100);
  return {
    performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'),
    tbt: Math.round(report.audits['total-blocking-time'].numericValue),
    fcp: Math.round(report.audits['first-contentful-paint'].numericValue),
    lcp: Math.round(report.audits['largest-contentful-paint'].numericValue),
    si: Math.round(report.audits['speed-index'].numericValue),
    cls: report.audits['cumulative-layout-shift'].numericValue,
    failing: Object.values(report.audits).filter((a) => a.score !== null && a.score < 1 && ['accessibility', 'best-practices'].some((c) => report.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0))).map((a) => a.id),
  };
}

export async function lighthouseScores(base) {
  const start = lighthouse(base);
  const profile = await profileOnChecklist(base);
  try {
    return { start, checklist: lighthouse(base, profile) };
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Prints both parts. */
export async function reportCitizen(browser, base) {
  const flow = await flowCost(browser, base);
  console.log(`complete 2016-2018 local assessment at 360x740: ${flow.questions} questions, ${flow.taps} taps, ` +
    `${flow.screens.toFixed(1)} viewport heights scrolled (${(flow.screens / Math.max(1, flow.questions)).toFixed(2)} per question; target < 3)`);
  const lh = await lighthouseScores(base);
  for (const [name, s] of Object.entries(lh)) {
    console.log(`lighthouse mobile, ${name.padEnd(9)}: Performance ${s.performance}, Accessibility ${s.accessibility}, ` +
      `Best Practices ${s.bestPractices}, Total Blocking Time ${s.tbt} ms${s.failing.length ? ` (failing: ${s.failing.join(', ')})` : ''}`);
  }
}
