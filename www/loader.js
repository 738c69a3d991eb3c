// The source of deletion-guide.js, the one script a page needs to show deletion guides:
//
//   <div data-deletion-guide="aliexpress" data-theme="auto"></div>
//   <script type="module" src="https://…/deletion-guide.js"></script>
//
// or, the same with a custom element of its own (same attributes, without `data-`):
//
//   <deletion-guide guide="aliexpress" theme="auto"></deletion-guide>
//
// `make build` bundles this file with the glue of www/pkg/ into www/deletion-guide.js
// (scripts/bundle-loader.mjs), so that a page waits for two downloads in a row (that script,
// then the wasm) rather than three. It loads the wasm once, however many widgets or script
// tags the page has. Starting the wasm mounts every [data-deletion-guide] element; after that,
// whenever the page changes (as single-page blogs do), new elements are mounted, removed ones
// are unmounted, and ones whose data- attributes changed are redrawn.
//
// Elements pasted with their markup already inside (the prerendered snippet: a declarative
// shadow root holding [data-dg-key]) are adopted as they are by the hydrating bundle in
// www/pkg-hydrate/, which is larger and loaded only for them.
import init, { observedAttributes, syncMounts } from './pkg/deletion_guide.js';

// The files the loader fetches, as literal addresses relative to it: `make dist` renames them
// by their content and rewrites these strings (scripts/dist.mjs).
const WASM = './pkg/deletion_guide_bg.wasm';
const HYDRATING_GLUE = './pkg-hydrate/deletion_guide.js';
const HYDRATING_WASM = './pkg-hydrate/deletion_guide_bg.wasm';
/** Every element that holds a guide, in either form. */
const WIDGETS = '[data-deletion-guide], deletion-guide';

// Included twice (under two addresses, or by a theme and a plugin), the second copy does
// nothing: two copies of the wasm would both mount every element.
const LOADED = Symbol.for('deletion-guide.loader');

if (!globalThis[LOADED]) {
  globalThis[LOADED] = true;
  // A defined element (so :defined styles apply); the wasm mounts, redraws and unmounts it
  // as the page changes, as it does the data- form, through the observer below.
  if (!customElements.get('deletion-guide')) customElements.define('deletion-guide', class extends HTMLElement {});
  const prerendered = [...document.querySelectorAll(WIDGETS)].some((element) =>
    element.shadowRoot?.querySelector('[data-dg-key]'),
  );
  if (prerendered) {
    // Imported by a computed URL: the bundler leaves it out of deletion-guide.js, to be
    // fetched only here. Both downloads start at once: the wasm does not wait for the glue.
    const wasm = fetch(new URL(HYDRATING_WASM, import.meta.url));
    const glue = await import(new URL(HYDRATING_GLUE, import.meta.url).href);
    await glue.default({ module_or_path: wasm });
    mountAsThePageChanges(glue);
  } else {
    await init({ module_or_path: new URL(WASM, import.meta.url) });
    mountAsThePageChanges({ observedAttributes, syncMounts });
  }
}

/**
 * Mounts, redraws and unmounts widgets as elements and their attributes come and go, in the
 * document and in other components' open shadow roots (which the observer is told of as they
 * appear: it does not see into them otherwise).
 */
function mountAsThePageChanges(wasm) {
  const options = { childList: true, subtree: true, attributeFilter: wasm.observedAttributes() };
  const sync = () => {
    const roots = openShadowRoots(document);
    for (const root of roots) observer.observe(root, options);
    wasm.syncMounts(roots);
  };
  const observer = new MutationObserver(sync);
  observer.observe(document.documentElement, options);
  sync();
}

/** The open shadow roots under `root`, at any depth, except the widgets' own. */
function openShadowRoots(root, found = []) {
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot;
    if (inner && !element.matches(WIDGETS)) {
      found.push(inner);
      openShadowRoots(inner, found);
    }
  }
  return found;
}
