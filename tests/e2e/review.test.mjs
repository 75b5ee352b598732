// The reviewer page of `napcheck serve --reviewers FILE` in Chromium at
// 360 px: a reviewer signs in, accepts one submission and rejects another
// with the keyboard only; each writes one decision to the collect
// directory's log. Every page (sign-in, list, after a decision; az, en, ru)
// has zero axe violations and nothing scrolls sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, open, axe, artifacts, root } from './lib.mjs';
import { bin, startServe } from './serve.mjs';

const PHONE = { width: 360, height: 800 };
const fixtures = path.join(root, 'crates/cli/tests/cmd/fixtures/review');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function sideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

function decisions(collect) {
  const log = path.join(collect, '.reviews');
  if (!fs.existsSync(log)) return [];
  return fs.readdirSync(log).filter((n) => !n.startsWith('.')).sort()
    .map((n) => JSON.parse(fs.readFileSync(path.join(log, n), 'utf8')));
}

test('a reviewer signs in, accepts one and rejects one by keyboard; axe-clean at 360 px', { skip: !bin && 'NAPCHECK_BIN is not set' }, async () => {
  const keys = fs.mkdtempSync(path.join(os.tmpdir(), 'napcheck-reviewers-'));
  const file = path.join(keys, 'reviewers');
  const token = execFileSync(bin, ['review', 'add-reviewer', file, 'Aysel'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  const serve = await startServe(['--reviewers', file, '--today', '2026-01-01']);
  try {
    for (const name of fs.readdirSync(fixtures).filter((n) => n.endsWith('.json'))) {
      fs.copyFileSync(path.join(fixtures, name), path.join(serve.collect, name));
    }
    // The page's CSP allows no script at all: bypassed for axe only.
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await open(browser, { context });
    const missing = [];
    page.on('console', (m) => { if (/status of 404/.test(m.text())) missing.push(new URL(m.location().url).pathname); });
    await page.goto(`${serve.url}review/?lang=en`);
    await page.getByRole('heading', { name: 'Reviewer sign-in' }).waitFor();
    assert.deepEqual(await axe(page), [], 'sign-in page');
    assert.ok(await sideways(page) <= 0, 'sign-in page scrolls sideways');

    // A wrong token first: refused without saying which part.
    await page.locator('#name').focus();
    await page.keyboard.type('Aysel');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0'.repeat(64));
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'The name or the token is wrong.' }).waitFor();
    assert.deepEqual(await axe(page), [], 'sign-in page with its error');

    await page.locator('#name').focus();
    await page.keyboard.type('Aysel');
    await page.keyboard.press('Tab');
    await page.keyboard.type(token);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Pending submissions (4)' }).waitFor();
    assert.deepEqual(await axe(page), [], 'list of pending submissions');
    assert.ok(await sideways(page) <= 0, 'list scrolls sideways');
    await page.screenshot({ path: path.join(artifacts, 'review-list-360.png'), fullPage: true });

    // Accept the first: reason, Tab to "Accept", Enter.
    const first = await page.locator('input[name=id]').first().getAttribute('value');
    await page.locator('textarea').first().focus();
    await page.keyboard.type('Evidence links checked');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Accept');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: first }).waitFor();
    await page.getByRole('heading', { name: 'Pending submissions (3)' }).waitFor();
    assert.deepEqual(await axe(page), [], 'list after a decision');

    // Reject the next: reason, Tab, Tab to "Reject", Enter.
    const second = await page.locator('input[name=id]').first().getAttribute('value');
    await page.locator('textarea').first().focus();
    await page.keyboard.type('The links do not open');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Reject');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Pending submissions (2)' }).waitFor();

    const log = decisions(serve.collect);
    assert.equal(log.length, 2, JSON.stringify(log));
    assert.deepEqual(log.map((d) => [d.submission, d.decision, d.reviewer, d.reason]).sort(), [
      [first, 'accepted', 'Aysel', 'Evidence links checked'],
      [second, 'rejected', 'Aysel', 'The links do not open'],
    ].sort());

    for (const lang of ['az', 'ru']) {
      await page.goto(`${serve.url}review/?lang=${lang}`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.deepEqual(await axe(page), [], `list in ${lang}`);
      assert.ok(await sideways(page) <= 0, `list in ${lang} scrolls sideways`);
    }

    // Sign out by keyboard: back to the sign-in form; the list needs a new sign-in.
    await page.goto(`${serve.url}review/?lang=en`);
    await page.getByRole('button', { name: 'Sign out' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Reviewer sign-in' }).waitFor();
    await page.goto(`${serve.url}review/?lang=en`);
    await page.getByRole('heading', { name: 'Reviewer sign-in' }).waitFor();
    // The browser logs the refused sign-in (401) and its favicon request
    // (404) itself; nothing else went wrong.
    assert.deepEqual([...new Set(missing)], ['/favicon.ico']);
    assert.deepEqual(page.errors.filter((e) => !/status of (401|404)/.test(e)), []);
    await context.close();
  } finally {
    await serve.stop();
    fs.rmSync(keys, { recursive: true, force: true });
  }
});
