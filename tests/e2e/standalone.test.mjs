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

test('the page takes its title, description and canonical address from the guide', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}?guide=aliexpress`);
  await page.getByText('0 of 6 steps done').filter({ visible: true }).waitFor();
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

  assert.equal(await page.getByRole('button', { name: 'Start over' }).isVisible(), false);
  assert.equal(await page.getByText('Open the AliExpress Help Center').isVisible(), true, 'every method prints');
  assert.equal(await page.getByText('Look for the option to close the account').isVisible(), true);
  assert.equal(await page.getByText('Embed this guide').isVisible(), false);
  assert.equal(await page.getByRole('checkbox', { name: 'Save your order history' }).first().isChecked(), true);
  assert.equal(await page.getByText('Open the AliExpress Help Center').isVisible(), true, 'every method prints');
  assert.equal(await page.getByText('Look for the option to close the account').isVisible(), true);
  assert.equal(await page.getByText('It cannot be reactivated', { exact: false }).isVisible(), true, 'FAQ answers are open');
  assert.equal(await page.getByText('Deletion is not instant', { exact: false }).isVisible(), true, 'warnings are open');
  const written = await page
    .locator('.dg-references a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  assert.match(written, /https:\/\/deletingsolutions\.com/);
  const paper = await page.locator('article.dg').evaluate((a) => getComputedStyle(a).backgroundColor);
  assert.equal(paper, 'rgb(255, 255, 255)', 'light colours on paper even in dark mode');
  await page.screenshot({ path: new URL('print.png', ARTIFACTS).pathname, fullPage: true });
});
