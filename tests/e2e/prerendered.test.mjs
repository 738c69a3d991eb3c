// Content before code: the prerendered guide pages and snippets (make build writes them into
// www/guides/), read without JavaScript, then adopted by the wasm without being redrawn.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { holdWasm, newPage, start } from './browser.mjs';

const PAGE = 'guides/aliexpress.html';
let env;

before(async () => {
  env = await start();
});
after(() => env.close());

/** The prerendered element `make build` wrote for the AliExpress guide in `theme`. */
function snippet(theme) {
  return readFileSync(new URL(`../../www/guides/aliexpress.${theme}.snippet.html`, import.meta.url), 'utf8');
}

/** The page's schema.org HowTo data. */
async function howTo(page) {
  return JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
}

test('the guide page has its title, description, canonical link and HowTo data', async () => {
  const page = await newPage(env.browser, { javaScriptEnabled: false });
  await page.goto(`${env.url}${PAGE}`);
  assert.equal(await page.title(), 'Delete your AliExpress account');
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  assert.match(description, /^Settle your orders, save your history/);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  assert.match(canonical, /^https?:\/\/[^/]+\/guides\/aliexpress\.html$/);

  const data = await howTo(page);
  assert.equal(data['@type'], 'HowTo');
  assert.equal(data.name, 'Delete your AliExpress account');
  assert.equal(data.totalTime, 'PT10M');
  assert.deepEqual(
    data.step.map((section) => [section.name, section.itemListElement.length]),
    [['In your account settings', 6], ['Through customer support', 6]],
  );
});

test('without JavaScript, every step of every method reads, boxes tick, and links work', async () => {
  const page = await newPage(env.browser, { javaScriptEnabled: false });
  await page.goto(`${env.url}${PAGE}`);
  const widget = page.locator('[data-deletion-guide]');
  const [settings, support] = (await howTo(page)).step;

  // (Some steps belong to both methods, so a text may be there twice.)
  for (const step of [...settings.itemListElement, ...support.itemListElement]) {
    assert.ok(await widget.getByText(step.name, { exact: true }).count() >= 1, step.name);
    // The text, then its source marks.
    assert.ok(await widget.locator('.dg-step-body', { hasText: step.text }).count() >= 1, step.text);
  }
  // The first method shows; the radio buttons switch methods through CSS alone.
  assert.equal(await widget.getByRole('checkbox').count(), 6);
  await widget.getByRole('radio', { name: /Through customer support/ }).check();
  assert.equal(await widget.getByRole('checkbox').count(), 6);
  const own = support.itemListElement.find((step) =>
    settings.itemListElement.every((other) => other.name !== step.name));
  assert.equal(await widget.getByRole('checkbox', { name: own.name }).isVisible(), true);

  const box = widget.getByRole('checkbox').first();
  await box.check();
  assert.equal(await box.isChecked(), true);

  // What needs the wasm stays out of sight rather than doing nothing.
  assert.equal(await widget.getByRole('button', { name: 'Start over' }).isVisible(), false);
  assert.equal(await widget.getByRole('status').isVisible(), false);

  const links = widget.getByRole('link');
  assert.ok((await links.count()) >= 5);
  const leaving = (all) => all.filter((a) => !a.classList.contains('dg-src')).map((a) => a.href);
  for (const href of await links.evaluateAll(leaving)) {
    assert.match(href, /^https:\/\//);
  }
  const faq = widget.locator('details').first();
  await faq.locator('summary').click();
  assert.equal(await faq.evaluate((d) => d.open), true);
  assert.deepEqual(page.errors, []);
});

test('a reader that drops <template>, as feed readers do, still gets the steps and a link', async () => {
  const page = await newPage(env.browser, { javaScriptEnabled: false });
  const dropped = snippet('auto').replace(/<template[^>]*>[\s\S]*<\/template>/, '');
  await page.route(`${env.url}feed.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>feed</title><body>${dropped}` }),
  );
  await page.goto(`${env.url}${PAGE}`);
  const steps = (await howTo(page)).step.flatMap((method) => method.itemListElement);
  await page.goto(`${env.url}feed.html`);
  const fallback = page.locator('.dg-fallback');
  for (const step of steps) {
    assert.equal(await fallback.getByText(step.name).first().isVisible(), true, step.name);
  }
  const link = fallback.getByRole('link');
  assert.match(await link.getAttribute('href'), /^https?:\/\/[^/]+\/guides\/aliexpress\.html$/);
});

