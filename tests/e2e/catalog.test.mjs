// Every guide the build bakes works for a reader: its prerendered page hydrates and keeps a
// tick across a reload; the widget draws it on the standalone page; each step shows a source.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { GUIDE_IDS as IDS, newPage, start } from './browser.mjs';


let env;
before(async () => {
  env = await start();
});
after(() => env.close());

/** Ticks the first step shown on `page`, reloads, and checks the tick is still there. */
async function tickFirstAndReload(page, id) {
  const box = page.locator('.dg-step').filter({ visible: true }).first().getByRole('checkbox');
  const name = await box.evaluate((input) => input.labels[0].innerText.trim());
  await box.check();
  await page.getByText(/\b1 of \d+ steps? done/).filter({ visible: true }).first().waitFor();
  await page.reload();
  await page.locator('.dg-live').first().waitFor();
  assert.equal(await page.getByRole('checkbox', { name, exact: true }).first().isChecked(), true, `${id}: "${name}" kept`);
}

for (const id of IDS) {
  test(`${id}: the prerendered page hydrates, a tick is kept across a reload, and every step cites a source`, async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.url}guides/${id}.html`);
    await page.locator('.dg-live').waitFor();
    const steps = page.locator('.dg-step').filter({ visible: true });
    assert.ok((await steps.count()) >= 1);
    for (const step of await steps.all()) assert.ok((await step.locator('.dg-src').count()) >= 1);
    await tickFirstAndReload(page, id);
    assert.deepEqual(page.errors, []);
  });

  test(`${id}: the checklist starts within the first screen and a half, on a phone and a desktop`, async () => {
    // A guard against regressions, not the goal: AliExpress's first checkbox ends at about
    // 1,090 px on a phone; guides with three or four methods and long warnings end lower.
    for (const [width, height, lowest] of [[360, 740, 1650], [1280, 800, 1150]]) {
      const page = await newPage(env.browser, { viewport: { width, height } });
      await page.goto(`${env.url}?guide=${id}`);
      await page.locator('.dg-live').waitFor();
      const box = await page.getByRole('checkbox').first().boundingBox();
      assert.ok(box.y + box.height <= lowest, `${width} px: the first checkbox ends at ${box.y + box.height} px`);
      await page.context().close();
    }
  });

  test(`${id}: the widget draws it on the standalone page and keeps a tick`, async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.url}?guide=${id}`);
    await page.locator('.dg-live').waitFor();
    await tickFirstAndReload(page, id);
    assert.deepEqual(page.errors, []);
  });
}
