// Startup in headless Chromium: every load in a fresh browser context (an empty cache).
//   first contentful paint: the browser's own `first-contentful-paint` entry;
//   interactive: the moment a checkbox is in the page and enabled, seen by a MutationObserver
//   on the document and on every shadow root as it is attached, so no polling delays it.
const WATCH_FOR_CHECKBOX = () => {
  window.__interactive = null;
  const check = (root) => {
    const box = root.querySelector('input[type=checkbox]');
    if (box && !box.disabled && window.__interactive === null) window.__interactive = performance.now();
  };
  const watch = (root) =>
    new MutationObserver(() => check(root)).observe(root, { childList: true, subtree: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attach(init) {
    const root = attachShadow.call(this, init);
    watch(root);
    return root;
  };
  watch(document);
};

async function loadOnce(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(WATCH_FOR_CHECKBOX);
  await page.goto(url);
  await page.waitForFunction(() => window.__interactive !== null, null, { timeout: 30_000 });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const timing = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    interactive: window.__interactive,
  }));
  await context.close();
  return timing;
}

/** Loads each page `loads` times, alternating between them so drift affects both alike. */
export async function measureStartup(browser, pages, loads) {
  const samples = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let i = 0; i < loads; i += 1) {
    for (const [name, url] of Object.entries(pages)) samples[name].push(await loadOnce(browser, url));
  }
  return samples;
}
