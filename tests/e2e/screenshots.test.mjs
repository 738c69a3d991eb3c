// The pictures in the README: light, dark and phone. Written to target/e2e/ on every run, and
// to docs/ by `make screenshots` (SCREENSHOTS=docs), which is how the committed ones are made.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { newPage, start } from './browser.mjs';

const DIR = new URL(`../../${process.env.SCREENSHOTS ?? 'target/e2e'}/`, import.meta.url);
// The first screen a reader sees, after two ticks: at 1280 x 800 and on a 360 px phone.
const SHOTS = [
  ['widget-light.png', { colorScheme: 'light', viewport: { width: 1280, height: 800 } }],
  ['widget-dark.png', { colorScheme: 'dark', viewport: { width: 1280, height: 800 } }],
  ['widget-phone.png', { colorScheme: 'light', viewport: { width: 360, height: 740 } }],
  ['widget-phone-dark.png', { colorScheme: 'dark', viewport: { width: 360, height: 740 } }],
];
let env;
before(async () => {
  env = await start();
  await mkdir(DIR, { recursive: true });
});
after(() => env.close());

for (const [file, options] of SHOTS) {
  test(`screenshot ${file}`, async () => {
    const page = await newPage(env.browser, options);
    await page.goto(`${env.url}?guide=aliexpress`);
    for (const step of ['Finish every order, dispute and refund', 'Remove cards, addresses and personal details']) {
      await page.getByRole('checkbox', { name: step }).check();
    }
    await page.getByText('2 of 6 steps done').filter({ visible: true }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: new URL(file, DIR).pathname });
    assert.deepEqual(page.errors, []);
  });
}
