// The widget's own words in six languages: chosen by `data-lang`, else by the page's `lang`,
// else by the reader's browser, else English; Arabic laid out right to left; progress shared
// across the languages of one guide.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { holdWasm, newPage, start } from './browser.mjs';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const SHOTS = new URL('../../target/e2e/', import.meta.url);
let env;
before(async () => {
  env = await start();
  mkdirSync(SHOTS, { recursive: true });
});
after(() => env.close());

/** Opens a page of `body` (in an `<html>` with `htmlLang`, if any) that loads the widget. */
async function open(page, name, body, htmlLang) {
  const lang = htmlLang ? ` lang="${htmlLang}"` : '';
  await page.route(`${env.url}${name}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html${lang}><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>post</title><link rel="icon" href="favicon.svg"></head>
        <body><main><h1>A post</h1>${body}</main><script type="module" src="deletion-guide.js"></script></body></html>`,
    }),
  );
  await page.goto(`${env.url}${name}`);
  await page.locator('.dg-live').first().waitFor();
}

/** The language and direction each widget on the page speaks in, and its progress line. */
function spoken(page) {
  return page.locator('article.dg').evaluateAll((all) =>
    all.map((a) => ({ lang: a.lang, dir: a.dir, progress: a.querySelector('.dg-progress-text').textContent })),
  );
}

test('data-lang chooses the language, whatever the page and the browser say', async () => {
  const page = await newPage(env.browser, { locale: 'de-DE' });
  await open(page, 'es.html', '<div data-deletion-guide="aliexpress" data-lang="es"></div>', 'fr');
  const [widget] = await spoken(page);
  assert.equal(widget.lang, 'es');
  assert.equal(widget.dir, 'ltr');
  assert.doesNotMatch(widget.progress, /steps done/, 'not English');
  assert.deepEqual(page.errors, []);
});

test('without data-lang, the page\'s lang, then the reader\'s browser, then English', async () => {
  const page = await newPage(env.browser, { locale: 'de-DE' });
  await open(page, 'fr.html', '<div data-deletion-guide="aliexpress"></div>', 'fr-CA');
  assert.equal((await spoken(page))[0].lang, 'fr', 'the page says French');

  await open(page, 'none.html', '<div data-deletion-guide="aliexpress"></div>', null);
  assert.equal((await spoken(page))[0].lang, 'de', 'the browser asks for German');

  const japanese = await newPage(env.browser, { locale: 'ja-JP' });
  await open(japanese, 'ja.html', '<div data-deletion-guide="aliexpress"></div>', 'ja');
  const [widget] = await spoken(japanese);
  assert.equal(widget.lang, 'en');
  assert.match(widget.progress, /0 of 6 steps done/);
});

test('a language the widget does not speak is named on the page, and English is used', async () => {
  const page = await newPage(env.browser, { locale: 'fr-FR' });
  await open(page, 'tlh.html', '<deletion-guide guide="aliexpress" lang="tlh"></deletion-guide>', 'fr');
  await page.getByText('the language \u201ctlh\u201d is not one of en, es, pt, fr, de, ar').waitFor();
  assert.equal((await spoken(page))[0].lang, 'en');
});

test('widgets of one guide in two languages share the reader\'s ticks', async () => {
  const page = await newPage(env.browser);
  await open(page, 'two.html', '<div data-deletion-guide="aliexpress" data-lang="pt"></div><div data-deletion-guide="aliexpress" data-lang="en"></div>', 'en');
  const [portuguese, english] = [0, 1].map((i) => page.locator('[data-deletion-guide]').nth(i));
  await portuguese.getByRole('checkbox').first().check();
  await english.getByText('1 of 6 steps done').filter({ visible: true }).first().waitFor();
  await page.reload();
  await english.locator('.dg-live').waitFor();
  assert.equal(await english.getByRole('checkbox').first().isChecked(), true);
});

