// Tick latency: from the click on a checkbox until every widget of the guide on the page shows
// the new count and the progress is written to localStorage. Measured inside the page. Yew does
// its work in microtasks, so the check runs on microtasks first; only if the work is still not
// done does it wait a task (a MessageChannel message, which has no timer clamping). Waiting a
// task at once would let the browser paint a whole frame in between and count that as ours.
const TICK = async (count) => {
  const roots = [...document.querySelectorAll('[data-deletion-guide]')].map((h) => h.shadowRoot);
  const channel = new MessageChannel();
  const nextTask = () =>
    new Promise((resolve) => {
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  const counts = () => roots.map((r) => r.querySelector('.dg-progress-text').textContent);
  const saved = () => localStorage.getItem('deletion-guide:aliexpress');
  const box = roots[0].querySelector('input[type=checkbox]');
  const times = [];
  for (let i = 0; i < count; i += 1) {
    const [countsBefore, savedBefore] = [counts(), saved()];
    const start = performance.now();
    box.click();
    const done = () => saved() !== savedBefore && counts().every((c, j) => c !== countsBefore[j]);
    for (let spins = 0; spins < 100 && !done(); spins += 1) await Promise.resolve();
    while (!done()) await nextTask();
    times.push(performance.now() - start);
  }
  return times;
};

export async function measureTicks(browser, url, widgets, count) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.waitForFunction(
    (n) => {
      const hosts = [...document.querySelectorAll('[data-deletion-guide]')];
      return hosts.length === n && hosts.every((h) => h.shadowRoot?.querySelector('.dg-progress-text'));
    },
    widgets,
  );
  const times = await page.evaluate(TICK, count);
  await page.context().close();
  return times;
}
