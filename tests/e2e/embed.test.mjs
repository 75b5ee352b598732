// Embedding: a hostile host page on another origin (aggressive global CSS,
// a strict CSP header, two widgets and an iframe) embeds the widget from
// `napcheck serve`; a citizen completes and submits an assessment; the file
// appears in the collect directory and `napcheck validate` accepts it; the
// host received `napcheck:change`/`napcheck:submit` and the iframe's
// postMessage; the widgets keep separate drafts; styles cross the shadow
// boundary in neither direction; no request goes to any other origin; a
// submit URL the browser refuses is said in its words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { launch, open } from './lib.mjs';
import { bin, startServe, startHost } from './serve.mjs';

const skip = bin ? false : 'NAPCHECK_BIN is not set';
let browser;
let serve;
let host;

// The host page's own script (inline scripts are refused by its CSP): it
// records the widgets' events and the messages from its iframe.
const hostJs = `
window.hostLog = { before: Object.getOwnPropertyNames(window), events: [], messages: [] };
for (const type of ['napcheck:change', 'napcheck:submit']) {
  document.addEventListener(type, (e) => window.hostLog.events.push({ type, widget: e.target.id, detail: e.detail }));
}
window.addEventListener('message', (e) => window.hostLog.messages.push({ origin: e.origin, data: e.data }));
`;

// Everything a careless or hostile stylesheet can do to an embedded element.
const hostileCss = `
* { color: #f0f !important; font-family: fantasy !important; letter-spacing: 4px !important; }
napcheck-widget, napcheck-widget * { all: unset !important; display: none !important; }
div:not(.host), main, section, button:not(.host), select, input, h1:not(.host), p:not(.host), label { display: none !important; visibility: hidden !important; }
.app, .topbar, #main, .criterion, .primary { display: none !important; }
:root { --accent: #f0f !important; --fg: #f0f !important; }
`;

function hostPage(serveOrigin) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An NGO</title>
<link rel="stylesheet" href="/hostile.css">
<script src="/host.js"></script>
<script type="module" src="${serveOrigin}/embed.js"></script>
</head><body>
<h1 class="host" id="host-title">Our NGO</h1>
<button class="host" id="host-button" type="button">Host button</button>
<napcheck-widget id="first" criteria="az-nap-2016-2018" lang="en" body-kind="local_executive"
  site="https://binagadi-ih.gov.az" submit-url="${serveOrigin}/api/assessments"></napcheck-widget>
<napcheck-widget id="second" criteria="az-nap-2020-2022" lang="ru" body-kind="municipality"></napcheck-widget>
<iframe title="napcheck demo" src="${serveOrigin}/demo.html" width="800" height="400"></iframe>
</body></html>`;
}

// A submit URL the browser refuses to build a request for (a user name and
// password in it): the widget says so in the browser's words.
function credentialsPage(serveOrigin) {
  const withCredentials = serveOrigin.replace('://', '://user:secret@');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An NGO</title>
<script type="module" src="${serveOrigin}/embed.js"></script>
</head><body>
<napcheck-widget id="third" criteria="az-nap-2016-2018" lang="en" body-kind="local_executive"
  site="https://binagadi-ih.gov.az" submit-url="${withCredentials}/api/assessments"></napcheck-widget>
</body></html>`;
}

const csp = (serveOrigin) => [
  "default-src 'none'",
  `script-src 'self' ${serveOrigin} 'wasm-unsafe-eval'`,
  `style-src 'self' ${serveOrigin}`,
  `connect-src ${serveOrigin}`,
  `frame-src ${serveOrigin}`,
  "img-src 'none'", "base-uri 'none'", "object-src 'none'", "form-action 'none'",
].join('; ');

before(async () => {
  if (skip) return;
  browser = await launch();
  // The host's origin goes into the server's allow-list, and the server's
  // origin into the host's page and CSP.
  let serveOrigin;
  host = await startHost((pathname) => ({
    '/': ['text/html; charset=utf-8', hostPage(serveOrigin), { 'content-security-policy': csp(serveOrigin) }],
    '/host.js': ['text/javascript', hostJs],
    '/hostile.css': ['text/css', hostileCss],
    '/credentials': ['text/html; charset=utf-8', credentialsPage(serveOrigin), { 'content-security-policy': csp(serveOrigin) }],
  })[pathname] ?? null);
  serve = await startServe(['--allow-origin', host.origin]);
  serveOrigin = serve.origin;
});

