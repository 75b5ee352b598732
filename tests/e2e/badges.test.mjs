// `napcheck report --format badges` seen by the real thing: every badge of
// the 2018 dataset, in az, en and ru, opened in headless chromium; each text
// must fit inside its coloured segment (the CLI estimates widths, chromium
// measures them with the fonts it has), and the badge of a hostile name
// (crates/cli/tests/cmd/report_badges.in) runs nothing and makes no element
// from the name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, open, root } from './lib.mjs';

const bin = process.env.NAPCHECK_BIN;
const skip = bin ? false : 'NAPCHECK_BIN is not set (scripts/test sets it)';
let browser;
before(async () => { if (bin) browser = await launch(); });
after(async () => { await browser?.close(); });

function badges(lang, data) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'napcheck-badges-'));
  execFileSync(bin, ['report', '--format', 'badges', '--out', out, '--lang', lang,
    '--today', '2026-01-01', data], { stdio: ['ignore', 'ignore', 'pipe'] });
  const files = [];
  for (const set of fs.readdirSync(out)) {
    for (const f of fs.readdirSync(path.join(out, set))) files.push(path.join(out, set, f));
  }
  return files;
}

test('every badge text fits its segment, in az, en and ru', { skip }, async () => {
  const page = await open(browser);
  for (const lang of ['az', 'en', 'ru']) {
    const files = badges(lang, path.join(root, 'examples/monitoring-2018'));
    assert.equal(files.length, 103, `${lang}: one badge per body`);
    for (const file of files) {
      await page.goto(`file://${file}`);
      const overflow = await page.evaluate(() => {
        const rects = [...document.querySelectorAll('rect')];
        return [...document.querySelectorAll('text')].flatMap((t, i) => {
          const width = Number(rects[i].getAttribute('width'));
          const text = t.getComputedTextLength();
          return text + 4 > width ? [`${t.textContent}: ${text.toFixed(1)} px in ${width} px`] : [];
        });
      });
      assert.deepEqual(overflow, [], `${lang} ${path.basename(file)}`);
    }
  }
  await page.close();
});

test('a hostile name stays text in its badge', { skip }, async () => {
  const page = await open(browser);
  const files = badges('en', path.join(root, 'crates/cli/tests/cmd/report_badges.in/data'));
  const hostile = files.find((f) => path.basename(f).includes('script'));
  assert.ok(hostile, 'the hostile badge was written');
  await page.goto(`file://${hostile}`);
  const found = await page.evaluate(() => ({
    scripts: document.querySelectorAll('script').length,
    title: document.querySelector('title').textContent,
    texts: document.querySelectorAll('text').length,
  }));
  assert.equal(found.scripts, 0, 'a <script> was made from the name');
  assert.equal(found.texts, 4, 'the name closed a <text> element');
  assert.match(found.title, /<\/text><script>alert\('x'\)<\/script> & "co"/);
  await page.close();
});
