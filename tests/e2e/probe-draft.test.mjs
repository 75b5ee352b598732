// A draft written by `napcheck probe --draft` (issue 18, "Hints are not
// answers"), imported on a 360x740 phone: each suggestion is shown as
// suggested by the probe, with what it found, and is not rated; "Next
// unanswered" stops at it; one is confirmed, another changed, and only those
// two count (progress, score, summary); the export keeps the marker on the
// rest; axe clean; screenshots in az and ru.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { launch, open, load, axe, artifacts, words, root } from './lib.mjs';

const PHONE = { width: 360, height: 740 };
const fixture = path.join(root, 'tests/fixtures/web/probe-draft.json');
const suggestedIds = JSON.parse(fs.readFileSync(fixture, 'utf8')).answers.map((a) => a.criterion);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function questionId(page) {
  const label = await page.locator('article.criterion').getAttribute('aria-labelledby');
  return label.replace(/^t-/, '');
}

/** Presses "Next unanswered" and waits for another question (or the summary). */
async function nextUnanswered(page, w) {
  const before = await questionId(page);
  await page.getByRole('button', { name: w['checklist.next_unanswered'] }).click();
  await page.waitForFunction((id) => !document.querySelector(`article[aria-labelledby="t-${id}"]`), before);
  await page.locator('article.criterion').waitFor();
  return questionId(page);
}

for (const lang of ['az', 'ru']) {
  test(`${lang}: a probe draft's suggestions wait for the citizen; only confirmed or changed answers count`, async () => {
    const page = await open(browser, PHONE);
    const w = words(lang);
    await load(page, lang);
    await page.setInputFiles('#import-file', fixture);
    await page.locator('article.criterion').waitFor();

    // The first question is the first suggestion, shown as such and unrated.
    assert.equal(await questionId(page), '1.1.eservices.section');
    const card = page.locator('article.criterion');
    const suggestion = card.locator('.suggestion');
    assert.equal(await suggestion.locator('h3').textContent(), w['suggestion.title']);
    assert.match(await suggestion.textContent(), /Elektron xidmətlər/, 'the probe\'s note');
    assert.equal(await suggestion.locator('a').getAttribute('href'), 'http://shirvan-ih.gov.az/page/29.html');
    assert.equal(await card.locator('.badge.rated').count(), 0, 'a suggestion is not rated');
    assert.equal(await card.locator('input[type=radio]:checked').count(), 1, 'the suggested answer is preselected');
    const progress = (answered) => w['progress.answered'].replace('{answered}', answered).replace(/\{applicable\}/, '\\d+');
    assert.match(await page.locator('#progress-text').textContent(), new RegExp(progress(0)));
    assert.deepEqual(await axe(page), []);
    await suggestion.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifacts, `probe-${lang}-suggestion.png`) });

    // Confirm it: rated at once, the notice gone, counted.
    await suggestion.getByRole('button', { name: w['suggestion.confirm'] }).click();
    await card.locator('.badge.rated').waitFor();
    assert.equal(await card.locator('.suggestion').count(), 0);
    assert.match(await page.locator('#progress-text').textContent(), new RegExp(progress(1)));

    // "Next unanswered" stops at every other suggestion on its way to 2.4.mobile.
    const seen = [];
    for (let i = 0; i < 80 && seen.at(-1) !== '2.4.mobile'; i++) seen.push(await nextUnanswered(page, w));
    assert.equal(seen.at(-1), '2.4.mobile');
    for (const id of ['1.1.eappeal', '2.4.site_reachable']) assert.ok(seen.includes(id), `stopped at the suggested ${id}: ${seen}`);

    // Change the suggested "yes" to "no": the marker goes, the answer is rated.
    assert.equal(await card.locator('.suggestion').count(), 1);
    await card.locator('label.choice').filter({ hasText: new RegExp(`^\\s*${w['answer.no']}\\s*$`) }).click();
    await card.locator('.badge.rated').waitFor();
    assert.equal(await card.locator('.suggestion').count(), 0);
    assert.match(await page.locator('#progress-text').textContent(), new RegExp(progress(2)));
    assert.deepEqual(await axe(page), []);

    // The summary: two answered, three suggestions unconfirmed, and the
    // score is the one of the two answers (the export's declared result,
    // computed by the core, matches what is shown).
    await page.getByRole('button', { name: w['checklist.to_report'] }).first().click();
    await page.locator('#report-overall').waitFor();
    const unconfirmed = suggestedIds.length - 2;
    assert.equal(await page.locator('#unconfirmed').textContent(),
      w['report.unconfirmed'].replace('{count}', String(unconfirmed)));
    assert.match(await page.locator('.facts').textContent(), new RegExp(progress(2)));
    assert.deepEqual(await axe(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the summary scrolls sideways by ${overflow}px`);
    await page.locator('#unconfirmed').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifacts, `probe-${lang}-summary.png`) });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: w['report.download_json'] }).click(),
    ]);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    const marked = exported.answers.filter((a) => a.suggested_by === 'probe').map((a) => a.criterion);
    assert.deepEqual(marked, suggestedIds.filter((id) => !['1.1.eservices.section', '2.4.mobile'].includes(id)));
    const own = exported.answers.filter((a) => !a.suggested_by);
    assert.deepEqual(own.map((a) => [a.criterion, a.observation.value]), [['1.1.eservices.section', true], ['2.4.mobile', false]]);
    assert.ok(exported.result.overall > 0, 'the two answers are scored');
    assert.equal(await page.locator('#report-overall').textContent(), `${Math.round(exported.result.overall)}%`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
