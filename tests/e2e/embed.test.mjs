// Embedding on pages we do not control: a hostile blog theme, a strict security policy,
// widgets added and removed by a single-page blog, and an iframe for script-free platforms.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, start } from './browser.mjs';

const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let env;

before(async () => {
  env = await start();
});
after(() => env.close());

/** Serves `body` at `path` on the test origin, with extra response headers. */
async function servePage(page, path, body, headers = {}) {
  await page.route(`${env.url}${path}`, (route) =>
    route.fulfill({ contentType: 'text/html', headers, body }),
  );
}

test('on the hostile blog, every widget renders, ticks, and shows all its parts', async () => {
  const page = await newPage(env.browser, { viewport: { width: 1000, height: 900 } });
  const wasm = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.frame() === page.mainFrame()));
  await page.goto(`${env.url}blog-example.html`);

  const widgets = page.locator('[data-deletion-guide]');
  assert.equal(await widgets.count(), 2);
  for (const widget of [widgets.nth(0), widgets.nth(1)]) {
    await widget.getByText('of 6 steps done').filter({ visible: true }).waitFor();
    const boxes = widget.getByRole('checkbox');
    assert.equal(await boxes.count(), 6);
    for (let i = 0; i < 6; i += 1) {
      const box = await boxes.nth(i).boundingBox();
      assert.ok(box && box.width >= 20 && box.height >= 20, `checkbox ${i} is visible: ${JSON.stringify(box)}`);
    }
    for (const visible of [
      widget.getByRole('button', { name: 'Start over' }),
      widget.locator('progress').first(),
      widget.getByText('Can a deleted account be recovered?'),
    ]) {
      assert.equal(await visible.isVisible(), true);
    }
    const title = widget.getByRole('heading', { name: 'Delete your AliExpress account' });
    assert.equal(await title.evaluate((h) => getComputedStyle(h).textTransform), 'none');
  }

  // Two script widgets of one guide on one page: one wasm download, and they keep in step.
  await widgets.nth(0).getByRole('checkbox', { name: 'Save your order history' }).check();
  await widgets.nth(1).getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  assert.deepEqual(wasm.filter((mainFrame) => mainFrame), [true], 'the page loads the wasm once');

  const frame = page.frameLocator('iframe.deletion-guide-frame');
  await frame.getByRole('checkbox', { name: 'Open your account settings' }).check();
  await frame.getByText('2 of 6 steps done').filter({ visible: true }).waitFor();

  // Nothing of the widget's styling reaches the page: its sheet lives only in the shadow roots.
  const pageSheets = await page.evaluate(() => ({
    adopted: document.adoptedStyleSheets.length,
    linked: [...document.styleSheets].map((s) => new URL(s.href).pathname),
    articleFont: getComputedStyle(document.querySelector('article p')).fontFamily,
  }));
  assert.deepEqual(pageSheets.adopted, 0);
  assert.deepEqual(pageSheets.linked, ['/blog-example.css']);
  assert.match(pageSheets.articleFont, /Georgia/);
  assert.deepEqual(page.errors, []);
});

test('data-theme="auto" follows the reader\'s colour scheme as it changes', async () => {
  const page = await newPage(env.browser, { colorScheme: 'light' });
  await page.goto(`${env.url}blog-example.html`);
  const auto = page.locator('[data-theme="auto"] article.dg');
  const dark = page.locator('[data-theme="dark"] article.dg');
  await auto.getByText('of 6 steps done').filter({ visible: true }).waitFor();
  const background = (widget) => widget.evaluate((a) => getComputedStyle(a).backgroundColor);
  assert.equal(await background(auto), 'rgb(255, 255, 255)');
  assert.equal(await background(dark), 'rgb(13, 17, 23)');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await background(auto), 'rgb(13, 17, 23)');
  const accent = await dark.locator('a').first().evaluate((a) => getComputedStyle(a).color);
  assert.equal(accent, 'rgb(255, 155, 210)', 'the host page set --dg-accent on the element');
});

test('the iframe embed is as tall as its content and never scrolls inside', async () => {
  const page = await newPage(env.browser, { viewport: { width: 1000, height: 900 } });
  await page.goto(`${env.url}blog-example.html`);
  const frame = page.frameLocator('iframe.deletion-guide-frame');
  await frame.getByText('of 6 steps done').filter({ visible: true }).waitFor();
  const fits = async () => {
    const outer = await page.locator('iframe.deletion-guide-frame').evaluate((f) => f.clientHeight);
    const inner = await frame.locator('#guide').evaluate((g) => Math.ceil(g.getBoundingClientRect().height));
    const scrolls = await frame.locator('html').evaluate((h) => h.scrollHeight > h.clientHeight);
    return { outer, inner, scrolls };
  };
  await page.waitForFunction(() => document.querySelector('iframe').clientHeight > 1000);
  let size = await fits();
  assert.equal(size.outer, size.inner);
  assert.equal(size.scrolls, false);

  // Opening a FAQ answer makes the guide taller: the frame follows.
  await frame.getByText('How long does deletion take?').click();
  await page.waitForFunction((before) => document.querySelector('iframe').clientHeight > before, size.outer);
  size = await fits();
  assert.equal(size.outer, size.inner);
  assert.equal(size.scrolls, false);
});

