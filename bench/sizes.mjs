// Builds the bundles `make bench` measures and weighs them: raw, gzip -9, brotli 11.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundleLoader } from '../scripts/bundle-loader.mjs';
import { minifyPackage } from '../scripts/minify.mjs';

export const ROOT = new URL('..', import.meta.url).pathname;
export const OUT = join(ROOT, 'target/bench');

export function weigh(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

function wasmPack(dir, outDir, env = {}, cargoArgs = []) {
  const args = ['--log-level', 'warn', 'build', '--target', 'web', '--release', '--out-dir', outDir, '--mode', 'no-install'];
  execFileSync('wasm-pack', cargoArgs.length ? [...args, '--', ...cargoArgs] : args, {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * Builds the widget as `make build` does, with these environment variables (and cargo
 * arguments, such as `--features hydration`), into target/bench/<name>/.
 */
export function buildWidget(name, env, cargoArgs = []) {
  const outDir = join(OUT, name);
  rmSync(outDir, { recursive: true, force: true });
  wasmPack(ROOT, outDir, env, cargoArgs);
  minifyPackage(outDir, 'deletion_guide');
  return outDir;
}

/** The baseline, built and minified exactly like the widget. */
export function buildBaseline() {
  const dir = join(ROOT, 'bench/baseline');
  wasmPack(dir, 'pkg');
  minifyPackage(join(dir, 'pkg'), 'baseline');
  return join(dir, 'pkg');
}

/**
 * Sizes of a widget build: the wasm (CSS is compiled into it) and the script a page loads,
 * deletion-guide.js (the loader bundled with this build's glue, as `make build` makes it).
 * With `hydrating`, the build is the hydrating one: a page then also loads its own glue.
 */
export function widgetSizes(pkg, { hydrating = false } = {}) {
  const wasm = readFileSync(join(pkg, 'deletion_guide_bg.wasm'));
  const js = Buffer.concat([
    readFileSync(loaderFor(hydrating ? join(OUT, 'pkg-aliexpress') : pkg)),
    ...(hydrating ? [readFileSync(join(pkg, 'deletion_guide.js'))] : []),
  ]);
  const css = Buffer.concat(
    readdirSync(join(ROOT, 'src/style')).sort().map((name) => readFileSync(join(ROOT, 'src/style', name))),
  );
  const total = Buffer.concat([wasm, js]);
  return { wasm: weigh(wasm), js: weigh(js), css: weigh(css), total: weigh(total) };
}

/** Writes the prerendered guide pages (as `make build` does) into `<site>/guides/`. */
export function prerender(site, env) {
  execFileSync('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'prerender', '--', site], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** deletion-guide.js as `make build` bundles it, with the glue of `pkg`. */
function loaderFor(pkg) {
  const dir = join(pkg, 'loader');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'pkg'), { recursive: true });
  cpSync(join(ROOT, 'www/loader.js'), join(dir, 'loader.js'));
  cpSync(join(pkg, 'deletion_guide.js'), join(dir, 'pkg/deletion_guide.js'));
  bundleLoader(dir);
  return join(dir, 'deletion-guide.js');
}

export function baselineSizes(pkg) {
  const wasm = readFileSync(join(pkg, 'baseline_bg.wasm'));
  const js = readFileSync(join(pkg, 'baseline.js'));
  return { wasm: weigh(wasm), js: weigh(js), total: weigh(Buffer.concat([wasm, js])) };
}

/**
 * Writes `count` made-up guides beside a copy of the real ones. Each keeps the AliExpress
 * guide's structure and lengths but draws every word at random from its vocabulary, so that
 * guides do not compress against each other more than real, different guides would.
 */
export function generateGuides(count) {
  const dir = join(OUT, `guides-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'guides/aliexpress.toml'), join(dir, 'aliexpress.toml'));
  const model = readFileSync(join(ROOT, 'guides/aliexpress.toml'), 'utf8');
  const words = model.match(/"[^"\n]*"/g).join(' ').match(/[A-Za-z]{3,}/g);
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const tomlSizes = [];
  for (let k = 1; k <= count; k += 1) {
    const id = `generated-${k}`;
    const text = model
      .replace(/^id = "aliexpress"$/m, `id = "${id}"`)
      .replace(/^(title|body|summary|question|answer|description|service) = "([^"]*)"$/gm, (line, key, value) =>
        `${key} = "${value.replace(/[A-Za-z]{3,}/g, () => words[Math.floor(random() * words.length)])}"`,
      );
    writeFileSync(join(dir, `${id}.toml`), text);
    tomlSizes.push(gzipSync(Buffer.from(text), { level: 9 }).length);
  }
  return { dir, meanTomlGzip: tomlSizes.reduce((a, b) => a + b, 0) / count };
}

/**
 * What is in the wasm of the build just made, item by item, from `twiggy top` on a copy that
 * keeps names: its largest contributors, and what serde and serde-wasm-bindgen cost in it.
 */
export function wasmContents(rows = 15) {
  const items = namedItems();
  const largest = items.slice(0, rows).map(({ bytes, item }) => ({ bytes, item: item.slice(0, 90) }));
  return { largest, serde: serdeCost(items), items };
}

/**
 * Serde's share, in raw bytes: every function serde's code names (serde_core, serde_derive's
 * impls, serde_wasm_bindgen), and Rust's float formatting, which only serde-wasm-bindgen's
 * error messages reach here ("invalid type: floating point `1.5`"); before serde it was not
 * in the bundle. Code inlined into our own functions is not counted, so this is a floor.
 */
function serdeCost(items) {
  const sum = (pattern) => items.filter(({ item }) => pattern.test(item)).reduce((total, { bytes }) => total + bytes, 0);
  const code = items.filter(({ item }) => !item.startsWith('data segment')).reduce((total, { bytes }) => total + bytes, 0);
  const serde = sum(/serde/);
  const floats = sum(/<f(32|64) as [^>]*fmt::(Display|Debug)>|flt2dec|fmt::float/);
  return { serde, floatFormatting: floats, codeBytes: code, share: (serde + floats) / code };
}

/**
 * Every item of a wasm as cargo built it (by default the widget's last release build), largest
 * first, with names: `twiggy top` on a copy optimised as the shipped one is but keeping names.
 */
export function namedItems(raw = join(ROOT, 'target/wasm32-unknown-unknown/release/deletion_guide.wasm')) {
  const stem = raw.split('/').pop().replace(/\.wasm$/, '');
  const named = join(OUT, `named-${stem}`);
  rmSync(named, { recursive: true, force: true });
  execFileSync('wasm-bindgen', [raw, '--out-dir', named, '--target', 'web', '--keep-debug']);
  const optimised = join(named, 'optimised.wasm');
  execFileSync('wasm-opt', ['-Oz', '--low-memory-unused', '-g', join(named, `${stem}_bg.wasm`), '-o', optimised]);
  const table = execFileSync('twiggy', ['top', '-n', '100000', optimised], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return table
    .split('\n')
    .filter((line) => line.includes('┊') && !line.includes('function names') && !line.includes('Σ'))
    .map((line) => {
      const [bytes, , item] = line.split('┊').map((cell) => cell.trim());
      return { bytes: Number(bytes), item: item.replace(/::h[0-9a-f]{16}$/, '') };
    })
    .filter(({ bytes }) => Number.isFinite(bytes));
}
