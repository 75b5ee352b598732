// Checks that each size floor bench/web-size.sh measures really works, in
// Debian's headless chromium, served on loopback (not part of CI's tests):
//   node bench/floor-check.mjs checklist:DIR ... counter:DIR ...
// DIR holds the floor's index.html, its wasm-bindgen JS and wasm, and (for a
// checklist) catalogue/<slice>. A checklist must show its questions, change
// its score on the first question's "Bəli" and again on its "Xeyr", and
// leave the draft with that one "Xeyr" in localStorage, the same text for
// every checklist floor (serde_json's or the browser's JSON.stringify);
// a counter must count a click. Prints one line per
// floor and exits 1 if any fails or logs an error.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'tools/node/package.json'));
const { chromium } = require('playwright-core');

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

/** A static server of `dir` on 127.0.0.1, on a free port. */
function serve(dir) {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html'));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The score's text once it differs from `from`; throws after 5 s. */
async function scoreChanges(page, from) {
  await page.waitForFunction((f) => document.querySelector('#score')?.textContent !== f, from, { timeout: 5000 })
    .catch(() => { throw new Error(`the score stayed "${from}"`); });
  return page.locator('#score').textContent();
}

/** The drafts the checklist floors saved: one text for all. */
const drafts = new Set();

async function checkChecklist(page) {
  const first = page.locator('main li').first();
  await first.waitFor({ timeout: 15000 }).catch(() => { throw new Error('no question shown within 15 s'); });
  const questions = await page.locator('main li').count();
  const before = await page.locator('#score').textContent();
  await first.getByRole('button', { name: 'Bəli' }).click();
  const afterYes = await scoreChanges(page, before);
  await first.getByRole('button', { name: 'Xeyr' }).click();
  const afterNo = await scoreChanges(page, afterYes);
  const saved = await page.evaluate(() => localStorage.getItem('napcheck-floor'));
  drafts.add(saved);
  if (drafts.size > 1) throw new Error(`the saved draft differs from another floor's: ${saved}`);
  const draft = JSON.parse(saved ?? 'null');
  const answers = draft?.answers ?? [];
  if (answers.length !== 1 || answers[0].observation?.value !== false) {
    throw new Error(`the saved draft does not hold the one answer "Xeyr": ${JSON.stringify(answers)}`);
  }
  return `${questions} questions; score "${before}" -> "${afterYes}" (Bəli) -> "${afterNo}" (Xeyr on the same); draft saved`;
}

async function checkCounter(page) {
  const count = page.locator('main p');
  await count.waitFor({ timeout: 15000 }).catch(() => { throw new Error('no count shown within 15 s'); });
  const before = await count.textContent();
  await page.locator('main button').click();
  await page.waitForFunction((b) => document.querySelector('main p').textContent !== b, before, { timeout: 5000 });
  return `count "${before}" -> "${await count.textContent()}"`;
}

const floors = process.argv.slice(2).map((arg) => {
  const [kind, dir] = [arg.slice(0, arg.indexOf(':')), arg.slice(arg.indexOf(':') + 1)];
  if (!['checklist', 'counter'].includes(kind) || !dir) throw new Error(`usage: floor-check.mjs checklist:DIR|counter:DIR ... (got ${arg})`);
  return { kind, dir: path.resolve(dir) };
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
let failed = false;
for (const { kind, dir } of floors) {
  const server = await serve(dir);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const said = await (kind === 'checklist' ? checkChecklist(page) : checkCounter(page));
    if (errors.length) throw new Error(errors.join('; '));
    console.log(`works: ${path.basename(dir)}: ${said}`);
  } catch (e) {
    failed = true;
    console.log(`FAILS: ${path.basename(dir)}: ${e.message.split('\n')[0]}`);
  }
  await page.close();
  server.close();
}
await browser.close();
process.exit(failed ? 1 : 0);
