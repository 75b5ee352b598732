// The direct runtime's effects (branch proto/direct-effects): history
// (back/forward), the outbox (seeded, sent on start and on `online`), and
// the embedded widget on a host page (two widgets, an iframe), 360 px.
import { chromium } from '/work/main/tools/node/node_modules/playwright-core/index.mjs';
import fs from 'node:fs';
process.env.NAPCHECK_BIN ??= '/work/main/target/release/napcheck';
const { startServe, startHost } = await import('/work/main/tests/e2e/serve.mjs');
const dist = process.argv[2] ?? '/work/proto-effects/dist';
const out = process.argv[3] ?? '/tmp/tr/proto-effects';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking','--disable-component-update'] });
const newPage = async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.type(), m.text()); });
  page.on('pageerror', (e) => { page.errors.push(e.message); console.log('pageerror:', e.message); });
  return { context, page };
};

// ---- 1. history ----
{
  const server = await startServe([], { dist });
  const { context, page } = await newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => !document.querySelector('main button.primary')?.disabled);
  const where = async () => page.evaluate(() => ({
    h1: document.querySelector('main h1')?.textContent,
    q: document.querySelector('.criterion h2')?.textContent ?? null,
    state: history.state, length: history.length,
  }));
  console.log('history: start', JSON.stringify(await where()));
  await page.locator('main button.primary').first().click();
  await page.locator('#url').waitFor();
  await page.locator('#url').fill('https://binagadi-ih.gov.az');
  await page.locator('#name').fill('Binəqədi rayon İcra Hakimiyyəti');
  await page.waitForTimeout(300);
  console.log('history: details', JSON.stringify(await where()));
  await page.locator('main button.primary').last().click();
  await page.locator('.criterion').first().waitFor();
  await page.waitForTimeout(300);
  const q1 = await where();
  console.log('history: checklist q1', JSON.stringify(q1));
  await page.locator('main [data-do=next]').first().click();
  await page.waitForTimeout(200);
  const q2 = await where();
  console.log('history: checklist q2', JSON.stringify(q2));
  await page.locator('main [data-do=next]').first().click();
  await page.waitForTimeout(200);
  const q3 = await where();
  console.log('history: checklist q3', JSON.stringify(q3));
  const focused = () => page.evaluate(() => document.activeElement?.tagName + ':' + (document.activeElement?.textContent ?? '').slice(0, 40));
  for (const [step, go] of [['back', () => page.goBack()], ['back', () => page.goBack()], ['back', () => page.goBack()], ['forward', () => page.goForward()], ['forward', () => page.goForward()], ['forward', () => page.goForward()]]) {
    await go();
    await page.waitForTimeout(250);
    console.log(`history: ${step}`, JSON.stringify(await where()), 'focused', await focused());
  }
  // Back to the start page from the header, then Back again: the checklist.
  await page.locator('header nav button.nav').first().click();
  await page.waitForTimeout(200);
  console.log('history: header -> home', JSON.stringify(await where()));
  await page.goBack();
  await page.waitForTimeout(250);
  console.log('history: back from home', JSON.stringify(await where()));
  await page.reload();
  await page.waitForTimeout(800);
  console.log('history: after reload', JSON.stringify(await where()));
  await page.goBack();
  await page.waitForTimeout(250);
  console.log('history: back after reload', JSON.stringify(await where()));
  console.log('history: page errors', page.errors.length);
  await context.close();
  await server.stop();
}

