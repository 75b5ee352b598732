// The body register is not in the first wasm: the details view fetches
// catalogue/bodies.json and offers its bodies; the checklist never asks for it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, load, words } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the details view fetches the body register and a body from it can be chosen', async () => {
  const page = await open(browser);
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await load(page, 'en');
  assert.ok(!fetched.some((p) => p.endsWith('/catalogue/bodies.json')), 'not fetched by the start page');
  const w = words('en');
  await page.getByRole('button', { name: w['home.new'] }).click();
  const option = page.locator('#body option[value="baku-city-executive"]');
  await option.waitFor({ state: 'attached' });
  assert.ok(fetched.some((p) => p.endsWith('/catalogue/bodies.json')), 'fetched by the details view');
  await page.selectOption('#body', 'baku-city-executive');
  assert.equal(await page.locator('#body').inputValue(), 'baku-city-executive');
  await page.close();
});
