import { chromium } from '/work/main/tools/node/node_modules/playwright-core/index.mjs';
import { storedChecklist } from '/work/main/tests/e2e/bench-tasks.mjs';
process.env.NAPCHECK_BIN ??= '/work/main/target/release/napcheck';
const { startServe } = await import('/work/main/tests/e2e/serve.mjs');
const a = await startServe([], { dist: '/work/main/dist' });
const b = await startServe([], { dist: process.argv[2] ?? '/work/proto/dist' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking','--disable-component-update'] });
const stored = Object.fromEntries(Object.entries(await storedChecklist(browser, a.url)).filter(([k]) => !k.startsWith('napcheck:v1:cache:')));
console.log('stored keys', Object.keys(stored));
for (const width of [360, 1280]) {
const context = await browser.newContext({ viewport: { width, height: 800 }, serviceWorkers: 'block' });
await context.addInitScript((entries) => {
  if (!sessionStorage.getItem('s')) { for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v); sessionStorage.setItem('s','1'); }
}, stored);
const page = await context.newPage();
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(b.url);
await page.locator('.criterion').first().waitFor();
const score0 = await page.locator('#overall-score').textContent();
const title0 = await page.locator('.criterion h2').textContent();
await page.locator('.criterion input[type=radio]').first().check();
await page.waitForTimeout(100);
const score1 = await page.locator('#overall-score').textContent();
console.log(width, 'question', title0, 'score', score0, '->', score1, 'progress', await page.locator('#progress-text').textContent());
await page.screenshot({ path: `/tmp/tr/proto-${width}.png`, fullPage: true });
// A note, typed: focus and text kept across redraws.
await page.locator('details.extra summary').click();
const note = page.locator('textarea[id^=note-]');
await note.click();
await page.keyboard.type('Bu qeyddir, yoxlama üçün.');
const focused = await page.evaluate(() => document.activeElement?.id);
console.log('note', JSON.stringify(await note.inputValue()), 'focused', focused, 'counter', await page.locator('.counter').textContent());
await page.locator('.step-nav button').nth(1).click();
await page.waitForTimeout(100);
console.log('next question', await page.locator('.criterion h2').textContent(), 'focused', await page.evaluate(() => document.activeElement?.tagName + '#' + document.activeElement?.id));
await page.reload();
await page.locator('.criterion').first().waitFor();
console.log('after reload', await page.locator('.criterion h2').textContent(), await page.locator('#step-count').textContent(), 'score', await page.locator('#overall-score').textContent());
await page.locator('.step-nav button').nth(0).click();
await page.waitForTimeout(100);
console.log('previous: note kept', JSON.stringify(await page.locator('textarea[id^=note-]').inputValue()), 'radio checked', await page.locator('.criterion input[type=radio]').first().isChecked());
await page.selectOption('#lang-select', 'en');
await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('h1')?.textContent !== 'Yoxlama siyahısı');
await page.waitForTimeout(300);
console.log('en:', await page.locator('h1').textContent(), '|', await page.locator('.criterion h2').textContent());
await page.screenshot({ path: `/tmp/tr/proto-${width}-en.png`, fullPage: true });
await context.close();
}
await browser.close(); await a.stop(); await b.stop();