// ---- 2. outbox ----
{
  const server = await startServe([], { dist });
  const { context, page } = await newPage();
  const requests = [];
  page.on('request', (r) => { if (r.method() === 'POST') requests.push(r.url()); });
  page.on('requestfinished', async (r) => { if (r.url().endsWith('.wasm')) console.log('outbox: wasm fetched', new URL(r.url()).pathname); });
  const body = (f) => fs.readFileSync(`/work/main/examples/monitoring-2018/central/${f}`, 'utf8');
  const entry = (f) => JSON.stringify({ url: `${server.origin}/api/assessments`, body: body(f), lang: 'az', sent: 'Waiting' });
  await page.goto(server.url);
  await page.locator('main h1').waitFor();
  await page.waitForTimeout(300);
  console.log('outbox: page loaded, collect', JSON.stringify(fs.readdirSync(server.collect)), 'POSTs', requests.length);
  // A waiting submission found on start.
  await page.evaluate((e) => localStorage.setItem('napcheck:v1:outbox:dstart', e), entry('02-state-migration-service.json'));
  await page.reload();
  await page.waitForFunction(() => !/Waiting/.test(localStorage.getItem('napcheck:v1:outbox:dstart')), null, { timeout: 10000 }).catch(() => console.log('outbox: start entry still waiting'));
  console.log('outbox: after reload, stored entry', localStorageSent(await page.evaluate(() => localStorage.getItem('napcheck:v1:outbox:dstart'))), 'collect', JSON.stringify(fs.readdirSync(server.collect)), 'POSTs', requests.length);
  // Offline: a waiting submission appears (another tab queued it); the
  // network returns: `online` sends it.
  await context.setOffline(true);
  await page.evaluate((e) => localStorage.setItem('napcheck:v1:outbox:doffline', e), entry('03-state-statistical-committee.json'));
  await page.waitForTimeout(500);
  console.log('outbox: offline, entry', localStorageSent(await page.evaluate(() => localStorage.getItem('napcheck:v1:outbox:doffline'))), 'collect', fs.readdirSync(server.collect).length, 'POSTs', requests.length);
  await context.setOffline(false);
  await page.waitForFunction(() => !/Waiting/.test(localStorage.getItem('napcheck:v1:outbox:doffline')), null, { timeout: 10000 }).catch(() => console.log('outbox: offline entry still waiting'));
  console.log('outbox: back online, entry', localStorageSent(await page.evaluate(() => localStorage.getItem('napcheck:v1:outbox:doffline'))), 'collect', JSON.stringify(fs.readdirSync(server.collect)), 'POSTs', requests.length);
  console.log('outbox: page errors', page.errors.length);
  await context.close();
  await server.stop();
}
function localStorageSent(text) { try { return JSON.stringify(JSON.parse(text).sent); } catch { return String(text); } }

