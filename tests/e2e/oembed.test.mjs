// oEmbed: every guide page advertises a static oEmbed response, which has the fields oEmbed
// 1.0 asks of a `rich` response, and whose iframe shows the guide when an editor pastes it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GUIDE_IDS as IDS, newPage, start } from './browser.mjs';

const HEIGHTS = JSON.parse(readFileSync(new URL('../../www/guides/frame-heights.json', import.meta.url), 'utf8'));

let env;
before(async () => {
  env = await start();
});
after(() => env.close());

/** The oEmbed response a guide page advertises, as an editor discovers it. */
async function discover(page, id) {
  await page.goto(`${env.url}guides/${id}.html`);
  const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  assert.equal(await link.count(), 1, id);
  const href = new URL(await link.getAttribute('href'));
  assert.equal(href.pathname, `/guides/${id}.oembed.json`);
  // Fetched from this server (the build's SITE_URL is the default local address).
  const response = await page.request.get(`${env.url}guides/${id}.oembed.json`);
  assert.equal(response.status(), 200);
  return response.json();
}

test('every guide page advertises an oEmbed 1.0 rich response with all its required fields', async () => {
  const page = await newPage(env.browser, { javaScriptEnabled: false });
  for (const id of IDS) {
    const oembed = await discover(page, id);
    assert.equal(oembed.version, '1.0');
    assert.equal(oembed.type, 'rich');
    for (const field of ['width', 'height']) assert.ok(Number.isInteger(oembed[field]) && oembed[field] > 0, `${id} ${field}`);
    assert.equal(typeof oembed.html, 'string');
    assert.match(oembed.html, new RegExp(`^<iframe src="[^"]+/embed\\.html\\?guide=${id}" title="[^"]+"\\s+height="\\d+" style="width: 100%; height: max\\(${oembed.height}px, `));
    // The height measured at build time for a frame of that width (scripts/frame-heights.mjs).
    const at = HEIGHTS.widths.indexOf(oembed.width);
    assert.ok(oembed.height >= HEIGHTS.guides[id].plain[at], `${id}: ${oembed.height} px`);
    assert.ok(oembed.height <= HEIGHTS.guides[id].plain[at] * 1.1, `${id}: ${oembed.height} px`);
    assert.doesNotMatch(oembed.html, /<script/i, 'editors strip scripts; the frame needs none');
    assert.equal(typeof oembed.title, 'string');
    assert.equal(oembed.provider_name, 'deletion-guide');
    assert.match(oembed.provider_url, /\/guides\/index\.html$/);
  }
});

test('the iframe in an oEmbed response shows the guide, pasted into a page as an editor would', async () => {
  const page = await newPage(env.browser);
  const oembed = await discover(page, 'spotify');
  // The build's SITE_URL is the default local address: point it at this test server.
  const html = oembed.html.replace(/src="https?:\/\/[^/]+\//, `src="${env.url}`);
  await page.route(`${env.url}post.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>post</title><link rel="icon" href="favicon.svg"><body style="margin: 0"><main style="width: ${oembed.width}px">${html}</main></body></html>` }),
  );
  await page.goto(`${env.url}post.html`);
  const frame = page.frameLocator('iframe');
  await frame.locator('.dg-live').waitFor();
  // In a column of the width offered, the frame is as tall as its guide: it does not scroll inside.
  const [view, scrolls] = await frame.locator('html').evaluate(() => [innerHeight, document.documentElement.scrollHeight]);
  assert.ok(scrolls <= view, `the guide scrolls ${scrolls} px in a frame of ${view} px`);
  await frame.getByRole('checkbox').first().check();
  await frame.getByText(/\b1 of \d+ steps? done/).filter({ visible: true }).first().waitFor();
  assert.deepEqual(page.errors, []);
});
