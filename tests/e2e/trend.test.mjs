// `napcheck report --rounds --format html` on tests/fixtures/trend (three
// rounds, two NAP editions), opened in headless Chromium as a file: no
// request, nothing scrolls sideways at 360 px, axe passes, in az, en and ru;
// the change chart is inline SVG that draws without script (JavaScript off)
// and under a policy that allows no script at all; the per-body table sorts
// by its change column on a click. Needs NAPCHECK_BIN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, axe, artifacts, root } from './lib.mjs';

const bin = process.env.NAPCHECK_BIN;
const rounds = ['2018', '2020', '2022'].map((r) => path.join(root, 'tests/fixtures/trend', r));

function writeTrend(lang) {
  const html = execFileSync(bin, ['report', '--rounds', ...rounds, '--format', 'html', '--lang', lang, '--today', '2026-01-01'], { maxBuffer: 64 << 20 });
  const file = path.join(artifacts, `trend-${lang}.html`);
  fs.mkdirSync(artifacts, { recursive: true });
  fs.writeFileSync(file, html);
  return file;
}

/** The widths of the chart's bars, in the order drawn. */
const barWidths = (page) => page.locator('svg.chart').first().locator('rect').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().width));

test('the trend report reads on a phone, draws its chart without script and sorts', { skip: !bin && 'NAPCHECK_BIN is not set' }, async () => {
  const browser = await launch();
  try {
    for (const lang of ['az', 'en', 'ru']) {
      const file = writeTrend(lang);
      const page = await open(browser, { width: 360, height: 800 });
      const requests = [];
      page.on('request', (r) => { if (!r.url().startsWith('file://')) requests.push(r.url()); });
      await page.goto(`file://${file}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${lang}: scrolls sideways by ${overflow}px at 360px`);
      assert.deepEqual(await axe(page), [], `${lang}: axe violations`);
      await page.screenshot({ path: path.join(artifacts, `trend-${lang}-360.png`), fullPage: true });
      assert.deepEqual(requests, [], `${lang}: requests to other origins`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }

    // The chart needs no script: JavaScript off, and a policy that allows
    // none (the page served with `script-src 'none'`), draw the same bars.
    const file = writeTrend('en');
    const withScript = await open(browser);
    await withScript.goto(`file://${file}`);
    const widths = await barWidths(withScript);
    assert.equal(widths.length, 5, 'one bar per change');
    assert.ok(widths.some((w) => w > 0), 'some bar is drawn');
    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const off = await noScript.newPage();
    await off.goto(`file://${file}`);
    assert.deepEqual(await barWidths(off), widths, 'the chart without JavaScript');
    await noScript.close();
    const strict = await open(browser);
    const violations = [];
    strict.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    await strict.route('http://napcheck.test/trend.html', (route) => route.fulfill({
      body: fs.readFileSync(file),
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'" },
    }));
    await strict.goto('http://napcheck.test/trend.html');
    assert.deepEqual(await barWidths(strict), widths, 'the chart under a policy without script');
    assert.ok(violations.every((v) => /script/i.test(v)), `only the sorting script is refused: ${violations}`);

    // Sorting the per-body table by its last change column.
    const table = withScript.locator('table').nth(-2);
    const header = table.locator('th[aria-sort]').last();
    const column = await header.evaluate((th) => th.cellIndex);
    const values = () => table.locator('tbody tr').evaluateAll((rows, i) => rows.map((r) => Number(r.cells[i].dataset.v)), column);
    await header.click();
    const first = await values();
    assert.ok(first.length >= 5, 'the per-body table has its rows');
    const ascending = first.every((x, i) => i === 0 || first[i - 1] <= x);
    const descending = first.every((x, i) => i === 0 || first[i - 1] >= x);
    assert.ok(ascending || descending, `sorted after a click: ${first}`);
    assert.deepEqual(withScript.errors, []);
  } finally {
    await browser.close();
  }
});
