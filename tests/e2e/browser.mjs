// Shared set-up for the end-to-end tests: serve www/ on 127.0.0.1 and drive Debian's Chromium.
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

// Chromium here has no network but the loopback: these flags stop it from trying to reach
// Google's services at start-up, which would fail noisily and slow every launch.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A served www/ and a fresh browser; call `close()` when done. */
export async function start() {
  const { server, url } = await serve({ port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
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
