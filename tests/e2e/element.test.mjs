// The custom element: `<deletion-guide guide="…" theme="…">`, beside the data- form. The
// loader defines it; it takes the same options as attributes without `data-`, redraws when
// they change, unmounts when removed, and its prerendered snippet is adopted, not redrawn.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { holdWasm, newPage, start } from './browser.mjs';

let env;
before(async () => {
  env = await start();
});
after(() => env.close());

/** Serves `body` at `name` on the test server and opens it. */
async function open(page, name, body) {
  await page.route(`${env.url}${name}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>element</title><link rel="icon" href="favicon.svg"><body>${body}
        <script type="module" src="deletion-guide.js"></script></body></html>`,
    }),
  );
  await page.goto(`${env.url}${name}`);
}

test('<deletion-guide> shows its guide with the same options as the data- form, and keeps ticks', async () => {
  const page = await newPage(env.browser);
  await open(page, 'element.html', '<deletion-guide guide="aliexpress" theme="dark" accent="#ff9bd2" heading-level="3"></deletion-guide>');
  const widget = page.locator('deletion-guide');
  await widget.locator('.dg-live').waitFor();
  assert.equal(await page.evaluate(() => customElements.get('deletion-guide') !== undefined), true, 'defined');
  assert.equal(await widget.locator('article.dg').evaluate((a) => a.classList.contains('dg-theme-dark')), true);
  assert.equal(await widget.getByRole('heading', { level: 3, name: 'Delete your AliExpress account' }).count(), 1);
  assert.equal(await widget.evaluate((e) => e.style.getPropertyValue('--dg-accent')), '#ff9bd2');
  await widget.getByRole('checkbox', { name: 'Save your order history' }).first().check();
  await page.reload();
  await widget.locator('.dg-live').waitFor();
  assert.equal(await widget.getByRole('checkbox', { name: 'Save your order history' }).first().isChecked(), true);
  assert.deepEqual(page.errors, []);
});

test('a changed guide or theme redraws it; removed, it is unmounted, and a new one mounts', async () => {
  const page = await newPage(env.browser);
  await open(page, 'element-change.html', '<main id="post"><deletion-guide guide="aliexpress"></deletion-guide></main>');
  const widget = page.locator('deletion-guide');
  await widget.locator('.dg-live').waitFor();
  await widget.evaluate((e) => e.setAttribute('guide', 'spotify'));
  await widget.getByRole('heading', { name: /Spotify/ }).first().waitFor();
  await widget.evaluate((e) => e.setAttribute('theme', 'light'));
  await page.waitForFunction(() => document.querySelector('deletion-guide').shadowRoot.querySelector('article.dg-theme-light'));
  await page.evaluate(() => document.querySelector('deletion-guide').remove());
  await page.evaluate(() => {
    const next = document.createElement('deletion-guide');
    next.setAttribute('guide', 'temu');
    document.getElementById('post').append(next);
  });
  await page.locator('deletion-guide').getByRole('heading', { name: /Temu/ }).first().waitFor();
  assert.equal(await page.locator('deletion-guide').count(), 1);
  assert.deepEqual(page.errors, []);
});

test('the prerendered <deletion-guide> snippet is adopted by the wasm, not drawn again', async () => {
  const page = await newPage(env.browser);
  const snippet = readFileSync(new URL('../../www/guides/aliexpress.auto.element.html', import.meta.url), 'utf8');
  assert.match(snippet, /^<deletion-guide guide="aliexpress"><template shadowrootmode="open">/);
  const wasm = await holdWasm(page);
  await open(page, 'element-snippet.html', snippet);
  const box = page.locator('deletion-guide').getByRole('checkbox').first();
  await box.evaluate((element) => { element.dataset.prerendered = 'yes'; });
  wasm.release();
  await page.locator('deletion-guide .dg-live').waitFor();
  assert.equal(await box.getAttribute('data-prerendered'), 'yes', 'the same element, not a new one');
  assert.deepEqual(wasm.requested, ['/pkg-hydrate/deletion_guide_bg.wasm']);
  assert.deepEqual(page.errors, []);
});
