// After `make build`: measures how tall each guide's iframe embed is at the widths posts are
// read at, in Debian's Chromium, and writes
//
// - `<www>/guides/frame-heights.json`: `widths` (px) and, per guide, the document's height at
//   each, for a reader who has not started (`plain`) and with a report link on every step
//   (`report`); the embed page sizes its iframe snippet from it (www/snippets.js); `from` is
//   a fingerprint of what the heights depend on, and while it holds they are not measured again;
// - `<www>/guides/<id>.oembed.json`: each guide page's oEmbed response, its iframe sized so.
//
// `node scripts/frame-heights.mjs www` (the Makefile passes SITE_URL, the published address).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';
import { oembed } from '../www/snippets.js';

/** Frame widths: small phones to wide columns. Snippets use those up to the post's column. */
export const WIDTHS = [280, 360, 480, 640, 800, 960, 1200];
/** The column the oEmbed frame is offered at. */
export const OEMBED_WIDTH = 640;
/** Any https link: what is measured is the line it adds to each step. */
const SOME_REPORT_LINK = 'https://example.org/report';

/** The height of the iframe page showing `guide` in a `width` px wide frame, as a reader first sees it. */
async function measure(page, base, guide, width, report) {
  await page.setViewportSize({ width, height: 800 });
  const query = new URLSearchParams({ guide, ...(report && { reportUrl: SOME_REPORT_LINK }) });
  await page.goto(`${base}embed.html?${query}`);
  await page.locator('.dg-live').waitFor();
  // Fonts and layout settle before the height is read.
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
}

/** Every guide's heights: the widths side by side, one page each, every guide one after another. */
async function measureAll(base, ids) {
  const browser = await launchChromium();
  try {
    const columns = await Promise.all(WIDTHS.map(async (width) => {
      // A fresh context per width: nothing saved, as for a reader who has not started.
      const page = await (await browser.newContext()).newPage();
      const heights = {};
      for (const id of ids) {
        heights[id] = {
          plain: await measure(page, base, id, width, false),
          report: await measure(page, base, id, width, true),
        };
      }
      return heights;
    }));
    const guides = {};
    for (const id of ids) {
      guides[id] = {
        plain: columns.map((column) => column[id].plain),
        report: columns.map((column) => column[id].report),
      };
    }
    return { widths: WIDTHS, guides };
  } finally {
    await browser.close();
  }
}

/** What the heights depend on: the iframe page, the bundle it runs (guides and stylesheet baked in), the widths. */
const INPUTS = ['embed.html', 'embed.css', 'embed.js', 'pkg/deletion_guide.js', 'pkg/deletion_guide_bg.wasm'];

function fingerprint(www) {
  const hash = createHash('sha256').update(JSON.stringify(WIDTHS));
  for (const file of INPUTS) hash.update(readFileSync(join(www, file)));
  return hash.digest('hex').slice(0, 16);
}

/** The heights measured before, if nothing they depend on has changed since: measuring takes 40 s. */
function measuredBefore(file, from) {
  if (!existsSync(file)) return null;
  const before = JSON.parse(readFileSync(file, 'utf8'));
  return before.from === from ? before : null;
}

export async function frameHeights(www, site) {
  const description = JSON.parse(readFileSync(join(www, 'guides/options.json'), 'utf8'));
  const file = join(www, 'guides/frame-heights.json');
  const from = fingerprint(www);
  let measured = measuredBefore(file, from);
  if (!measured) {
    const { server, url } = await serve({ port: 0, root: www });
    try {
      measured = { from, ...await measureAll(url, description.guides.map((guide) => guide.id)) };
    } finally {
      server.close();
    }
    writeFileSync(file, `${JSON.stringify(measured, null, 1)}\n`);
  }
  const host = `${site.replace(/\/$/, '')}/`;
  for (const guide of description.guides) {
    const heights = { widths: measured.widths, heights: measured.guides[guide.id].plain };
    const response = oembed(description, guide, host, heights, OEMBED_WIDTH);
    writeFileSync(join(www, `guides/${guide.id}.oembed.json`), `${JSON.stringify(response, null, 2)}\n`);
  }
  return measured;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const www = process.argv[2] ?? 'www';
  const started = Date.now();
  const measured = await frameHeights(www, process.env.SITE_URL ?? 'http://127.0.0.1:8080');
  const count = Object.keys(measured.guides).length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`frame heights: ${count} guides at ${WIDTHS.length} widths, ${seconds} s (unchanged inputs reuse the last measurement)`);
}
