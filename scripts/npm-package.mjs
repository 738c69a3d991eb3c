// `make npm`: pkg/, the widget as an npm package a bundler can use: the wasm-bindgen glue,
// its types and the wasm from www/pkg/ (as `make build` made them, every guide baked in),
// with a package.json that says what the package is and what it exports.
//
//   import init, { mount } from 'deletion-guide';
//   await init();
//   mount(document.querySelector('#guide'), { guide: 'aliexpress' });
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What the package holds besides package.json (npm adds README.md and LICENSE itself). */
export const FILES = ['deletion_guide.js', 'deletion_guide.d.ts', 'deletion_guide_bg.wasm'];

/** `key = "value"` from the [package] table of Cargo.toml. */
function cargo(key) {
  const table = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').split(/^\[/m)[1];
  return table.match(new RegExp(`^${key} = "([^"]*)"`, 'm'))?.[1];
}

export function npmPackage(from = join(ROOT, 'www/pkg'), out = join(ROOT, 'pkg')) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const file of [...FILES, 'README.md', 'LICENSE']) cpSync(join(from, file), join(out, file));
  const repository = cargo('repository');
  const manifest = {
    name: cargo('name'),
    version: cargo('version'),
    description: cargo('description'),
    license: cargo('license'),
    type: 'module',
    main: './deletion_guide.js',
    types: './deletion_guide.d.ts',
    exports: {
      '.': { types: './deletion_guide.d.ts', default: './deletion_guide.js' },
      // For bundlers and servers that must place the wasm themselves.
      './deletion_guide_bg.wasm': './deletion_guide_bg.wasm',
    },
    files: FILES,
    // Importing it runs nothing: `init()` and `mount()` do the work when called.
    sideEffects: false,
    keywords: ['privacy', 'account-deletion', 'wasm', 'checklist'],
    ...(repository ? { repository } : {}),
  };
  writeFileSync(join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { name, version } = npmPackage();
  console.log(`pkg/: ${name}@${version}`);
}
