// Hostile content and storage faults. Names, notes and links carrying HTML
// and script, typed and imported, stay inert text: no element is made from
// them, nothing runs, and a link is only ever made for an http(s) address,
// in the app and in the standalone HTML report. Local storage that cannot
// be reached, or that is corrupted and full at once, is said in words, work
// goes on and the page is never blank. (storage.test.mjs has the corrupted
// entry, the full storage and the two tabs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, load, startAssessment, artifacts, url, extra } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const NAME = '<img src=x onerror="window.__pwned=\'name\'">Binagadi';
const NOTE = '<script>window.__pwned=\'note\'</script><b>bold?</b>';
const SAFE_LINK = "https://ok.gov.az/a?q='onmouseover='window.__pwned=1&b=%3Cscript%3E";
const BAD_LINKS = [
  "javascript:window.__pwned='js'",
  "data:text/html,<script>window.__pwned='data'</script>",
  "JaVaScRiPt:window.__pwned='case'",
];

/** Nothing ran, no element came from a payload, every link is http(s). */
async function assertInert(page) {
  const found = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    imgs: document.querySelectorAll('img[src="x"], img[onerror]').length,
    bold: document.querySelectorAll('main b').length,
    scripts: [...document.scripts].filter((s) => s.textContent.includes('__pwned')).length,
    hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
  }));
  assert.equal(found.pwned, null, 'a payload ran');
  assert.equal(found.imgs, 0, 'an <img> was made from text');
  assert.equal(found.bold, 0, 'a <b> was made from text');
  assert.equal(found.scripts, 0, 'a <script> was made from text');
  for (const href of found.hrefs) assert.match(href, /^(https?:\/\/|#)/, `link to ${href}`);
}

/** Types the payloads into the first criterion and opens the summary. */
async function typePayloads(page) {
  await startAssessment(page, { name: NAME });
  const first = page.locator('.criterion').first();
  await first.locator('label.choice').first().click();
  await (await extra(first)).getByLabel('Note').fill(NOTE);
  await first.getByLabel('Evidence links').fill([SAFE_LINK, ...BAD_LINKS].join('\n'));
  await assertInert(page);
  await page.getByRole('button', { name: 'Summary', exact: true }).click();
  await page.locator('#report-overall').waitFor();
}

test('typed HTML and script stay text; only the http(s) link is a link, in the app and the HTML report', async () => {
  const page = await open(browser);
  await load(page, 'en');
  await typePayloads(page);
  await assertInert(page);
  const main = await page.locator('main').textContent();
  // The link's quotes end no attribute in the report either.
  const quoted = SAFE_LINK.replaceAll('&', '&amp;').replaceAll("'", '&#39;');
  for (const text of [NAME, NOTE, SAFE_LINK, ...BAD_LINKS]) assert.ok(main.includes(text), `shown as text: ${text}`);
  const links = page.locator('.criteria-report .links a');
  assert.equal(await links.count(), 1);
  assert.equal(await links.first().getAttribute('href'), SAFE_LINK);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the report (HTML)' }).click(),
  ]);
  const html = fs.readFileSync(await download.path(), 'utf8');
  // No tag came from text (the payloads' words remain, escaped, as text).
  assert.doesNotMatch(html, /<script|<img|<b>|href="(javascript|data):/i);
  assert.ok(html.includes('&lt;img src=x onerror=&quot;window.__pwned=&#39;name&#39;&quot;&gt;'));
  assert.ok(html.includes('&lt;script&gt;window.__pwned=&#39;note&#39;&lt;/script&gt;'));
  assert.ok(html.includes(`<a href="${quoted}">${quoted}</a>`));
  // Opened on its own, the report is as inert.
  const saved = path.join(artifacts, 'hostile-report.html');
  await download.saveAs(saved);
  const report = await open(browser);
  await report.goto(`file://${saved}`);
  await assertInert(report);
  assert.equal(await report.locator('a[href]').count(), 1 + 1, 'the site and the safe evidence link');
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await report.context().close();
});

