// `make bench`: sizes, startup and tick latency of the widget against a minimal Yew app built
// the same way, measured in one run; writes bench/report.json and prints a table and budgets.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import {
  OUT, ROOT, baselineSizes, buildBaseline, buildWidget, generateGuides, largestContributors,
  widgetSizes,
} from './sizes.mjs';
import { measureStartup } from './startup.mjs';
import { measureTicks } from './ticks.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 20);
const TICKS = Number(process.env.BENCH_TICKS ?? 200);
const GENERATED = 50;
const KB = 1000;

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p25: at(0.25), p75: at(0.75), p95: at(0.95), min: sorted[0], max: sorted.at(-1) };
};
const ms = (value) => `${value.toFixed(2)} ms`;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

console.log('Building: all guides, 50 generated guides, AliExpress only, and the baseline…');
const allPkg = buildWidget('pkg-all', {});
const generated = generateGuides(GENERATED);
const generatedPkg = buildWidget('pkg-generated', { GUIDES_DIR: generated.dir });
const onePkg = buildWidget('pkg-aliexpress', { GUIDES: 'aliexpress' });
const contributors = largestContributors(); // of the build just made: AliExpress only
const baselinePkg = buildBaseline();

const sizes = {
  aliexpress: widgetSizes(onePkg),
  all: widgetSizes(allPkg),
  generated: widgetSizes(generatedPkg),
  baseline: baselineSizes(baselinePkg),
};
const perGuide = {
  wasmGzipPerGuide: (sizes.generated.wasm.gzip - sizes.aliexpress.wasm.gzip) / GENERATED,
  tomlGzipPerGuide: generated.meanTomlGzip,
};

// A copy of www/ with the AliExpress-only bundle, plus the pages the browser measures.
const site = join(OUT, 'site');
rmSync(site, { recursive: true, force: true });
cpSync(join(ROOT, 'www'), site, { recursive: true, filter: (path) => !path.includes('/www/pkg') });
cpSync(onePkg, join(site, 'pkg'), { recursive: true });
const widgetPage = (count) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>bench</title><link rel="icon" href="favicon.svg"><script type="module" src="deletion-guide.js"></script>
</head><body>${'<div data-deletion-guide="aliexpress"></div>'.repeat(count)}</body></html>`;
writeFileSync(join(site, 'bench-1.html'), widgetPage(1));
writeFileSync(join(site, 'bench-10.html'), widgetPage(10));
mkdirSync(join(ROOT, 'bench'), { recursive: true });

const widgetServer = await serve({ port: 0, root: site });
const baselineServer = await serve({ port: 0, root: join(ROOT, 'bench/baseline') });
const browser = await launchChromium();
console.log(`Measuring startup over ${LOADS} fresh loads each, and ${TICKS} ticks…`);
const startup = await measureStartup(
  browser,
  { widget: `${widgetServer.url}bench-1.html`, baseline: `${baselineServer.url}index.html` },
  LOADS,
);
const ticks1 = await measureTicks(browser, `${widgetServer.url}bench-1.html`, 1, TICKS);
const ticks10 = await measureTicks(browser, `${widgetServer.url}bench-10.html`, 10, TICKS);
await browser.close();
widgetServer.server.close();
baselineServer.server.close();

const timing = {
  widget: { fcp: stats(startup.widget.map((s) => s.fcp)), interactive: stats(startup.widget.map((s) => s.interactive)) },
  baseline: { fcp: stats(startup.baseline.map((s) => s.fcp)), interactive: stats(startup.baseline.map((s) => s.interactive)) },
};
const ratio = timing.widget.interactive.median / timing.baseline.interactive.median;
const tick = { one: stats(ticks1), ten: stats(ticks10) };

const budgets = [
  ['Total transfer, AliExpress-only build (gzip)', sizes.aliexpress.total.gzip, 90 * KB, kb],
  ['Interactive, widget / baseline (medians)', ratio, 1.2, (r) => `${r.toFixed(2)}x`],
  ['Tick latency p95, one widget', tick.one.p95, 4, ms],
  ['Tick latency p95, ten widgets', tick.ten.p95, 8, ms],
  ['Bytes per extra guide / its TOML gzip', perGuide.wasmGzipPerGuide / perGuide.tomlGzipPerGuide, 1.5, (r) => `${r.toFixed(2)}x`],
].map(([name, value, limit, show]) => ({ name, value, limit, pass: value <= limit, shown: `${show(value)} (limit ${show(limit)})` }));

// ---- the table
const row = (cells, widths) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log('\nSizes (raw / gzip -9 / brotli 11)');
for (const [build, parts] of Object.entries(sizes)) {
  for (const [part, w] of Object.entries(parts)) {
    const note = part === 'css' ? '  (the source file; minified into the wasm, not added again)' : '';
    console.log(row([build, part, kb(w.raw), kb(w.gzip), kb(w.brotli)], [11, 6, 10, 10, 10]) + note);
  }
}
console.log(`\nEach extra guide: ${kb(perGuide.wasmGzipPerGuide)} of gzip wasm, its TOML ${kb(perGuide.tomlGzipPerGuide)} gzip (from ${GENERATED} generated guides)`);
console.log('\nLargest wasm contributors (twiggy top, AliExpress-only build)');
for (const c of contributors) console.log(`  ${String(c.bytes).padStart(7)}  ${c.item}`);
console.log(`\nStartup, ${LOADS} fresh loads each (median [p25–p75])`);
for (const [app, t] of Object.entries(timing)) {
  console.log(`  ${app.padEnd(9)} first contentful paint ${ms(t.fcp.median)} [${ms(t.fcp.p25)}–${ms(t.fcp.p75)}]   interactive ${ms(t.interactive.median)} [${ms(t.interactive.p25)}–${ms(t.interactive.p75)}]`);
}
console.log(`  interactive ratio widget/baseline: ${ratio.toFixed(2)}`);
console.log(`\nTick latency over ${TICKS} ticks: one widget median ${ms(tick.one.median)} p95 ${ms(tick.one.p95)}; ten widgets median ${ms(tick.ten.median)} p95 ${ms(tick.ten.p95)}`);
console.log('\nBudgets');
for (const b of budgets) console.log(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.shown}`);

writeFileSync(
  join(ROOT, 'bench/report.json'),
  `${JSON.stringify({ date: new Date().toISOString(), sizes, perGuide, contributors, timing, ratio, tick, budgets }, null, 2)}\n`,
);
console.log('\nWritten: bench/report.json');
