// The Eleventy plugin (integrations/eleventy/), for real: Eleventy 3's own CLI (from
// node_modules) builds a blog that installs the plugin as a package, with a Markdown post
// (Liquid, the default for Markdown) and a Nunjucks page using the shortcode; a reader opens
// them with the widget served from dist/ on another origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';
import { render } from '../../integrations/eleventy/index.js';
import { ROOT, assertReaderSees, serveSite, serveWidgetHost, siteDir, closeAll } from './integrations.mjs';
import { newPage } from './browser.mjs';

const CLI = join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs');
const dirs = [];
let widget;
let blog;
let browser;
let built;

/** A blog whose config adds the plugin with `options`, and `pages` (path → text). */
function site(options, pages) {
  const dir = siteDir('eleventy', {
    'package.json': '{ "private": true, "type": "module" }\n',
    'eleventy.config.js': `import deletionGuide from '@deletion-guide/eleventy';
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(deletionGuide, ${JSON.stringify(options)});
}
`,
    '_includes/post.njk': `<!doctype html><html lang="en"><head><title>{{ title }}</title>
<link rel="icon" href="data:,"></head><body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>
`,
    ...pages,
  });
  dirs.push(dir);
  // Installed as a blog would have it from npm: a package folder under node_modules.
  mkdirSync(join(dir, 'node_modules/@deletion-guide'), { recursive: true });
  symlinkSync(join(ROOT, 'integrations/eleventy'), join(dir, 'node_modules/@deletion-guide/eleventy'), 'dir');
  return dir;
}

/** Builds the blog in `dir` into dir/_site/; { status, output }. */
function eleventy(dir) {
  const run = spawnSync(process.execPath, [CLI, '--quiet'], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const front = (title) => `---\ntitle: ${title}\nlayout: post.njk\n---\n`;

before(async () => {
  widget = await serveWidgetHost();
  built = site({ host: `${widget.host}/` }, {
    'posts/leaving.md': `${front('Leaving AliExpress')}Before you go, save what you need.

{% deletionGuide "aliexpress", "theme=dark", "headingLevel=3" %}

That is *all*.
`,
    'posts/light.njk': `${front('Light')}<p>Before.</p>
{% deletionGuide "aliexpress", { theme: "light", headingLevel: 4, accent: "#b3005e" } %}
`,
    'posts/elsewhere.njk': `${front('Elsewhere')}{% deletionGuide "ebay", host="https://cdn.example.org/dg/" %}`,
  });
  const { status, output } = eleventy(built);
  assert.equal(status, 0, output);
  blog = await serveSite(join(built, '_site'));
  browser = await launchChromium();
});
after(() => closeAll({ browser, blog, widget }, dirs));

test('a Markdown post (Liquid) shows the guide, loaded from the site-wide host, that a reader can tick', async () => {
  const html = readFileSync(join(built, '_site/posts/leaving/index.html'), 'utf8');
  // One raw HTML block: not wrapped in a paragraph by Markdown.
  assert.match(html, /<p>Before you go, save what you need.<\/p>\n<deletion-guide guide="aliexpress" theme="dark" heading-level="3">\n<a /);
  await assertReaderSees(browser, `${blog.url}posts/leaving/`, { host: widget.host, theme: 'dark', headingLevel: 3 });
});

test('Nunjucks takes the options as an object or keyword arguments, and a host option overrides the site-wide host', async () => {
  const page = await newPage(browser);
  await page.goto(`${blog.url}posts/light/`);
  const guide = page.locator('deletion-guide');
  await guide.locator('article.dg-theme-light.dg-live').waitFor();
  assert.equal(await guide.getByRole('heading', { level: 4, name: 'Delete your AliExpress account' }).count(), 1);
  assert.equal(await guide.evaluate((e) => e.style.getPropertyValue('--dg-accent')), '#b3005e');
  assert.deepEqual(page.errors, []);
  await page.context().close();

  const elsewhere = readFileSync(join(built, '_site/posts/elsewhere/index.html'), 'utf8');
  assert.match(elsewhere, /<a href="https:\/\/cdn\.example\.org\/dg\/guides\/ebay\.html">/);
  assert.match(elsewhere, /<script type="module" src="https:\/\/cdn\.example\.org\/dg\/deletion-guide\.js"><\/script>/);
  assert.ok(!elsewhere.includes(widget.host), 'the site-wide host is not used where the call names one');
});

test('every value is escaped for its attribute, and report-url keeps its placeholders', () => {
  const html = render('x"><script>alert(1)</script>', [{ theme: "'dark'" }, 'reportUrl=https://example.org/r?g={guide}&s={step}'], 'https://guides.example.org');
  assert.ok(!html.includes('<script>alert(1)'), html);
  assert.match(html, /^<deletion-guide guide="x&#34;&#62;&#60;script&#62;alert\(1\)&#60;\/script&#62;" theme="&#39;dark&#39;" report-url="https:\/\/example\.org\/r\?g=\{guide\}&#38;s=\{step\}">/);
  assert.match(html, /<a href="https:\/\/guides\.example\.org\/guides\/x%22%3E%3Cscript%3Ealert\(1\)%3C%2Fscript%3E\.html">/);
  assert.throws(() => render('ebay', ['them=dark'], 'https://guides.example.org'), /unknown option "them"/);
});

test('a shortcode without a guide id fails the build, saying so', () => {
  const dir = site({ host: 'https://guides.example.org' }, { 'posts/broken.md': `${front('Broken')}{% deletionGuide %}\n` });
  const { status, output } = eleventy(dir);
  assert.notEqual(status, 0, output);
  assert.match(output, /deletionGuide needs a guide id as its first argument/);
  assert.match(output, /posts\/broken\.md/);
});

test('a site-wide host that is not https fails the build, saying so', () => {
  const dir = site({ host: 'http://guides.example.org' }, { 'posts/plain.md': `${front('Plain')}{% deletionGuide "ebay" %}\n` });
  const { status, output } = eleventy(dir);
  assert.notEqual(status, 0, output);
  assert.match(output, /deletionGuide needs the widget's host as an https address/);
});
