import { launch, open, load, startAssessment, extra, url } from './lib.mjs';
const browser = await launch();
const context = await browser.newContext({ serviceWorkers: 'block' });
const a = await open(browser, { context });
await load(a, 'en');
await startAssessment(a, { name: 'Shared' });
const b = await open(browser, { context });
await load(b);
await b.locator('.criterion').first().waitFor();
a.on('console', (m) => console.log('A:', m.text()));
await (await extra(a.locator('.criterion'))).getByLabel('Note').fill('written in tab A');
await new Promise((r) => setTimeout(r, 1500));
await (await extra(b.locator('.criterion'))).getByLabel('Note').fill('written in tab B');
await new Promise((r) => setTimeout(r, 1500));
const info = await a.evaluate(() => ({
  note: document.querySelector('.criterion textarea[id^=note-]')?.value,
  html: document.querySelector('.criterion textarea[id^=note-]')?.outerHTML,
  keys: Object.keys(localStorage),
  stored: Object.entries(localStorage).filter(([k]) => k.includes('draft')).map(([k, v]) => v.slice(0, 300)),
  q: document.querySelector('article.criterion')?.getAttribute('aria-labelledby'),
}));
const qa = await a.evaluate(() => [document.activeElement?.outerHTML, document.querySelector('details.extra')?.open]);
console.log(JSON.stringify(info, null, 1), 'A q', qa, 'A errors', a.errors, 'B errors', b.errors);
await browser.close();
