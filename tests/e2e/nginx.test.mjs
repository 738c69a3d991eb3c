// The shipped nginx configuration (hosting/nginx.conf), for real: Debian's nginx (`make setup`
// installs it when missing) serves dist/ with it, `nginx -t` accepts it, each kind of file
// gets its headers, and a blog on another origin embeds the widget from it: by script, in a
// sandboxed frame, by iframe, and under a strict Content-Security-Policy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { NGINX, head as headAt, startNginx } from '../../scripts/nginx.mjs';
import { newPage } from './browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
let nginx;
let origin;
let blog;
let browser;

/** The status and headers of `path` on nginx, asking for `encoding`. */
const head = (path, encoding) => headAt(`${origin.replace(/\/$/, '')}${path}`, encoding);

before(async () => {
  nginx = await startNginx(DIST, join(ROOT, 'target/nginx'));
  origin = nginx.origin;
  blog = await blogPages();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  blog?.server.close();
  nginx?.stop();
});

test('nginx -t accepts the shipped configuration', () => {
  const checked = spawnSync(NGINX, ['-t', '-p', nginx.prefix, '-c', nginx.config], { encoding: 'utf8' });
  assert.equal(checked.status, 0, checked.stderr);
  assert.match(checked.stderr, /test is successful/);
});

