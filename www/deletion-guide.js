// deletion-guide.js: the one script a page needs to show deletion guides.
//
//   <div data-deletion-guide="aliexpress" data-theme="auto"></div>
//   <script type="module" src="https://…/deletion-guide.js"></script>
//
// It loads the wasm once, however many widgets or script tags the page has. Starting the wasm
// mounts every [data-deletion-guide] element; after that, whenever the page changes (as
// single-page blogs do), new elements are mounted and removed ones are unmounted.
import init, { syncMounts } from './pkg/deletion_guide.js';

await init();
new MutationObserver(() => syncMounts()).observe(document.documentElement, {
  childList: true,
  subtree: true,
});
