// Shrinks what `wasm-pack build` leaves in a package folder, in place: the names the wasm and
// its JavaScript glue call each other by, then the glue itself.
//
// wasm-bindgen names every import after the function it binds plus a 16-digit hash
// (`__wbg_setAttribute_f75317b2b5cabfb4`), and each name is written twice, in the wasm and in
// the glue. Hashes do not compress: over a hundred of them cost every reader about 4.6 KB gzip.
// Binaryen's `--minify-imports-and-exports-and-modules` (the pass Emscripten uses for the same
// reason) renames them to one or two letters and prints the old and new names; the glue is then
// given the new ones. esbuild, a maintained minifier, then shrinks the glue (it ships readable,
// with comments), keeping the ES module's exports and `import.meta.url`, which the glue uses to
// find its wasm next to it.
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

/** Shrinks `<dir>/<name>_bg.wasm` and `<dir>/<name>.js`, as wasm-pack named them. */
export function minifyPackage(dir, name) {
  const wasm = join(dir, `${name}_bg.wasm`);
  const glue = join(dir, `${name}.js`);
  // Both files are replaced only once both are done: a glue that cannot be renamed leaves
  // the package as wasm-pack wrote it, not a wasm and a glue that no longer fit.
  const shortened = `${wasm}.short`;
  const renamed = shortenWasmNames(wasm, shortened);
  try {
    const code = renameInGlue(readFileSync(glue, 'utf8'), renamed, `./${name}_bg.js`);
    writeFileSync(glue, transformSync(code, { minify: true, format: 'esm', target: 'es2020' }).code);
  } catch (error) {
    rmSync(shortened);
    throw error;
  }
  renameSync(shortened, wasm);
  // It declares the wasm's exports by their old names. (`InitOutput` in `<name>.d.ts` does too,
  // but nothing outside the glue calls the wasm's exports directly.)
  rmSync(join(dir, `${name}_bg.wasm.d.ts`), { force: true });
}

/** Writes `wasm` with short import, export and module names to `out`; returns what became what. */
function shortenWasmNames(wasm, out) {
  const printed = execFileSync('wasm-opt', [wasm, '--minify-imports-and-exports-and-modules', '-o', out], {
    encoding: 'utf8',
  });
  const { imports, exports } = JSON.parse(printed);
  const module = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(out)))[0]?.module;
  return { module, imports: imports.map(([, from, to]) => [from, to]), exports };
}

/**
 * The glue with the new names. The old ones are found exactly where wasm-bindgen writes them:
 * imports as keys of the import object, exports as properties of `wasm`, the module as the
 * import object's key. A name not found where expected is an error, never a silently broken
 * bundle (a newer wasm-bindgen that writes its glue differently stops the build here).
 */
function renameInGlue(code, { module, imports, exports }, oldModule) {
  const renameFound = (from, to, what) => {
    if (!code.includes(from)) throw new Error(`minify: ${what} ${from} not found in the glue`);
    code = code.replaceAll(from, to);
  };
  if (module !== undefined) renameFound(`"${oldModule}":`, `${JSON.stringify(module)}:`, 'import module');
  for (const [from, to] of imports) renameFound(`${from}: function`, `${JSON.stringify(to)}: function`, 'import');
  const names = new Map(exports);
  code = code.replace(/\bwasm\.(\w+)/g, (_, name) => {
    if (!names.has(name)) throw new Error(`minify: the glue uses wasm.${name}, which the wasm does not export`);
    return `wasm[${JSON.stringify(names.get(name))}]`;
  });
  return code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, name] = process.argv.slice(2);
  minifyPackage(dir, name);
}
