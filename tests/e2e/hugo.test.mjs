// The Hugo shortcode (integrations/hugo/), for real: Debian's hugo (`make setup` installs it
// when missing) builds a minimal site that has it as a theme component, a post uses it, and a
// reader opens the post with the widget served from dist/ on another origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';
import { ROOT, assertReaderSees, serveSite, serveWidgetHost, siteDir, writeFiles, closeAll } from './integrations.mjs';

// Debian's, from PATH; HUGO=/path/to/hugo picks another (as CHROMIUM does for the browser).
const HUGO = process.env.HUGO ?? 'hugo';
const dirs = [];
let widget;
let blog;
let browser;

/** Runs hugo with `args`; { status, output } (stdout and stderr, where its errors go). */
function run(args) {
  const done = spawnSync(HUGO, args, { encoding: 'utf8' });
  if (done.error?.code === 'ENOENT') throw new Error(`${HUGO} is not installed: run make setup (it installs Debian's hugo)`);
  if (done.error) throw done.error;
  return { status: done.status, output: `${done.stdout}\n${done.stderr}` };
}

/** Builds the site in `dir` into dir/public/. */
const hugo = (dir) => run(['--source', dir, '--cacheDir', join(dir, '.cache')]);

/** A minimal site with the shortcode installed as a theme component, and `posts` (name → text). */
function site(host, posts) {
  const files = {
    'hugo.toml': `baseURL = "http://example.org/"
title = "A blog"
theme = ["deletion-guide"]
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "404"]
[params.deletionGuide]
host = "${host}/"
`,
    'layouts/_default/single.html': `<!doctype html><html lang="en"><head><title>{{ .Title }}</title>
<link rel="icon" href="data:,"></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
`,
  };
  for (const [name, text] of Object.entries(posts)) files[`content/posts/${name}.md`] = text;
  const dir = siteDir('hugo', files);
  dirs.push(dir);
  cpSync(join(ROOT, 'integrations/hugo'), join(dir, 'themes/deletion-guide'), { recursive: true });
  return dir;
}

const post = (title, body) => `---\ntitle: ${title}\n---\nBefore you go, save what you need.\n\n${body}\n\nThat is all.\n`;

let built;
before(async () => {
  assert.match(run(['version']).output, /^hugo v0\.\d+/);
  widget = await serveWidgetHost();
  built = site(widget.host, {
    leaving: post('Leaving AliExpress', '{{< deletion-guide guide="aliexpress" theme="dark" heading-level="3" >}}'),
    hostile: post('Odd values', `{{< deletion-guide guide="x\\"><script>alert(1)</script>" theme="'dark'"
      report-url="https://example.org/report?guide={guide}&step={step}" host="https://cdn.example.org/dg/" >}}`),
  });
  const { status, output } = hugo(built);
  assert.equal(status, 0, output);
  blog = await serveSite(join(built, 'public'));
  browser = await launchChromium();
});
after(() => closeAll({ browser, blog, widget }, dirs));

test('a post with the shortcode shows the guide, loaded from the site-wide host, that a reader can tick', async () => {
  const html = readFileSync(join(built, 'public/posts/leaving/index.html'), 'utf8');
  assert.match(html, /<deletion-guide guide="aliexpress" theme="dark" heading-level="3">/);
  await assertReaderSees(browser, `${blog.url}posts/leaving/`, { host: widget.host, theme: 'dark', headingLevel: 3 });
});

test('values are escaped, report-url keeps its placeholders, and host= overrides the site-wide host', () => {
  const html = readFileSync(join(built, 'public/posts/hostile/index.html'), 'utf8');
  assert.ok(!html.includes('<script>alert(1)'), html);
  assert.match(html, /<deletion-guide guide="x&#34;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;" theme="&#39;dark&#39;"/);
  assert.match(html, / report-url="https:\/\/example\.org\/report\?guide=\{guide\}&amp;step=\{step\}"/);
  assert.match(html, /<script type="module" src="https:\/\/cdn\.example\.org\/dg\/deletion-guide\.js"><\/script>/);
  assert.match(html, /<a href="https:\/\/cdn\.example\.org\/dg\/guides\/x%22%3e%3cscript%3ealert%281%29%3c\/script%3e\.html">/);
  assert.ok(!html.includes(widget.host), 'the site-wide host is not used where the call names one');
});

test('a shortcode without a guide id fails the build, saying so and where', () => {
  const dir = site('https://guides.example.org', { broken: post('Broken', '{{< deletion-guide theme="dark" >}}') });
  const run = hugo(dir);
  assert.notEqual(run.status, 0, run.output);
  assert.match(run.output, /The "deletion-guide" shortcode needs a guide id, e\.g\. guide="aliexpress"/);
  assert.match(run.output, /content\/posts\/broken\.md:\d+:\d+/);
});

test('a host that is not https, or none at all, fails the build, saying so', () => {
  for (const [host, call] of [
    ['http://guides.example.org', '{{< deletion-guide guide="ebay" >}}'],
    ['https://guides.example.org', '{{< deletion-guide guide="ebay" host="ftp://guides.example.org" >}}'],
  ]) {
    const run = hugo(site(host, { plain: post('Plain', call) }));
    assert.notEqual(run.status, 0, run.output);
    assert.match(run.output, /needs the widget's host as an https address/, run.output);
  }
  const dir = site('https://guides.example.org', { plain: post('Plain', '{{< deletion-guide guide="ebay" >}}') });
  writeFiles(dir, { 'hugo.toml': 'baseURL = "http://example.org/"\ntheme = ["deletion-guide"]\n' });
  const run = hugo(dir);
  assert.notEqual(run.status, 0, run.output);
  assert.match(run.output, /params\.deletionGuide\.host in the site config/);
});
