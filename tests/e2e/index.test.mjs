// The guide index: every guide listed and linked, readable without JavaScript; a search that
// filters as the reader types, by name, other name or domain, announced, and usable by
// keyboard; a sitemap of every guide page; an unknown guide id answered with the real ones.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { GUIDE_IDS as IDS, newPage, start } from './browser.mjs';

const INDEX = 'guides/index.html';
/** The TOML text of a guide, for what the index should show of it. */
const toml = (id) => readFileSync(new URL(`../../guides/${id}.toml`, import.meta.url), 'utf8');
const field = (id, name) => toml(id).match(new RegExp(`^${name} = "([^"]*)"`, 'm'))[1];
const aliases = (id) => [...(toml(id).match(/^aliases = \[(.*)\]/m)?.[1].matchAll(/"([^"]*)"/g) ?? [])].map((m) => m[1]);

let env;
before(async () => {
  env = await start();
});
after(() => env.close());

test('without JavaScript, the index lists every guide with its facts, each linking to its page', async () => {
  const page = await newPage(env.browser, { javaScriptEnabled: false });
  await page.goto(`${env.url}${INDEX}`);
  const entries = page.locator('#guide-index > li');
  assert.equal(await entries.count(), IDS.length);
  assert.equal(await page.getByRole('status').innerText(), IDS.length === 1 ? '1 guide' : `${IDS.length} guides`);
  assert.equal(await page.getByRole('searchbox').isVisible(), false, 'the search needs the script');
  for (const id of IDS) {
    const entry = entries.filter({ has: page.getByRole('link', { name: field(id, 'service'), exact: true }) });
    const facts = await entry.locator('.guide-facts').innerText();
    assert.match(facts, /Difficulty\s+(Easy|Medium|Hard|Impossible)/);
    assert.ok(facts.includes(field(id, 'time_needed')), `${id}: ${facts}`);
    assert.match(facts, /Steps\s+\d+( to \d+)?/);
    assert.match(facts, /(Sources read|Last verified)\s+\d+ \w+ \d{4}/);
    const href = await entry.locator('h2 a').getAttribute('href');
    assert.equal(href, `${id}.html`);
    const response = await page.request.get(`${env.url}guides/${href}`);
    assert.equal(response.status(), 200, `${id}'s page is there`);
  }
});

test('the search filters by name, by other name or domain, says how many, and says when nothing matches', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}${INDEX}`);
  const search = page.getByRole('searchbox', { name: 'Find a service' });
  const status = page.getByRole('status');
  const shown = () => page.locator('#guide-index > li').filter({ visible: true }).locator('h2 a').allInnerTexts();

  await search.fill('aliexp');
  assert.deepEqual(await shown(), ['AliExpress']);
  assert.equal(await status.innerText(), '1 guide');
  assert.equal(await search.getAttribute('aria-describedby'), 'guide-count');
  for (const id of IDS) {
    for (const alias of aliases(id)) {
      await search.fill(alias.toUpperCase());
      assert.ok((await shown()).includes(field(id, 'service')), `"${alias}" finds ${id}`);
    }
  }
  await search.fill('myspace');
  assert.deepEqual(await shown(), []);
  assert.equal(await status.innerText(), 'No guide matches \u201cmyspace\u201d.');
  await search.fill('');
  assert.equal((await shown()).length, IDS.length);
  assert.deepEqual(page.errors, []);
});

test('by keyboard: the search is first, Enter opens the first guide shown, Tab reaches each link', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}${INDEX}`);
  await page.keyboard.press('Tab'); // the site's name
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'guide-search');
  await page.keyboard.type('ali express');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'AliExpress');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/guides\/aliexpress\.html$/);
});

test('the standalone page without a guide opens the index', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.url);
  if (IDS.length === 1) return; // with one guide, the page shows it
  await page.waitForURL(/guides\/index\.html$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Account deletion guides');
});

test('the sitemap lists the index and every guide page', async () => {
  const page = await newPage(env.browser);
  const xml = await (await page.request.get(`${env.url}sitemap.xml`)).text();
  const locations = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  // Each guide's page, then each translation's (guides/<id>.<lang>.toml).
  const translations = readdirSync(new URL('../../guides/', import.meta.url))
    .map((name) => name.match(/^([^.]+)\.([a-z]+)\.toml$/))
    .filter(Boolean)
    .map(([, id, lang]) => `/guides/${id}.${lang}.html`);
  assert.ok(translations.length > 0);
  assert.deepEqual(locations, ['/guides/index.html', ...IDS.map((id) => `/guides/${id}.html`), ...translations]);
});

test('an unknown guide on the standalone page names the guides there are, as links', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}?guide=myspace`);
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /no deletion guide called \u201cmyspace\u201d/);
  for (const id of IDS) {
    assert.equal(await page.getByRole('link', { name: field(id, 'service'), exact: true }).getAttribute('href'), `guides/${id}.html`);
  }
  await page.getByRole('link', { name: 'Search every guide' }).click();
  await page.waitForURL(/guides\/index\.html$/);
});