// ---- 3. embed ----
{
  const hostJs = `
window.hostLog = { events: [], messages: [] };
for (const type of ['napcheck:change', 'napcheck:submit']) {
  document.addEventListener(type, (e) => window.hostLog.events.push({ type, widget: e.target.id, name: e.detail?.site?.name ?? null, set: e.detail?.criteria_set?.id ?? null, answers: (e.detail?.answers ?? []).length, a0: JSON.stringify(e.detail?.answers?.[0] ?? null) }));
}
window.addEventListener('message', (e) => window.hostLog.messages.push({ origin: e.origin, source: e.data?.source, type: e.data?.type, widget: e.data?.widget, set: e.data?.assessment?.criteria_set?.id }));
`;
  let serveOrigin;
  const host = await startHost((p) => ({
    '/': ['text/html; charset=utf-8', `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>An NGO</title>
<script src="/host.js"></script>
<script type="module" src="${serveOrigin}/embed.js"></script>
</head><body>
<h1 id="host-title">Our NGO</h1>
<napcheck-widget id="first" criteria="az-nap-2016-2018" lang="en" body-kind="local_executive"
  site="https://binagadi-ih.gov.az" submit-url="${serveOrigin}/api/assessments"></napcheck-widget>
<napcheck-widget id="second" criteria="az-nap-2020-2022" lang="ru" body-kind="municipality"></napcheck-widget>
<iframe title="napcheck demo" src="${serveOrigin}/demo.html" width="340" height="400"></iframe>
</body></html>`, { 'content-security-policy': ["default-src 'none'", `script-src 'self' ${serveOrigin} 'wasm-unsafe-eval'`, `style-src 'self' ${serveOrigin}`, `connect-src ${serveOrigin}`, `frame-src ${serveOrigin}`].join('; ') }],
    '/host.js': ['text/javascript', hostJs],
  })[p] ?? null);
  const server = await startServe(['--allow-origin', host.origin], { dist });
  serveOrigin = server.origin;
  const { context, page } = await newPage();
  const before = await page.evaluate(() => history.length);
  await page.goto(`${host.origin}/`);
  const first = page.locator('napcheck-widget#first');
  const second = page.locator('napcheck-widget#second');
  await first.locator('#url').waitFor();
  await second.locator('#url').waitFor();
  await page.waitForTimeout(800);
  console.log('embed: first url', JSON.stringify(await first.locator('#url').inputValue()), 'h1', JSON.stringify(await first.locator('main h1').textContent()), 'lang', await first.getAttribute('lang'));
  console.log('embed: second url', JSON.stringify(await second.locator('#url').inputValue()), 'h1', JSON.stringify(await second.locator('main h1').textContent()), 'lang', await second.getAttribute('lang'), 'kind', await second.locator('#kind').inputValue());
  console.log('embed: host <html lang>', await page.evaluate(() => document.documentElement.lang), 'history.length', await page.evaluate(() => history.length));
  let log = await page.evaluate(() => window.hostLog);
  console.log('embed: events at start', JSON.stringify(log.events));
  await page.screenshot({ path: `${out}-embed-start.png`, fullPage: true });
  // Typing key by key in the first widget (focus kept inside the shadow root).
  await first.locator('#name').click();
  await page.keyboard.type('Binəqədi rayon');
  console.log('embed: typed name', JSON.stringify(await first.locator('#name').inputValue()), 'focused in shadow', await first.evaluate((w) => w.shadowRoot.activeElement?.id ?? null), 'second name', JSON.stringify(await second.locator('#name').inputValue()));
  // The second widget is typed into in between; then the first again.
  await second.locator('#name').click();
  await page.keyboard.type('Бинагади');
  await first.locator('#name').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' İcra Hakimiyyəti');
  console.log('embed: names', JSON.stringify(await first.locator('#name').inputValue()), JSON.stringify(await second.locator('#name').inputValue()));
  await first.getByRole('button', { name: 'Go to the checklist' }).click();
  const card = first.locator('.criterion:has(input[type=radio])').first();
  await card.waitFor();
  await card.locator('label.choice').first().click();
  await page.waitForTimeout(300);
  console.log('embed: first h1', JSON.stringify(await first.locator('main h1').textContent()), 'rated badge', await card.locator('.badge.rated').count(), 'second h1', JSON.stringify(await second.locator('main h1').textContent()), 'history.length', await page.evaluate(() => history.length));
  await page.waitForFunction(() => window.hostLog.messages.length > 0, null, { timeout: 10000 }).catch(() => console.log('embed: no message from the iframe'));
  log = await page.evaluate(() => window.hostLog);
  const count = (w) => log.events.filter((e) => e.widget === w).length;
  console.log('embed: change events first', count('first'), 'second', count('second'), 'last first', JSON.stringify(log.events.filter((e) => e.widget === 'first').pop()), 'last second', JSON.stringify(log.events.filter((e) => e.widget === 'second').pop()));
  console.log('embed: iframe messages', log.messages.length, JSON.stringify(log.messages[0]), 'serve origin', server.origin);
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':draft:') || k.includes(':place') || k.includes(':lang')));
  console.log('embed: storage keys', JSON.stringify(keys));
  await first.screenshot({ path: `${out}-embed-first.png` });
  await second.screenshot({ path: `${out}-embed-second.png` });
  await first.locator('header select').selectOption('ru');
  await page.waitForTimeout(800);
  console.log('embed: first widget to ru: element lang', await first.getAttribute('lang'), 'h1', JSON.stringify(await first.locator('main h1').textContent()), 'host <html lang>', await page.evaluate(() => document.documentElement.lang), 'second lang', await second.getAttribute('lang'));
  await page.reload();
  await first.locator('main h1').waitFor();
  await second.locator('main h1').waitFor();
  await page.waitForTimeout(800);
  console.log('embed: after reload first h1', JSON.stringify(await first.locator('main h1').textContent()), 'name in draft', JSON.stringify(await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes(':draft:')).map(([, v]) => JSON.parse(v).site?.name))), 'second h1', JSON.stringify(await second.locator('main h1').textContent()));
  console.log('embed: page errors', page.errors.length);
  await context.close();
  await server.stop();
  await host.stop();
}
await browser.close();
