// `make dist`: dist/, only what a host publishes, from the www/ that `make build` wrote.
//
// Files a page names directly keep their names, so that a snippet pasted before a redeploy
// still works after it: the loader (deletion-guide.js), the iframe's resizer, the pages, the
// prerendered snippets, the sitemap. Every other file is named by a hash of its content and
// kept in assets/ (assets/deletion_guide_bg.3f9c1a2b.wasm), so a host can cache that folder
// for a year with one rule; the files that name it are rewritten to the new name before they
// are hashed in turn. dist/manifest.json says what
// is where. A file missing, a reference to nothing, or a name that does not match its content
// stops the build.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleLoader } from './bundle-loader.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Named by their content, in the order they are hashed: each only names files above it. */
export const HASHED = [
  'pkg/deletion_guide_bg.wasm',
  'pkg-hydrate/deletion_guide_bg.wasm',
  'page.css',
  'embed.css',
  'embed-code.css',
  'favicon.svg',
  'pkg/deletion_guide.js',
  'pkg-hydrate/deletion_guide.js',
  'snippets.js',
  'embed-form.js',
  'embed-code.js',
  'guide-index.js',
  'guides/pages.js',
  'start.js',
  'embed.js',
];
/** Kept at their names: what pages and snippets point at. */
const STABLE = ['index.html', 'embed.html', 'embed-code.html', 'embed-resize.js', 'sitemap.xml'];
const HASH = /\.([0-9a-f]{8})\.[a-z]+$/;

const hashOf = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 8);
const withHash = (path, hash) => `assets/${posix.basename(path).replace(/(\.[a-z]+)$/, `.${hash}$1`)}`;

/**
 * Rewrites, in `text` (the file at `from`, to be written in the folder `at`), every quoted
 * reference to a file that `renamed` maps to a new name: written relative to `from`, with or
 * without a leading "./", and rewritten relative to `at`.
 */
function rewrite(text, from, renamed, at = posix.dirname(from)) {
  let out = text;
  for (const [old, now] of renamed) {
    const rel = posix.relative(posix.dirname(from), old);
    const relNow = posix.relative(at, now);
    for (const prefix of ['./', '']) {
      for (const quote of ["'", '"', '`']) {
        out = out.replaceAll(`${quote}${prefix}${rel}${quote}`, `${quote}${prefix}${relNow}${quote}`);
      }
    }
  }
  return out;
}

/** Every file below `dir`, as paths relative to it with forward slashes. */
function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

export function dist(www = join(ROOT, 'www'), out = join(ROOT, 'dist')) {
  const guides = readdirSync(join(www, 'guides')).map((name) => `guides/${name}`).filter((f) => !HASHED.includes(f));
  const missing = [...HASHED, ...STABLE, 'loader.js', 'guides/index.html'].filter((f) => !existsSync(join(www, f)));
  if (missing.length) fail(`not built: ${missing.join(', ')} (run make build)`);
  // Staged first: the loader is bundled from the rewritten sources.
  const stage = join(ROOT, 'target/dist-stage');
  rmSync(stage, { recursive: true, force: true });
  cpSync(www, stage, { recursive: true });
  const renamed = new Map();
  for (const file of HASHED) {
    const text = readFileSync(join(stage, file));
    const bytes = /\.(js|css)$/.test(file) ? Buffer.from(rewrite(text.toString(), file, renamed, 'assets')) : text;
    const name = withHash(file, hashOf(bytes));
    mkdirSync(join(stage, 'assets'), { recursive: true });
    writeFileSync(join(stage, name), bytes);
    renamed.set(file, name);
  }
  writeFileSync(join(stage, 'loader.js'), rewrite(readFileSync(join(stage, 'loader.js'), 'utf8'), 'loader.js', renamed));
  bundleLoader(stage);
  const stable = [...STABLE, 'deletion-guide.js', ...guides];
  for (const file of stable.filter((f) => /\.html$/.test(f))) {
    writeFileSync(join(stage, file), rewrite(readFileSync(join(stage, file), 'utf8'), file, renamed));
  }
  const published = [...stable, ...renamed.values()];
  rmSync(out, { recursive: true, force: true });
  for (const file of published) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    cpSync(join(stage, file), join(out, file));
  }
  // The headers for static hosts that read _headers (Netlify, Cloudflare Pages) go with it.
  cpSync(join(ROOT, 'hosting/_headers'), join(out, '_headers'));
  const manifest = { hashed: Object.fromEntries(renamed), stable: stable.sort() };
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const problems = check(out);
  if (problems.length) fail(problems.join('\n'));
  return manifest;
}

/**
 * What is wrong with `out`, one line each: a hashed name that does not match its content, or
 * a file that a page, stylesheet or script names (relative `src`, `href`, `import`, and
 * literal "./" addresses of files) and that is not there.
 */
export function check(out) {
  const files = walk(out);
  const problems = [];
  for (const file of files) {
    const hash = file.match(HASH)?.[1];
    const bytes = readFileSync(join(out, file));
    if (hash && hashOf(bytes) !== hash) problems.push(`${file}: its name says ${hash}, its content ${hashOf(bytes)}`);
    if (!/\.(html|js|css)$/.test(file)) continue;
    for (const target of references(bytes.toString(), file)) {
      if (!files.includes(target)) problems.push(`${file}: names ${target}, which is not in ${out}`);
    }
  }
  return problems;
}

/** The files a page or script names by a literal relative address, resolved from `file`. */
function references(text, file) {
  const found = [
    ...text.matchAll(/\b(?:src|href)="([^"#?:${}]+)"/g),
    ...text.matchAll(/\bfrom\s*["']([^"']+)["']/g),
    ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
    // Any other literal address of a file written with "./" or "../", as our own code writes
    // them (the loader's constants, `new URL('./…', import.meta.url)`). The glue that
    // wasm-bindgen writes, bundled into the loader, keeps a bare default address for its
    // wasm, which the loader never uses (it always passes the address).
    ...text.matchAll(/["'`](\.\.?\/[^"'`\s#?:]+\.(?:wasm|js|css|svg|html|json))["'`]/g),
  ].map((m) => m[1]);
  const resolved = found
    .filter((ref) => !ref.startsWith('/') && !ref.endsWith('/') && ref !== '.')
    .map((ref) => posix.normalize(posix.join(posix.dirname(file), ref)));
  return [...new Set(resolved)];
}

function fail(message) {
  console.error(`make dist: ${message}`);
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = dist();
  console.log(`dist/: ${manifest.stable.length} files at stable names, ${Object.keys(manifest.hashed).length} named by their content; see dist/manifest.json`);
}
