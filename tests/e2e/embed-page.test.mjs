// The embed page (embed-code.html), as a blogger uses it: reached from every guide page, the
// index and the standalone page; a form of the widget's own options; a live preview; copy
// buttons that say what they did, and a way to copy where the clipboard is refused.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { newPage, start } from './browser.mjs';

const OPTIONS = JSON.parse(readFileSync(new URL('../../www/guides/options.json', import.meta.url), 'utf8'));
let env;
before(async () => {
  env = await start();
});
after(() => env.close());

const previewOf = (page) => page.locator('#preview deletion-guide');
const code = (page, id) => page.locator(`#snippet-${id}`);

test('every guide page, the index and the standalone page lead to the embed page, the guide chosen', async () => {
  const page = await newPage(env.browser);
  for (const [from, link, guide] of [
    ['guides/spotify.html', 'Embed this guide', 'spotify'],
    ['guides/index.html', 'Embed a guide', OPTIONS.guides[0].id],
    ['?guide=temu', 'Embed this guide', 'temu'],
  ]) {
    await page.goto(`${env.url}${from}`);
    await page.getByRole('link', { name: link }).click();
    await page.waitForURL(/embed-code\.html/);
    assert.equal(await page.getByLabel('Guide', { exact: true }).inputValue(), guide, from);
    const title = OPTIONS.guides.find((g) => g.id === guide).title;
    await previewOf(page).getByRole('heading', { name: title }).waitFor();
  }
  assert.deepEqual(page.errors, []);
});

test('the form asks for exactly the options the widget reads, each by its label', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}embed-code.html`);
  const labels = await page.locator('#embed-options label').allTextContents();
  assert.deepEqual(labels, OPTIONS.options.map((option) => option.label));
  assert.deepEqual(
    await page.getByLabel('Theme').locator('option').evaluateAll((all) => all.map((o) => o.value)),
    ['auto', 'light', 'dark'],
  );
  assert.equal(await page.getByLabel("Heading level of the guide's title").inputValue(), '2');
});

test('choices show at once in the preview and in every snippet', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}embed-code.html?guide=spotify`);
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByLabel("Heading level of the guide's title").selectOption('3');
  await page.getByLabel('Accent colour', { exact: true }).fill('#b3005e');
  await page.getByLabel('Where readers report a mistake').fill('https://example.org/report?guide={guide}');

  const preview = previewOf(page);
  await preview.getByRole('heading', { level: 3, name: 'Close your Spotify account and delete your data' }).waitFor();
  await preview.locator('.dg-theme-dark').waitFor();
  await preview.getByRole('link', { name: 'Report a mistake in this step' }).first().waitFor();
  const accent = await preview.evaluate((element) => getComputedStyle(element).getPropertyValue('--dg-accent').trim());
  assert.equal(accent, '#b3005e');

  assert.equal(
    await code(page, 'script').textContent(),
    '<div data-deletion-guide="spotify" data-theme="dark" data-report-url="https://example.org/report?guide={guide}" ' +
      `data-heading-level="3" data-accent="#b3005e"></div>\n<script type="module" src="${env.url}deletion-guide.js"></script>`,
  );
  const iframe = await code(page, 'iframe').textContent();
  const src = new URL(iframe.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
  assert.deepEqual(Object.fromEntries(src.searchParams), {
    accent: '#b3005e', guide: 'spotify', headingLevel: '3', reportUrl: 'https://example.org/report?guide={guide}', theme: 'dark',
  });
  // The guide inside a prerendered snippet is written at heading level 2 and without a report link.
  await page.getByText("Not offered when you set \u201cWhere readers report a mistake\u201d or \u201cHeading level of the guide's title\u201d").waitFor();
  assert.equal(await code(page, 'prerendered').isVisible(), false);

  await page.getByLabel('Where readers report a mistake').fill('');
  await page.getByLabel("Heading level of the guide's title").selectOption('2');
  const prerendered = code(page, 'prerendered');
  await prerendered.filter({ hasText: '<div data-deletion-guide="spotify" data-theme="dark" data-accent="#b3005e">' }).waitFor();
  assert.match(await page.locator('#prerendered-needs').textContent(), /It is \d+\.\d KB to paste \(\d+\.\d KB gzipped in the page\);.*style-src 'sha256-[A-Za-z0-9+/=]+'/);
  assert.deepEqual(page.errors, []);
});

test('a value the widget cannot take is named in the preview, as it will be on the blog', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}embed-code.html?guide=temu`);
  await page.getByLabel('Accent colour', { exact: true }).fill('blue');
  await previewOf(page).getByText('the accent colour \u201cblue\u201d is not written #rgb or #rrggbb').waitFor();
  await page.getByLabel('Where readers report a mistake').fill('http://example.org/report');
  await previewOf(page).getByText('the report link \u201chttp://example.org/report\u201d is not an https:// link').waitFor();
});

test('Copy puts the whole snippet on the clipboard and says so beside the button', async () => {
  const page = await newPage(env.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${env.url}embed-code.html?guide=aliexpress`);
  const article = page.locator('.snippet').filter({ has: page.getByRole('heading', { name: 'With the guide already inside' }) });
  await code(page, 'prerendered').filter({ hasText: 'KB' }).waitFor();
  await article.getByRole('button', { name: 'Copy' }).first().click();
  await article.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const file = readFileSync(new URL('../../www/guides/aliexpress.auto.snippet.html', import.meta.url), 'utf8');
  assert.equal(copied, `${file}<script type="module" src="${env.url}deletion-guide.js"></script>`);
  // Only the button pressed says it.
  assert.equal(await page.getByRole('status').filter({ hasText: 'Copied' }).count(), 1);
});

test('where the clipboard is refused, the snippet is selected and the page says how to copy it', async () => {
  const page = await newPage(env.browser);
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await page.goto(`${env.url}embed-code.html?guide=aliexpress`);
  // The page's module script writes the snippet after the load event, on a busy machine late.
  await code(page, 'script').filter({ hasText: 'data-deletion-guide' }).waitFor();
  const snippet = await code(page, 'script').textContent();
  await page.locator('.snippet').first().getByRole('button', { name: 'Copy' }).click();
  await page.getByText('The snippet is selected: press Ctrl+C').waitFor();
  assert.equal(await page.evaluate(() => getSelection().toString()), snippet);
});

test('the embed page is usable on a phone and in both colour schemes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await newPage(env.browser, { viewport: { width: 360, height: 740 }, colorScheme });
    await page.goto(`${env.url}embed-code.html?guide=netflix`);
    await previewOf(page).locator('.dg-live').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `${colorScheme}: the page is ${overflow} px wider than the phone`);
    // The link after the choices leads to the preview, which comes after the snippets here.
    await page.getByRole('link', { name: 'See the preview' }).click();
    assert.ok(await page.getByRole('heading', { name: 'Preview' }).isVisible());
  }
});

test('the blog tools in integrations/ write every attribute the widget reads, by its name', () => {
  const tools = ['hugo/layouts/shortcodes/deletion-guide.html', 'eleventy/index.js', 'react/DeletionGuide.js'];
  for (const tool of tools) {
    const source = readFileSync(new URL(`../../integrations/${tool}`, import.meta.url), 'utf8');
    for (const option of OPTIONS.options) {
      assert.match(source, new RegExp(`(^|[^-\\w])${option.elementAttribute}([^-\\w]|$)`, 'm'), `${tool} writes ${option.elementAttribute}`);
    }
  }
});
