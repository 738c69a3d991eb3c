// `make bench`: sizes, startup and tick latency of the widget against a minimal Yew app built
// the same way, measured in one run; writes bench/report.json and prints a table and budgets.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { bundleLoader } from '../scripts/bundle-loader.mjs';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import {
  OUT, ROOT, baselineSizes, buildBaseline, buildWidget, generateGuides, wasmContents,
  prerender, widgetSizes,
} from './sizes.mjs';
import { measureStartup } from './startup.mjs';
import { measureTicks } from './ticks.mjs';
import { audit } from './lighthouse.mjs';
import { startNginx } from '../scripts/nginx.mjs';
import { ablation } from './ablation.mjs';

// At least 60 loads of each page: fewer leave the start-up ratios inside the noise of two cores.
const LOADS = Number(process.env.BENCH_LOADS ?? 60);
const TICKS = Number(process.env.BENCH_TICKS ?? 200);
const GENERATED = 50;
const KB = 1000;

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p25: at(0.25), p75: at(0.75), p95: at(0.95), min: sorted[0], max: sorted.at(-1) };
};
/**
 * How much the ratio of medians could move from chance alone: resample both sets of loads
 * with replacement 2,000 times and take the 5th and 95th percentiles of the ratios. A budget
 * inside that range passes or fails by the luck of the run. (Seeded, so reports compare.)
 */
function bootstrapRatio(widget, baseline, rounds = 2000) {
  let seed = 1;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const resampledMedian = (values) => stats(values.map(() => values[Math.floor(random() * values.length)])).median;
  const ratios = Array.from({ length: rounds }, () => resampledMedian(widget) / resampledMedian(baseline));
  ratios.sort((a, b) => a - b);
  return { low: ratios[Math.floor(0.05 * rounds)], high: ratios[Math.floor(0.95 * rounds)] };
}
const ms = (value) => `${value.toFixed(2)} ms`;
/** Every file below `dir`, as full paths. */
const walkFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? walkFiles(join(dir, entry.name)) : [join(dir, entry.name)]);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

console.log('Building: all guides, 50 generated guides, AliExpress only, each guide beside another, and the baseline…');
const allPkg = buildWidget('pkg-all', {});
const generated = generateGuides(GENERATED);
const generatedPkg = buildWidget('pkg-generated', { GUIDES_DIR: generated.dir });
const onePkg = buildWidget('pkg-aliexpress', { GUIDES: 'aliexpress' });
const { largest: contributors, serde, items: oneItems } = wasmContents(); // of the build just made: AliExpress only
// The hydrating bundle is built with the shapes of the prerendered widgets: prerender first.
prerender(join(OUT, 'prerendered'), { GUIDES: 'aliexpress' });
const hydratingPkg = buildWidget('pkg-aliexpress-hydrate', { GUIDES: 'aliexpress' }, ['--features', 'hydration']);
const baselinePkg = buildBaseline();
const programParts = ablation(oneItems); // the AliExpress-only build against the baseline's

const sizes = {
  aliexpress: widgetSizes(onePkg),
  hydrating: widgetSizes(hydratingPkg, { hydrating: true }),
  all: widgetSizes(allPkg),
  generated: widgetSizes(generatedPkg),
  baseline: baselineSizes(baselinePkg),
};
// What one widget downloads beyond the floor of this design (the baseline built the same way).
const overBaseline = {
  gzip: sizes.aliexpress.total.gzip - sizes.baseline.total.gzip,
  brotli: sizes.aliexpress.total.brotli - sizes.baseline.total.brotli,
};
// What each real guide adds to a bundle: built beside one other guide, less that guide alone
// (AliExpress for every guide, and for AliExpress itself the first other guide).
// (`<id>.<lang>.toml` is a translation, not a guide.)
const ids = readdirSync(join(ROOT, 'guides')).filter((f) => /^[^.]+\.toml$/.test(f)).map((f) => f.slice(0, -5));
const guideBytes = {};
const other = ids.find((id) => id !== 'aliexpress');
if (other) {
  const alone = { aliexpress: sizes.aliexpress, [other]: widgetSizes(buildWidget(`pkg-only-${other}`, { GUIDES: other })) };
  for (const id of ids) {
    const beside = id === 'aliexpress' ? other : 'aliexpress';
    const pair = widgetSizes(buildWidget(`pkg-pair-${id}`, { GUIDES: `${beside},${id}` }));
    guideBytes[id] = pair.wasm.gzip - alone[beside].wasm.gzip;
    rmSync(join(OUT, `pkg-pair-${id}`), { recursive: true, force: true });
  }
}
// What each language adds to the AliExpress-only bundle: the widget's words in it, and the
// guide's translation where there is one; against English alone.
const LANGS = ['es', 'pt', 'fr', 'de', 'ar'];
const englishOnly = widgetSizes(buildWidget('pkg-lang-en', { GUIDES: 'aliexpress', LANGS: 'en' }));
const langBytes = {};
for (const lang of LANGS) {
  const withLang = widgetSizes(buildWidget(`pkg-lang-${lang}`, { GUIDES: 'aliexpress', LANGS: `en,${lang}` }));
  langBytes[lang] = withLang.wasm.gzip - englishOnly.wasm.gzip;
  rmSync(join(OUT, `pkg-lang-${lang}`), { recursive: true, force: true });
}
const perGuide = {
  wasmGzipPerGuide: (sizes.generated.wasm.gzip - sizes.aliexpress.wasm.gzip) / GENERATED,
  tomlGzipPerGuide: generated.meanTomlGzip,
};

