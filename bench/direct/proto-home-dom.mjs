// Compares the start page's and the details form's DOM (main's innerHTML)
// of the Yew app (/work/main/dist) and of the direct prototype; also the
// "new" button disabled until the index arrives (its fetch held 1 s).
import { chromium } from '/work/main/tools/node/node_modules/playwright-core/index.mjs';
process.env.NAPCHECK_BIN ??= '/work/main/target/release/napcheck';
const { startServe } = await import('/work/main/tests/e2e/serve.mjs');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking','--disable-component-update'] });
// main's elements, attributes sorted, without data-do/-c/-v and the value
// attribute (Yew sets the value property instead), nor the import section.
const serial = (page) => page.evaluate(() => {
  const out = [];
  const walk = (n, depth) => {
    if (n.nodeType === 3) { if (n.textContent) out.push(' '.repeat(depth) + JSON.stringify(n.textContent)); return; }
    if (n.nodeType !== 1) return;
    if (n.matches('section[aria-labelledby=import-h]')) { out.push(' '.repeat(depth) + '[import section]'); return; }
    const attrs = [...n.attributes].filter((a) => !/^data-(do|c|v)$/.test(a.name) && a.name !== 'value').map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
    out.push(' '.repeat(depth) + `<${n.tagName.toLowerCase()} ${attrs.join(' ')}> value=${JSON.stringify(n.value ?? null)} selected=${n.selected ?? ''}`);
    for (const c of n.childNodes) walk(c, depth + 1);
  };
  for (const c of document.querySelector('main').childNodes) walk(c, 0);
  return out.join('\n').replace(/d[0-9a-f]{15}/g, 'ID');
});
const dump = async (dist) => {
  const server = await startServe([], { dist });
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/catalogue/index.az.json', async (route) => { await new Promise((r) => setTimeout(r, 1000)); await route.continue(); });
  await page.goto(server.url);
  await page.locator('main h1').waitFor();
  const disabledFirst = await page.locator('main button.primary').first().isDisabled();
  await page.waitForFunction(() => !document.querySelector('main button.primary').disabled);
  const home = await serial(page);
  await page.locator('main button.primary').first().click();
  await page.waitForFunction(() => /\d/.test([...document.querySelectorAll('main > p')].pop()?.textContent ?? ''));
  await page.waitForTimeout(300);
  const details = await serial(page);
  await page.locator('main button.primary').last().click();
  await page.locator('#name-error').waitFor();
  const tried = await serial(page);
  await page.locator('#url').fill('https://binagadi-ih.gov.az');
  await page.locator('#name').fill('Binəqədi');
  await page.locator('main button.primary').last().click();
  await page.locator('.criterion').first().waitFor();
  await page.locator('header nav button.nav').first().click();
  await page.locator('.card').waitFor();
  const card = await serial(page);
  await context.close(); await server.stop();
  return { disabledFirst, home, details, tried, card };
};
const yew = await dump('/work/main/dist');
const direct = await dump(process.argv[2] ?? '/work/proto-home/dist');
console.log('new button disabled before the index: yew', yew.disabledFirst, 'direct', direct.disabledFirst);
const norm = (h) => h;
for (const k of ['home', 'details', 'tried', 'card']) {
  const [a, b] = [norm(yew[k]), norm(direct[k])];
  console.log(k, a === b ? 'same' : 'DIFFERENT', a.length, b.length);
  if (a !== b) {
    const al = a.split('\n'), bl = b.split('\n');
    for (let i = 0, n = 0; i < Math.max(al.length, bl.length) && n < 12; i++) if (al[i] !== bl[i]) { n++; console.log('  yew   :', al[i]?.slice(0, 220)); console.log('  direct:', bl[i]?.slice(0, 220)); }
  }
}
await browser.close();
