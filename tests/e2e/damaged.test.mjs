// Damaged text the widget reads through the browser's JSON.parse
// (crates/web/src/json.rs): drafts in storage that are not JSON, not a
// draft or a draft with more after it are refused, said in the citizen's
// language and backed up, the rest kept; a draft after a byte order mark is
// read, as the core's readers read it; a catalogue slice that is not JSON
// or not a set is refused and said (with "Try again"), not cached, the
// answers kept, and a good copy loads. The texts are tests/fixtures/web/damaged.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, load, setLang, startAssessment, extra, words, root } from './lib.mjs';

const damaged = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/web/damaged.json'), 'utf8'));
const langs = ['az', 'en', 'ru'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** `template`'s words before its first placeholder. */
const lead = (template) => template.split('{')[0];

for (const lang of langs) {
  test(`damaged drafts in storage are said (${lang}), backed up, and the rest opens`, async () => {
    const page = await open(browser, { width: lang === 'en' ? 1280 : 360 });
    await load(page, 'en');
    await startAssessment(page, { name: 'Kept draft' });
    await setLang(page, lang);
    // The new language's slice is fetched now: a reload would cut it short.
    await page.waitForLoadState('networkidle');
    await page.evaluate(({ drafts, kept }) => {
      for (const d of [...drafts, kept]) localStorage.setItem(`napcheck:v1:draft:${d.id}`, d.text);
    }, damaged);
    await page.reload();
    const alert = page.locator('.notice[role=alert]');
    await alert.waitFor();
    const said = await alert.textContent();
    assert.ok(said.includes(lead(words(lang)['storage.corrupted'])), said);
    for (const d of damaged.drafts) {
      assert.ok(said.includes(`napcheck:v1:backup:${d.id}`), `${d.why}: ${said}`);
      const backup = await page.evaluate((id) => localStorage.getItem(`napcheck:v1:backup:${id}`), d.id);
      assert.equal(backup, d.text, d.why);
    }
    assert.ok(!said.includes(damaged.kept.id), `${damaged.kept.why}: ${said}`);
    await page.getByRole('button', { name: words(lang)['nav.home'] }).click();
    const list = await page.locator('.drafts').textContent();
    assert.match(list, /Kept draft/);
    assert.match(list, new RegExp(damaged.kept.text.match(/"name": "([^"]+)"/)[1]));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

langs.forEach((lang, i) => {
  const slice = damaged.slices[i % damaged.slices.length];
  test(`a damaged criteria slice (${slice.why}) is said (${lang}), not cached; answers kept; a good copy loads`, async () => {
    const page = await open(browser);
    await load(page, 'en');
    await startAssessment(page, { name: 'Slice' });
    await (await extra(page.locator('.criterion').first())).getByLabel('Note').fill('kept while damaged');
    await setLang(page, lang);
    // Its slice arrives and is cached now: only then is the cache emptied.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => Object.keys(localStorage)
      .filter((k) => k.startsWith('napcheck:v1:cache:catalogue/'))
      .forEach((k) => localStorage.removeItem(k)));
    await page.route('**/catalogue/az-nap-*.json', (route) => route.fulfill({
      status: 200, contentType: 'application/json', body: slice.text,
    }));
    await page.reload();
    const alert = page.locator('[role=alert]', { hasText: words(lang)['loading.failed'] });
    await alert.waitFor();
    assert.equal(await page.locator('.criterion').count(), 0);
    // A refused slice is not kept as the offline copy.
    const cached = await page.evaluate(() => Object.keys(localStorage)
      .filter((k) => k.startsWith('napcheck:v1:cache:catalogue/az-nap-')));
    assert.deepEqual(cached, []);
    assert.equal(await alert.getByRole('button', { name: words(lang)['loading.retry'] }).count(), 1);
    // The good copy, on a reload (the retry itself is catalogue.test.mjs's:
    // here any later fetch may already have brought it).
    await page.waitForLoadState('networkidle');
    await page.unroute('**/catalogue/az-nap-*.json');
    await page.reload();
    await page.locator('.criterion').first().waitFor();
    assert.equal(await page.locator('.criterion').first().getByLabel(words(lang)['criterion.note']).inputValue(), 'kept while damaged');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
