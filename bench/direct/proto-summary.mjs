// The direct summary prototype (branch proto/direct-summary): the summary
// view in a chunk loaded on demand, 360 px. 1. standalone page: a draft,
// three answers, the chunk prefetched once the checklist is idle, the
// summary from the header (chart, scores, table), the JSON export, print
// (window.print stubbed), "change" back to a question, the "to report"
// button; 2. a reload on the summary (the chunk fetched by the view, its
// "Loading…" status), and a chunk that cannot be fetched ("Try again");
// 3. the embedded widget of `napcheck serve`'s demo page: a refused
// submit, a stored one (the file in --collect), an offline one (waiting,
// sent when the network returns); 4. the summary's DOM compared with the
// Yew app's (/work/main/dist), standalone and embedded.
// Usage: node bench/direct/proto-summary.mjs [dist] [screenshot dir]
import { chromium } from '/work/main/tools/node/node_modules/playwright-core/index.mjs';
import fs from 'node:fs';
process.env.NAPCHECK_BIN ??= '/work/main/target/release/napcheck';
const { startServe } = await import('/work/main/tests/e2e/serve.mjs');
const dist = process.argv[2] ?? '/work/proto-summary/dist';
const out = process.argv[3] ?? '/tmp/tr/proto-summary';
fs.mkdirSync(out, { recursive: true });
const en = JSON.parse(fs.readFileSync('/work/proto-summary/crates/web/src/i18n/en.json', 'utf8'));
const az = JSON.parse(fs.readFileSync('/work/proto-summary/crates/web/src/i18n/az.json', 'utf8'));
const ru = JSON.parse(fs.readFileSync('/work/proto-summary/crates/web/src/i18n/ru.json', 'utf8'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking','--disable-component-update'] });
const newPage = async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block', acceptDownloads: true });
  const page = await context.newPage();
  page.errors = [];
  page.wasm = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('  console:', m.type(), m.text()); });
  page.on('pageerror', (e) => { page.errors.push(e.message); console.log('  pageerror:', e.message); });
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) page.wasm.push(new URL(r.url()).pathname.slice(1)); });
  return { context, page };
};
const focused = (page) => page.evaluate(() => { const a = document.activeElement; return `${a?.tagName}${a?.id ? '#' + a.id : ''}:${(a?.textContent ?? '').slice(0, 30)}`; });
const setLang = async (page, lang) => {
  await page.selectOption('#lang-select', lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await page.locator('.skip', { hasText: { en, ru, az }[lang]['nav.skip'] }).waitFor({ state: 'attached' });
};
// A new draft (English), three questions answered with their first choice.
const startAndAnswer = async (page, root = page) => {
  await root.getByRole('button', { name: en['home.new'] ?? 'Start a new assessment' }).click();
  await root.locator('#url').fill('https://binagadi-ih.gov.az');
  await root.locator('#name').fill('Binəqədi rayon İcra Hakimiyyəti');
  await root.getByRole('button', { name: 'Go to the checklist' }).click();
  await root.locator('.criterion').first().waitFor();
  // Questions with choices answered (the others passed over).
  for (let i = 0, answered = 0; i < 12 && answered < 3; i++) {
    const card = root.locator('.criterion').first();
    if (await card.locator('label.choice').count()) {
      await card.locator('label.choice').first().click();
      await card.locator('.badge.rated').waitFor();
      answered += 1;
      if (answered === 3) break;
    }
    const title = await card.locator('h2').textContent();
    await root.getByRole('button', { name: en['checklist.next'], exact: true }).first().click();
    await root.locator('.criterion h2').filter({ hasNotText: title }).first().waitFor();
  }
};

// ---- 1. standalone ----
{
  const server = await startServe([], { dist });
  const { context, page } = await newPage();
  await page.goto(server.url);
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => !document.querySelector('main button.primary')?.disabled);
  await setLang(page, 'en');
  console.log('standalone: wasm at start', JSON.stringify(page.wasm));
  await startAndAnswer(page);
  const checklistScore = (await page.locator('#overall-score').textContent()).trim();
  await page.waitForTimeout(2500);
  console.log('standalone: wasm after the checklist idled (prefetch)', JSON.stringify(page.wasm), '| overall on checklist', checklistScore);
  await page.getByRole('button', { name: en['nav.report'], exact: true }).click();
  const statusAtOnce = await page.locator('main p[role=status][aria-busy=true]').count();
  await page.locator('svg.chart rect.bar').first().waitFor();
  await page.waitForTimeout(200);
  console.log('summary: loading status at once', statusAtOnce, '| h1', JSON.stringify(await page.locator('main h1').textContent()), '| focused', await focused(page));
  console.log('summary: overall', JSON.stringify(await page.locator('#report-overall').textContent()), '| provisional', JSON.stringify(await page.locator('#report-overall + .provisional').textContent().catch(() => null)));
  console.log('summary: facts', JSON.stringify(await page.locator('dl.facts').innerText()));
  console.log('summary: chart bars', await page.locator('svg.chart rect.bar').count(), '| widths', JSON.stringify(await page.locator('svg.chart rect.bar').evaluateAll((r) => r.map((e) => e.getAttribute('width')))), '| values', JSON.stringify(await page.locator('svg.chart g text:nth-of-type(2)').allTextContents()));
  console.log('summary: chart aria-label', JSON.stringify(await page.locator('svg.chart').getAttribute('aria-label')), '| viewBox', await page.locator('svg.chart').getAttribute('viewBox'), '| namespace', await page.locator('svg.chart').evaluate((s) => s.namespaceURI));
  console.log('summary: table rows', JSON.stringify(await page.locator('.table-wrap tbody tr').evaluateAll((rows) => rows.slice(0, 4).map((r) => r.innerText.replace(/\s+/g, ' ')))));
  console.log('summary: criteria listed', await page.locator('ol.criteria-report > li').count(), '| first', JSON.stringify((await page.locator('ol.criteria-report > li').first().innerText()).slice(0, 160)));
  console.log('summary: next step', JSON.stringify(await page.locator('#next-step').textContent()), '| buttons', JSON.stringify(await page.locator('section.export .actions button').allTextContents()), '| submit present', await page.locator('#submit-assessment').count());
  await page.screenshot({ path: `${out}/summary-360.png`, fullPage: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: en['report.download_json'] }).click(),
  ]);
  const file = `${out}/exported.json`;
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  console.log('export: file', download.suggestedFilename(), '| site', exported.site?.url, JSON.stringify(exported.site?.name), '| set', exported.criteria_set?.id, '| answers', exported.answers?.length);
  const { spawnSync } = await import('node:child_process');
  const validated = spawnSync(process.env.NAPCHECK_BIN, ['validate', file], { encoding: 'utf8' });
  console.log('export: napcheck validate exit', validated.status, JSON.stringify((validated.stdout + validated.stderr).trim().split('\n').slice(-2).join(' | ')));
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.getByRole('button', { name: en['report.print'], exact: true }).click();
  console.log('print: window.print called', await page.evaluate(() => window.printed));
  const firstChange = page.locator('ol.criteria-report > li button.link').first();
  const changeLabel = await firstChange.getAttribute('aria-label');
  await firstChange.click();
  await page.locator('.criterion').first().waitFor();
  await page.waitForTimeout(200);
  console.log('change: aria-label', JSON.stringify(changeLabel), '-> h1', JSON.stringify(await page.locator('main h1').textContent()), '| question', JSON.stringify(await page.locator('.criterion h2').first().textContent()), '| focused', await focused(page));
  // "See the summary" from the checklist's own button.
  await page.getByRole('button', { name: en['checklist.to_report'] }).first().click();
  await page.locator('#report-overall').waitFor();
  console.log('to report: h1', JSON.stringify(await page.locator('main h1').textContent()), '| focused', await focused(page));
  // Russian: the summary redrawn in another language.
  await setLang(page, 'ru');
  console.log('ru: h1', JSON.stringify(await page.locator('main h1').textContent()), '| chart title', JSON.stringify(await page.locator('svg.chart title').textContent()));
  await setLang(page, 'en');
  console.log('standalone: page errors', page.errors.length, '| wasm fetched', JSON.stringify(page.wasm));

  // ---- 2. reload on the summary: the chunk fetched by the view ----
  const { context: c2, page: p2 } = await newPage();
  const saved = await page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(localStorage))));
  await p2.addInitScript((s) => { if (!sessionStorage.getItem('seeded')) { for (const [k, v] of Object.entries(JSON.parse(s))) localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); } }, saved);
  let hold;
  const held = new Promise((r) => { hold = r; });
  await p2.route(/split_summary.*\.wasm$/, async (route) => { await held; await route.continue(); });
  await p2.goto(server.url);
  await p2.locator('main p[role=status][aria-busy=true]').waitFor();
  console.log('reload on summary: status', JSON.stringify(await p2.locator('main p[role=status]').textContent()), '| h1 count', await p2.locator('main h1').count());
  hold();
  await p2.locator('#report-overall').waitFor();
  await p2.waitForTimeout(200);
  console.log('reload on summary: drawn, overall', JSON.stringify(await p2.locator('#report-overall').textContent()), '| focused (left alone on a reload)', await focused(p2), '| wasm', JSON.stringify(p2.wasm));
  await c2.close();
  const { context: c3, page: p3 } = await newPage();
  await p3.addInitScript((s) => { if (!sessionStorage.getItem('seeded')) { for (const [k, v] of Object.entries(JSON.parse(s))) localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); } }, saved);
  await p3.route(/split_summary.*\.wasm$/, (route) => route.abort());
  await p3.goto(server.url);
  await p3.locator('.lazy-failed').waitFor();
  console.log('chunk refused: alert', JSON.stringify(await p3.locator('.lazy-failed p').textContent()), '| button', JSON.stringify(await p3.locator('.lazy-failed button').textContent()));
  await p3.unroute(/split_summary.*\.wasm$/);
  await p3.locator('.lazy-failed button').click();
  await p3.locator('#report-overall').waitFor();
  await p3.waitForTimeout(200);
  console.log('chunk refused: after "Try again", overall', JSON.stringify(await p3.locator('#report-overall').textContent()), '| focused', await focused(p3), '| page errors', p3.errors.length);
  await c3.close();
  await context.close();
  await server.stop();
}

