// Shared set-up for the end-to-end tests: serve www/ on 127.0.0.1 and drive Debian's Chromium.
import { launchChromium } from '../../scripts/chromium.mjs';
import { readdirSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';

/** A served www/ and a fresh browser; call `close()` when done. */
export async function start() {
  const { server, url } = await serve({ port: 0 });
  const browser = await launchChromium();
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A new page that records console errors and uncaught exceptions in `page.errors`. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  page.on('pageerror', (error) => page.errors.push(String(error)));
  return page;
}

/** Holds back every wasm download on `page` until `release()`; `requested` lists their paths. */
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const requested = [];
  await page.route('**/*.wasm', async (route) => {
    requested.push(new URL(route.request().url()).pathname);
    await held;
    await route.continue();
  });
  return { release, requested };
}

/** Every guide the default build bakes, by id: one TOML file each in guides/, sorted (a
 * `<id>.<lang>.toml` is a translation of one). */
export const GUIDE_IDS = readdirSync(new URL('../../guides/', import.meta.url))
  .filter((name) => /^[^.]+\.toml$/.test(name))
  .map((name) => name.slice(0, -'.toml'.length))
  .sort();
