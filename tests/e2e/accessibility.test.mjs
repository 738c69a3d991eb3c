// Accessibility: axe-core finds no violations on the standalone pages or the blog example, in
// light and dark, on a 360 px phone and a 1280 px screen (it scans inside shadow roots too).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { newPage, start } from './browser.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let env;
before(async () => {
  env = await start();
});
after(() => env.close());

/** axe's violations on the page (and in its same-origin frames), one line each. */
async function violations(page) {
  for (const frame of page.frames()) await frame.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' > ')).slice(0, 4).join(' | ')}`);
  });
  return found;
}

for (const path of ['?guide=aliexpress', 'guides/aliexpress.html', 'blog-example.html', 'embed-code.html?guide=aliexpress']) {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      test(`axe finds nothing on ${path} in ${colorScheme} at ${width} px`, async () => {
        // bypassCSP: the guide pages forbid inline scripts, and axe is injected as one.
        const page = await newPage(env.browser, { colorScheme, viewport: { width, height: 900 }, bypassCSP: true });
        await page.goto(`${env.url}${path}`);
        await page.getByText('of 6 steps done').filter({ visible: true }).first().waitFor();
        await page.getByRole('checkbox').first().check();
        assert.deepEqual(await violations(page), []);
      });
    }
  }
}

test('axe finds nothing on the prerendered guide page before (or without) its script', async () => {
  // The page's own scripts never arrive; axe itself still runs, injected by the test.
  const page = await newPage(env.browser, { viewport: { width: 360, height: 900 }, bypassCSP: true });
  await page.route('**/*.js', (route) => route.abort());
  await page.goto(`${env.url}guides/aliexpress.html`);
  await page.getByRole('checkbox').first().check();
  assert.deepEqual(await violations(page), []);
});

for (const path of ['?guide=aliexpress', 'guides/aliexpress.html', 'blog-example.html', 'embed-code.html?guide=aliexpress']) {
  test(`on a 360 px phone, ${path} does not scroll sideways and every tap target is 24 px or more`, async () => {
    const page = await newPage(env.browser, { viewport: { width: 360, height: 800 } });
    await page.goto(`${env.url}${path}`);
    await page.getByText('of 6 steps done').filter({ visible: true }).first().waitFor();
    const found = await page.evaluate(() => {
      const roots = [...document.querySelectorAll('[data-deletion-guide], deletion-guide, #guide')]
        .map((host) => host.shadowRoot)
        .filter(Boolean);
      const targets = roots
        .flatMap((root) => [...root.querySelectorAll('a, button, input, summary')])
        .filter((t) => t.getClientRects().length > 0); // rendered (not in a closed dialog)
      const small = targets
        .map((t) => ({ what: (t.textContent || t.type).trim().slice(0, 40), box: t.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ what, box }) => `${what}: ${Math.round(box.width)}x${Math.round(box.height)}`);
      return { targets: targets.length, small, scrollWidth: document.documentElement.scrollWidth };
    });
    assert.ok(found.targets > 20, `found the widget's targets: ${found.targets}`);
    assert.deepEqual(found.small, []);
    assert.equal(found.scrollWidth, 360);
  });
}
