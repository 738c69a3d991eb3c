// <DeletionGuide>: the widget's custom element, rendered by React 19, and its loader imported
// from the widget's host once the component is on the page. Plain JavaScript (no JSX), so it
// runs unbundled too, e.g. in server rendering.
//
//   <DeletionGuideHost value="https://guides.example.org">            (once, for the site)
//     <DeletionGuide guide="aliexpress" theme="auto" headingLevel={3} />
//   </DeletionGuideHost>
import { createContext, createElement, useContext, useEffect } from 'react';

/** The widget's host for every <DeletionGuide> inside it; a `host` prop overrides it. */
export const DeletionGuideHost = createContext(undefined);

const LOCAL_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

export function DeletionGuide({ guide, theme, reportUrl, headingLevel, accent, lang, host }) {
  const siteHost = useContext(DeletionGuideHost);
  if (typeof guide !== 'string' || guide.trim() === '') {
    throw new Error(`<DeletionGuide> needs a guide id, e.g. <DeletionGuide guide="aliexpress" /> (got ${JSON.stringify(guide)})`);
  }
  const base = checkedHost(host ?? siteHost);
  useEffect(() => {
    loadWidget(base);
  }, [base]);
  // React 19 sets unknown props of a custom element as attributes (the element defines no
  // properties), by the names given: the dashed ones the widget reads. Undefined ones are left out.
  return createElement(
    'deletion-guide',
    { guide, theme, 'report-url': reportUrl, 'heading-level': headingLevel, accent, lang },
    // Hidden once the widget draws in its shadow root; what readers without JavaScript get.
    createElement('a', { href: `${base}/guides/${encodeURIComponent(guide)}.html` }, 'How to delete your account: step by step'),
  );
}

/**
 * Imports the loader from `base`. A computed address, so bundlers leave it to the browser
 * (the comments keep webpack and Vite from trying); the browser fetches and runs a module
 * once per address, and the loader itself does nothing the second time.
 */
function loadWidget(base) {
  const url = `${base}/deletion-guide.js`;
  import(/* webpackIgnore: true */ /* @vite-ignore */ url).catch((error) => {
    console.error(`<DeletionGuide> could not load the widget from ${url}:`, error);
  });
}

/** `host` without a trailing slash, once it is an https address (http only on this machine). */
function checkedHost(host) {
  let url;
  try {
    url = new URL(String(host ?? ''));
  } catch {
    url = undefined;
  }
  const local = url?.protocol === 'http:' && LOCAL_HOSTS.includes(url.hostname);
  if (!url || !(url.protocol === 'https:' || local) || url.search || url.hash) {
    throw new Error(`<DeletionGuide> needs the widget's host as an https address, from <DeletionGuideHost value="https://…"> or a host prop; got ${JSON.stringify(host)}`);
  }
  return url.href.replace(/\/+$/, '');
}
