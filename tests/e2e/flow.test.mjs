// The whole flow by mouse: start, answer, evidence and note, reload and find
// everything, switch language without losing anything, summary with chart,
// export JSON that `napcheck validate` accepts, standalone HTML report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, load, setLang, startAssessment, overall, artifacts, extra, nextQuestion } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('Azerbaijani by default, with <html lang="az">', async () => {
  const page = await open(browser);
  await load(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'az');
  assert.match(await page.locator('main h1').textContent(), /yoxlayın/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('fill by mouse, reload, switch language, export and validate', async () => {
  const page = await open(browser);
  await load(page, 'en');
  await startAssessment(page);
  assert.equal(await overall(page), 'not rated yet');

  const card = page.locator('.criterion:has(input[type=radio])').first();
  const heading = await card.locator('h2').getAttribute('id');
  await card.locator('label.choice').first().click();
  await page.waitForFunction(() => /%$/.test(document.querySelector('#overall-score').textContent));
  const score = await overall(page);
  await card.locator('.badge.rated').waitFor();
  assert.ok((await card.locator('.explanation').textContent()).length > 0, 'explanation shown');
  await (await extra(card)).getByLabel('Evidence links').fill('https://binagadi-ih.gov.az/news\nnot a link');
  await card.getByLabel('Note').fill('Seen on the home page <b>bold</b>');
  await card.getByText('“not a link” is not a web address').waitFor();
  const progress = await page.locator('#progress-text').textContent();
  assert.match(progress, /^1 of \d+ answered$/);

  await page.reload();
  await page.locator('main h1').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'language restored');
  // The reload lands where the citizen was: this draft's checklist, on the same question.
  await page.locator('.criterion').first().waitFor();
  assert.equal(await page.locator('main h1').textContent(), 'Checklist');
  const again = page.locator(`article[aria-labelledby="${heading}"]`);
  assert.equal(await again.locator('input[type=radio]').first().isChecked(), true);
  assert.equal(await again.getByLabel('Evidence links').inputValue(), 'https://binagadi-ih.gov.az/news\nnot a link');
  assert.equal(await again.getByLabel('Note').inputValue(), 'Seen on the home page <b>bold</b>');
  assert.equal(await overall(page), score);

  await setLang(page, 'ru');
  assert.equal(await again.locator('input[type=radio]').first().isChecked(), true);
  assert.equal(await again.locator('textarea').nth(1).inputValue(), 'Seen on the home page <b>bold</b>');
  assert.match(await page.locator('main h1').textContent(), /Чек-лист/);
  await setLang(page, 'en');

  await page.getByRole('button', { name: 'Summary', exact: true }).click();
  await page.locator('svg.chart rect.bar').first().waitFor();
  assert.equal(await page.locator('#report-overall').textContent(), score);
  assert.equal(await page.locator('.criteria-report b').count(), 0, 'typed HTML stays text');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the assessment (JSON)' }).click(),
  ]);
  const file = path.join(artifacts, 'exported.json');
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(exported.site.url, 'https://binagadi-ih.gov.az');
  assert.deepEqual(exported.answers[0].evidence, ['https://binagadi-ih.gov.az/news', 'not a link']);

  const [html] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the report (HTML)' }).click(),
  ]);
  const report = path.join(artifacts, 'report.html');
  await html.saveAs(report);
  const text = fs.readFileSync(report, 'utf8');
  assert.match(text, /<svg/);
  assert.match(text, /default-src 'none'/);
  assert.doesNotMatch(text, /<b>bold/);
  // The report fits a phone: nothing scrolls sideways at 360 px, and no
  // number is broken across lines (at 360 px and in print).
  const phone = await open(browser, { width: 360, height: 740 });
  await phone.goto(`file://${report}`);
  for (const media of ['screen', 'print']) {
    await phone.emulateMedia({ media });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the HTML report scrolls sideways by ${overflow}px at 360 px (${media})`);
    const broken = await phone.evaluate(() => [...document.querySelectorAll('td.num, th.num, .overall')].filter((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1 && !/\s/.test(e.textContent.trim().replace(/\u00a0/g, ''));
    }).map((e) => e.textContent));
    assert.deepEqual(broken, [], `numbers on one line (${media})`);
  }
  await phone.context().close();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the exported file passes napcheck validate', { skip: !process.env.NAPCHECK_BIN && 'NAPCHECK_BIN is not set (scripts/test sets it)' }, async () => {
  // A file with only valid links: the previous test's evidence holds "not a link" on purpose.
  const page = await open(browser);
  await load(page, 'en');
  await startAssessment(page);
  // One question at a time: answer three in turn, evidence on the first.
  await (await extra(page.locator('.criterion'))).getByLabel('Evidence links').fill('https://binagadi-ih.gov.az/');
  for (let i = 0; i < 3; i++) {
    const card = page.locator('.criterion');
    if (await card.locator('label.choice').count()) await card.locator('label.choice').first().click();
    else await card.locator('.observation input, .observation textarea').first().fill('1');
    await nextQuestion(page);
  }
  await page.getByRole('button', { name: 'Summary', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the assessment (JSON)' }).click(),
  ]);
  const file = path.join(artifacts, 'valid.json');
  await download.saveAs(file);
  const run = spawnSync(process.env.NAPCHECK_BIN, ['validate', file], { encoding: 'utf8' });
  assert.equal(run.status, 0, `napcheck validate failed:\n${run.stdout}\n${run.stderr}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