// A copy of www/ with the AliExpress-only bundle, plus the pages the browser measures.
const site = join(OUT, 'site');
rmSync(site, { recursive: true, force: true });
cpSync(join(ROOT, 'www'), site, { recursive: true, filter: (path) => !path.includes('/www/pkg') });
cpSync(onePkg, join(site, 'pkg'), { recursive: true });
cpSync(hydratingPkg, join(site, 'pkg-hydrate'), { recursive: true });
bundleLoader(site);
// The prerendered guide page, and the same page as plain static HTML (its script taken out).
prerender(site, { GUIDES: 'aliexpress' });
const prerendered = readFileSync(join(site, 'guides/aliexpress.html'), 'utf8');
const withoutScript = prerendered.replace(/ *<script type="module"[^>]*><\/script>\n/, '');
if (withoutScript === prerendered) throw new Error('bench: the guide page has no module script to take out');
writeFileSync(join(site, 'guides/static.html'), withoutScript);
const widgetPage = (count) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>bench</title><link rel="icon" href="favicon.svg"><script type="module" src="deletion-guide.js"></script>
</head><body>${'<div data-deletion-guide="aliexpress"></div>'.repeat(count)}</body></html>`;
writeFileSync(join(site, 'bench-1.html'), widgetPage(1));
writeFileSync(join(site, 'bench-10.html'), widgetPage(10));
mkdirSync(join(ROOT, 'bench'), { recursive: true });

// Compressed as a host sends them (brotli, as the shipped nginx configuration does), for
// Lighthouse, which weighs what goes over the wire.
for (const file of walkFiles(site).filter((f) => /\.(html|js|wasm|css|json|svg)$/.test(f))) {
  writeFileSync(`${file}.br`, brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
const widgetServer = await serve({ port: 0, root: site, precompressed: true });
const baselineServer = await serve({ port: 0, root: join(ROOT, 'bench/baseline') });
const browser = await launchChromium();
console.log(`Measuring startup over ${LOADS} fresh loads each, and ${TICKS} ticks…`);
const CHECKBOX = 'input[type=checkbox]:enabled';
const LIVE = '.dg-live';
const startup = await measureStartup(
  browser,
  {
    widget: { url: `${widgetServer.url}bench-1.html`, marks: { interactive: CHECKBOX, live: LIVE } },
    baseline: { url: `${baselineServer.url}index.html`, marks: { interactive: CHECKBOX } },
    prerendered: { url: `${widgetServer.url}guides/aliexpress.html`, marks: { live: LIVE } },
    // The standalone page's address, which sends the reader to the prerendered page.
    standalone: { url: `${widgetServer.url}index.html?guide=aliexpress`, marks: { live: LIVE } },
    static: { url: `${widgetServer.url}guides/static.html`, marks: {} },
  },
  LOADS,
);
const ticks1 = await measureTicks(browser, `${widgetServer.url}bench-1.html`, 1, TICKS);
const ticks10 = await measureTicks(browser, `${widgetServer.url}bench-10.html`, 10, TICKS);
await browser.close();
// Served as a host serves them: by nginx with the shipped configuration, which compresses
// and sends `?guide=` on to the guide's page itself.
console.log('Auditing with Lighthouse (mobile, simulated slow 4G), three runs a page, served by nginx…');
const host = await startNginx(site, join(OUT, 'nginx'));
const lighthouse = await audit({
  'guide page (prerendered)': `${host.origin}guides/aliexpress.html`,
  'standalone ?guide=': `${host.origin}index.html?guide=aliexpress`,
  'blog example': `${host.origin}blog-example.html`,
});
host.stop();
widgetServer.server.close();
baselineServer.server.close();

// Each page's marks (fcp, interactive, live), summed up over its loads.
const times = (page, mark) => startup[page].map((s) => s[mark]);
const timing = Object.fromEntries(
  Object.entries(startup).map(([name, samples]) => [
    name,
    Object.fromEntries(Object.keys(samples[0]).map((mark) => [mark, stats(times(name, mark))])),
  ]),
);
/** The ratio of the medians of two marks, and the range 90% of resampled runs give it. */
const compare = ([page, mark], [otherPage, otherMark]) => ({
  ratio: timing[page][mark].median / timing[otherPage][otherMark].median,
  ...bootstrapRatio(times(page, mark), times(otherPage, otherMark)),
});
const ratios = {
  interactive: compare(['widget', 'interactive'], ['baseline', 'interactive']),
  live: compare(['widget', 'live'], ['baseline', 'interactive']),
  prerenderedLive: compare(['prerendered', 'live'], ['widget', 'live']),
  prerenderedFcp: compare(['prerendered', 'fcp'], ['static', 'fcp']),
  standaloneFcp: compare(['standalone', 'fcp'], ['static', 'fcp']),
};
const tick = { one: stats(ticks1), ten: stats(ticks10) };

// A start-up budget is met when the upper end of its ratio's 90% range is within the limit,
// so that a lucky run cannot pass it.
const times2 = (r) => `${r.toFixed(2)}x`;
const range = (r) => ` (median ratio ${r.ratio.toFixed(2)}, 90% range ${r.low.toFixed(2)} to ${r.high.toFixed(2)})`;
const budgets = [
  ['One widget over the floor (gzip)', overBaseline.gzip, 40 * KB, kb],
  ['One widget over the floor (brotli)', overBaseline.brotli, 34 * KB, kb],
  ['Bytes per extra guide / its TOML gzip', perGuide.wasmGzipPerGuide / perGuide.tomlGzipPerGuide, 0.7, times2],
  ['First checkbox, widget / baseline', ratios.interactive.high, 1.25, times2, range(ratios.interactive)],
  ['Live, widget / baseline first checkbox', ratios.live.high, 1.25, times2, range(ratios.live)],
  ['Live, prerendered page / plain page', ratios.prerenderedLive.high, 1.1, times2, range(ratios.prerenderedLive)],
  ['First paint, prerendered page / its static copy', ratios.prerenderedFcp.high, 1.1, times2, range(ratios.prerenderedFcp)],
  ['Tick latency p95, one widget', tick.one.p95, 4, ms],
  ['Tick latency p95, ten widgets', tick.ten.p95, 4, ms],
  ...Object.entries(lighthouse).flatMap(([page, r]) => [
    [`Lighthouse LCP, ${page}`, r.lcp, 1200, ms],
    [`Lighthouse time to interactive, ${page}`, r.tti, 2000, ms],
    [`Lighthouse performance score, ${page} (at least)`, 100 - r.score, 2, (v) => `${100 - v}`],
  ]),
].map(([name, value, limit, show, more = '']) => ({ name, value, limit, pass: value <= limit, shown: `${show(value)} (limit ${show(limit)})${more}` }));

// ---- the table
const row = (cells, widths) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log('\nSizes (raw / gzip -9 / brotli 11)');
for (const [build, parts] of Object.entries(sizes)) {
  for (const [part, w] of Object.entries(parts)) {
    const note = part === 'css' ? '  (the source files; minified into the wasm, not added again)' : '';
    console.log(row([build, part, kb(w.raw), kb(w.gzip), kb(w.brotli)], [11, 6, 10, 10, 10]) + note);
  }
}
console.log(`\nWhat each guide adds to a bundle (gzip wasm): ${Object.entries(guideBytes).map(([id, bytes]) => `${id} ${kb(bytes)}`).join(', ') || 'only one guide'}`);
console.log(`What each language adds to the AliExpress-only bundle (gzip wasm, over English alone, ${kb(englishOnly.wasm.gzip)}): ${Object.entries(langBytes).map(([lang, bytes]) => `${lang} ${kb(bytes)}`).join(', ')} (es and pt include the guide's translation); build with LANGS=en,es for fewer`);
console.log(`All ${ids.length} guides: ${kb(sizes.all.total.gzip)} gzip in total; one guide (AliExpress): ${kb(sizes.aliexpress.total.gzip)}. A page that embeds one guide needs only that guide: build with GUIDES=<id> (see the README).`);
console.log(`Each extra guide: ${kb(perGuide.wasmGzipPerGuide)} of gzip wasm, its TOML ${kb(perGuide.tomlGzipPerGuide)} gzip (from ${GENERATED} generated guides)`);
console.log(`\nOne AliExpress widget over the baseline: ${kb(overBaseline.gzip)} gzip, ${kb(overBaseline.brotli)} brotli`);
console.log(`serde and serde-wasm-bindgen in the wasm (twiggy, raw): ${kb(serde.serde)} of their functions, ${kb(serde.floatFormatting)} of float formatting their error messages pull in; ${(100 * serde.share).toFixed(1)}% of the code`);
console.log('\nLargest wasm contributors (twiggy top, AliExpress-only build)');
for (const c of contributors) console.log(`  ${String(c.bytes).padStart(7)}  ${c.item}`);
console.log('\nWhere the weight over the floor comes from (raw wasm bytes by part of the program, AliExpress-only');
console.log('build against the baseline; gzip shrinks each part by its own ratio, so shares are approximate)');
for (const p of programParts.filter((p) => Math.abs(p.share) >= 0.005)) {
  console.log(`  ${String(p.extra).padStart(7)}  ${(100 * p.share).toFixed(1).padStart(5)}%  ${p.part}`);
}
console.log(`\nStartup, ${LOADS} fresh loads each, interleaved, after one thrown away (median [p25–p75])`);
for (const [app, marks] of Object.entries(timing)) {
  const shown = Object.entries(marks).map(([mark, t]) => `${mark} ${ms(t.median)} [${ms(t.p25)}–${ms(t.p75)}]`);
  console.log(`  ${app.padEnd(11)} ${shown.join('   ')}`);
}
console.log('  (widget: a script embed on an empty page; baseline: the minimal Yew app; prerendered: the');
console.log('   guide page; static: that page without its script; standalone: index.html?guide=, which sends the');
console.log('   reader to the guide page, timed from its own start. interactive: an enabled checkbox; live:');
console.log('   storage read and ticks saved)');
for (const [name, r] of Object.entries(ratios)) {
  console.log(`  ${name}: ${r.ratio.toFixed(2)} (90% of resampled runs: ${r.low.toFixed(2)} to ${r.high.toFixed(2)})`);
}
console.log(`\nTick latency over ${TICKS} ticks: one widget median ${ms(tick.one.median)} p95 ${ms(tick.one.p95)}; ten widgets median ${ms(tick.ten.median)} p95 ${ms(tick.ten.p95)}`);
console.log('\nLighthouse (median run of three: score, LCP, TTI, FCP, TBT, CLS)');
for (const [page, r] of Object.entries(lighthouse)) {
  const detour = r.redirects ? `   (scored at ${new URL(r.finalUrl).pathname}; the redirect: ${ms(r.redirects)})` : '';
  console.log(`  ${page.padEnd(26)} ${r.score}  ${ms(r.lcp)}  ${ms(r.tti)}  ${ms(r.fcp)}  ${ms(r.tbt)}  ${r.cls.toFixed(3)}   runs ${r.runs.join(', ')}${detour}`);
}
console.log('\nBudgets');
for (const b of budgets) console.log(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.shown}`);

writeFileSync(
  join(ROOT, 'bench/report.json'),
  `${JSON.stringify({ date: new Date().toISOString(), sizes, overBaseline, serde, perGuide, guideBytes, langBytes, contributors, parts: programParts, timing, ratios, tick, lighthouse, budgets }, null, 2)}\n`,
);
console.log('\nWritten: bench/report.json');