test('imported HTML and script stay text; a file with javascript: or data: links is refused, shown as text', async () => {
  const page = await open(browser);
  await load(page, 'en');
  await typePayloads(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the assessment (JSON)' }).click(),
  ]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  const answer = exported.answers.find((a) => a.evidence);
  assert.deepEqual(answer.evidence, [SAFE_LINK, ...BAD_LINKS]);

  // Refused: the links are not http(s); the findings quote them as text.
  const fresh = await open(browser);
  await load(fresh, 'en');
  await fresh.setInputFiles('#import-file', { name: 'links.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported, null, 2)) });
  const findings = fresh.locator('#import-findings');
  await findings.waitFor();
  const said = await findings.textContent();
  for (const link of BAD_LINKS) assert.ok(said.includes(link), `quoted: ${link}`);
  await assertInert(fresh);

  // Accepted: with only the http(s) link, the name and note come in as text.
  answer.evidence = [SAFE_LINK];
  await fresh.setInputFiles('#import-file', { name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await fresh.locator('.criterion').first().waitFor();
  await assertInert(fresh);
  await fresh.getByRole('button', { name: 'Summary', exact: true }).click();
  await fresh.locator('#report-overall').waitFor();
  await assertInert(fresh);
  assert.ok((await fresh.locator('.criteria-report .note').textContent()).includes(NOTE), 'the note came in as text');
  assert.ok((await fresh.locator('main').textContent()).includes(NAME));
  assert.equal(await fresh.locator('.criteria-report .links a').getAttribute('href'), SAFE_LINK);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(fresh.errors, []);
  await page.context().close();
  await fresh.context().close();
});

test('stored drafts carrying HTML are listed as text', async () => {
  const page = await open(browser);
  await load(page, 'en');
  await startAssessment(page, { name: NAME });
  await page.reload();
  // A reload returns to the view the citizen was on; the list is one click away.
  await page.getByRole('button', { name: 'My assessments', exact: true }).click();
  await page.locator('.drafts').waitFor();
  assert.ok((await page.locator('.drafts').textContent()).includes(NAME));
  await assertInert(page);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('storage that cannot be reached at all: said in words, the app works, export offered', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const page = await open(browser, { context });
  await load(page, 'en');
  const alert = page.locator('.notice.error[role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /storage is full or turned off/);
  await startAssessment(page);
  await page.locator('.criterion:has(input[type=radio])').first().locator('label.choice').first().click();
  await page.waitForFunction(() => /%$/.test(document.querySelector('#overall-score').textContent));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download the assessment (JSON)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^napcheck-.*\.json$/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('corrupted entries while the storage is full: the message names where each text really is', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('napcheck:v1:draft:dbad', '\u0000\uFFFF not json');
      localStorage.setItem('napcheck:v1:draft:dshape', '{"id": "dshape", "revision": "many"}');
      localStorage.setItem('napcheck:v1:lang', '"<b>xx</b>"');
    }
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('napcheck:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  });
  const page = await open(browser, { context });
  await page.goto(url);
  await page.locator('main h1').waitFor();
  // The unreadable language makes the interface Azerbaijani, the default.
  const said = await page.locator('.notices').textContent();
  assert.match(said, /oxumaq mümkün olmadı/, 'the unreadable entries are reported');
  assert.match(said, /yaddaşı doludur/, 'and so is the full storage');
  const keys = [...said.matchAll(/napcheck:v1:[a-z]+:[a-z]+/g)].map((m) => m[0]);
  assert.ok(keys.length >= 2, said);
  const held = await page.evaluate((ks) => ks.map((k) => localStorage.getItem(k)), keys);
  for (const [i, text] of held.entries()) assert.notEqual(text, null, `${keys[i]} is named but holds nothing`);
  await assertInert(page);
  assert.deepEqual(page.errors, []);
  await context.close();
});
