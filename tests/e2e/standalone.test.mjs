// The standalone page as a reader uses it: open the guide, tick steps, come back later.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { newPage, start } from './browser.mjs';

const ARTIFACTS = new URL('../../target/e2e/', import.meta.url);
let env;

before(async () => {
  env = await start();
  await mkdir(ARTIFACTS, { recursive: true });
});
after(() => env.close());

test('a reader ticks two steps, reloads, and finds both still ticked', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}?guide=aliexpress`);

  await assert.doesNotReject(
    page.getByRole('heading', { name: 'Delete your AliExpress account' }).waitFor(),
  );
  await page.getByText('0 of 6 steps done').filter({ visible: true }).waitFor();

  await page.getByRole('checkbox', { name: 'Finish every order, dispute and refund' }).check();
  await page.getByRole('checkbox', { name: 'Save your order history' }).check();
  await page.getByText('2 of 6 steps done').filter({ visible: true }).waitFor();

  await page.reload();
  await page.getByText('2 of 6 steps done').filter({ visible: true }).waitFor();
  assert.equal(
    await page.getByRole('checkbox', { name: 'Finish every order, dispute and refund' }).isChecked(),
    true,
  );
  assert.equal(await page.getByRole('checkbox', { name: 'Save your order history' }).first().isChecked(), true);
  assert.equal(
    await page.getByRole('checkbox', { name: 'Open your account settings' }).isChecked(),
    false,
  );

  await page.screenshot({ path: new URL('standalone.png', ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(page.errors, []);
});

test('drawn on the standalone page, the guide gives it its title, description and canonical address', async () => {
  const page = await newPage(env.browser);
  // In words the guide has no page in, the standalone page draws it itself.
  await page.goto(`${env.url}?guide=aliexpress&lang=fr`);
  await page.locator('article.dg.dg-live').waitFor();
  assert.equal(await page.title(), 'Delete your AliExpress account');
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  assert.match(description, /^Settle your orders, save your history/);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  assert.equal(canonical, `${env.url}guides/aliexpress.html`, 'the prerendered page is the guide\'s address');
});

test('printed, the guide is a clean checklist with links written out and no buttons', async () => {
  const page = await newPage(env.browser, { colorScheme: 'dark' });
  await page.goto(`${env.url}?guide=aliexpress`);
  await page.getByRole('checkbox', { name: 'Save your order history' }).first().check();
  await page.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  await page.emulateMedia({ media: 'print' });
  // The guide page it was sent to also holds a plain copy for feeds, never shown here.
  const guide = page.locator('article.dg');

  assert.equal(await guide.getByRole('button', { name: 'Start over' }).isVisible(), false);
  assert.equal(await guide.getByText('Open the AliExpress Help Center').isVisible(), true, 'every method prints');
  assert.equal(await guide.getByText('Look for the option to close the account').isVisible(), true);
  assert.equal(await page.getByText('Embed this guide').isVisible(), false);
  assert.equal(await guide.getByRole('checkbox', { name: 'Save your order history' }).first().isChecked(), true);
  assert.equal(await guide.getByText('Open the AliExpress Help Center').isVisible(), true, 'every method prints');
  assert.equal(await guide.getByText('Look for the option to close the account').isVisible(), true);
  assert.equal(await guide.getByText('It cannot be reactivated', { exact: false }).isVisible(), true, 'FAQ answers are open');
  assert.equal(await guide.getByText('Deletion is not instant', { exact: false }).isVisible(), true, 'warnings are open');
  const written = await page
    .locator('.dg-references a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  assert.match(written, /https:\/\/deletingsolutions\.com/);
  const paper = await page.locator('article.dg').evaluate((a) => getComputedStyle(a).backgroundColor);
  assert.equal(paper, 'rgb(255, 255, 255)', 'light colours on paper even in dark mode');
  await page.screenshot({ path: new URL('print.png', ARTIFACTS).pathname, fullPage: true });
});

test('the standalone address sends the reader to the guide\'s page in the language asked for, fragment and all', async () => {
  const page = await newPage(env.browser);
  const wasm = [];
  page.on('request', (request) => request.url().endsWith('.wasm') && wasm.push(new URL(request.url()).pathname));
  await page.goto(`${env.url}?guide=aliexpress#dg-ref-2`);
  await page.waitForURL(/\/guides\/aliexpress\.html#dg-ref-2$/);
  await page.locator('.dg-live').waitFor();
  assert.deepEqual(wasm, ['/pkg-hydrate/deletion_guide_bg.wasm'], 'the page it left loaded no wasm');

  await page.goto(`${env.url}?guide=aliexpress&lang=es`);
  await page.waitForURL(/\/guides\/aliexpress\.es\.html$/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  // Read as nginx reads it (hosting/nginx.conf): case aside, and an empty language as none.
  await page.goto(`${env.url}?guide=AliExpress&lang=`);
  await page.waitForURL(/\/guides\/aliexpress\.html$/);

  // A language nobody wrote a page in is drawn here, in the words the widget has.
  for (const lang of ['constructor', 'xx']) {
    await page.goto(`${env.url}?guide=aliexpress&lang=${lang}`);
    await page.locator('article.dg.dg-live').waitFor();
    assert.match(page.url(), new RegExp(`\\?guide=aliexpress&lang=${lang}$`));
    assert.equal(await page.locator('article.dg').getAttribute('lang'), 'en');
  }
  assert.deepEqual(page.errors, []);
});
