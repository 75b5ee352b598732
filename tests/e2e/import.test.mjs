// Import: an invalid file (picker and drag and drop) is refused with located
// findings in the interface language; an exported file comes back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, open, load, setLang, startAssessment } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const invalid = '{\n  "criteria_set": { "id": "az-nap-2016-2018", "version": "1.0.0" },\n  "site": 5\n}\n';

test('an invalid file is refused in plain words, without line, column, pointer or parser text', async () => {
  const page = await open(browser);
  await load(page, 'en');
  await page.setInputFiles('#import-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(invalid) });
  const findings = page.locator('#import-findings');
  await findings.waitFor();
  assert.equal(await findings.getAttribute('role'), 'alert');
  const text = await findings.textContent();
  assert.match(text, /“bad\.json” was not imported/);
  assert.match(text, /does not have the form of an assessment/);
  assert.doesNotMatch(text, /Line \d|column|\/site|`/);
  await setLang(page, 'ru');
  assert.doesNotMatch(await findings.textContent(), /Строка \d|столбец|\/site/);
  assert.match(await findings.textContent(), /не импортирован/);
  assert.equal(await page.locator('.drafts li').count(), 0, 'no draft made');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('drag and drop goes through the same check', async () => {
  const page = await open(browser);
  await load(page, 'en');
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, '{ "broken": ');
  await page.dispatchEvent('.dropzone', 'dragover', { dataTransfer });
  await page.dispatchEvent('.dropzone', 'drop', { dataTransfer });
  const findings = page.locator('#import-findings');
  await findings.waitFor();
  assert.match(await findings.textContent(), /“dropped\.json” was not imported/);
  assert.doesNotMatch(await findings.textContent(), /Line \d|column|EOF/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a file that is not UTF-8 is refused at its first bad byte, as the CLI does', async () => {
  const page = await open(browser);
  await load(page, 'en');
  // Windows-1251 bytes: 0xE8 is not UTF-8 (the CLI says line 3, column 25; a citizen reads what to do).
  const text = '{\n  "criteria_set": { "id": "az-nap-2016-2018", "version": "1.0.0" },\n  "site": { "name": "Bak';
  const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0xe8, 0x22, 0x7d, 0x7d])]);
  await page.setInputFiles('#import-file', { name: 'cp1251.json', mimeType: 'application/json', buffer: bytes });
  const findings = page.locator('#import-findings');
  await findings.waitFor();
  const shown = await findings.textContent();
  assert.match(shown, /“cp1251\.json” was not imported: 1 problem/);
  assert.match(shown, /not saved as UTF-8 text/);
  assert.doesNotMatch(shown, /Line \d|column/);
  assert.equal(await page.locator('.drafts li').count(), 0, 'no draft made');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a file over 4 MB is refused unread, in words, and the drafts stay', async () => {
  const page = await open(browser);
  await load(page, 'en');
  await startAssessment(page, { name: 'Kept draft' });
  await page.getByRole('button', { name: 'My assessments', exact: true }).click();
  const huge = Buffer.alloc(5 * 1024 * 1024, ' ');
  await page.setInputFiles('#import-file', { name: 'huge.json', mimeType: 'application/json', buffer: huge });
  const refusal = page.locator('#import-findings');
  await refusal.waitFor();
  assert.equal(await refusal.getAttribute('role'), 'alert');
  assert.match(await refusal.textContent(), /“huge\.json” was not imported: it is 5\.0 MB, and the largest file that can be imported is 4\.0 MB/);
  await setLang(page, 'az');
  assert.match(await refusal.textContent(), /“huge\.json” faylı idxal edilmədi: onun həcmi 5\.0 MB/);
  assert.deepEqual(await page.locator('.drafts li').allTextContents().then((d) => d.length), 1);
  assert.match(await page.locator('.drafts').textContent(), /Kept draft/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an exported file imports back as a new draft', async () => {
  const page = await open(browser);
  await load(page, 'en');
  await startAssessment(page, { name: 'Round trip' });
  await page.locator('.criterion:has(input[type=radio])').first().locator('label.choice').first().click();
  await page.getByRole('button', { name: 'Summary', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the assessment (JSON)' }).click(),
  ]);
  const file = await download.path();
  const fresh = await open(browser);
  await load(fresh, 'en');
  await fresh.setInputFiles('#import-file', file);
  await fresh.locator('.criterion').first().waitFor();
  assert.match(await fresh.locator('.notices').textContent(), /was imported/);
  assert.match(await fresh.locator('#overall-score').textContent(), /%$/);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(fresh.errors, []);
  await page.context().close();
  await fresh.context().close();
});

test('where the checker worker cannot start, the page runs the checker: the HTML report and an import', async () => {
  // Every call hands the slices over as bytes; the page decodes them itself
  // when no worker starts (checker.js `decoded`, as the worker does).
  const blocked = [];
  const noWorker = async (page) => {
    await page.context().route('**/checker-worker.js', (route) => { blocked.push(route.request().url()); return route.abort(); });
  };
  const page = await open(browser);
  await noWorker(page);
  await load(page, 'en');
  await startAssessment(page, { name: 'No worker' });
  await page.locator('.criterion:has(input[type=radio])').first().locator('label.choice').first().click();
  await page.getByRole('button', { name: 'Summary', exact: true }).click();
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the report (HTML)' }).click(),
  ]);
  const html = fs.readFileSync(await report.path(), 'utf8');
  assert.match(html, /No worker/);
  assert.match(html, /<html/i);
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the assessment (JSON)' }).click(),
  ]);
  const fresh = await open(browser);
  await noWorker(fresh);
  await load(fresh, 'en');
  await fresh.setInputFiles('#import-file', await exported.path());
  await fresh.locator('.criterion').first().waitFor();
  assert.match(await fresh.locator('.notices').textContent(), /was imported/);
  assert.ok(blocked.length >= 2, `the worker was asked for and refused on both pages (${blocked.length})`);
  // Nothing went wrong but the refused worker script itself.
  const others = (errors) => errors.filter((e) => !e.endsWith('/checker-worker.js'));
  assert.deepEqual(others(page.errors), []);
  assert.deepEqual(others(fresh.errors), []);
  await page.context().close();
  await fresh.context().close();
});