test('in Arabic the widget reads right to left, on a phone and a desktop, light and dark, axe-clean', async () => {
  for (const [width, height] of [[360, 740], [1280, 800]]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await newPage(env.browser, { viewport: { width, height }, colorScheme });
      await open(page, `ar-${width}-${colorScheme}.html`, '<div data-deletion-guide="aliexpress" data-lang="ar"></div>', 'ar');
      const [widget] = await spoken(page);
      assert.equal(widget.dir, 'rtl');
      // The box sits at the start of its line: on the right.
      const step = page.locator('.dg-step').first();
      const [box, title] = await Promise.all([step.locator('input').boundingBox(), step.locator('.dg-step-title span').boundingBox()]);
      assert.ok(box.x > title.x, `at ${width}: the checkbox is right of its title`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `at ${width}: ${overflow} px wider than the screen`);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => (await globalThis.axe.run()).violations.map((v) => `${v.id}: ${v.nodes.length}`));
      assert.deepEqual(violations, [], `axe at ${width} ${colorScheme}`);
      await page.screenshot({ path: new URL(`arabic-${width}-${colorScheme}.png`, SHOTS).pathname });
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  }
});

test('the Spanish guide page reads in Spanish, links its other languages, and is adopted as drawn', async () => {
  const page = await newPage(env.browser);
  const warnings = [];
  page.on('console', (m) => ['warning', 'error'].includes(m.type()) && warnings.push(m.text()));
  const wasm = await holdWasm(page);
  await page.goto(`${env.url}guides/aliexpress.es.html`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((all) =>
    all.map((l) => [l.hreflang, new URL(l.href).pathname]));
  assert.deepEqual(alternates, [['en', '/guides/aliexpress.html'], ['es', '/guides/aliexpress.es.html'], ['pt', '/guides/aliexpress.pt.html']]);
  const howTo = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(howTo.inLanguage, 'es');
  const widget = page.locator('[data-deletion-guide]');
  const title = await widget.getByRole('heading', { level: 1 }).textContent();
  assert.notEqual(title, 'Delete your AliExpress account');
  assert.equal(howTo.name, title);
  await widget.getByText('Machine translation by an AI model').waitFor();
  // Hydration adopts the Spanish markup: the same checkbox element before and after.
  const box = widget.getByRole('checkbox').first();
  await box.evaluate((element) => { element.dataset.prerendered = 'yes'; });
  wasm.release();
  await widget.locator('.dg-live').waitFor();
  assert.equal(await box.getAttribute('data-prerendered'), 'yes', 'adopted, not redrawn');
  await box.click();
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('deletion-guide:aliexpress')));
  assert.equal(Object.keys(saved.done).length, 1, 'saved under the guide, whatever its language');
  assert.deepEqual(warnings, []);
});

test('the index and each guide page link every translation; the standalone page switches the words and keeps the ticks', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}guides/index.html`);
  await page.getByRole('link', { name: 'Português' }).click();
  await page.waitForURL(/guides\/aliexpress\.pt\.html$/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'pt');

  // The page's other languages, in its header, each named in itself.
  const languages = page.getByRole('banner').getByRole('navigation', { name: 'Em outros idiomas' });
  assert.deepEqual(await languages.getByRole('link').allInnerTexts(), ['English', 'Español']);
  await languages.getByRole('link', { name: 'English' }).click();
  await page.waitForURL(/guides\/aliexpress\.html$/);
  await page.locator('.dg-live').waitFor();
  await page.getByRole('checkbox').first().check();

  // The widget's words in a language the guide is not translated into: the standalone page.
  await page.goto(`${env.url}?guide=aliexpress&lang=fr`);
  await page.locator('article.dg[lang="fr"].dg-live').waitFor();
  assert.match(page.url(), /\?guide=aliexpress&lang=fr$/, 'no page to go to: it stays');
  assert.equal(await page.getByRole('checkbox').first().isChecked(), true, 'the tick is kept');
  await page.getByLabel('Language').selectOption('de');
  await page.locator('article.dg[lang="de"].dg-live').waitFor();
  assert.match(page.url(), /[?&]lang=de/);
  assert.equal(await page.getByRole('checkbox').first().isChecked(), true, 'the tick is kept');
  await page.reload();
  await page.locator('article.dg[lang="de"].dg-live').waitFor();

  // A guide with one language has no list of them.
  await page.goto(`${env.url}guides/spotify.html`);
  assert.equal(await page.getByRole('navigation').count(), 0);
});
