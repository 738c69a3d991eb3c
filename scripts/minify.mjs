// Minifies the JavaScript glue wasm-bindgen writes (it ships readable, with comments), in place.
// esbuild: a maintained minifier that keeps the ES module's exports and `import.meta.url`, which
// the glue uses to find its wasm next to it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

export function minifyInPlace(file) {
  const { code } = transformSync(readFileSync(file, 'utf8'), { minify: true, format: 'esm', target: 'es2020' });
  writeFileSync(file, code);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) minifyInPlace(file);
}
