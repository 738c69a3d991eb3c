// Shared by the suites of integrations/ (hugo, eleventy, react): the widget's host (dist/, as
// `make dist` wrote it) and a built site, each served on an origin of its own, and what a
// reader of a post on that site should see.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { newPage } from './browser.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** What the integrations put inside the element for readers without JavaScript. */
export const FALLBACK = 'How to delete your account: step by step';

/**
 * dist/ on a port of its own: the widget's host. A site served by `serveSite` is on another
 * origin, so the widget loads as it does on a blog, through CORS (serve.mjs sends
 * `Access-Control-Allow-Origin: *`, as dist/_headers asks). Resolves to { host, close() },
 * `host` without a trailing slash.
 */
export async function serveWidgetHost() {
  const { server, url } = await serve({ port: 0, root: DIST });
  return { host: url.replace(/\/$/, ''), close: () => new Promise((done) => server.close(done)) };
}

/** A built site's folder on its own port; { url (with a trailing slash), close() }. */
export async function serveSite(root) {
  const { server, url } = await serve({ port: 0, root });
  return { url, close: () => new Promise((done) => server.close(done)) };
}

/** A fresh folder under the system's temporary one, holding `files` (path → text). */
export function siteDir(prefix, files = {}) {
  const dir = mkdtempSync(join(tmpdir(), `deletion-guide-${prefix}-`));
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

export const removeDir = (dir) => dir && rmSync(dir, { recursive: true, force: true });

/** Closes whatever a suite got to open (a failed set-up leaves some unset), and removes its folders. */
export async function closeAll({ browser, blog, widget }, dirs) {
  await browser?.close();
  await blog?.close();
  await widget?.close();
  dirs.forEach(removeDir);
}

/**
 * What a reader of the AliExpress guide at `url` sees: without JavaScript, a link to the guide's
 * page on `host`; with it, the widget loaded from `host` with `theme` and its title at
 * `headingLevel`, the link gone, a tick that outlives a reload, and no console error.
 */
export async function assertReaderSees(browser, url, { host, theme, headingLevel }) {
  const plain = await newPage(browser, { javaScriptEnabled: false });
  await plain.goto(url);
  const link = plain.getByRole('link', { name: FALLBACK });
  assert.equal(await link.getAttribute('href'), `${host}/guides/aliexpress.html`);
  assert.equal(await link.isVisible(), true, 'without JavaScript, the link is there to follow');
  await plain.context().close();

  const page = await newPage(browser);
  await page.goto(url);
  const widget = page.locator('deletion-guide');
  await widget.locator('.dg-live').waitFor();
  const title = widget.getByRole('heading', { level: headingLevel, name: 'Delete your AliExpress account' });
  assert.equal(await title.count(), 1, `the title is an h${headingLevel}`);
  assert.equal(await widget.locator('article.dg').evaluate((a, t) => a.classList.contains(`dg-theme-${t}`), theme), true, theme);
  // The light-DOM link is still in the element, but not drawn: the shadow root has no slot.
  const linkShown = () => page.evaluate(() => document.querySelector('deletion-guide > a')?.checkVisibility());
  assert.equal(await linkShown(), false, 'the fallback link is hidden once the widget runs');

  const box = widget.getByRole('checkbox', { name: 'Save your order history' }).first();
  await box.check();
  await page.reload();
  await widget.locator('.dg-live').waitFor();
  assert.equal(await box.isChecked(), true, 'the tick is kept after a reload');
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  assert.ok(loaded.includes(`${host}/deletion-guide.js`), loaded.join('\n'));
  assert.ok(loaded.some((name) => name.startsWith(`${host}/assets/`) && name.endsWith('.wasm')), loaded.join('\n'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
}
