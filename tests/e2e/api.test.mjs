// The page's side of the widget: mount() and unmount() called as apps call them, memory over
// many cycles, the loader included twice, attributes changed after mounting, and elements that
// already hold another script's shadow root.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, start } from './browser.mjs';
import { measureMemory } from './heap.mjs';

let env;
before(async () => {
  env = await start();
});
after(() => env.close());

/** A page with `body`, served from the site's root so that its scripts resolve. */
async function pageWith(body, name = 'api.html') {
  const page = await newPage(env.browser);
  await page.route(`${env.url}${name}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>api</title><body>${body}</body></html>` }),
  );
  await page.goto(`${env.url}${name}`);
  return page;
}

test('a thousand mounts and unmounts leave memory, nodes and listeners flat', async () => {
  const page = await pageWith('<div id="host"></div>');
  await page.evaluate(async () => {
    const wasm = await import('/pkg/deletion_guide.js');
    await wasm.default();
    const host = document.getElementById('host');
    const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
    // As React's StrictMode and effect clean-ups do: mount and unmount in one task; and as a
    // single-page blog does: mount, let it draw, unmount.
    window.cycle = async (count) => {
      for (let i = 0; i < count; i += 1) {
        wasm.mount(host, { guide: 'aliexpress' }).unmount();
        if (i % 50 === 0) await pause();
        const widget = wasm.mount(host, { guide: 'aliexpress' });
        if (i % 10 === 0) await pause();
        widget.unmount();
      }
      await pause();
    };
  });
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => window.cycle(100));
  const before = await measureMemory(cdp);
  await page.evaluate(() => window.cycle(1000));
  const after = await measureMemory(cdp);
  const report = JSON.stringify({ before, after });
  assert.ok(after.detached - before.detached < 50, `detached DOM nodes held: ${report}`);
  assert.ok(after.listeners - before.listeners < 20, `event listeners: ${report}`);
  assert.ok(after.heap - before.heap < 1_000_000, `JS heap: ${report}`);

  // And the widget mounted after all that works.
  await page.evaluate(async () => {
    const wasm = await import('/pkg/deletion_guide.js');
    wasm.mount(document.getElementById('host'), { guide: 'aliexpress' });
  });
  await page.locator('#host').getByRole('checkbox').first().click();
  await page.locator('#host').getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('the loader included twice loads the wasm once and mounts each element once', async () => {
  const page = await newPage(env.browser);
  const wasm = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasm.push(request.url());
  });
  await page.route(`${env.url}twice.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>twice</title><body>
        <div data-deletion-guide="aliexpress"></div>
        <script type="module" src="deletion-guide.js"></script>
        <script type="module" src="deletion-guide.js?from-a-plugin"></script></body></html>`,
    }),
  );
  await page.goto(`${env.url}twice.html`);
  const widget = page.locator('[data-deletion-guide]');
  await widget.locator('.dg-live').waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(wasm.length, 1, wasm.join(', '));
  assert.equal(await widget.locator('article.dg').count(), 1);
  await widget.getByRole('checkbox').first().click();
  await widget.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('a widget follows its attributes: theme, guide, and removal', async () => {
  const page = await pageWith(`<div id="w" data-deletion-guide="aliexpress" data-theme="light"></div>
    <script type="module" src="deletion-guide.js"></script>`);
  const widget = page.locator('#w');
  await widget.locator('.dg-live.dg-theme-light').waitFor();
  await page.evaluate(() => document.getElementById('w').setAttribute('data-theme', 'dark'));
  await widget.locator('.dg-live.dg-theme-dark').waitFor();
  await page.evaluate(() => document.getElementById('w').setAttribute('data-deletion-guide', 'no-such-guide'));
  await widget.getByText('no-such-guide').first().waitFor();
  await page.evaluate(() => document.getElementById('w').removeAttribute('data-deletion-guide'));
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.childElementCount === 0);
  assert.deepEqual(page.errors, []);
});

test('a shadow root another script made is left alone, and the page is told why', async () => {
  const page = await pageWith(`<div id="open" data-deletion-guide="aliexpress"></div>
    <div id="closed" data-deletion-guide="aliexpress"></div>
    <script>
      document.getElementById('open').attachShadow({ mode: 'open' }).innerHTML = '<p>Theirs</p>';
      document.getElementById('closed').attachShadow({ mode: 'closed' }).innerHTML = '<p>Theirs</p>';
    </script>
    <script type="module" src="deletion-guide.js"></script>`);
  for (const id of ['open', 'closed']) {
    await page.waitForFunction((id) => document.getElementById(id).textContent.includes('another script'), id);
  }
  assert.equal(await page.evaluate(() => document.getElementById('open').shadowRoot.innerHTML), '<p>Theirs</p>');
  assert.deepEqual(page.errors, []);
});

test('a widget inside another component\'s open shadow root is found, also when added later', async () => {
  const page = await pageWith(`<blog-post id="post"></blog-post>
    <script>
      const root = document.getElementById('post').attachShadow({ mode: 'open' });
      root.innerHTML = '<article><div id="first" data-deletion-guide="aliexpress"></div></article>';
    </script>
    <script type="module" src="deletion-guide.js"></script>`);
  const first = page.locator('#first');
  await first.locator('.dg-live').waitFor();
  await page.evaluate(() => {
    const later = document.createElement('div');
    later.id = 'later';
    later.dataset.deletionGuide = 'aliexpress';
    document.getElementById('post').shadowRoot.querySelector('article').append(later);
  });
  await page.locator('#later').locator('.dg-live').waitFor();
  await first.getByRole('checkbox').first().click();
  await page.locator('#later').getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  assert.deepEqual(page.errors, []);
});
