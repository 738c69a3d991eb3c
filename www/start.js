// Loads the widget's wasm once; its start function mounts every [data-deletion-guide] element.
import init from './pkg/deletion_guide.js';

await init();
