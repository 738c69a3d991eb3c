// Startup in headless Chromium: every load in a fresh browser context (an empty cache).
//   first contentful paint: the browser's own `first-contentful-paint` entry;
//   interactive: the moment the page's `ready` selector first matches, in the document or in a
//   widget's shadow root: an enabled checkbox for pages the wasm draws, `.dg-live` (storage
//   read, ticks now saved) for prerendered ones. MutationObservers see it, so no polling
//   delays it; shadow roots are watched as they are attached, by script or by the parser.
const WATCH = (selector) => {
  window.__interactive = null;
  const watched = new Set();
  const check = () => {
    if (window.__interactive !== null) return;
    if ([...watched].some((root) => root.querySelector(selector))) window.__interactive = performance.now();
  };
  const watch = (root) => {
    if (watched.has(root)) return;
    watched.add(root);
    new MutationObserver(check).observe(root, { childList: true, subtree: true, attributes: true });
    check();
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attach(init) {
    const root = attachShadow.call(this, init);
    watch(root);
    return root;
  };
  watch(document);
  // Declarative shadow roots come from the parser, not from attachShadow.
  new MutationObserver(() => {
    for (const host of document.querySelectorAll('[data-deletion-guide]')) {
      if (host.shadowRoot) watch(host.shadowRoot);
    }
  }).observe(document, { childList: true, subtree: true });
};

async function loadOnce(browser, { url, ready }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (ready) await page.addInitScript(WATCH, ready);
  await page.goto(url);
  if (ready) await page.waitForFunction(() => window.__interactive !== null, null, { timeout: 30_000 });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const timing = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    interactive: window.__interactive ?? null,
  }));
  await context.close();
  return timing;
}

/**
 * Loads each page `loads` times, alternating between them so drift affects all alike.
 * `pages`: name → { url, ready } (`ready`: the selector that marks it interactive, or null
 * for a page that only paints).
 */
export async function measureStartup(browser, pages, loads) {
  const samples = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let i = 0; i < loads; i += 1) {
    for (const [name, page] of Object.entries(pages)) samples[name].push(await loadOnce(browser, page));
  }
  return samples;
}
