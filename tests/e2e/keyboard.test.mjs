// A reader with only a keyboard: Tab to move, Space to tick, arrows in the method picker.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, start } from './browser.mjs';

let env;
before(async () => {
  env = await start();
});
after(() => env.close());

/** The focused element, looking through shadow roots: its role-ish description and focus ring. */
const focused = (page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    // Focus on <body> means nothing in the page has it (it is in the browser's own controls).
    if (element === document.body) return { tag: 'body', type: null, label: '', ring: '' };
    const label = element?.closest('label')?.textContent ?? element?.textContent ?? '';
    const style = element ? getComputedStyle(element) : null;
    return {
      tag: element?.tagName.toLowerCase(),
      type: element?.getAttribute('type'),
      label: label.trim(),
      ring: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });

async function tabTo(page, wanted, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (wanted(now)) return now;
  }
  throw new Error('never reached by Tab');
}

test('Tab and Space alone complete a method, with a visible focus ring all the way', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}?guide=aliexpress`);
  await page.getByText('0 of 6 steps done').filter({ visible: true }).waitFor();

  let now = await tabTo(page, (f) => f.type === 'checkbox');
  for (let step = 1; step <= 6; step += 1) {
    assert.equal(now.type, 'checkbox', `step ${step} is reached by Tab`);
    assert.equal(now.ring, 'solid 3px', `step ${step} shows a focus ring`);
    await page.keyboard.press('Space');
    await page.getByText(`${step} of 6 steps done`).filter({ visible: true }).waitFor();
    // A ticked step folds: its "What this step says" comes first, then the next box.
    await page.keyboard.press('Tab');
    now = await focused(page);
    assert.equal(now.label, 'What this step says', `step ${step} folded`);
    await page.keyboard.press('Tab');
    now = await focused(page);
  }
  // After the last step: the request's day and its reminder (under the step, then in the
  // finish panel), all reached by Tab, then Start over.
  assert.equal(now.type, 'date', 'the request day comes next');
  await tabTo(page, (f) => f.label === 'Add a reminder to my calendar');
  await tabTo(page, (f) => f.label === 'Start over');
  // The request's window shows under the step that sent it, and again in the finish panel.
  assert.equal(await page.getByText('You sent your deletion request').count(), 2);
  await page.getByRole('heading', { name: 'Every step is done' }).waitFor();
});

test('the method picker is a radio group: arrow keys switch methods', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}?guide=aliexpress`);
  await page.getByText('0 of 6 steps done').filter({ visible: true }).waitFor();
  const radio = await tabTo(page, (f) => f.type === 'radio');
  assert.match(radio.label, /^In your account settings/);
  await page.keyboard.press('ArrowRight');
  await page.getByText('0 of 6 steps done').filter({ visible: true }).waitFor();
  assert.match((await focused(page)).label, /^Through customer support/);
});

test('start over asks in a dialog that holds focus until answered, and focus comes back', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}?guide=aliexpress`);
  await page.getByRole('checkbox', { name: 'Save your order history' }).check();
  await page.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();
  await tabTo(page, (f) => f.label === 'Start over', 60);
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).label, 'Keep my progress', 'focus moves into the question');

  // Focus stays within the dialog: Tab never lands on anything of the page behind it.
  const seen = new Set();
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab');
    seen.add((await focused(page)).label);
  }
  const outside = [...seen].filter((l) => !['Keep my progress', 'Clear my progress', ''].includes(l));
  assert.deepEqual(outside, [], `focus escaped to: ${outside}`);

  await page.keyboard.press('Escape');
  assert.equal((await focused(page)).label, 'Start over', 'Escape closes it and focus returns');
  await page.getByText('1 of 6 steps done').filter({ visible: true }).waitFor();

  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).label, 'Clear my progress');
  await page.keyboard.press('Space');
  await page.getByText('0 of 6 steps done').filter({ visible: true }).waitFor();
  assert.equal((await focused(page)).label, 'Start over', 'focus returns to the button');
});

test("each checkbox's accessible name is exactly its step's title", async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}?guide=aliexpress`);
  await page.getByText('0 of 6 steps done').filter({ visible: true }).waitFor();
  for (const title of ['Finish every order, dispute and refund', 'Confirm the deletion']) {
    assert.equal(await page.getByRole('checkbox', { name: title, exact: true }).count(), 1, title);
  }
});
