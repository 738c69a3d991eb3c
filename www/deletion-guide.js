// deletion-guide.js: the one script a page needs to show deletion guides.
//
//   <div data-deletion-guide="aliexpress" data-theme="auto"></div>
//   <script type="module" src="https://…/deletion-guide.js"></script>
//
// It loads the wasm once, however many widgets or script tags the page has. Starting the wasm
// mounts every [data-deletion-guide] element; after that, whenever the page changes (as
// single-page blogs do), new elements are mounted and removed ones are unmounted.
//
// Elements pasted with their markup already inside (the prerendered snippet: a declarative
// shadow root holding [data-dg-key]) are adopted as they are by the hydrating bundle, which
// is larger; pages without them load the smaller bundle that draws every widget itself.
const prerendered = [...document.querySelectorAll('[data-deletion-guide]')].some((element) =>
  element.shadowRoot?.querySelector('[data-dg-key]'),
);
const bundle = prerendered ? './pkg-hydrate/' : './pkg/';
// Both downloads start at once: the wasm does not wait for the glue that instantiates it.
const wasm = fetch(new URL(`${bundle}deletion_guide_bg.wasm`, import.meta.url));
const { default: init, syncMounts } = await import(`${bundle}deletion_guide.js`);

await init({ module_or_path: wasm });
new MutationObserver(() => syncMounts()).observe(document.documentElement, {
  childList: true,
  subtree: true,
});
