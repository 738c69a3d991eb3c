// Lighthouse (npm `lighthouse` 12.2.3, the last to run on Node 20) against Debian's Chromium:
// what a reader's browser reports for a page, with its default settings, a mobile phone on
// simulated slow 4G. Performance only; each page audited `runs` times, the median kept.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'];

/** Score (0 to 100), largest contentful paint, time to interactive and more, in ms, per page. */
export async function audit(pages, runs = 3) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium', chromeFlags: FLAGS });
  try {
    const results = {};
    for (const [name, url] of Object.entries(pages)) {
      const samples = [];
      for (let i = 0; i < runs; i += 1) {
        const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
        const value = (id) => lhr.audits[id]?.numericValue ?? null;
        samples.push({
          score: Math.round((lhr.categories.performance.score ?? 0) * 100),
          lcp: value('largest-contentful-paint'),
          tti: value('interactive'),
          fcp: value('first-contentful-paint'),
          tbt: value('total-blocking-time'),
          cls: value('cumulative-layout-shift'),
          // A page that sends the reader on is scored as the page it arrives at; what the
          // detour cost is this audit's estimate.
          finalUrl: lhr.finalDisplayedUrl,
          redirects: value('redirects'),
          lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
        });
      }
      // The run with the median score (then LCP), so the numbers shown belong together.
      samples.sort((a, b) => a.score - b.score || b.lcp - a.lcp);
      results[name] = { ...samples[Math.floor(samples.length / 2)], runs: samples.map((s) => `${s.score}/${Math.round(s.lcp)}/${Math.round(s.tti)}`) };
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
