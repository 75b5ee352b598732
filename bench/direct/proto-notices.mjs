// The direct notices/update/import prototype (branch proto/direct-notices)
// against the Yew app (/work/main/dist): the same scenarios in both, the DOM
// of each notice compared, screenshots at 360 px.
import { chromium } from '/work/main/tools/node/node_modules/playwright-core/index.mjs';
import fs from 'node:fs';
process.env.NAPCHECK_BIN ??= '/work/main/target/release/napcheck';
const { startServe } = await import('/work/main/tests/e2e/serve.mjs');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking','--disable-component-update'] });
const fixture = '/work/proto-notices/tests/fixtures/assessments/valid/site-down-khankendi.json';
// An element's subtree, attributes sorted, without data-do/-c/-v, nor the
// empty style attribute Playwright's screenshots leave on an element that
// Yew keeps from one render to the next.
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
// What sits between the header and main.
const between = (page) => page.evaluate(() => [...document.querySelector('.app').children].map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className.replace(/ /g, '.') : '')).join(' > '));

const run = async (name, dist) => {
  const server = await startServe([], { dist });
  const r = {};
  const log = (...a) => console.log(`[${name}]`, ...a);
  const newPage = async (context) => {
    const page = await context.newPage();
    page.errors = [];
    page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
    page.on('pageerror', (e) => page.errors.push(String(e)));
    return page;
  };
  const begin = async (page, site) => {
    await page.goto(server.url);
    await page.locator('main h1').waitFor();
    await page.waitForFunction(() => !document.querySelector('main button.primary').disabled);
    await page.locator('main button.primary').first().click();
    await page.locator('#url').fill('https://binagadi-ih.gov.az');
    await page.locator('#name').fill(site);
    await page.waitForTimeout(200);
    await page.locator('main button.primary').last().click();
    await page.locator('.criterion').first().waitFor();
  };
  const home = async (page) => { await page.locator('header nav button.nav').first().click(); await page.locator('main h1').waitFor(); };

  // 1. Delete a draft and undo.
  {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block', acceptDownloads: true });
    // The checker held 1.5 s: the Yew app's "being checked" seen too.
    await context.route(/checker/, async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue(); });
    const page = await newPage(context);
    await begin(page, 'Binəqədi');
    await home(page);
    await page.locator('.card').first().waitFor();
    r.layoutHome = await between(page);
    await page.locator('.card .actions button.danger').first().click();
    await page.locator('.notices .notice').first().waitFor();
    r.deleted = await serial(page, '.notices');
    log('delete: cards', await page.locator('.card').count(), 'notice', JSON.stringify(await page.locator('.notices').innerText()));
    await page.screenshot({ path: `/tmp/tr/notices-${name}-deleted.png`, fullPage: true });
    await page.locator('.notices .notice button').first().click();
    await page.waitForTimeout(200);
    log('undo: cards', await page.locator('.card').count(), 'notices', await page.locator('.notices .notice').count(), 'stored drafts', await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('napcheck:v1:draft:')).length));
    await page.locator('.card .actions button.danger').first().click();
    await page.locator('.notices .notice').first().waitFor();
    await page.locator('.notices .notice button').nth(1).click();
    await page.waitForTimeout(200);
    log('delete then dismiss: cards', await page.locator('.card').count(), 'notices', await page.locator('.notices .notice').count());

    // 2. Import: the section, a too-large file, a valid file, a drop.
    r.importSection = await serial(page, 'section[aria-labelledby=import-h]');
    await page.setInputFiles('#import-file', { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024, ' ') });
    await page.locator('#import-findings').waitFor();
    r.tooLarge = await serial(page, 'section[aria-labelledby=import-h]');
    log('too large:', JSON.stringify(await page.locator('#import-findings').innerText()));
    await page.locator('#import-findings button').click();
    await page.waitForTimeout(100);
    log('dismissed: #import-findings', await page.locator('#import-findings').count());
    await page.setInputFiles('#import-file', fixture);
    await page.locator('#import-checking').waitFor({ timeout: 1000 }).catch(() => {});
    r.checking = await serial(page, '#import-checking');
    await page.waitForTimeout(3000);
    r.importView = JSON.stringify(await page.locator('main h1').textContent());
    r.imported = await serial(page, '.notices');
    log('valid file after 3 s: h1', r.importView, '| #import-checking', await page.locator('#import-checking').count(), JSON.stringify(await page.locator('#import-checking').textContent().catch(() => null)), '| notices', JSON.stringify(await page.locator('.notices').innerText()));
    await page.screenshot({ path: `/tmp/tr/notices-${name}-import.png`, fullPage: true });
    // Drag and drop (on the start page).
    await home(page);
    const dt = await page.evaluateHandle(() => { const d = new DataTransfer(); d.items.add(new File(['{ "broken": '], 'dropped.json', { type: 'application/json' })); return d; });
    await page.dispatchEvent('.dropzone', 'dragover', { dataTransfer: dt });
    log('dragover: dropzone class', JSON.stringify(await page.locator('.dropzone').getAttribute('class')));
    await page.dispatchEvent('.dropzone', 'drop', { dataTransfer: dt });
    await page.waitForTimeout(1500);
    log('drop: dropzone class', JSON.stringify(await page.locator('.dropzone').getAttribute('class')), '| checking', JSON.stringify(await page.locator('#import-checking').textContent().catch(() => null)), '| findings', JSON.stringify(await page.locator('#import-findings').textContent().catch(() => null)));
    log('errors', JSON.stringify(page.errors));
    await context.close();
  }

  // 3. Two tabs: the same answer changed in both (B misses A's save).
  {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
    await context.addInitScript(() => window.addEventListener('storage', (e) => { if (window.__blockStorage) e.stopImmediatePropagation(); }, true));
    const a = await newPage(context);
    await begin(a, 'Xankəndi');
    const b = await newPage(context);
    await b.goto(a.url());
    await b.locator('article.criterion').waitFor();
    await b.evaluate(() => { window.__blockStorage = true; });
    await a.locator('article.criterion label.choice').nth(1).click();
    await a.waitForTimeout(200);
    await b.locator('article.criterion button.toggle').nth(1).click();
    const clashes = b.locator('#clashes');
    await clashes.waitFor({ timeout: 5000 }).catch(() => {});
    log('two tabs: B #clashes', await clashes.count(), JSON.stringify(await clashes.innerText().catch(() => null)));
    r.clashes = await serial(b, '.notices');
    r.layoutClash = await between(b);
    await b.screenshot({ path: `/tmp/tr/notices-${name}-clash.png`, fullPage: true });
    if (await clashes.count()) {
      await clashes.locator('button').nth(1).click(); // take theirs
      await clashes.waitFor({ state: 'detached', timeout: 3000 }).catch(() => {});
      log('load theirs: #clashes', await clashes.count(), 'B radios checked', JSON.stringify(await b.locator('article.criterion input[type=radio]').evaluateAll((r) => r.map((x) => x.checked))), 'B toggles pressed', await b.locator('article.criterion button.toggle[aria-pressed=true]').count());
    }
    // A second tab's change without a clash: merged in silence.
    await b.evaluate(() => { window.__blockStorage = false; });
    await a.locator('article.criterion label.choice').nth(0).click();
    await b.waitForTimeout(500);
    log('A answers again: B radios', JSON.stringify(await b.locator('article.criterion input[type=radio]').evaluateAll((r) => r.map((x) => x.checked))), 'B notices', await b.locator('.notices .notice').count());
    log('errors A', JSON.stringify(a.errors), 'B', JSON.stringify(b.errors));
    await context.close();
  }

  // 4. Storage full (as storage.test.mjs), and the update banner.
  {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block', acceptDownloads: true });
    await context.addInitScript(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key.startsWith('napcheck:v1:draft:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.call(this, key, value);
      };
    });
    const page = await newPage(context);
    await begin(page, 'Full');
    const alert = page.locator('.notices .notice.error');
    await alert.waitFor({ timeout: 5000 }).catch(() => {});
    log('storage full: notice', JSON.stringify(await alert.innerText().catch(() => null)));
    r.full = await serial(page, '.notices');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 5000 }).catch(() => null), alert.locator('button').click().catch(() => {})]);
    if (download) { const text = fs.readFileSync(await download.path(), 'utf8'); log('export: file', download.suggestedFilename().replace(/d[0-9a-f]{15}/, 'ID'), 'bytes', text.length, 'site', JSON.stringify(JSON.parse(text).site?.name)); } else log('export: no download');
    await page.screenshot({ path: `/tmp/tr/notices-${name}-full.png`, fullPage: true });
    // The update banner: as offline.js announces a waiting build.
    await page.evaluate(() => { window.addEventListener('napcheck:reload', () => { sessionStorage.setItem('reloads', String(Number(sessionStorage.getItem('reloads') ?? 0) + 1)); }); document.documentElement.setAttribute('data-napcheck-update', ''); window.dispatchEvent(new Event('napcheck:update')); });
    await page.locator('#update-ready').waitFor({ timeout: 3000 }).catch(() => {});
    r.update = await serial(page, '#update-ready');
    r.layoutUpdate = await between(page);
    log('update: #update-ready', JSON.stringify(await page.locator('#update-ready').innerText().catch(() => null)));
    await page.screenshot({ path: `/tmp/tr/notices-${name}-update.png`, fullPage: true });
    await Promise.all([page.waitForEvent('load', { timeout: 5000 }).catch(() => null), page.locator('#update-ready button').click().catch(() => {})]);
    await page.locator('main h1').waitFor();
    log('reload clicked: napcheck:reload events', await page.evaluate(() => sessionStorage.getItem('reloads')), '| page reloaded (offline.js without a worker), banner now', await page.locator('#update-ready').count());
    log('errors', JSON.stringify(page.errors.filter((e) => !/quota/i.test(e))));
    await context.close();
  }
  // 5. Corrupted storage (as storage.test.mjs): said, then dismissed.
  {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
    const page = await newPage(context);
    await begin(page, 'Kept draft');
    await page.evaluate(() => localStorage.setItem('napcheck:v1:draft:dbroken', '{"id": "dbroken", tru'));
    await page.reload();
    const alert = page.locator('.notice[role=alert]');
    await alert.waitFor({ timeout: 5000 }).catch(() => {});
    log('corrupted: alert', JSON.stringify(await alert.innerText().catch(() => null)), '| backup kept', await page.evaluate(() => localStorage.getItem('napcheck:v1:backup:dbroken') !== null));
    r.corrupted = await serial(page, '.notices');
    await page.screenshot({ path: `/tmp/tr/notices-${name}-corrupted.png`, fullPage: true });
    await alert.locator('button').click().catch(() => {});
    await page.waitForTimeout(200);
    log('corrupted dismissed: notices', await page.locator('.notices .notice').count(), 'errors', JSON.stringify(page.errors));
    await context.close();
  }
  await server.stop();
  return r;
};

const direct = await run('direct', process.argv[2] ?? '/work/proto-notices/dist');
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
