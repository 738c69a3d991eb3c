// The Eleventy plugin: a `deletionGuide` shortcode that writes the widget's custom element, a
// link to the guide's own page inside it (what readers without JavaScript and feed readers
// get), and the script that loads the widget from `host`.
//
//   eleventyConfig.addPlugin(deletionGuide, { host: 'https://guides.example.org' });
//   {% deletionGuide "aliexpress", { theme: "dark", headingLevel: 3 } %}    Nunjucks
//   {% deletionGuide "aliexpress", "theme=dark", "headingLevel=3" %}         Liquid, Markdown

/** Option name → the element's attribute; `host` is the plugin's own. */
const ATTRIBUTES = { theme: 'theme', reportUrl: 'report-url', headingLevel: 'heading-level', accent: 'accent', lang: 'lang' };
const LOCAL_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

export default function deletionGuidePlugin(eleventyConfig, { host } = {}) {
  // Checked here too, so a wrong site-wide host stops the build even before a post uses it.
  if (host !== undefined) checkedHost(host);
  eleventyConfig.addShortcode('deletionGuide', (guide, ...options) => render(guide, options, host));
}

/** The markup for one guide; `options` are objects or "name=value" strings, later ones win. */
export function render(guide, options = [], siteHost = undefined) {
  if (typeof guide !== 'string' || guide.trim() === '') {
    throw new Error(`deletionGuide needs a guide id as its first argument, e.g. {% deletionGuide "aliexpress" %} (got ${JSON.stringify(guide)})`);
  }
  const { host = siteHost, ...rest } = Object.assign({}, ...options.map(parseOption));
  const base = checkedHost(host);
  let attributes = ` guide="${escapeAttribute(guide)}"`;
  for (const [name, value] of Object.entries(rest)) {
    if (!(name in ATTRIBUTES)) {
      throw new Error(`deletionGuide: unknown option "${name}" (known: ${Object.keys(ATTRIBUTES).join(', ')}, host)`);
    }
    if (value !== undefined && value !== null && value !== '') {
      attributes += ` ${ATTRIBUTES[name]}="${escapeAttribute(value)}"`;
    }
  }
  const page = `${base}/guides/${encodeURIComponent(guide)}.html`;
  // On lines of their own, so that in Markdown the whole is one raw HTML block, not a paragraph.
  return `<deletion-guide${attributes}>
<a href="${escapeAttribute(page)}">How to delete your account: step by step</a>
</deletion-guide>
<script type="module" src="${escapeAttribute(`${base}/deletion-guide.js`)}"></script>
`;
}

/** An options object as it is, or "name=value" (Liquid has no object literals) as one. */
function parseOption(option) {
  if (typeof option === 'string') {
    const at = option.indexOf('=');
    if (at < 1) throw new Error(`deletionGuide: an option is "name=value" or an object, got ${JSON.stringify(option)}`);
    return { [option.slice(0, at).trim()]: option.slice(at + 1).trim() };
  }
  if (option && typeof option === 'object') {
    // Nunjucks keyword arguments (theme="dark") arrive as an object marked __keywords.
    const { __keywords, ...named } = option;
    return named;
  }
  throw new Error(`deletionGuide: an option is "name=value" or an object, got ${JSON.stringify(option)}`);
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
    throw new Error(`deletionGuide needs the widget's host as an https address, in addPlugin(deletionGuide, { host: "https://…" }) or a host option; got ${JSON.stringify(host)}`);
  }
  return url.href.replace(/\/+$/, '');
}

/** Text that stays inside a double-quoted attribute, whatever it holds. */
export function escapeAttribute(value) {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
