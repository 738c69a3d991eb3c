// Progress where the browser makes saving hard: a sandboxed frame, and a reader with two tabs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, start } from './browser.mjs';

let env;
before(async () => {
  env = await start();
});
after(() => env.close());

test('in a sandboxed iframe without storage, the guide works and says progress is not kept', async () => {
  const page = await newPage(env.browser);
  // A host page as a blog platform might serve it: the frame may run scripts, but has an
  // opaque origin, so touching localStorage throws.
  await page.route(`${env.url}sandbox-host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title>
        <iframe sandbox="allow-scripts" src="/?guide=aliexpress" width="800" height="900"></iframe>`,
    }),
  );
  await page.goto(`${env.url}sandbox-host.html`);
  const frame = page.frameLocator('iframe');
  await frame.getByText('does not let the guide save your progress').waitFor();
  await frame.getByRole('checkbox', { name: 'Save your order history' }).check();
  await frame.getByText('1 of 7 steps done').waitFor();
  assert.deepEqual(page.errors, []);
});

test('two tabs of one reader stay in step, including a clear from elsewhere', async () => {
  const context = await env.browser.newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.goto(`${env.url}?guide=aliexpress`);
    await page.getByText('0 of 7 steps done').waitFor();
  }
  await first.getByRole('checkbox', { name: 'Open your account settings' }).check();
  await second.getByText('1 of 7 steps done').waitFor();
  assert.equal(
    await second.getByRole('checkbox', { name: 'Open your account settings' }).isChecked(),
    true,
  );

  await first.evaluate(() => localStorage.clear());
  await second.getByText('0 of 7 steps done').waitFor();
  await context.close();
});
