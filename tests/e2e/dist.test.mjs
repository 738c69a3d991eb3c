// What a host publishes (`make dist`, which `make test` runs before this suite): only the
// published files, content-hashed names that match their content, stable names for what
// pages and snippets point at, and a site that works served from that folder alone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../../scripts/dist.mjs';
import { serve } from '../../scripts/serve.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { newPage } from './browser.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
let site;
let browser;
before(async () => {
  site = await serve({ port: 0, root: DIST });
  browser = await launchChromium();
});
after(async () => {
  await browser.close();
  site.server.close();
});

test('every hashed name matches its content, every named file is there, and nothing else is published', () => {
  assert.deepEqual(check(DIST), []);
  for (const [source, hashed] of Object.entries(manifest.hashed)) {
    assert.match(hashed, /\.[0-9a-f]{8}\.[a-z]+$/, source);
  }
  const top = readdirSync(DIST);
  for (const demo of ['blog-example.html', 'loader.js', 'start.js', 'pkg/deletion_guide_bg.wasm']) {
    assert.ok(!top.includes(demo), `${demo} is not published`);
  }
});

test('a changed file or a missing one is caught', () => {
  const copy = fileURLToPath(new URL('../../target/dist-tampered/', import.meta.url));
  rmSync(copy, { recursive: true, force: true });
  cpSync(DIST, copy, { recursive: true });
  const css = manifest.hashed['page.css'];
  writeFileSync(join(copy, css), `${readFileSync(join(copy, css), 'utf8')}\n/* edited */`);
  rmSync(join(copy, manifest.hashed['guide-index.js']));
  const problems = check(copy);
  assert.ok(problems.some((p) => p.startsWith(`${css}: its name says`)), problems.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('guides/index.html: names assets/guide-index.')), problems.join('\n'));
});

test('snippets and pages point only at stable names, so a snippet outlives a redeploy', () => {
  const hashed = Object.values(manifest.hashed).map((name) => name.split('/').pop());
  for (const file of manifest.stable.filter((f) => f.endsWith('.snippet.html'))) {
    const text = readFileSync(join(DIST, file), 'utf8');
    for (const name of hashed) assert.ok(!text.includes(name), `${file} names ${name}`);
  }
  // The embed page hands out the loader, the iframe page and the resizer by their stable names.
  const snippets = readFileSync(join(DIST, manifest.hashed['snippets.js']), 'utf8');
  for (const name of ['deletion-guide.js', 'embed.html', 'embed-resize.js']) assert.ok(snippets.includes(`}${name}`), name);
});

test('served from dist/ alone: the standalone page, a guide page, the iframe embed and the index work', async () => {
  const page = await newPage(browser);
  await page.goto(`${site.url}?guide=aliexpress`);
  await page.waitForURL(/\/guides\/aliexpress\.html$/);
  await page.getByRole('checkbox', { name: 'Finish every order, dispute and refund' }).check();
  await page.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  // In words the guide has no page in, the standalone page draws it with the plain bundle.
  await page.goto(`${site.url}?guide=aliexpress&lang=de`);
  await page.locator('article.dg[lang="de"].dg-live').waitFor();
  assert.equal(await page.getByRole('checkbox').first().isChecked(), true);

  await page.goto(`${site.url}guides/spotify.html`);
  await page.locator('.dg-live').waitFor();
  const hydrating = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
  assert.ok(hydrating.some((p) => /^\/assets\/deletion_guide_bg\.[0-9a-f]{8}\.wasm$/.test(p)), hydrating.join(' '));

  await page.goto(`${site.url}embed.html?guide=temu&theme=dark`);
  await page.locator('.dg-live').waitFor();

  await page.goto(`${site.url}guides/index.html`);
  await page.getByRole('searchbox').fill('netflix');
  assert.equal(await page.getByRole('status').innerText(), '1 guide');
  assert.deepEqual(page.errors, []);
});

test('the script embed on another origin loads the hashed wasm from dist/', async () => {
  // A real page on a server of its own (a page the test fulfils itself would count as public
  // and be refused the loopback address).
  const dir = fileURLToPath(new URL('../../target/dist-blog/', import.meta.url));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'post.html'), `<!doctype html><html lang="en"><title>post</title><link rel="icon" href="data:,"><body>
    <div data-deletion-guide="ebay"></div>
    <script type="module" src="${site.url}deletion-guide.js"></script></body></html>`);
  const blog = await serve({ port: 0, root: dir });
  try {
    const page = await newPage(browser);
    await page.goto(`${blog.url}post.html`);
    await page.locator('.dg-live').waitFor();
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
    assert.ok(loaded.some((p) => /^\/assets\/deletion_guide_bg\.[0-9a-f]{8}\.wasm$/.test(p)), loaded.join(' '));
    assert.deepEqual(page.errors, []);
  } finally {
    blog.server.close();
  }
});
