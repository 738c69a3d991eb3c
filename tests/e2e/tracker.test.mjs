// After the request: the day is the reader's, the wait is measured against the method's
// window, and a calendar reminder is made in the browser (parsed here by ical.js, a
// maintained iCalendar parser).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { newPage, start } from './browser.mjs';

let env;
before(async () => {
  env = await start();
});
after(() => env.close());

/** The standalone page with this progress saved. */
async function pageWithProgress(progress, options = {}) {
  const page = await newPage(env.browser, { acceptDownloads: true, ...options });
  await page.goto(`${env.url}?guide=aliexpress`);
  await page.evaluate((saved) => localStorage.setItem('deletion-guide:aliexpress', JSON.stringify(saved)), progress);
  await page.reload();
  await page.locator('.dg-live').waitFor();
  return page;
}

const iso = (date) => date.toISOString().slice(0, 10);
const daysAgo = (n) => iso(new Date(Date.now() - n * 86400000));

test('the request day is the reader\'s to change, and a wrong one is refused with a reason', async () => {
  const sent = daysAgo(3);
  const page = await pageWithProgress({ v: 1, done: { 'confirm-deletion': sent }, requested: sent });
  const day = page.getByLabel('Day you sent the deletion request');
  assert.equal(await day.inputValue(), sent);
  await page.getByText('Day 3 of 7 to 30.').waitFor();

  await day.fill(daysAgo(10));
  await page.getByText('Day 10 of 7 to 30.').waitFor();
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('deletion-guide:aliexpress')).requested);
  assert.equal(await saved(), daysAgo(10));

  const tomorrow = iso(new Date(Date.now() + 2 * 86400000));
  await day.fill(tomorrow);
  await page.getByText('The request cannot have been sent after today. The day was not changed.').waitFor();
  assert.equal(await saved(), daysAgo(10), 'nothing changed');

  // Unticking the request step keeps the day (the request may well have gone).
  await page.getByRole('checkbox', { name: 'Confirm the deletion' }).uncheck();
  assert.equal(await saved(), daysAgo(10));
  assert.deepEqual(page.errors, []);
});

test('past the window the reader is told it is overdue and what to do next', async () => {
  const page = await pageWithProgress({ v: 1, done: { 'confirm-deletion': '2026-09-01' }, requested: '2026-09-01' });
  const stands = await page.locator('.dg-request').first().innerText();
  if (new Date() > new Date('2026-10-02')) {
    assert.match(stands, /overdue\. The window ended on 1 October 2026/);
    assert.match(stands, /Contact customer support through the Help Center.*\[2\]/s, 'the advice, with its source');
  }
});

test('through support, where no source gives a window, the widget says to ask and invents no dates', async () => {
  const sent = daysAgo(2);
  const page = await pageWithProgress({ v: 1, method: 'customer-support', done: { 'state-request': sent }, requested: sent });
  const stands = await page.locator('.dg-request').filter({ visible: true }).first().innerText();
  assert.match(stands, /No source we read says how long AliExpress takes this way: ask support/);
  assert.doesNotMatch(stands, /between|by \d/);
  assert.equal(await page.getByRole('button', { name: 'Add a reminder to my calendar' }).count(), 0);
});

test('"Add a reminder to my calendar" downloads an RFC 5545 file made in the browser, also under a strict CSP', async () => {
  const page = await newPage(env.browser, { acceptDownloads: true });
  const violations = [];
  page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()));
  await page.goto(`${env.url}guides/aliexpress.html`); // carries a strict policy of its own
  await page.locator('.dg-live').waitFor();
  await page.evaluate(() => localStorage.setItem('deletion-guide:aliexpress',
    JSON.stringify({ v: 1, done: { 'confirm-deletion': '2026-11-20' }, requested: '2026-11-20' })));
  await page.reload();
  await page.locator('.dg-live').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add a reminder to my calendar' }).first().click(),
  ]);
  assert.equal(download.suggestedFilename(), 'aliexpress-deletion-reminder.ics');
  const text = await readFile(await download.path(), 'utf8');
  assert.ok(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines folded at 75 octets');
  assert.ok(!/[^\r]\n/.test(text), 'CRLF line endings only');

  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  assert.equal(events.length, 1);
  const event = new ICAL.Event(events[0]);
  assert.equal(event.uid, 'deletion-guide-aliexpress-20261120@deletion-guide');
  assert.equal(event.startDate.toString(), '2026-12-20', 'the last day of the 30-day window');
  assert.equal(event.startDate.isDate, true);
  assert.equal(event.summary, 'Check that your AliExpress account is gone');
  assert.match(event.description, /on 20 November 2026 \(In your account settings\)/);
  assert.ok(events[0].getFirstPropertyValue('dtstamp'), 'a DTSTAMP');
  assert.deepEqual(violations, []);
});

