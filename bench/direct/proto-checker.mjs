// The direct layer with the on-demand checker back (branch
// proto/direct-checker) against the Yew app (/work/main/dist): an import
// checked (valid, broken, without a worker), and the offer to carry a draft
// to a newer set (as tests/e2e/migration.test.mjs: an imported 2016-2018
// file declined and accepted, a reopened draft offered once idle, a saved
// draft on an older version). The same scenarios in both, the DOM of the
// notices, the import section and the offer compared, screenshots at 360 px
// in /tmp/tr. Usage: node bench/direct/proto-checker.mjs <direct dist>
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, axePath, words, setLang } from '../../tests/e2e/lib.mjs';
process.env.NAPCHECK_BIN ??= '/work/main/target/release/napcheck';
const { startServe } = await import('/work/main/tests/e2e/serve.mjs');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const VALID = path.join(root, 'tests/fixtures/assessments/valid/site-down-khankendi.json');
const BROKEN = path.join(root, 'tests/fixtures/assessments/invalid/answers-wrong.json');
const GANJA = path.join(root, 'examples/monitoring-2018/local/02-ganja-lec.json');
const PHONE = { width: 360, height: 740 };
fs.mkdirSync('/tmp/tr', { recursive: true });
const browser = await launch();

// An element's subtree, attributes sorted, without data-do/-c/-v.
const serial = (page, selector) => page.evaluate((selector) => {
  const root = document.querySelector(selector);
  if (!root) return '(none)';
  const out = [];
  const walk = (n, depth) => {
    if (n.nodeType === 3) { if (n.textContent) out.push(' '.repeat(depth) + JSON.stringify(n.textContent)); return; }
    if (n.nodeType !== 1) return;
    const attrs = [...n.attributes].filter((a) => !/^data-(do|c|v)$/.test(a.name) && a.name !== 'value' && !(a.name === 'style' && a.value === '')).map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
    out.push(' '.repeat(depth) + `<${n.tagName.toLowerCase()} ${attrs.join(' ')}>`);
    for (const c of n.childNodes) walk(c, depth + 1);
  };
  walk(root, 0);
  return out.join('\n').replace(/d[0-9a-f]{15}/g, 'ID');
}, selector);
const stored = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage)
  .filter((k) => k.startsWith('napcheck:v1:draft:'))
  .map((k) => [k.slice('napcheck:v1:draft:'.length), JSON.parse(localStorage.getItem(k))])));
// axe-core's violations (evaluated, not added as a script: the server's CSP).
const axeSource = fs.readFileSync(axePath, 'utf8');
const axe = async (page) => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
};
const until = (p, ms = 10000) => p.then(() => true, () => false);