test('where the shadow root renders, the plain copy stays out of sight and out of the accessibility tree', async () => {
  const page = await newPage(env.browser, { javaScriptEnabled: false });
  await page.goto(`${env.url}${PAGE}`);
  assert.equal(await page.locator('.dg-fallback').isVisible(), false);
  assert.equal(await page.getByRole('link', { name: /The whole guide/ }).count(), 0);
});

test('with JavaScript, the wasm adopts the prerendered checkbox itself and saves its tick', async () => {
  const page = await newPage(env.browser);
  const warnings = [];
  page.on('console', (m) => ['warning', 'error'].includes(m.type()) && warnings.push(m.text()));
  // The wasm waits until the prerendered checkbox has been marked.
  const wasm = await holdWasm(page);
  await page.goto(`${env.url}${PAGE}`);
  const widget = page.locator('[data-deletion-guide]');
  const box = widget.getByRole('checkbox').first();
  await box.evaluate((element) => { element.dataset.prerendered = 'yes'; });
  wasm.release();

  await widget.locator('.dg-live').waitFor();
  assert.equal(await box.getAttribute('data-prerendered'), 'yes', 'the same element, not a new one');
  assert.deepEqual(wasm.requested, ['/pkg-hydrate/deletion_guide_bg.wasm']);
  await box.click();
  await widget.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('deletion-guide:aliexpress')));
  assert.deepEqual(Object.keys(saved.done), ['settle-orders']);
  await widget.getByRole('button', { name: 'Start over' }).waitFor();
  assert.deepEqual(warnings, []);
});

test('nothing on the prerendered page moves when the wasm takes over, on a phone or a desktop', async () => {
  // The age of the guide's last check ("(1 day ago)") is written only then: on narrow screens
  // it used to push the guide down. 412 is the phone Lighthouse emulates.
  for (const width of [360, 412, 600, 1280]) {
    // Tall enough to see the whole guide: only shifts in view count as layout shifts.
    const page = await newPage(env.browser, { viewport: { width, height: 8000 } });
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value)))
        .observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${env.url}${PAGE}`);
    await page.locator('.dg-live').waitFor();
    await page.locator('.dg-age').filter({ hasText: /ago/ }).waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.shifts), [], `at ${width} px`);
    await page.context().close();
  }
});

test('what the reader ticked and chose before the wasm arrived is kept, never shown undone, and saved', async () => {
  const page = await newPage(env.browser);
  const wasm = await holdWasm(page);
  await page.goto(`${env.url}${PAGE}`);
  const widget = page.locator('[data-deletion-guide]');
  // Both are looked at on every frame and between tasks while the wasm takes over: hydrating
  // used to set them back for a frame or two (and a test ticking then saw its click undone).
  const watch = (input) => input.evaluate((element) => { element.dataset.watch = ''; });
  await widget.getByRole('checkbox').nth(2).check();
  await watch(widget.getByRole('checkbox').nth(2));
  await widget.getByRole('radio', { name: /Through customer support/ }).check();
  await watch(widget.getByRole('radio', { name: /Through customer support/ }));
  await page.evaluate(() => {
    const watched = [...document.querySelector('[data-deletion-guide]').shadowRoot.querySelectorAll('[data-watch]')];
    window.undone = [];
    const look = (when) => watched.filter((e) => !e.checked).forEach((e) => window.undone.push(`${e.value} in ${when}`));
    const frame = () => { look('a frame'); window.watching && requestAnimationFrame(frame); };
    const task = () => { look('a task'); window.watching && setTimeout(task, 0); };
    window.watching = true;
    frame();
    task();
  });
  wasm.release();

  await widget.locator('.dg-live').waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.deepEqual(await page.evaluate(() => { window.watching = false; return window.undone; }), []);
  assert.equal(await widget.getByRole('radio', { name: /Through customer support/ }).isChecked(), true);
  await widget.getByRole('radio', { name: /In your account settings/ }).check();
  await widget.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  assert.equal(await widget.getByRole('checkbox').nth(2).isChecked(), true);
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('deletion-guide:aliexpress')));
  assert.deepEqual(Object.keys(saved.done), ['remove-personal-data']);
  assert.deepEqual(page.errors, []);
});

test('a returning reader\'s saved method and ticks survive the markup\'s defaults', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}${PAGE}`);
  const saved = { v: 2, method: 'customer-support', done: { 'state-request': '2026-11-01' }, requested: '2026-11-01' };
  await page.evaluate((value) => localStorage.setItem('deletion-guide:aliexpress', JSON.stringify(value)), saved);
  await page.reload();
  const widget = page.locator('[data-deletion-guide]');
  await widget.locator('.dg-live').waitFor();
  assert.equal(await widget.getByRole('radio', { name: /Through customer support/ }).isChecked(), true);
  await widget.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  const now = JSON.parse(await page.evaluate(() => localStorage.getItem('deletion-guide:aliexpress')));
  assert.equal(now.method, 'customer-support', 'the markup\'s first method did not overwrite it');
  assert.deepEqual(page.errors, []);
});