after(async () => {
  await browser?.close();
  await serve?.stop();
  await host?.stop();
});

test('a citizen submits from a hostile host page with a strict CSP; the file is stored and valid', { skip }, async () => {
  const page = await open(browser);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) page.errors.push(m.text()); });
  await page.goto(`${host.origin}/`);

  const first = page.locator('napcheck-widget#first');
  const second = page.locator('napcheck-widget#second');
  // Both widgets start on their preset assessment (Details view).
  await first.locator('#url').waitFor();
  await second.locator('#url').waitFor();
  assert.equal(await first.locator('#url').inputValue(), 'https://binagadi-ih.gov.az');
  assert.equal(await second.locator('#url').inputValue(), '');
  assert.equal(await second.getAttribute('lang'), 'ru');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the host page keeps its lang');

  // Host CSS does not reach inside; widget CSS does not leak out.
  const inside = await first.locator('h1').evaluate((h) => {
    const s = getComputedStyle(h);
    return { color: s.color, display: s.display, font: s.fontFamily };
  });
  assert.notEqual(inside.color, 'rgb(255, 0, 255)');
  assert.equal(inside.display, 'block');
  assert.doesNotMatch(inside.font, /fantasy/);
  assert.equal(await first.evaluate((w) => getComputedStyle(w).display), 'block');
  const outside = await page.evaluate(() => ({
    body: getComputedStyle(document.body).marginTop,
    button: getComputedStyle(document.getElementById('host-button')).minHeight,
    title: getComputedStyle(document.getElementById('host-title')).color,
  }));
  assert.equal(outside.body, '8px', 'the widget\'s body rule stays inside');
  assert.notEqual(outside.button, '44px', 'the widget\'s button rule stays inside');
  assert.equal(outside.title, 'rgb(255, 0, 255)', 'the host\'s own rules still apply to the host');

  // The citizen fills the first widget; the second is untouched.
  await first.locator('#name').fill('Binəqədi rayon İcra Hakimiyyəti');
  assert.equal(await second.locator('#name').inputValue(), '');
  await first.getByRole('button', { name: 'Go to the checklist' }).click();
  const card = first.locator('.criterion:has(input[type=radio])').first();
  await card.locator('label.choice').first().click();
  await card.locator('.badge.rated').waitFor();
  await first.getByRole('button', { name: 'Summary', exact: true }).click();
  await first.getByRole('button', { name: 'Submit the assessment' }).click();
  const stored = first.locator('#submit-stored');
  await stored.waitFor();
  // A short reference to read aloud; the full id is kept on the element.
  const id = await stored.locator('.reference').getAttribute('data-id');
  assert.match(id, /^[0-9a-f]{64}$/);
  assert.equal((await stored.locator('.reference').textContent()).replace(' ', ''), id.slice(0, 8));

  // Stored, and valid for the CLI.
  assert.deepEqual(fs.readdirSync(serve.collect), [`${id}.json`]);
  const checked = spawnSync(bin, ['validate', serve.collect], { encoding: 'utf8' });
  assert.equal(checked.status, 0, checked.stdout + checked.stderr);
  const file = JSON.parse(fs.readFileSync(`${serve.collect}/${id}.json`, 'utf8'));
  assert.equal(file.site.name, 'Binəqədi rayon İcra Hakimiyyəti');

  // The host heard about it.
  const log = await page.evaluate(() => window.hostLog);
  const submits = log.events.filter((e) => e.type === 'napcheck:submit');
  assert.equal(submits.length, 1);
  assert.equal(submits[0].widget, 'first');
  assert.equal(submits[0].detail.site.name, file.site.name);
  assert.equal(submits[0].detail.criteria_set.id, 'az-nap-2016-2018');
  assert.ok(log.events.some((e) => e.type === 'napcheck:change' && e.widget === 'second'));
  assert.ok(log.events.some((e) => e.type === 'napcheck:change' && e.widget === 'first'
    && e.detail.site.name === file.site.name));
  await page.waitForFunction(() => window.hostLog.messages.length > 0);
  const message = (await page.evaluate(() => window.hostLog.messages))[0];
  assert.equal(message.origin, serve.origin);
  assert.equal(message.data.source, 'napcheck');
  assert.equal(message.data.type, 'change');
  assert.equal(message.data.assessment.criteria_set.id, 'az-nap-2016-2018');

  // No global but the host's own (and window[0], its iframe); separate
  // storage namespaces.
  const globals = await page.evaluate(() => Object.getOwnPropertyNames(window)
    .filter((n) => !window.hostLog.before.includes(n) && n !== 'hostLog' && !/^\d+$/.test(n)));
  assert.deepEqual(globals, []);
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':draft:')));
  const namespaces = new Set(keys.map((k) => k.split(':draft:')[0]));
  assert.equal(namespaces.size, 2, keys.join(', '));

  // Reload: each widget finds its own draft again.
  await page.reload();
  await first.locator('main h1').waitFor();
  await second.locator('main h1').waitFor();
  // A reload returns to the view the citizen was on; the list is one click away.
  await first.getByRole('button', { name: 'My assessments', exact: true }).click();
  await first.getByRole('button', { name: 'Resume' }).first().click();
  await first.getByRole('button', { name: 'Summary', exact: true }).click();
  await first.getByRole('button', { name: 'Submit the assessment' }).click();
  assert.match(await first.locator('#submit-stored').textContent(), new RegExp(`already.*${id.slice(0, 4)} ${id.slice(4, 8)}`));
  assert.deepEqual(fs.readdirSync(serve.collect), [`${id}.json`], 'no duplicate');

  // Only the host's and the widget server's origins were contacted.
  const origins = new Set(requests.map((u) => new URL(u).origin));
  assert.deepEqual([...origins].sort(), [host.origin, serve.origin].sort());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a submit URL the browser refuses is said in its words, and nothing is sent', { skip }, async () => {
  const page = await open(browser);
  await page.goto(`${host.origin}/credentials`);
  const before = fs.readdirSync(serve.collect);
  const third = page.locator('napcheck-widget#third');
  await third.getByRole('button', { name: 'Summary', exact: true }).click();
  await third.getByRole('button', { name: 'Submit the assessment' }).click();
  const failed = third.locator('#submit-failed');
  await failed.waitFor();
  assert.match(await failed.textContent(), /could not be sent \(TypeError: [^)]*includes credentials/);
  assert.deepEqual(fs.readdirSync(serve.collect), before, 'nothing written');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a refused or failed submission shows why and keeps the draft', { skip }, async () => {
  const page = await open(browser);
  await page.goto(`${host.origin}/`);
  const before = fs.readdirSync(serve.collect);
  const first = page.locator('napcheck-widget#first');
  await first.locator('#url').waitFor();
  await first.locator('#url').fill('not a web address');
  await first.getByRole('button', { name: 'Summary', exact: true }).click();
  await first.getByRole('button', { name: 'Submit the assessment' }).click();
  const refused = first.locator('#submit-refused');
  await refused.waitFor();
  // In plain words naming the field: no line:column, pointer or finding code.
  assert.match(await refused.textContent(), /website's address/);
  assert.doesNotMatch(await refused.textContent(), /\d+:\d+|\/site|schema-/);
  assert.deepEqual(fs.readdirSync(serve.collect), before, 'nothing written');
  // The server goes away: a network error, queued until the network
  // returns (offline.test.mjs), the draft stays.
  await serve.stop();
  await first.getByRole('button', { name: 'Submit the assessment' }).click();
  await first.locator('#submit-waiting').waitFor();
  await first.getByRole('button', { name: 'Website', exact: true }).click();
  assert.equal(await first.locator('#url').inputValue(), 'not a web address');
  await page.context().close();
});

test('the standalone page and the demo page run under the server\'s own CSP, the code and catalogue brotli-compressed', { skip }, async () => {
  serve = await startServe([]);
  for (const path of ['/', '/demo.html']) {
    const page = await open(browser);
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) page.errors.push(m.text()); });
    const encodings = new Map();
    page.on('response', (r) => encodings.set(new URL(r.url()).pathname, r.headers()['content-encoding']));
    await page.goto(`${serve.url.replace(/\/$/, '')}${path}`);
    await page.locator('main h1').first().waitFor();
    assert.deepEqual(page.errors, [], path);
    for (const file of ['/napcheck_web_bg.wasm', '/napcheck_web.js', '/catalogue/index.az.json']) {
      // The embedded widget's first view may show before the index arrives.
      for (let i = 0; i < 50 && !encodings.has(file); i++) await new Promise((r) => setTimeout(r, 100));
      assert.equal(encodings.get(file), 'br', `${path}: ${file}`);
    }
    await page.context().close();
  }
});
