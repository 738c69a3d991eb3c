// The reader's path: the checklist on the first screen, one line per kind of risk, the next
// step marked, ticked steps folded, feedback at the step, a progress line in view, a finish
// line, and headings that look alike whatever the level an embed gives them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, start } from './browser.mjs';

let env;
before(async () => {
  env = await start();
});
after(() => env.close());

/** A page holding only the script embed, as a blog post that starts with it. */
async function embedPage(page, attributes = '') {
  await page.route(`${env.url}embed-only.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width">
        <title>embed</title><body style="margin:0">
        <div data-deletion-guide="aliexpress" ${attributes}></div>
        <script type="module" src="deletion-guide.js"></script></body></html>`,
    }),
  );
  await page.goto(`${env.url}embed-only.html`);
}

for (const [width, height, lowest] of [[1280, 800, 800], [360, 740, 1100]]) {
  for (const where of ['standalone page', 'script embed']) {
    test(`on the ${where} at ${width} x ${height}, the method choice and first checkbox come early`, async () => {
      const page = await newPage(env.browser, { viewport: { width, height } });
      if (where === 'standalone page') await page.goto(`${env.url}?guide=aliexpress`);
      else await embedPage(page);
      await page.locator('.dg-live').waitFor();
      const box = await page.getByRole('checkbox').first().boundingBox();
      const radio = await page.getByRole('radio').first().boundingBox();
      assert.ok(box.y + box.height <= lowest, `first checkbox ends at ${box.y + box.height} px`);
      assert.ok(radio.y + radio.height <= lowest, `method choice ends at ${radio.y + radio.height} px`);
      if (width === 360 && where === 'standalone page') {
        const tall = await page.evaluate(() => document.documentElement.scrollHeight);
        assert.ok(tall <= 6500, `the page is ${tall} px tall`);
      }
    });
  }
}

test('the next step is marked, a ticked step folds, focus stays, and the request shows at its step', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}?guide=aliexpress`);
  await page.locator('.dg-live').waitFor();
  const steps = page.locator('.dg-checklist').first().locator('.dg-step');
  assert.equal(await steps.nth(0).getAttribute('aria-current'), 'step');
  assert.equal(await steps.nth(0).locator('.dg-next-label').isVisible(), true);
  const body = steps.nth(0).locator('.dg-step-body');
  assert.equal(await body.isVisible(), true);
  assert.equal(await steps.nth(0).getByText('What this step says').isVisible(), false, 'nothing to fold before the tick');

  const first = page.getByRole('checkbox', { name: 'Finish every order, dispute and refund' });
  await first.focus();
  await page.keyboard.press('Space');
  await page.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  assert.equal(await body.isVisible(), false, 'folded to its title');
  assert.equal(await first.evaluate((box) => box === box.getRootNode().activeElement), true, 'focus stays');
  assert.equal(await steps.nth(0).getAttribute('aria-current'), null);
  assert.equal(await steps.nth(1).getAttribute('aria-current'), 'step', 'the next one is marked');
  await steps.nth(0).getByText('What this step says').click();
  assert.equal(await body.isVisible(), true, 'and opens again');

  await page.getByRole('checkbox', { name: 'Confirm the deletion' }).check();
  const request = steps.nth(5).getByText('You sent your deletion request');
  await request.waitFor();
  assert.equal(await request.isVisible(), true, 'the request window under its own step');
});

test('every step ticked shows the finish line; the quick fact follows the chosen method', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}?guide=aliexpress`);
  await page.locator('.dg-live').waitFor();
  await page.getByRole('radio', { name: /Through customer support/ }).check();
  const visible = page.locator('.dg-checklist').nth(1);
  const boxes = visible.getByRole('checkbox');
  for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).check();
  await visible.getByRole('heading', { name: 'Every step is done' }).waitFor();
  assert.match(await visible.locator('.dg-finish').innerText(), /You sent your deletion request/);
  // The settings method shares two of those steps: 2 of 6, no finish line there.
  await page.getByRole('radio', { name: /In your account settings/ }).check();
  await page.getByText('2 of 6 steps done').filter({ visible: true }).waitFor();
  assert.equal(await page.locator('.dg-checklist').first().locator('.dg-finish').count(), 0);
});

test('the progress line stays in view while the reader scrolls through the steps', async () => {
  const page = await newPage(env.browser, { viewport: { width: 360, height: 740 } });
  await page.goto(`${env.url}?guide=aliexpress`);
  await page.locator('.dg-live').waitFor();
  await page.getByRole('checkbox', { name: 'Confirm the deletion' }).scrollIntoViewIfNeeded();
  const line = await page.locator('.dg-progress').filter({ visible: true }).boundingBox();
  assert.ok(line.y >= -1 && line.y < 5, `the progress line is at the top (y ${line.y})`);
});

test('a guide titled at h1 to h6 looks the same at every level', async () => {
  const page = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  const levels = [1, 2, 3, 4, 5, 6];
  await page.route(`${env.url}levels.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>levels</title><body>
        ${levels.map((l) => `<div data-deletion-guide="aliexpress" data-heading-level="${l}"></div>`).join('')}
        <script type="module" src="deletion-guide.js"></script></body></html>`,
    }),
  );
  await page.goto(`${env.url}levels.html`);
  const looks = [];
  for (const [i] of levels.entries()) {
    const widget = page.locator('[data-deletion-guide]').nth(i);
    await widget.locator('.dg-live').waitFor();
    looks.push(await widget.locator('article').evaluate((article) => {
      const style = (selector) => {
        const s = getComputedStyle(article.querySelector(selector));
        return `${s.fontSize} ${s.fontWeight} ${s.marginTop} ${s.marginBottom}`;
      };
      return {
        title: style('.dg-title'),
        section: style('.dg-h-section'),
        item: style('.dg-h-item'),
        minor: style('.dg-h-minor'),
      };
    }));
  }
  for (const look of looks) assert.deepEqual(look, looks[1], 'every level looks like h2 did');
  // And the alternatives' cards sit flush with the other blocks.
  const widget = page.locator('[data-deletion-guide]').nth(1);
  const left = async (selector) => (await widget.locator(selector).first().boundingBox()).x;
  assert.equal(await left('.dg-card'), await left('.dg-risk'));
  assert.equal(await left('.dg-card'), await left('.dg-step'));
});

test('the last check shows its age, and past the review interval says the guide may be out of date', async () => {
  // The AliExpress guide's sources were read on 28 November 2026; its review interval is 180 days.
  for (const [today, age, stale] of [['2026-12-10', '12 days ago', false], ['2027-07-01', '7 months ago', true]]) {
    const page = await newPage(env.browser);
    await page.clock.install({ time: new Date(`${today}T12:00:00`) });
    await embedPage(page, 'data-report-url="https://example.com/report?guide={guide}"');
    await page.locator('.dg-live').waitFor();
    const fact = page.locator('.dg-facts > div').filter({ hasText: 'Sources read' });
    await fact.getByText(age).waitFor();
    assert.equal(await fact.evaluate((f) => f.classList.contains('dg-stale')), stale);
    if (stale) {
      assert.match(await fact.innerText(), /7 months ago; may be out of date\) Report a change/);
      assert.equal(await fact.getByRole('link').getAttribute('href'), 'https://example.com/report?guide=aliexpress');
    } else {
      assert.equal(await fact.getByRole('link').count(), 0, 'no report link while fresh');
    }
    assert.equal(await page.locator('.dg-facts > div').filter({ hasText: 'Tested by us' }).innerText(), 'Tested by us\nNot yet');
    await page.context().close();
  }
});