test('each kind of file gets its type, caching, CORS, compression and policy', async () => {
  const wasm = `/${manifest.hashed['pkg/deletion_guide_bg.wasm']}`;
  const asset = await head(wasm, 'br');
  assert.equal(asset.status, 200);
  assert.equal(asset.headers['content-type'], 'application/wasm');
  assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(asset.headers['access-control-allow-origin'], '*');
  assert.equal(asset.headers['content-encoding'], 'br');
  assert.equal((await head(wasm, 'gzip')).headers['content-encoding'], 'gzip');
  const css = await head(`/${manifest.hashed['page.css']}`, 'gzip');
  assert.equal(css.headers['cache-control'], 'public, max-age=31536000, immutable');

  const loader = await head('/deletion-guide.js', 'br');
  assert.equal(loader.headers['content-type'], 'application/javascript');
  assert.equal(loader.headers['cache-control'], 'no-cache');
  assert.equal(loader.headers['access-control-allow-origin'], '*');
  assert.equal(loader.headers['content-encoding'], 'br');
  assert.equal((await head('/embed-resize.js')).headers['access-control-allow-origin'], '*');
  assert.equal((await head('/guides/aliexpress.auto.snippet.html')).headers['access-control-allow-origin'], '*');
  assert.equal((await head('/guides/aliexpress.auto.element.html')).headers['access-control-allow-origin'], '*');

  const guidePage = await head('/guides/aliexpress.html');
  assert.equal(guidePage.headers['cache-control'], 'no-cache');
  assert.match(guidePage.headers['content-security-policy'], /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline';/);
  assert.equal(guidePage.headers['x-content-type-options'], 'nosniff');
  for (const path of ['/', '/index.html', '/embed.html']) {
    const page = await head(path);
    assert.equal(page.status, 200, path);
    assert.match(page.headers['content-security-policy'], /style-src 'self';/, path);
  }
  assert.equal((await head('/sitemap.xml')).headers['cache-control'], 'no-cache');
  assert.equal((await head('/blog-example.html')).status, 404, 'the demo is not published');
});

test('the standalone address goes to the guide\'s own page before any script, where there is one', async () => {
  const to = async (path) => {
    const { status, headers } = await head(path);
    return status === 302 ? headers.location : status;
  };
  assert.equal(await to('/?guide=aliexpress'), '/guides/aliexpress.html');
  assert.equal(await to('/index.html?guide=aliexpress&lang=en'), '/guides/aliexpress.html');
  assert.equal(await to('/index.html?lang=es&guide=aliexpress'), '/guides/aliexpress.es.html');
  assert.equal(await to('/?guide=AliExpress&lang='), '/guides/aliexpress.html', 'as the page\'s script reads it');
  // What has no page stays on the standalone page, which draws it.
  assert.equal(await to('/?guide=aliexpress&lang=fr'), 200, 'the widget\'s French words around the English guide');
  assert.equal(await to('/?guide=nope'), 200, 'an unknown guide is named on the page');
  assert.equal(await to('/?guide=aliexpress/es'), 200);
  assert.equal(await to('/embed.html?guide=aliexpress'), 200, 'only the standalone page is sent on');

  // A reader without JavaScript lands on the guide, and a progress link keeps its data.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}?guide=aliexpress&lang=es#dg=abc`);
  assert.equal(new URL(page.url()).pathname, '/guides/aliexpress.es.html');
  assert.equal(new URL(page.url()).hash, '#dg=abc');
  await page.getByRole('checkbox').first().waitFor();
  await context.close();
});

/** Pages of a blog on another origin that embed the widget from nginx. */
async function blogPages() {
  const dir = join(ROOT, 'target/nginx-blog');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const www = (file) => readFileSync(join(ROOT, 'www', file), 'utf8');
  writeFileSync(join(dir, 'blog-example.css'), www('blog-example.css'));
  writeFileSync(join(dir, 'favicon.svg'), www('favicon.svg'));
  writeFileSync(join(dir, 'post.html'), www('blog-example.html')
    .replace('src="deletion-guide.js"', `src="${origin}deletion-guide.js"`)
    .replace('src="embed-resize.js"', `src="${origin}embed-resize.js"`)
    .replace(/src="embed\.html/g, `src="${origin}embed.html`));
  const snippet = `<div data-deletion-guide="spotify"></div><script type="module" src="${origin}deletion-guide.js"></script>`;
  writeFileSync(join(dir, 'sandboxed.html'), `<!doctype html><html lang="en"><title>sandboxed</title><link rel="icon" href="data:,">
    <iframe sandbox="allow-scripts" style="width:100%;height:900px" srcdoc="${snippet.replaceAll('"', '&quot;')}"></iframe></html>`);
  const policy = `default-src 'none'; script-src ${origin} 'wasm-unsafe-eval'; connect-src ${origin}; style-src 'self'; img-src data:`;
  writeFileSync(join(dir, 'csp.html'), `<!doctype html><html lang="en"><head><title>CSP</title><link rel="icon" href="data:,">
    <meta http-equiv="Content-Security-Policy" content="${policy}"></head>
    <body><div data-deletion-guide="aliexpress" data-accent="#ff9bd2"></div>
    <script type="module" src="${origin}deletion-guide.js"></script></body></html>`);
  return serve({ port: 0, root: dir });
}

test('the hostile blog on another origin: script embeds and the iframe embed work from nginx', async () => {
  const page = await newPage(browser);
  await page.goto(`${blog.url}post.html`);
  const widgets = page.locator('[data-deletion-guide]');
  await page.locator('.dg-live').nth((await widgets.count()) - 1).waitFor();
  await widgets.first().getByRole('checkbox', { name: 'Finish every order, dispute and refund' }).check();
  await widgets.first().getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  // The frame loads lazily: scrolled to, as a reader would.
  await page.locator('iframe.deletion-guide-frame').scrollIntoViewIfNeeded();
  const frame = page.frameLocator('iframe.deletion-guide-frame');
  await frame.locator('.dg-live').waitFor();
  // The resizer from nginx sizes the frame from nginx to its content.
  await page.waitForFunction(() => document.querySelector('iframe.deletion-guide-frame').clientHeight > 1000);
  assert.deepEqual(page.errors, []);
});

test('in a sandboxed frame (an opaque origin), the widget loads from nginx through CORS', async () => {
  const page = await newPage(browser);
  await page.goto(`${blog.url}sandboxed.html`);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('checkbox').first().waitFor();
  assert.match(await frame.locator('article.dg').innerText(), /Spotify/);
});

test('under a strict Content-Security-Policy on the blog, the widget from nginx works without a violation', async () => {
  const page = await newPage(browser);
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)),
  );
  await page.goto(`${blog.url}csp.html`);
  await page.getByRole('checkbox', { name: 'Open your account settings' }).check();
  await page.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  assert.deepEqual(violations, []);
  assert.deepEqual(page.errors, []);
});
