// Bundles www/loader.js with the wasm-bindgen glue it imports into www/deletion-guide.js, the
// script blogs load. esbuild, as for the glue's minification: one file instead of a module
// that imports another saves every reader a round trip before the wasm download can start.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export function bundleLoader(www) {
  buildSync({
    entryPoints: [join(www, 'loader.js')],
    outfile: join(www, 'deletion-guide.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022', // for top-level await
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) bundleLoader(process.argv[2] ?? 'www');