test('a stale prerendered snippet is redrawn, not adopted, and works', async () => {
  const page = await newPage(env.browser);
  const stale = snippet('auto').replace(/data-dg-key="[^"]*"/, 'data-dg-key="made by an older build"');
  await page.route(`${env.url}stale.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>stale</title><body>${stale}
        <script type="module" src="deletion-guide.js"></script></body></html>`,
    }),
  );
  const wasm = await holdWasm(page);
  await page.goto(`${env.url}stale.html`);
  const widget = page.locator('[data-deletion-guide]');
  const box = widget.getByRole('checkbox').first();
  await box.evaluate((element) => { element.dataset.prerendered = 'yes'; });
  wasm.release();
  await widget.locator('.dg-live').waitFor();
  const fresh = widget.getByRole('checkbox').first();
  assert.equal(await fresh.getAttribute('data-prerendered'), null, 'drawn afresh');
  await fresh.click();
  await widget.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('a snippet a CMS altered is redrawn, and nothing else on the page is harmed', async () => {
  const altered = {
    // Many CMSs and minifiers strip HTML comments, which Yew marks its components with.
    'comments stripped': snippet('auto').replace(/<!--[\s\S]*?-->/g, ''),
    // An editor that drops an element (the first step's explanation).
    'a paragraph removed': snippet('auto').replace(/<p class="dg-step-body">[\s\S]*?<\/p>/, ''),
  };
  for (const [how, markup] of Object.entries(altered)) {
    assert.notEqual(markup, snippet('auto'), `${how}: the snippet was altered`);
    const page = await newPage(env.browser);
    await page.route(`${env.url}altered.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>altered</title><body>${markup}
          <div data-deletion-guide="aliexpress"></div>
          <script type="module" src="deletion-guide.js"></script></body></html>`,
      }),
    );
    const wasm = await holdWasm(page);
    await page.goto(`${env.url}altered.html`);
    const [snippetWidget, plain] = [0, 1].map((i) => page.locator('[data-deletion-guide]').nth(i));
    await snippetWidget.getByRole('checkbox').first().evaluate((box) => { box.dataset.prerendered = 'yes'; });
    wasm.release();
    await snippetWidget.locator('.dg-live').waitFor();
    await plain.locator('.dg-live').waitFor();
    const box = snippetWidget.getByRole('checkbox').first();
    assert.equal(await box.getAttribute('data-prerendered'), null, `${how}: drawn afresh`);
    await box.click();
    await plain.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
    // The module is alive: a widget the page adds later still mounts.
    await page.evaluate(() => {
      const later = document.createElement('div');
      later.dataset.deletionGuide = 'aliexpress';
      later.id = 'later';
      document.body.append(later);
    });
    await page.locator('#later').getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
    assert.deepEqual(page.errors, [], how);
    await page.close();
  }
});

test('a prerendered and a plain element on one page both come to life, in step', async () => {
  const page = await newPage(env.browser);
  await page.route(`${env.url}mixed.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>mixed</title><body>${snippet('auto')}
        <div data-deletion-guide="aliexpress"></div>
        <script type="module" src="deletion-guide.js"></script></body></html>`,
    }),
  );
  await page.goto(`${env.url}mixed.html`);
  const [prerendered, plain] = [0, 1].map((i) => page.locator('[data-deletion-guide]').nth(i));
  await prerendered.locator('.dg-live').waitFor();
  await plain.locator('.dg-live').waitFor();
  await plain.getByRole('checkbox').first().click();
  await prerendered.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  assert.deepEqual(page.errors, []);
});
