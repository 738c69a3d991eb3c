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
  const css = readFileSync(join(ROOT, 'src/style.css'));
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

/** The largest contributors to the wasm, by `twiggy top`, on a build that keeps names. */
export function largestContributors(rows = 15) {
  const raw = join(ROOT, 'target/wasm32-unknown-unknown/release/deletion_guide.wasm');
  const named = join(OUT, 'named');
  rmSync(named, { recursive: true, force: true });
  execFileSync('wasm-bindgen', [raw, '--out-dir', named, '--target', 'web', '--keep-debug']);
  const optimised = join(named, 'optimised.wasm');
  execFileSync('wasm-opt', ['-Oz', '-g', join(named, 'deletion_guide_bg.wasm'), '-o', optimised]);
  const table = execFileSync('twiggy', ['top', '-n', String(rows + 1), optimised], { encoding: 'utf8' });
  return table
    .split('\n')
    .filter((line) => line.includes('┊') && !line.includes('function names'))
    .slice(0, rows)
    .map((line) => {
      const [bytes, , item] = line.split('┊').map((cell) => cell.trim());
      return { bytes: Number(bytes), item: item.replace(/::h[0-9a-f]{16}$/, '').slice(0, 90) };
    });
}