const run = async (name, dist) => {
  const server = await startServe([], { dist });
  const r = {};
  const log = (...a) => console.log(`[${name}]`, ...a);
  const load = async (page, lang) => {
    await page.goto(server.url);
    await page.locator('main h1').waitFor();
    if (lang) await setLang(page, lang);
  };

  // 1. A valid file (the checker held 1 s: "being checked" seen), a broken
  // file, and an import where no worker starts (the page runs the checker).
  {
    const page = await open(browser, PHONE);
    await page.context().route(/napcheck_web_checks|checker-worker/, async (route) => { await new Promise((r) => setTimeout(r, 1000)); await route.continue(); });
    await load(page);
    await page.setInputFiles('#import-file', VALID);
    const checking = await until(page.locator('#import-checking').waitFor({ timeout: 1000 }));
    r.checking = await serial(page, '#import-checking');
    const opened = await until(page.locator('article.criterion').waitFor({ timeout: 10000 }));
    r.importedNotices = await serial(page, '.notices');
    log('valid file: "being checked" seen', checking, '| checklist', opened, '| h1', JSON.stringify(await page.locator('main h1').textContent()), '| notices', JSON.stringify(await page.locator('.notices').innerText()));
    const drafts = Object.values(await stored(page));
    log('valid file: stored drafts', drafts.length, 'site', JSON.stringify(drafts[0]?.site?.name), 'set', drafts[0]?.set?.id, 'answers', Object.keys(drafts[0]?.answers ?? {}).length);
    await page.screenshot({ path: `/tmp/tr/checker-${name}-imported.png`, fullPage: true });
    await page.locator('header nav button.nav').first().click();
    await page.locator('#import-file').waitFor();
    await page.setInputFiles('#import-file', BROKEN);
    const refused = await until(page.locator('#import-findings').waitFor({ timeout: 10000 }));
    r.refused = await serial(page, 'section[aria-labelledby=import-h]');
    log('broken file: refused', refused, '| findings', await page.locator('#import-findings li').count(), JSON.stringify((await page.locator('#import-findings').innerText().catch(() => '')).slice(0, 300)));
    log('broken file: drafts still', Object.keys(await stored(page)).length);
    await page.screenshot({ path: `/tmp/tr/checker-${name}-refused.png`, fullPage: true });
    await page.locator('#import-findings button').click();
    await page.waitForTimeout(100);
    log('refusal dismissed: #import-findings', await page.locator('#import-findings').count());
    for (const file of ['shape/syntax-error.json', 'invalid/dates-wrong.json']) {
      await page.setInputFiles('#import-file', path.join(root, 'tests/fixtures/assessments', file));
      const seen = await until(page.locator('#import-findings').waitFor({ timeout: 10000 }));
      r[`refused ${file}`] = await serial(page, '#import-findings');
      log(`${file}: refused`, seen, '| findings', await page.locator('#import-findings li').count(), JSON.stringify((await page.locator('#import-findings').innerText().catch(() => '')).slice(0, 240)), '| drafts', Object.keys(await stored(page)).length);
      await page.locator('#import-findings button').click();
      await page.locator('#import-findings').waitFor({ state: 'detached', timeout: 2000 }).catch(() => {});
    }
    log('errors', JSON.stringify(page.errors));
    await page.context().close();

    const fresh = await open(browser, PHONE);
    await fresh.context().route('**/checker-worker.js', (route) => route.abort());
    await load(fresh, 'en');
    await fresh.setInputFiles('#import-file', VALID);
    const ok = await until(fresh.locator('article.criterion').waitFor({ timeout: 10000 }));
    log('no worker: checklist', ok, '| notices', JSON.stringify(await fresh.locator('.notices').innerText()), '| errors but the refused worker', JSON.stringify(fresh.errors.filter((e) => !e.endsWith('/checker-worker.js'))));
    await fresh.context().close();
  }

  // 2. An imported 2016-2018 file is offered 2020-2022; declined, not asked again.
  for (const lang of ['az', 'ru']) {
    const page = await open(browser, PHONE);
    const w = words(lang);
    await load(page, lang === 'az' ? undefined : lang);
    await page.setInputFiles('#import-file', { name: 'ganja.json', mimeType: 'application/json', buffer: fs.readFileSync(GANJA) });
    await page.locator('article.criterion').waitFor();
    const offered = await until(page.locator('section.migration').waitFor({ timeout: 15000 }));
    const below = await page.evaluate(() => {
      const q = document.querySelector('article.criterion'), o = document.querySelector('section.migration');
      return Boolean(q && o && (q.compareDocumentPosition(o) & Node.DOCUMENT_POSITION_FOLLOWING));
    });
    r[`offer-${lang}`] = await serial(page, 'section.migration');
    const moved = await page.locator('section.migration details.migration-moves li').count();
    const kept = await page.locator('section.migration details.migration-stays li').count();
    await page.locator('section.migration details summary').first().click();
    if (kept) await page.locator('section.migration details.migration-stays summary').click();
    // Another change redraws the page (the import's notice dismissed): the
    // details stay open.
    const openBefore = await page.locator('section.migration details[open]').count();
    await page.locator('.notices .notice.ok button').click();
    await page.waitForTimeout(200);
    const openAfter = `${openBefore} -> ${await page.locator('section.migration details[open]').count()} (notices ${await page.locator('.notices .notice').count()})`;
    const reasons = await page.locator('section.migration details.migration-stays li').allTextContents();
    log(`import ${lang}: offer`, offered, '| below the question', below, '| moved', moved, 'kept', kept, '| details open after a redraw', openAfter, '| reasons ok', reasons.length > 0 && reasons.every((x) => x.includes(': ') && x.length > 20));
    log(`import ${lang}: axe`, JSON.stringify(await axe(page)), '| sideways scroll', await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth));
    await page.screenshot({ path: `/tmp/tr/checker-${name}-offer-${lang}.png`, fullPage: true });
    const [before] = Object.values(await stored(page));
    if (lang === 'az') {
      await page.getByRole('button', { name: w['migration.decline'] }).click();
      const gone = await until(page.locator('section.migration').waitFor({ state: 'detached', timeout: 3000 }));
      const [after] = Object.values(await stored(page));
      log('decline: offer gone', gone, '| set', before?.set?.id, '->', after?.set?.id, '| same answers', JSON.stringify(Object.keys(after?.answers ?? {})) === JSON.stringify(Object.keys(before?.answers ?? {})));
      await page.reload();
      await page.locator('article.criterion').waitFor();
      await page.waitForTimeout(3000);
      log('decline: after reload, offers', await page.locator('section.migration').count());
    } else {
      await page.getByRole('button', { name: w['migration.accept'] }).click();
      const gone = await until(page.locator('section.migration').waitFor({ state: 'detached', timeout: 3000 }));
      const [after] = Object.values(await stored(page));
      log('accept: offer gone', gone, '| same id', after?.id === before?.id, '| set', before?.set?.id, '->', after?.set?.id, '| answers', Object.keys(after?.answers ?? {}).length, '(moved', moved + ') | not_migrated', after?.migration?.not_migrated?.length, '(kept', kept + ') | from', after?.migration?.from?.id);
      log('accept: axe', JSON.stringify(await axe(page)), '| h2', JSON.stringify(await page.locator('article.criterion h2').first().textContent()));
      await page.screenshot({ path: `/tmp/tr/checker-${name}-accepted-${lang}.png`, fullPage: true });
    }
    log('checker worker', page.workers().some((x) => x.url().endsWith('/checker-worker.js')), '| errors', JSON.stringify(page.errors));
    await page.context().close();
  }

  // 3. A reopened 2016-2018 draft (en): nothing of the offer fetched before
  // the first checklist; the offer once idle; offline, from the service
  // worker's copies, made again.
  {
    const page = await open(browser, { ...PHONE, serviceWorkers: 'allow' });
    const context = page.context();
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('article.criterion')) return;
        window.__firstChecklist = performance.timeOrigin + performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await load(page, 'en');
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await page.locator('#url').fill('https://binagadi-ih.gov.az');
    await page.locator('#name').fill('Binagadi test');
    await page.getByRole('button', { name: 'Go to the checklist' }).click();
    await page.locator('.criterion').first().waitFor();
    await page.locator('.criterion:has(input[type=radio]) label.choice').first().click();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 }).catch(() => {});
    const requests = [];
    context.on('requestfinished', (q) => requests.push({ path: new URL(q.url()).pathname, start: q.timing().startTime }));
    await page.reload();
    await page.locator('article.criterion').waitFor();
    const offered = await until(page.locator('section.migration').waitFor({ timeout: 15000 }));
    const at = await page.evaluate(() => window.__firstChecklist);
    const parts = /crosswalks\.|az-nap-2020-2022|napcheck_web_checks|checker-worker\.js|split_|chunk_/;
    const early = requests.filter((q) => parts.test(q.path) && q.start <= at).map((q) => q.path);
    const late = requests.filter((q) => parts.test(q.path) && q.start > at).map((q) => q.path);
    r.reopened = await serial(page, 'section.migration');
    log('reopened: offer', offered, '| moved+kept', await page.locator('section.migration details li').count(), '| fetched before the first checklist', JSON.stringify(early), '| after', JSON.stringify(late));
    log('reopened: checker worker', page.workers().some((x) => x.url().endsWith('/checker-worker.js')));
    await page.screenshot({ path: `/tmp/tr/checker-${name}-reopened-en.png`, fullPage: true });
    await context.setOffline(true);
    await page.reload();
    await page.locator('article.criterion').waitFor();
    log('reopened offline: offer', await until(page.locator('section.migration').waitFor({ timeout: 15000 })), '| errors', JSON.stringify(page.errors));
    await context.close();
  }

  // 4. A saved draft on an older version of the same set, resumed (az).
  {
    const set = JSON.parse(fs.readFileSync(path.join(dist, 'catalogue/az-nap-2020-2022.en.json'), 'utf8'));
    const yesNo = set.criteria.find((c) => c.observation.type === 'yes_no' && !c.relevant_when && c.applies_to.kinds?.includes('local_executive'));
    const draft = {
      id: 'old1', revision: 3,
      set: { id: 'az-nap-2020-2022', version: '1.0.0' },
      site: { url: 'https://ganja-ih.gov.az', name: 'Gəncə', body_kind: 'local_executive' },
      checked_on: '2022-05-10',
      answers: { [yesNo.id]: { observation: { type: 'yes_no', value: true }, changed: 2 } },
      details_changed: 1,
    };
    const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
    await context.addInitScript((d) => {
      if (!localStorage.getItem(`napcheck:v1:draft:${d.id}`)) localStorage.setItem(`napcheck:v1:draft:${d.id}`, JSON.stringify(d));
    }, draft);
    const page = await open(browser, { context });
    const w = words('az');
    await load(page);
    await page.getByRole('button', { name: w['home.resume'] }).click();
    const offered = await until(page.locator('section.migration').waitFor({ timeout: 15000 }));
    r.version = await serial(page, 'section.migration');
    const counts = [await page.locator('section.migration details.migration-moves li').count(), await page.locator('section.migration details.migration-stays li').count()];
    const beforeVersion = (await stored(page)).old1?.set?.version;
    await page.getByRole('button', { name: w['migration.accept'] }).click();
    await until(page.locator('section.migration').waitFor({ state: 'detached', timeout: 3000 }));
    const after = (await stored(page)).old1;
    log('older version: offer', offered, '| [moved, kept]', JSON.stringify(counts), '| version', beforeVersion, '->', after?.set?.version, '| answer kept', after?.answers?.[yesNo.id]?.observation?.value, '| errors', JSON.stringify(page.errors));
    await context.close();
  }
  // 5. The offer's chunk not fetched: said with "Try again", which loads it.
  {
    const page = await open(browser, PHONE);
    const refuse = (route) => route.abort();
    await page.context().route(/split_offer\.wasm/, refuse);
    await load(page);
    await page.setInputFiles('#import-file', { name: 'ganja.json', mimeType: 'application/json', buffer: fs.readFileSync(GANJA) });
    await page.locator('article.criterion').waitFor();
    const failed = await until(page.locator('.lazy-failed').waitFor({ timeout: 15000 }));
    r.chunkFailed = await serial(page, '.lazy-failed');
    await page.context().unroute(/split_offer\.wasm/, refuse);
    await page.locator('.lazy-failed button').click().catch(() => {});
    const offered = await until(page.locator('section.migration').waitFor({ timeout: 10000 }));
    log('offer chunk refused: alert', failed, '| after "Try again": offer', offered, '| alert left', await page.locator('.lazy-failed').count(), '| errors', JSON.stringify(page.errors.map((e) => e.replace(/http:\/\/[^/]+/, ''))));
    await page.context().close();
  }
  await server.stop();
  return r;
};

const direct = await run('direct', process.argv[2] ?? '/work/proto-checker/dist');
const yew = await run('yew', '/work/main/dist');
for (const k of Object.keys(yew)) {
  const [a, b] = [yew[k], direct[k] ?? '(missing)'];
  console.log('DOM', k, a === b ? 'same' : 'DIFFERENT', a.length, b.length);
  if (a !== b) {
    const al = a.split('\n'), bl = b.split('\n');
    for (let i = 0, n = 0; i < Math.max(al.length, bl.length) && n < 12; i++) if (al[i] !== bl[i]) { n++; console.log('  yew   :', al[i]?.slice(0, 220)); console.log('  direct:', bl[i]?.slice(0, 220)); }
  }
}
await browser.close();