test('the resize script takes only a sane number of pixels from a frame', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}blog-example.html`);
  const frame = page.frameLocator('iframe.deletion-guide-frame');
  await frame.getByText('of 6 steps done').filter({ visible: true }).waitFor();
  const iframe = page.locator('iframe.deletion-guide-frame');
  const post = (height) => iframe.evaluate((element, height) => {
    element.contentWindow.eval(`parent.postMessage({ type: 'deletion-guide:height', height: ${height} }, '*')`);
  }, height);
  for (const height of ['1e9', "'calc(100vh + 1px)'", 'Infinity', 'NaN', '-5', "'500'", 'null']) {
    const before = await iframe.evaluate((f) => f.style.height);
    await post(height);
    await page.waitForTimeout(50);
    assert.equal(await iframe.evaluate((f) => f.style.height), before, `${height} is refused`);
  }
  await post('1234.2');
  await page.waitForFunction(() => document.querySelector('iframe.deletion-guide-frame').style.height === '1235px');
});

test('under a strict Content-Security-Policy the widget works without a single violation', async () => {
  const page = await newPage(env.browser);
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await servePage(
    page,
    'csp.html',
    `<!doctype html><html lang="en"><title>CSP</title>
     <div data-deletion-guide="aliexpress" data-theme="dark" data-accent="#ff9bd2"></div>
     <script type="module" src="/deletion-guide.js"></script></html>`,
    { 'Content-Security-Policy': STRICT_CSP },
  );
  await page.goto(`${env.url}csp.html`);
  await page.getByText('0 of 6 steps done').filter({ visible: true }).waitFor();
  await page.getByRole('checkbox', { name: 'Open your account settings' }).check();
  await page.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  const styled = await page
    .locator('article.dg')
    .evaluate((a) => getComputedStyle(a).borderTopStyle);
  assert.equal(styled, 'solid', 'the stylesheet applied under the policy');
  const accent = await page.locator('article.dg a').first().evaluate((a) => getComputedStyle(a).color);
  assert.equal(accent, 'rgb(255, 155, 210)', 'data-accent themes the widget under the policy');
  assert.deepEqual(violations, []);
  assert.deepEqual(page.errors, []);
});

test('a whole session asks only its own origin and sets no cookie', async () => {
  const page = await newPage(env.browser);
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.goto(`${env.url}blog-example.html`);
  const widget = page.locator('[data-deletion-guide]').first();
  await widget.getByRole('checkbox', { name: 'Confirm the deletion' }).check();
  await widget.getByText('You sent your deletion request').waitFor();
  await page.reload();
  await widget.getByText('You sent your deletion request').waitFor();
  await page.frameLocator('iframe').getByText('You sent your deletion request').waitFor();

  assert.deepEqual([...origins], [new URL(env.url).origin]);
  assert.equal(await page.evaluate(() => document.cookie), '');
  const cookies = await page.context().cookies();
  assert.deepEqual(cookies, []);
});

test('widgets added later are mounted, and removed ones are unmounted cleanly', async () => {
  const page = await newPage(env.browser);
  await servePage(
    page,
    'spa.html',
    `<!doctype html><html lang="en"><title>SPA</title><main id="app"></main>
     <script type="module" src="/deletion-guide.js"></script></html>`,
  );
  await page.goto(`${env.url}spa.html`);
  await page.waitForFunction(() => document.querySelector('script[type=module]'));
  await page.evaluate(() => {
    const article = document.createElement('div');
    article.setAttribute('data-deletion-guide', 'aliexpress');
    document.getElementById('app').append(article);
  });
  await page.getByText('0 of 6 steps done').filter({ visible: true }).waitFor();
  await page.evaluate(() => document.getElementById('app').replaceChildren());
  await page.evaluate(() => {
    const other = document.createElement('div');
    other.setAttribute('data-deletion-guide', 'no-such-guide');
    document.getElementById('app').append(other);
  });
  await page.getByText('There is no deletion guide called “no-such-guide”').waitFor();
  assert.deepEqual(page.errors, []);
});
