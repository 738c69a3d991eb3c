// The React component (integrations/react/), for real: a tiny React 19 site, bundled by esbuild
// from `import { DeletionGuide } from '@deletion-guide/react'`, prerendered to HTML as static
// site generators do and hydrated in the browser, where the component loads the widget from
// dist/ on another origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/chromium.mjs';
import { ROOT, assertReaderSees, serveSite, serveWidgetHost, siteDir, closeAll } from './integrations.mjs';
import { newPage } from './browser.mjs';

const dirs = [];
let widget;
let blog;
let browser;
let built;

/** The post: `guide` is the JSX of the component, inside the site-wide host. */
const post = (guide) => `import { useState } from 'react';
import { DeletionGuide, DeletionGuideHost } from '@deletion-guide/react';

export function Post() {
  const [theme, setTheme] = useState('dark');
  return (
    <DeletionGuideHost value={HOST}>
      <main>
        <h1>Leaving AliExpress</h1>
        <button onClick={() => setTheme('light')}>Light theme</button>
        ${guide}
      </main>
    </DeletionGuideHost>
  );
}
`;

const FILES = {
  'client.jsx': `import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { Post } from './post.jsx';
hydrateRoot(document.getElementById('root'), <StrictMode><Post /></StrictMode>);
`,
  'server.jsx': `import { renderToString } from 'react-dom/server';
import { Post } from './post.jsx';
export const render = () => renderToString(<Post />);
`,
};

/**
 * Builds the site in a new folder: esbuild bundles the client and a server entry, and the
 * server entry prerenders the post into out/index.html. Resolves to the folder.
 */
async function buildSite(host, guide) {
  const dir = siteDir('react', { ...FILES, 'post.jsx': post(guide) });
  dirs.push(dir);
  // Installed as an app would have them from npm: the component, and the repository's React.
  mkdirSync(join(dir, 'node_modules/@deletion-guide'), { recursive: true });
  for (const [name, from] of [['@deletion-guide/react', 'integrations/react'], ['react', 'node_modules/react'], ['react-dom', 'node_modules/react-dom']]) {
    symlinkSync(join(ROOT, from), join(dir, 'node_modules', name), 'dir');
  }
  const common = { bundle: true, format: 'esm', jsx: 'automatic', logLevel: 'silent', define: { HOST: JSON.stringify(`${host}/`) } };
  const client = await build({ ...common, entryPoints: [join(dir, 'client.jsx')], outfile: join(dir, 'out/app.js'), platform: 'browser', target: 'es2022' });
  const server = await build({ ...common, entryPoints: [join(dir, 'server.jsx')], outfile: join(dir, 'server.mjs'), platform: 'node', packages: 'external' });
  assert.deepEqual([...client.warnings, ...server.warnings], []);
  const { render } = await import(pathToFileURL(join(dir, 'server.mjs')).href);
  writeFileSync(join(dir, 'out/index.html'), `<!doctype html><html lang="en"><head><title>Leaving AliExpress</title>
<link rel="icon" href="data:,"></head><body><div id="root">${render()}</div><script type="module" src="app.js"></script></body></html>
`);
  return dir;
}

before(async () => {
  widget = await serveWidgetHost();
  built = await buildSite(widget.host, '<DeletionGuide guide="aliexpress" theme={theme} headingLevel={3} />');
  blog = await serveSite(join(built, 'out'));
  browser = await launchChromium();
});
after(() => closeAll({ browser, blog, widget }, dirs));

test('esbuild leaves the computed import of the loader to the browser', () => {
  const bundle = readFileSync(join(built, 'out/app.js'), 'utf8');
  assert.match(bundle, /import\(\s*(\/\*[^*]*\*\/\s*)*[A-Za-z_$][\w$]*\s*\)/, 'a dynamic import of a variable');
  assert.ok(!bundle.includes('deletion-guide.loader'), 'the loader is not bundled');
});

test('the prerendered post shows the guide, loaded from the host in DeletionGuideHost, that a reader can tick', async () => {
  const html = readFileSync(join(built, 'out/index.html'), 'utf8');
  assert.match(html, /<deletion-guide guide="aliexpress" theme="dark" heading-level="3"><a href="[^"]+">/);
  await assertReaderSees(browser, `${blog.url}index.html`, { host: widget.host, theme: 'dark', headingLevel: 3 });
});

test('a changed prop redraws the widget, under StrictMode, without a second loader', async () => {
  const page = await newPage(browser);
  await page.goto(`${blog.url}index.html`);
  const guide = page.locator('deletion-guide');
  await guide.locator('article.dg-theme-dark.dg-live').waitFor();
  await page.getByRole('button', { name: 'Light theme' }).click();
  await guide.locator('article.dg-theme-light.dg-live').waitFor();
  const loaders = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/deletion-guide.js')).length);
  assert.equal(loaders, 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('props are escaped by React, report-url keeps its placeholders, and a host prop overrides the site-wide host', async () => {
  const dir = await buildSite(widget.host, `<DeletionGuide guide={'x"><script>alert(1)</script>'} theme="'dark'"
    reportUrl="https://example.org/r?g={guide}&s={step}" accent="#b3005e" host="https://cdn.example.org/dg/" />`);
  const html = readFileSync(join(dir, 'out/index.html'), 'utf8');
  assert.ok(!html.includes('<script>alert(1)'), html);
  assert.match(html, /<deletion-guide guide="x&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;" theme="&#x27;dark&#x27;" report-url="https:\/\/example\.org\/r\?g=\{guide\}&amp;s=\{step\}" accent="#b3005e">/);
  assert.match(html, /<a href="https:\/\/cdn\.example\.org\/dg\/guides\/x%22%3E%3Cscript%3Ealert\(1\)%3C%2Fscript%3E\.html">/);
  assert.ok(!html.includes(widget.host), 'the site-wide host is not used where the prop names one');
});

test('a DeletionGuide without a guide id fails the build (the prerender), saying so', async () => {
  await assert.rejects(buildSite(widget.host, '<DeletionGuide theme="dark" />'), /<DeletionGuide> needs a guide id, e\.g\. <DeletionGuide guide="aliexpress" \/>/);
  await assert.rejects(buildSite('http://guides.example.org', '<DeletionGuide guide="ebay" />'), /needs the widget's host as an https address/);
});
