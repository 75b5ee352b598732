// The HTML report of a campaign with bodies' replies and probe drafts
// (crates/cli/tests/cmd/fixtures/reply), during its comment period, in
// headless Chromium at 360 px: in az, en and ru it says it is provisional,
// shows the contested ratings with the replies and the corrected one, and
// the agreement with the probe; nothing scrolls sideways and axe finds
// nothing; and two rounds with their own round.json, each round's
// standing stated. Needs NAPCHECK_BIN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, axe, artifacts, root } from './lib.mjs';

const bin = process.env.NAPCHECK_BIN;
const dataset = path.join(root, 'crates/cli/tests/cmd/fixtures/reply');

const expected = {
  az: ['İlkin hesabat: şərhlər 2026-01-15 tarixinədək açıqdır', 'qiymət düzəldilib', 'napcheck probe ilə razılaşması'],
  en: ['Provisional, comments open until 2026-01-15', 'rating corrected', 'agreed with napcheck probe'],
  ru: ['Предварительный отчёт, комментарии принимаются до 2026-01-15', 'оценка исправлена', 'соглашались с napcheck probe'],
};

test('a provisional report with replies reads on a phone and passes axe', { skip: !bin && 'NAPCHECK_BIN is not set' }, async () => {
  const browser = await launch();
  try {
    for (const lang of ['az', 'en', 'ru']) {
      const html = execFileSync(bin, ['report', dataset, '--format', 'html', '--lang', lang, '--today', '2026-01-01', '--comment-period', '2025-12-01..2026-01-15']);
      const file = path.join(artifacts, `report-reply-${lang}.html`);
      fs.writeFileSync(file, html);
      const page = await open(browser, { width: 360, height: 800 });
      await page.goto(`file://${file}`);
      const text = await page.evaluate(() => document.body.innerText);
      for (const words of expected[lang]) assert.ok(text.includes(words), `${lang}: "${words}" missing`);
      const tables = await page.locator('table').count();
      assert.ok(tables >= 6, `${lang}: ${tables} tables`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${lang}: scrolls sideways by ${overflow}px at 360px`);
      assert.deepEqual(await axe(page), [], `${lang}: axe violations`);
      await page.screenshot({ path: path.join(artifacts, `report-reply-${lang}-360.png`), fullPage: true });
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  } finally {
    await browser.close();
  }
});

// Two rounds, each with its own manifest (round.json: its name and comment
// period), compared: the page states each round's standing (2024 final,
// 2025 provisional) from the data alone, with no --comment-period.
const manifests = ['earlier', 'current'].map((r) => path.join(root, 'crates/cli/tests/cmd/fixtures/round', r));
const standings = {
  az: ['2024: Yekun hesabat: şərh dövrü (2024-12-01..2024-12-31) başa çatıb.', '2025: İlkin hesabat: şərhlər 2026-01-15 tarixinədək açıqdır'],
  en: ['2024: Final: the comment period (2024-12-01..2024-12-31) has ended.', '2025: Provisional, comments open until 2026-01-15'],
  ru: ['2024: Окончательный отчёт: период комментариев (2024-12-01..2024-12-31) завершён.', '2025: Предварительный отчёт, комментарии принимаются до 2026-01-15'],
};

test('rounds with their own round.json state each standing on a phone and pass axe', { skip: !bin && 'NAPCHECK_BIN is not set' }, async () => {
  const browser = await launch();
  try {
    for (const lang of ['az', 'en', 'ru']) {
      const html = execFileSync(bin, ['report', '--rounds', ...manifests, '--format', 'html', '--lang', lang, '--today', '2026-01-01']);
      const file = path.join(artifacts, `report-rounds-manifest-${lang}.html`);
      fs.mkdirSync(artifacts, { recursive: true });
      fs.writeFileSync(file, html);
      const page = await open(browser, { width: 360, height: 800 });
      await page.goto(`file://${file}`);
      const lines = await page.locator('p.standing').allInnerTexts();
      assert.equal(lines.length, 2, `${lang}: ${lines.length} standing lines`);
      standings[lang].forEach((words, i) => assert.ok(lines[i].includes(words), `${lang}: "${words}" not in "${lines[i]}"`));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${lang}: scrolls sideways by ${overflow}px at 360px`);
      assert.deepEqual(await axe(page), [], `${lang}: axe violations`);
      await page.screenshot({ path: path.join(artifacts, `report-rounds-manifest-${lang}-360.png`), fullPage: true });
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  } finally {
    await browser.close();
  }
});
