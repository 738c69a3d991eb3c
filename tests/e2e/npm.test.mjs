// The npm package (`make npm`, which `make test` runs before this suite): exactly the files
// meant, a package.json a bundler follows, and an app bundled by esbuild from
// `import … from 'deletion-guide'` that mounts a widget in a browser.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { serve } from '../../scripts/serve.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { newPage } from './browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PKG = join(ROOT, 'pkg');
const APP = join(ROOT, 'target/npm-app');
let site;
let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser.close();
  site?.server.close();
});

test('the package.json names the package, its version, exports, types, files and side effects', () => {
  const manifest = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));
  const cargo = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
  assert.equal(manifest.name, 'deletion-guide');
  assert.equal(manifest.version, cargo.match(/^version = "([^"]+)"/m)[1]);
  assert.deepEqual(manifest.exports['.'], { types: './deletion_guide.d.ts', default: './deletion_guide.js' });
  assert.equal(manifest.types, './deletion_guide.d.ts');
  assert.equal(manifest.sideEffects, false);
  assert.equal(manifest.type, 'module');
});

test('npm pack would publish exactly the intended files', () => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: PKG, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files = packed.files.map((f) => f.path).sort();
  assert.deepEqual(files, ['LICENSE', 'README.md', 'deletion_guide.d.ts', 'deletion_guide.js', 'deletion_guide_bg.wasm', 'package.json']);
});

test('an app bundled by esbuild from the package mounts a widget that ticks', async () => {
  rmSync(APP, { recursive: true, force: true });
  mkdirSync(join(APP, 'node_modules'), { recursive: true });
  // Installed as a bundler sees it: a folder under node_modules, resolved through `exports`.
  cpSync(PKG, join(APP, 'node_modules/deletion-guide'), { recursive: true });
  writeFileSync(join(APP, 'app.js'), `import init, { mount, guides } from 'deletion-guide';
await init({ module_or_path: new URL('./deletion_guide_bg.wasm', import.meta.url) });
mount(document.getElementById('guide'), { guide: guides()[0].id, theme: 'light' });
`);
  buildSync({ entryPoints: [join(APP, 'app.js')], outfile: join(APP, 'out/app.js'), bundle: true, format: 'esm', target: 'es2022', logLevel: 'warning' });
  cpSync(join(PKG, 'deletion_guide_bg.wasm'), join(APP, 'out/deletion_guide_bg.wasm'));
  writeFileSync(join(APP, 'out/index.html'), `<!doctype html><html lang="en"><title>app</title><link rel="icon" href="data:,">
<div id="guide"></div><script type="module" src="app.js"></script></html>`);
  site = await serve({ port: 0, root: join(APP, 'out') });
  const page = await newPage(browser);
  await page.goto(`${site.url}index.html`);
  await page.locator('.dg-live').waitFor();
  await page.getByRole('checkbox').first().check();
  await page.getByText(/\b1 of \d+ steps? done/).filter({ visible: true }).first().waitFor();
  assert.deepEqual(page.errors, []);
});
