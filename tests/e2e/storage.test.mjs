// Progress where the browser makes saving hard: a sandboxed frame, a reader with two tabs, and
// a tick made while the widget is still being drawn.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, start } from './browser.mjs';

let env;
before(async () => {
  env = await start();
});
after(() => env.close());

test('in a sandboxed iframe without storage, the guide works and says progress is not kept', async () => {
  const page = await newPage(env.browser);
  // A host page as a blog platform might serve it: the frame may run scripts, but has an
  // opaque origin, so touching localStorage throws.
  await page.route(`${env.url}sandbox-host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title>
        <iframe sandbox="allow-scripts" src="/?guide=aliexpress" width="800" height="900"></iframe>`,
    }),
  );
  await page.goto(`${env.url}sandbox-host.html`);
  const frame = page.frameLocator('iframe');
  await frame.getByText('does not let the guide save your progress').waitFor();
  await frame.getByRole('checkbox', { name: 'Save your order history' }).check();
  await frame.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('two tabs of one reader stay in step, including a clear from elsewhere', async () => {
  const context = await env.browser.newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.goto(`${env.url}?guide=aliexpress`);
    await page.getByText('0 of 6 steps done').filter({ visible: true }).waitFor();
  }
  await first.getByRole('checkbox', { name: 'Open your account settings' }).check();
  await second.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  assert.equal(
    await second.getByRole('checkbox', { name: 'Open your account settings' }).isChecked(),
    true,
  );

  await first.evaluate(() => localStorage.clear());
  await second.getByText('0 of 6 steps done').filter({ visible: true }).waitFor();
  await context.close();
});

test('ticks made at the same moment in two tabs are all kept, even when one tab is busy', async () => {
  const context = await env.browser.newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.goto(`${env.url}?guide=aliexpress`);
    await page.getByText('0 of 6 steps done').filter({ visible: true }).waitFor();
  }
  const box = (page, name) => page.getByRole('checkbox', { name });
  for (let round = 0; round < 8; round += 1) {
    // The second tab is busy for a moment (a long task), as a real page may be.
    const busy = second.evaluate(() => {
      const end = performance.now() + 150;
      while (performance.now() < end);
    });
    await Promise.all([
      box(first, 'Save your order history').setChecked(round % 2 === 0),
      box(second, 'Open your account settings').setChecked(round % 2 === 0),
    ]);
    await busy;
    const expected = round % 2 === 0 ? '2 of 6 steps done' : '0 of 6 steps done';
    await first.getByText(expected).filter({ visible: true }).waitFor({ timeout: 2000 });
    await second.getByText(expected).filter({ visible: true }).waitFor({ timeout: 2000 });
  }
  const saved = await first.evaluate(() => localStorage.getItem('deletion-guide:aliexpress'));
  assert.match(saved, /"done":\{\}/, 'the last round unticked both');
  await context.close();
});

test('a script widget and an iframe embed on one page keep each other\'s ticks', async () => {
  for (let round = 0; round < 3; round += 1) {
    const page = await newPage(env.browser);
    await page.goto(`${env.url}blog-example.html`);
    const widget = page.locator('[data-deletion-guide] article.dg').first();
    const frame = page.frameLocator('iframe.deletion-guide-frame');
    await widget.getByText('0 of 6 steps done').filter({ visible: true }).waitFor();
    await frame.getByText('0 of 6 steps done').filter({ visible: true }).waitFor();
    // Clicked from script, at once: a pointer click aimed at the frame can land on the page
    // while the widget above it changes height.
    const click = (box) => box.evaluate((input) => input.click());
    await Promise.all([
      click(widget.getByRole('checkbox', { name: 'Save your order history' })),
      click(frame.getByRole('checkbox', { name: 'Open your account settings' })),
    ]);
    await widget.getByText('2 of 6 steps done').filter({ visible: true }).waitFor({ timeout: 2000 });
    await frame.getByText('2 of 6 steps done').filter({ visible: true }).waitFor({ timeout: 2000 });
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test('a tick made the moment the widget is drawn, before it has joined the page\'s progress, is kept', async () => {
  // Yew draws a widget, then lets the browser handle input before the effect that joins it to
  // the page's progress: a click there used to be dropped, unsaved (by both bundles: the guide
  // page's, which adopts the markup, and the standalone page's, which draws it).
  for (const address of ['guides/aliexpress.html', '?guide=aliexpress&lang=fr']) {
    const page = await newPage(env.browser);
    await page.addInitScript(() => {
      // Clicked as soon as the live widget is in its shadow root, before any later task.
      const watch = (root) => new MutationObserver((_, observer) => {
        const box = root.querySelector('.dg-live input[type=checkbox]');
        if (box) {
          observer.disconnect();
          box.click();
          window.clicked = box.value;
        }
      }).observe(root, { subtree: true, childList: true, attributes: true });
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        watch(root);
        return root;
      };
      document.addEventListener('DOMContentLoaded', () => {
        for (const host of document.querySelectorAll('[data-deletion-guide]')) if (host.shadowRoot) watch(host.shadowRoot);
      });
    });
    await page.goto(`${env.url}${address}`);
    await page.waitForFunction(() => window.clicked);
    const saved = await page.evaluate(() => localStorage.getItem('deletion-guide:aliexpress'));
    assert.match(saved ?? 'nothing saved', /"settle-orders"/, address);
    // Coming back (in a page without the click above): the tick is there.
    const again = await page.context().newPage();
    await again.goto(`${env.url}${address}`);
    await again.locator('.dg-live').waitFor();
    assert.equal(await again.getByRole('checkbox', { name: 'Finish every order, dispute and refund' }).isChecked(), true, address);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
