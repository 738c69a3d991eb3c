// Every claim traceable: each step shows where it comes from, a mark leads to its reference
// inside the widget's own shadow root (a fragment link cannot), the prerendered page carries
// the marks before any script, and where the sources disagree the reader is told.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, start } from './browser.mjs';

let env;
before(async () => {
  env = await start();
});
after(() => env.close());

/** A page with the AliExpress guide embedded `count` times. */
async function embedded(page, count) {
  const widgets = '<div data-deletion-guide="aliexpress"></div>'.repeat(count);
  await page.route(`${env.url}two.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>marks</title><body>${widgets}
        <script type="module" src="deletion-guide.js"></script></body></html>`,
    }),
  );
  await page.goto(`${env.url}two.html`);
  await page.locator('.dg-live').nth(count - 1).waitFor();
}

test('every step of every method shows at least one source mark', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}?guide=aliexpress`);
  await page.locator('.dg-live').waitFor();
  for (const method of ['In your account settings', 'Through customer support']) {
    await page.getByRole('radio', { name: new RegExp(method) }).check();
    const steps = page.locator('.dg-step').filter({ visible: true });
    assert.equal(await steps.count(), 6, method);
    for (const step of await steps.all()) {
      const marks = step.locator('.dg-src');
      assert.ok((await marks.count()) >= 1, `${method}: "${await step.locator('.dg-step-title').first().innerText()}" has a source mark`);
      assert.match(await marks.first().innerText(), /^\[(\d+|our advice)\]$/);
    }
  }
  assert.deepEqual(page.errors, []);
});

test('a source mark leads to its reference in its own widget, by mouse and by keyboard', async () => {
  const page = await newPage(env.browser);
  await embedded(page, 2);
  for (const n of [0, 1]) {
    const widget = page.locator('[data-deletion-guide]').nth(n);
    const mark = widget.locator('.dg-step').first().locator('a.dg-src', { hasText: '[2]' });
    assert.equal(await mark.getAttribute('aria-label'), 'Source 2');
    await mark.click();
    const focused = await page.evaluate((n) => {
      const host = document.querySelectorAll('[data-deletion-guide]')[n];
      return host.shadowRoot.activeElement?.id ?? null;
    }, n);
    assert.equal(focused, 'dg-ref-2', `widget ${n + 1}: its own second reference has focus`);
    const reference = widget.locator('#dg-ref-2');
    assert.match(await reference.innerText(), /^Deleting Solutions: .*\(read 28 November 2026\)$/s);
    assert.ok(await reference.isVisible());
  }
  // By keyboard: Enter on a focused mark does the same.
  const widget = page.locator('[data-deletion-guide]').first();
  await widget.locator('.dg-step').first().locator('a.dg-src').first().focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.querySelector('[data-deletion-guide]').shadowRoot.activeElement?.id), 'dg-ref-1');
  assert.equal(new URL(page.url()).hash, '', 'the page address is left alone');
  assert.deepEqual(page.errors, []);
});

test('where the sources disagree, the step says so in a line that opens to what each says', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}?guide=aliexpress`);
  await page.locator('.dg-live').waitFor();
  const step = page.locator('.dg-step').filter({ visible: true }).filter({ hasText: 'Look for the option to close the account' });
  const note = step.locator('.dg-disagree');
  const line = note.locator('summary');
  assert.equal(await line.innerText(), 'Our sources disagree here: what each says');
  await line.focus();
  await page.keyboard.press('Enter');
  const text = await note.innerText();
  assert.match(text, /Delete\.Directory.*\[1\]: the settings have a close or delete option/);
  assert.match(text, /Deleting Solutions.*\[2\]: one section: AliExpress offers no self-service deletion/);
  assert.ok(await note.locator('li').first().isVisible(), 'opened by keyboard');
});

test('the prerendered page carries the marks and the numbered references, before any script', async () => {
  const page = await newPage(env.browser, { javaScriptEnabled: false });
  await page.goto(`${env.url}guides/aliexpress.html`);
  const steps = page.locator('.dg-step').filter({ visible: true });
  assert.equal(await steps.count(), 6);
  for (const step of await steps.all()) assert.ok((await step.locator('.dg-src').count()) >= 1);
  assert.equal(await page.locator('.dg-references li[id^="dg-ref-"]').count(), 2);
});

test('on paper, every step keeps its marks and the references are listed with their addresses', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}?guide=aliexpress`);
  await page.locator('.dg-live').waitFor();
  await page.getByRole('checkbox', { name: 'Finish every order, dispute and refund' }).check();
  await page.emulateMedia({ media: 'print' });
  const done = page.locator('.dg-step.dg-done').filter({ visible: true }).first();
  assert.ok(await done.locator('.dg-src').first().isVisible(), 'a folded step prints open, with its marks');
  const address = await page.locator('#dg-ref-2 a').evaluate((a) => getComputedStyle(a, '::after').content);
  assert.match(address, /deletingsolutions\.com/);
});
