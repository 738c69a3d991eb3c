// Startup in headless Chromium: every load in a fresh browser context (an empty cache).
//   first contentful paint: the browser's own `first-contentful-paint` entry;
//   marks: the moment each of a page's selectors first matches, in the document or in a
//   widget's shadow root: `interactive`, an enabled checkbox (or `.dg-live` on a prerendered
//   page, whose checkboxes are there before the script); `live`, `.dg-live` (storage read,
//   ticks now saved). MutationObservers see them, so no polling delays them; shadow roots are
//   watched as they are attached, by script or by the parser.
// A page that sends the reader on (the standalone page to the prerendered one) is timed from
// the first page's start: each document notes its start, and the last adds what came before.
const WATCH = (selectors) => {
  window.__marks = {};
  window.__since = performance.timeOrigin - Number(sessionStorage.getItem('__start') ?? performance.timeOrigin);
  if (!sessionStorage.getItem('__start')) sessionStorage.setItem('__start', String(performance.timeOrigin));
  const watched = new Set();
  const check = () => {
    for (const [name, selector] of Object.entries(selectors)) {
      if (window.__marks[name] !== undefined) continue;
      if ([...watched].some((root) => root.querySelector(selector))) window.__marks[name] = window.__since + performance.now();
    }
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

async function loadOnce(browser, { url, marks = {} }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(WATCH, marks);
  await page.goto(url);
  const count = Object.keys(marks).length;
  await page.waitForFunction((n) => Object.keys(window.__marks).length === n, count, { timeout: 30_000 });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const timing = await page.evaluate(() => ({
    fcp: window.__since + performance.getEntriesByName('first-contentful-paint')[0].startTime,
    ...window.__marks,
  }));
  await context.close();
  return timing;
}

/**
 * Loads each page `loads` times, alternating between them (A B A B …) so drift affects all
 * alike, after one load of each that is thrown away (the first run warms the server, the
 * browser process and the disk cache of the files). `pages`: name → { url, marks } (`marks`:
 * name → the selector whose first match it times).
 */
export async function measureStartup(browser, pages, loads) {
  for (const page of Object.values(pages)) await loadOnce(browser, page);
  const samples = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let i = 0; i < loads; i += 1) {
    for (const [name, page] of Object.entries(pages)) samples[name].push(await loadOnce(browser, page));
  }
  return samples;
}
