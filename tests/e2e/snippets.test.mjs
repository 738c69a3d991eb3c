// Each snippet the embed page hands out, pasted into a blog post on another origin as a blogger
// would: under exactly the Content-Security-Policy the page says it needs, the guide shows and
// works; the iframe without script does not scroll inside at the widths posts are read at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { newPage, start } from './browser.mjs';

let env;
let blog;
const posts = mkdtempSync(join(tmpdir(), 'dg-posts-'));
before(async () => {
  env = await start();
  blog = await serve({ port: 0, root: posts });
});
after(async () => {
  await env.close();
  await new Promise((resolve) => blog.server.close(resolve));
  rmSync(posts, { recursive: true, force: true });
});

/** The snippets and policies the embed page shows for `query` (copied whole, as Copy does). */
async function handedOut(query) {
  const page = await newPage(env.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${env.url}embed-code.html?${query}`);
  await page.locator('#snippet-prerendered').filter({ hasText: 'KB' }).or(page.getByText('Not offered when you set')).waitFor();
  const copied = {};
  for (const id of ['script', 'prerendered', 'iframe', 'resize']) {
    const button = page.locator(`[data-copy="snippet-${id}"]`);
    if (!(await button.isVisible())) continue;
    await button.click();
    copied[id] = await page.evaluate(() => navigator.clipboard.readText());
  }
  const policy = Object.fromEntries(await Promise.all(['script', 'prerendered', 'iframe'].map(async (id) =>
    [id, await page.locator(`#${id}-needs code.policy`).textContent().catch(() => null)])));
  await page.context().close();
  return { ...copied, policy };
}

/** The blog's own stylesheet: a column up to 640 px wide, 16 px from a phone's edges. */
const BLOG_STYLE = 'body { margin: 0 } main { max-width: 640px; margin: 0 auto; padding: 0 16px }';

/** `policy` with the blog's stylesheet allowed by its hash too, in its `style-src` or a new one. */
function withBlogStyle(policy) {
  const hash = `'sha256-${createHash('sha256').update(BLOG_STYLE).digest('base64')}'`;
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
  const style = directives.findIndex((d) => d.startsWith('style-src '));
  if (style === -1) directives.push(`style-src ${hash}`);
  else directives[style] += ` ${hash}`;
  return directives.join('; ');
}

/**
 * A blog post holding `snippet`, under `default-src 'none'` and what the embed page said the
 * snippet needs (`policy`): anything it needs and did not say is refused, and logged.
 */
function post(name, snippet, policy) {
  writeFileSync(join(posts, name), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; ${withBlogStyle(policy)}">
<title>A post</title><style>${BLOG_STYLE}</style></head>
<body><main>
<h1>Leaving a service</h1><p>Here is how.</p>
${snippet}
<p>The end of the post.</p></main></body></html>`);
  return `${blog.url}${name}`;
}

test('the script snippet, with every option chosen, works pasted under the policy it states', async () => {
  const snippets = await handedOut('guide=spotify&theme=dark&headingLevel=3&accent=%23b3005e&reportUrl=https://example.org/r');
  const url = post('script.html', snippets.script, snippets.policy.script);
  const page = await newPage(env.browser);
  await page.goto(url);
  const widget = page.locator('[data-deletion-guide]');
  await widget.locator('.dg-live.dg-theme-dark').waitFor();
  await widget.getByRole('heading', { level: 3, name: 'Close your Spotify account and delete your data' }).waitFor();
  await widget.getByRole('link', { name: 'Report a mistake in this step' }).first().waitFor();
  await widget.getByRole('checkbox').first().check();
  await page.reload();
  await widget.locator('.dg-live').waitFor();
  assert.equal(await widget.getByRole('checkbox').first().isChecked(), true, 'the tick is kept');
  assert.deepEqual(page.errors, [], 'no policy violation, no error');
});

test('the prerendered snippet reads before any script, then comes to life, under the policy it states', async () => {
  const snippets = await handedOut('guide=aliexpress&accent=%23b3005e');
  assert.match(snippets.policy.prerendered, /style-src 'sha256-/);
  const url = post('prerendered.html', snippets.prerendered, snippets.policy.prerendered);
  const still = await newPage(env.browser, { javaScriptEnabled: false });
  await still.goto(url);
  await still.getByRole('heading', { name: 'Delete your AliExpress account' }).waitFor();
  assert.ok(await still.getByRole('checkbox').first().isVisible(), 'the checklist is there without JavaScript');

  const page = await newPage(env.browser);
  await page.goto(url);
  const widget = page.locator('[data-deletion-guide]');
  await widget.locator('.dg-live').waitFor();
  await widget.getByRole('checkbox').first().check();
  await widget.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  const accent = await widget.evaluate((element) => getComputedStyle(element).getPropertyValue('--dg-accent').trim());
  assert.equal(accent, '#b3005e');
  assert.deepEqual(page.errors, []);
});

/** In the post at `url` on a `width` by `height` screen: the frame's size against the guide's. */
async function frameOnScreen(url, width, height) {
  const page = await newPage(env.browser, { viewport: { width, height } });
  await page.goto(url);
  const element = page.locator('iframe');
  await element.scrollIntoViewIfNeeded();
  const frame = await (await element.elementHandle()).contentFrame();
  await frame.locator('.dg-live').waitFor();
  return { page, frame, ...await inFrame(frame) };
}

/** The frame's view, how far its page scrolls, the guide's height, and where its first checkbox ends. */
function inFrame(frame) {
  return frame.evaluate(() => {
    const guide = document.querySelector('#guide');
    const checkbox = guide.shadowRoot.querySelector('input[type="checkbox"]').getBoundingClientRect();
    return {
      view: innerHeight,
      scrolls: document.documentElement.scrollHeight,
      guide: Math.ceil(guide.getBoundingClientRect().height),
      checkbox: checkbox.bottom,
    };
  });
}

test('the iframe snippet without script fits the guide on phones and in a column, and shows the checklist', async () => {
  for (const guide of ['aliexpress', 'discord']) {
    const snippets = await handedOut(`guide=${guide}`);
    assert.doesNotMatch(snippets.iframe, /<script/i);
    const url = post(`frame-${guide}.html`, snippets.iframe, snippets.policy.iframe);
    for (const [width, height] of [[320, 640], [360, 740], [412, 915], [768, 1024], [1280, 800]]) {
      const { page, view, scrolls, guide: tall, checkbox } = await frameOnScreen(url, width, height);
      const at = `${guide} at ${width} px`;
      assert.ok(scrolls <= view, `${at}: the guide is ${tall} px in a frame of ${view} px, so it scrolls inside`);
      assert.ok(checkbox <= view, `${at}: the first checkbox is in the frame's view`);
      // Room to spare, not a page of blank: the frame is sized for the narrowest width around it.
      assert.ok(view <= tall * 1.3 + 48, `${at}: a frame of ${view} px for a guide of ${tall} px`);
      assert.deepEqual(page.errors, [], at);
      await page.context().close();
    }
  }
});

test('where the page may run the resize line, the frame is exactly as tall as the guide as it changes', async () => {
  const snippets = await handedOut('guide=netflix&reportUrl=https://example.org/r');
  const policy = `${snippets.policy.iframe}; ${snippets.policy.script}`;
  const url = post('frame-resized.html', `${snippets.iframe}\n${snippets.resize}`, policy);
  const { page, frame } = await frameOnScreen(url, 1280, 800);
  const element = page.locator('iframe');
  // The frame is on another origin: its guide is measured inside it, the frame outside.
  const fits = async (when) => {
    let sizes;
    for (let tries = 0; tries < 50; tries += 1) {
      sizes = [await element.evaluate((e) => e.getBoundingClientRect().height), (await inFrame(frame)).guide];
      if (Math.abs(sizes[0] - sizes[1]) <= 1) return sizes[1];
      await page.waitForTimeout(100);
    }
    assert.fail(`${when}: a frame of ${sizes[0]} px for a guide of ${sizes[1]} px`);
  };
  const closed = await fits('at first');
  await frame.locator('summary').first().click();
  assert.ok(await fits('with a section opened') > closed, 'the frame grew with the guide');
  assert.deepEqual(page.errors, []);
});