// ---- 3. embedded: submit ----
{
  const server = await startServe([], { dist });
  const { context, page } = await newPage();
  await page.goto(`${server.url}demo.html`);
  const widget = page.locator('napcheck-widget');
  await widget.locator('#url').waitFor();
  await widget.locator('#url').fill('binagadi-ih.gov.az');
  await widget.getByRole('button', { name: az['nav.report'], exact: true }).click();
  await widget.locator('#next-step', { hasText: az['report.next_submit'] }).waitFor();
  await widget.getByRole('button', { name: az['submit.button'] }).click();
  await widget.locator('#submit-refused').waitFor();
  console.log('embed refused:', JSON.stringify(await widget.locator('#submit-refused').innerText()), '| collect', JSON.stringify(fs.readdirSync(server.collect)));
  await page.screenshot({ path: `${out}/embed-refused-360.png`, fullPage: true });
  await widget.getByRole('button', { name: az['nav.details'], exact: true }).click();
  await widget.locator('#url').fill('https://binagadi-ih.gov.az');
  await widget.locator('#name').fill('Binəqədi rayon İcra Hakimiyyəti');
  await widget.getByRole('button', { name: az['nav.report'], exact: true }).click();
  console.log('embed: after the edit, outcome shown', await widget.locator('#submit-refused, #submit-stored').count());
  await widget.getByRole('button', { name: az['submit.button'] }).click();
  const stored = widget.locator('#submit-stored');
  await stored.waitFor();
  const id = await stored.locator('.reference').getAttribute('data-id');
  console.log('embed stored:', JSON.stringify(await stored.innerText()), '| reference', JSON.stringify(await stored.locator('.reference').textContent()), '| collect', JSON.stringify(fs.readdirSync(server.collect)), '| id matches', fs.readdirSync(server.collect).includes(`${id}.json`));
  const collected = JSON.parse(fs.readFileSync(`${server.collect}/${id}.json`, 'utf8'));
  console.log('embed stored: file site', collected.site?.url, JSON.stringify(collected.site?.name));
  await page.screenshot({ path: `${out}/embed-stored-360.png`, fullPage: true });
  await widget.getByRole('button', { name: az['submit.button'] }).click();
  await widget.locator('#submit-stored', { hasText: az['submit.duplicate'].split('{')[0].trim() }).waitFor();
  console.log('embed again: duplicate said', JSON.stringify(await stored.innerText()), '| collect', fs.readdirSync(server.collect).length);
  // Offline: waiting, then sent when the network returns.
  await widget.getByRole('button', { name: az['nav.details'], exact: true }).click();
  await widget.locator('#region').fill('Bakı');
  await widget.getByRole('button', { name: az['nav.report'], exact: true }).click();
  await context.setOffline(true);
  await widget.getByRole('button', { name: az['submit.button'] }).click();
  await widget.locator('#submit-waiting').waitFor();
  console.log('embed offline: waiting', JSON.stringify(await widget.locator('#submit-waiting').textContent()), '| collect', fs.readdirSync(server.collect).length);
  await context.setOffline(false);
  await widget.locator('#submit-stored').waitFor({ timeout: 10000 });
  console.log('embed online again: stored', JSON.stringify(await widget.locator('#submit-stored p').nth(1).textContent()), '| collect', fs.readdirSync(server.collect).length);
  console.log('embed: page errors', JSON.stringify(page.errors.filter((e) => !/422/.test(e))), '| wasm', JSON.stringify(page.wasm));
  await context.close();
  await server.stop();
}

