// `napcheck report --format html` on the bundled 2018 dataset, opened in
// headless Chromium as a file: it makes no request, reads on a phone
// (nothing scrolls sideways at 360 px), sorts a table on a click and by
// keyboard, passes axe, and keeps its content in print. Needs NAPCHECK_BIN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, axe, artifacts, root } from './lib.mjs';

const bin = process.env.NAPCHECK_BIN;

function writeReport(lang) {
  const html = execFileSync(bin, ['report', path.join(root, 'examples/monitoring-2018'), '--format', 'html', '--lang', lang], { maxBuffer: 64 << 20 });
  const file = path.join(artifacts, `report-${lang}.html`);
  fs.writeFileSync(file, html);
  return file;
}

test('the HTML report reads on a phone, sorts, passes axe and prints', { skip: !bin && 'NAPCHECK_BIN is not set' }, async () => {
  const browser = await launch();
  try {
    for (const lang of ['az', 'en', 'ru']) {
      const file = writeReport(lang);
      const page = await open(browser, { width: 360, height: 800 });
      const requests = [];
      page.on('request', (r) => { if (!r.url().startsWith('file://')) requests.push(r.url()); });
      await page.goto(`file://${file}`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${lang}: scrolls sideways by ${overflow}px at 360px`);
      assert.deepEqual(await axe(page), [], `${lang}: axe violations`);
      await page.screenshot({ path: path.join(artifacts, `report-${lang}-360.png`), fullPage: false });
      assert.deepEqual(requests, [], `${lang}: requests to other origins`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }

    // Sorting: a numeric column of the per-body table, by click and by Enter.
    const page = await open(browser, { width: 1280, height: 900 });
    await page.goto(`file://${writeReport('en')}`);
    const table = page.locator('table').last();
    const header = table.locator('th[aria-sort]').last();
    const column = await header.evaluate((th) => th.cellIndex);
    const values = () => table.locator('tbody tr').evaluateAll((rows, i) => rows.map((r) => r.cells[i].dataset.v).filter((v) => v !== undefined && v !== '').map(Number), column);
    await header.click();
    const first = await values();
    assert.ok(first.length > 50, 'the per-body table has its rows');
    const isAscending = (xs) => xs.every((x, i) => i === 0 || xs[i - 1] <= x);
    const isDescending = (xs) => xs.every((x, i) => i === 0 || xs[i - 1] >= x);
    assert.ok(isAscending(first) || isDescending(first), 'sorted after a click');
    await header.focus();
    await page.keyboard.press('Enter');
    const second = await values();
    assert.equal(second.length, first.length);
    assert.ok(isAscending(first) ? isDescending(second) : isAscending(second), 'Enter sorts the other way');
    assert.notDeepEqual(second, first);

    // Print: the content stays, nothing is hidden that matters.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await table.isVisible(), 'the per-body table prints');
    await page.pdf({ path: path.join(artifacts, 'report-en.pdf') });
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

// Several assessments of one body: the agreement section and the columns for
// assessors, agreement and disputed criteria still read on a phone, in every
// language, and pass axe.
test('the HTML report with consensus and agreement reads on a phone and passes axe', { skip: !bin && 'NAPCHECK_BIN is not set' }, async () => {
  const inputs = ['all-differ', 'tie', 'not-applicable-mixed', 'hosts'].map((c) => path.join(root, 'tests/fixtures/consensus', c));
  const browser = await launch();
  try {
    for (const lang of ['az', 'en', 'ru']) {
      const html = execFileSync(bin, ['report', ...inputs, '--format', 'html', '--lang', lang, '--today', '2026-01-01'], { maxBuffer: 64 << 20 });
      const file = path.join(artifacts, `report-consensus-${lang}.html`);
      fs.writeFileSync(file, html);
      const page = await open(browser, { width: 360, height: 800 });
      await page.goto(`file://${file}`);
      assert.equal(await page.locator('h3').count(), 5, `${lang}: the agreement section is there`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${lang}: scrolls sideways by ${overflow}px at 360px`);
      assert.deepEqual(await axe(page), [], `${lang}: axe violations`);
      await page.screenshot({ path: path.join(artifacts, `report-consensus-${lang}-360.png`), fullPage: true });
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  } finally {
    await browser.close();
  }
});

// At a desktop width, table cells wrap between words, never inside one
// (issue 17: "Bodie|s" at 1,200 px, from overflow-wrap:anywhere shrinking
// the columns). Each word of every cell must lie on one line (a line may
// end after a hyphen, as in "E-|services").
test('the HTML report breaks no word in its tables at 1,200 px', { skip: !bin && 'NAPCHECK_BIN is not set' }, async () => {
  const browser = await launch();
  try {
    for (const lang of ['az', 'en', 'ru']) {
      const page = await open(browser, { width: 1200, height: 900 });
      await page.goto(`file://${writeReport(lang)}`);
      const broken = await page.evaluate(() => {
        const out = [];
        for (const cell of document.querySelectorAll('th, td')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const re = /[^\s-]+/g;
            for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (lines.size > 1) out.push(m[0]);
            }
          }
        }
        return out;
      });
      await page.screenshot({ path: path.join(artifacts, `report-${lang}-1200.png`), fullPage: false });
      assert.deepEqual(broken, [], `${lang}: words broken across lines at 1200px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${lang}: scrolls sideways by ${overflow}px at 1200px`);
      await page.context().close();
    }
  } finally {
    await browser.close();
  }
});