test('a ready message to support: filled from the reader\'s details, kept here only, copied, forgotten', async () => {
  const page = await newPage(env.browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${env.url}?guide=aliexpress`);
  await page.locator('.dg-live').waitFor();
  await page.getByRole('radio', { name: /Through customer support/ }).check();
  await page.getByLabel("The account's email address").fill('reader@example.com');
  await page.getByLabel("The account's email address").press('Tab');
  await page.getByLabel('An order or ticket reference (optional)').fill('8123 4567');
  await page.getByLabel('An order or ticket reference (optional)').press('Tab');
  const message = page.getByLabel('Your message to support');
  await page.waitForFunction(() => document.querySelector('[data-deletion-guide], #guide')
    .shadowRoot.querySelector('textarea').value.includes('8123 4567'));
  const text = await message.inputValue();
  assert.match(text, /Please delete my AliExpress account and the personal data linked to it\./);
  assert.match(text, /The account's email address is reader@example\.com\. Reference: 8123 4567\./);

  await page.getByRole('button', { name: 'Copy the message' }).click();
  await page.getByText('Copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);

  await page.reload();
  await page.locator('.dg-live').waitFor();
  assert.equal(await page.getByLabel("The account's email address").inputValue(), 'reader@example.com', 'kept');
  await page.getByRole('button', { name: 'Forget my details' }).click();
  await page.waitForFunction(() => !localStorage.getItem('deletion-guide:aliexpress').includes('reader@'));
  assert.equal(await page.getByLabel("The account's email address").inputValue(), '');
  assert.deepEqual(page.errors, []);
});

test('where the clipboard is refused, the message is selected for the reader to copy', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}?guide=aliexpress`);
  await page.locator('.dg-live').waitFor();
  await page.evaluate(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      get: () => ({ writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) }),
    });
  });
  await page.getByRole('radio', { name: /Through customer support/ }).check();
  await page.getByRole('button', { name: 'Copy the message' }).click();
  await page.getByText('the message is selected, so press Ctrl+C').waitFor();
  const selected = await page.locator('[data-deletion-guide]').evaluate((host) => {
    const area = host.shadowRoot.querySelector('textarea');
    return area.selectionEnd - area.selectionStart === area.value.length;
  });
  assert.equal(selected, true);
});

test('printed, the guide is a record: the day each step was ticked, and the request', async () => {
  const sent = daysAgo(4);
  const page = await pageWithProgress({ v: 2, done: { 'settle-orders': sent, 'confirm-deletion': sent }, requested: sent });
  await page.emulateMedia({ media: 'print' });
  const [day, month, year] = new Date(sent).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).split(' ');
  assert.equal(await page.getByText(`Ticked on ${day} ${month} ${year}`).first().isVisible(), true);
  assert.equal(await page.getByLabel('Day you sent the deletion request').first().isVisible(), true);
});

test('progress goes to another device by a link (data in the fragment only) or a file, shown before it is merged', async () => {
  const first = await pageWithProgress({ v: 2, done: { 'settle-orders': '2026-11-01', 'back-up-orders': '2026-11-02' } });
  await first.getByText('Take your progress to another device').click();
  await first.getByRole('button', { name: 'Make a link' }).click();
  const link = await first.getByLabel(/Open this link on the other device/).inputValue();
  assert.match(link, /#dg-import=aliexpress:/);

  // The other device: its own progress, one tick the first device does not have.
  const other = await pageWithProgress({ v: 2, done: { 'open-settings': '2026-11-05' } });
  const requests = [];
  other.on('request', (request) => requests.push(request.url()));
  await other.goto(link);
  await other.locator('.dg-live').waitFor();
  await other.getByText('Progress from another device: 2 ticks, 2 of them not ticked here.').waitFor();
  assert.ok(requests.every((url) => !url.includes('dg-import')), 'the fragment never reaches a server');
  assert.equal(await other.getByText('1 of 6 steps done').filter({ visible: true }).count(), 1, 'nothing changed yet');
  await other.getByRole('button', { name: 'Add it to my progress' }).click();
  await other.getByText('3 of 6 steps done').filter({ visible: true }).waitFor();
  assert.doesNotMatch(await other.evaluate(() => location.href), /dg-import/, 'the address is cleaned');

  // A file works the same way.
  const [download] = await Promise.all([
    first.waitForEvent('download'),
    first.getByRole('button', { name: 'Download a file' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'aliexpress-progress.json');
  const third = await pageWithProgress({ v: 2, done: {} });
  await third.getByText('Take your progress to another device').click();
  await third.locator('[data-deletion-guide]').locator('input[type=file]').setInputFiles(await download.path());
  await third.getByRole('button', { name: 'Add it to my progress' }).click();
  await third.getByText('2 of 6 steps done').filter({ visible: true }).waitFor();
});

test('a link with broken or foreign progress says so and changes nothing', async () => {
  const page = await pageWithProgress({ v: 2, done: { 'open-settings': '2026-11-05' } });
  await page.goto(`${env.url}?guide=aliexpress#dg-import=aliexpress:${encodeURIComponent('{"v":2,"done":{"x":"not a date"}}')}`);
  await page.locator('.dg-live').waitFor();
  await page.getByText('This is not progress this guide can read. Nothing was changed.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Add it to my progress' }).count(), 0);
  await page.getByRole('button', { name: 'Leave my progress as it is' }).click();
  const saved = await page.evaluate(() => localStorage.getItem('deletion-guide:aliexpress'));
  assert.match(saved, /"open-settings":"2026-11-05"/);
  assert.doesNotMatch(saved, /"x"/);
});

test('when every step is done, the reader can record that the account is really gone', async () => {
  const page = await pageWithProgress({ v: 2, done: Object.fromEntries(
    ['settle-orders', 'back-up-orders', 'remove-personal-data', 'open-settings', 'find-close-option', 'confirm-deletion']
      .map((id) => [id, '2026-11-01'])), requested: '2026-11-01' });
  const gone = page.getByRole('checkbox', { name: 'I checked: the account is gone' });
  await gone.check();
  await page.getByText(/You confirmed it on \d+ \w+ \d{4}\. Nothing more to do here\./).waitFor();
  assert.match(await page.evaluate(() => localStorage.getItem('deletion-guide:aliexpress')), /"gone":"\d{4}-\d\d-\d\d"/);
  await gone.uncheck();
  assert.doesNotMatch(await page.evaluate(() => localStorage.getItem('deletion-guide:aliexpress')), /"gone"/);
});