// ---- 4. DOM compared with the Yew app ----
const serial = (page, root) => page.evaluate((root) => {
  const out = [];
  const walk = (n, depth) => {
    if (n.nodeType === 3) { if (n.textContent) out.push(' '.repeat(depth) + JSON.stringify(n.textContent)); return; }
    if (n.nodeType !== 1) return;
    const attrs = [...n.attributes].filter((a) => !/^data-(do|c|v)$/.test(a.name) && a.name !== 'value').map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
    out.push(' '.repeat(depth) + `<${n.tagName.toLowerCase()} ${attrs.join(' ')}>`);
    for (const c of n.childNodes) walk(c, depth + 1);
  };
  const base = root ? document.querySelector(root).shadowRoot : document;
  for (const c of base.querySelector('main').childNodes) walk(c, 0);
  return out.join('\n').replace(/d[0-9a-f]{15}/g, 'ID').replace(/[0-9a-f]{64}/g, 'HASH').replace(/\b[0-9a-f]{4} [0-9a-f]{4}\b/g, 'REF');
}, root);
const dump = async (d) => {
  const server = await startServe([], { dist: d });
  const { context, page } = await newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => !document.querySelector('main button.primary')?.disabled);
  await setLang(page, 'en');
  await startAndAnswer(page);
  await page.getByRole('button', { name: en['nav.report'], exact: true }).click();
  await page.locator('#report-overall').waitFor();
  await page.waitForTimeout(1500);
  const standalone = await serial(page);
  await page.goto(`${server.url}demo.html`);
  const widget = page.locator('napcheck-widget');
  await widget.locator('#url').waitFor();
  await widget.locator('#name').fill('Binəqədi rayon İcra Hakimiyyəti');
  await widget.getByRole('button', { name: az['nav.report'], exact: true }).click();
  await widget.getByRole('button', { name: az['submit.button'] }).click();
  await widget.locator('#submit-stored').waitFor();
  await page.waitForTimeout(1500);
  const embedded = await serial(page, 'napcheck-widget');
  await context.close(); await server.stop();
  return { standalone, embedded };
};
// Lines only in one of the two (a longest common subsequence).
const diff = (a, b) => {
  const n = a.length, m = b.length;
  const L = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i][j] = a[i] === b[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const out = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { i++; j++; }
    else if (j >= m || (i < n && L[i + 1][j] >= L[i][j + 1])) out.push(`  yew only   : ${a[i++].slice(0, 200)}`);
    else out.push(`  direct only: ${b[j++].slice(0, 200)}`);
  }
  return out;
};
const yew = await dump('/work/main/dist');
const direct = await dump(dist);
for (const k of ['standalone', 'embedded']) {
  const [a, b] = [yew[k], direct[k]];
  console.log(`dom ${k}:`, a === b ? 'same' : 'DIFFERENT', 'lines', a.split('\n').length, b.split('\n').length);
  if (a !== b) for (const line of diff(a.split('\n'), b.split('\n')).slice(0, 30)) console.log(line);
}
await browser.close();
