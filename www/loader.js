// The source of deletion-guide.js, the one script a page needs to show deletion guides:
//
//   <div data-deletion-guide="aliexpress" data-theme="auto"></div>
//   <script type="module" src="https://…/deletion-guide.js"></script>
//
// `make build` bundles this file with the glue of www/pkg/ into www/deletion-guide.js
// (scripts/bundle-loader.mjs), so that a page waits for two downloads in a row (that script,
// then the wasm) rather than three. It loads the wasm once, however many widgets or script
// tags the page has. Starting the wasm mounts every [data-deletion-guide] element; after that,
// whenever the page changes (as single-page blogs do), new elements are mounted and removed
// ones are unmounted.
//
// Elements pasted with their markup already inside (the prerendered snippet: a declarative
// shadow root holding [data-dg-key]) are adopted as they are by the hydrating bundle in
// www/pkg-hydrate/, which is larger and loaded only for them.
import init, { syncMounts } from './pkg/deletion_guide.js';

const prerendered = [...document.querySelectorAll('[data-deletion-guide]')].some((element) =>
  element.shadowRoot?.querySelector('[data-dg-key]'),
);

if (prerendered) {
  // A computed URL: the bundler leaves it out of deletion-guide.js, to be fetched only here.
  const url = (file) => new URL(`./pkg-hydrate/${file}`, import.meta.url);
  // Both downloads start at once: the wasm does not wait for the glue that instantiates it.
  const wasm = fetch(url('deletion_guide_bg.wasm'));
  const glue = await import(url('deletion_guide.js').href);
  await glue.default({ module_or_path: wasm });
  mountAsThePageChanges(glue.syncMounts);
} else {
  await init({ module_or_path: new URL('./pkg/deletion_guide_bg.wasm', import.meta.url) });
  mountAsThePageChanges(syncMounts);
}

function mountAsThePageChanges(sync) {
  new MutationObserver(() => sync()).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
}
