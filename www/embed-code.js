// The embed page (embed-code.html): a form for every option the widget reads, a live preview,
// and the snippets, all from one description of the options (guides/options.json, written by
// the build from src/options/described.rs) through www/snippets.js. Snippets point at the
// host this page is served from, so they work when pasted.
import * as snippets from './snippets.js';
import { formFor, valuesOf } from './embed-form.js';

const host = new URL('.', location.href).href;
const $ = (id) => document.getElementById(id);

const [description, measured] = await Promise.all(['guides/options.json', 'guides/frame-heights.json'].map(load));

/** A JSON file the build writes; where it is missing, the page says so and stops here. */
async function load(file) {
  const response = await fetch(new URL(file, host)).catch(() => null);
  const data = response?.ok ? await response.json().catch(() => null) : null;
  if (data) return data;
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `The snippets cannot be made here: ${file} is missing or unreadable on this host (make build writes it).`;
  document.querySelector('main').append(message);
  throw new Error(`${file} could not be loaded`);
}
const form = $('embed-options');
form.append(...formFor(description, new URLSearchParams(location.search)));
const preview = document.createElement('deletion-guide');
$('preview').append(preview);

/** What the copy buttons copy, by the id of their `<code>`, where it shows less than all. */
const whole = new Map();
let shown = 0;

async function show() {
  const asked = ++shown;
  const values = valuesOf(form, description);
  const guide = description.guides.find((g) => g.id === values.guide) ?? description.guides[0];
  showPreview(values);
  $('snippet-script').textContent = snippets.scriptSnippet(description, values, host);
  needs('script-needs', `Your page loads one module script and the wasm from ${origin}; the widget's stylesheet is constructed, not inline. Under a Content-Security-Policy it needs`, scriptPolicy);
  await showIframe(values, guide, () => asked === shown);
  $('snippet-resize').textContent = snippets.resizeLine(host);
  $('embed-page-link').href = guide.page;
  $('embed-page-link').textContent = guide.page;
  $('embed-bundle').textContent =
    `Hosting the widget yourself? These snippets need one guide, \u201c${guide.id}\u201d; ` +
    `a bundle of only the guides you show is smaller: make build GUIDES=${guide.id}`;
  const prerendered = await prerenderedParts(values);
  if (asked === shown) showPrerendered(values, prerendered);
}

/** The preview: the custom element with the chosen options, redrawn by the loader as they change. */
function showPreview(values) {
  for (const option of description.options) {
    const value = values[option.key];
    if (value) preview.setAttribute(option.elementAttribute, value);
    else preview.removeAttribute(option.elementAttribute);
  }
}

const origin = new URL(host).origin;
/** What a page's Content-Security-Policy must allow for the widget's script (and its wasm). */
const scriptPolicy = `script-src ${origin} 'wasm-unsafe-eval'; connect-src ${origin}`;

/** Says in `id` what a snippet needs: `sentence`, then the policy directives, to copy as they are. */
function needs(id, sentence, directives) {
  const policy = document.createElement('code');
  policy.className = 'policy';
  policy.textContent = directives;
  $(id).replaceChildren(`${sentence}: `, policy);
}

/** Shows the iframe snippet and what it needs, unless the choices changed meanwhile (`latest()` is false). */
async function showIframe(values, guide, latest) {
  const column = Math.min(1200, Math.max(280, Number($('embed-column').value) || 640));
  const heights = measured.guides[guide.id]?.[values.reportUrl ? 'report' : 'plain'];
  const sized = { widths: measured.widths, heights };
  $('snippet-iframe').textContent = snippets.iframeSnippet(description, values, host, { title: guide.title, measured: sized, column });
  const style = await styleSource(snippets.frameStyle(sized, column));
  if (!latest()) return;
  needs('iframe-needs',
    'For pages and editors that take no script. Its height was measured from the guide when it ' +
    `was built, for screens from ${measured.widths[0]} px to your column, so that it does not scroll ` +
    'inside (there is room to spare on wide screens; a reader who opens every section may still ' +
    'scroll it). It was measured in English: in another language the guide may be taller, so add ' +
    'the line below where you can. Under a Content-Security-Policy it needs (the hash is of its style attribute; ' +
    'without it the frame keeps its height but is 300 px wide)', `frame-src ${origin}; style-src ${style}`);
}

/** The sources that allow the inline style `css` and nothing else, or any inline style where hashing is not available. */
async function styleSource(css) {
  if (!crypto.subtle) return "'unsafe-inline'";
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
  return `'unsafe-hashes' 'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/** The prerendered element for the guide and theme, its size gzipped, and the style source. */
async function prerenderedParts(values) {
  const file = `guides/${encodeURIComponent(values.guide)}.${values.theme || 'auto'}.snippet.html`;
  const [element, styleSource] = await Promise.all(
    [file, 'guides/style-source.txt'].map((f) => fetch(new URL(f, host)).then((r) => (r.ok ? r.text() : null), () => null)),
  );
  return { element, styleSource: styleSource?.trim(), gzip: element && await gzipSize(element) };
}

/** How many bytes `text` takes gzipped: what a reader's browser downloads with the post. */
async function gzipSize(text) {
  if (typeof CompressionStream !== 'function') return null;
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/** Shows the snippet in `code` and its copy button, or hides both (`null`). */
function offer(code, text) {
  whole.delete(code.id);
  code.textContent = text ?? '';
  for (const part of [code.closest('pre'), code.closest('pre').nextElementSibling]) part.hidden = text === null;
}

function showPrerendered(values, { element, styleSource, gzip }) {
  const code = $('snippet-prerendered');
  if (!element) {
    offer(code, null);
    $('prerendered-needs').textContent = 'Not built here: run make build.';
    return;
  }
  const { snippet, blockedBy } = snippets.prerenderedSnippet(description, values, host, element);
  if (!snippet) {
    offer(code, null);
    $('prerendered-needs').textContent = `Not offered when you set \u201c${blockedBy.join('\u201d or \u201c')}\u201d: ` +
      'the guide inside is written with the defaults, and the widget would draw it again. Use the script snippet.';
    return;
  }
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const size = new Blob([snippet]).size;
  needs('prerendered-needs',
    'Readers see the whole guide at once, even without JavaScript; the same script then brings it ' +
    `to life. It is ${kb(size)} to paste${gzip ? ` (${kb(gzip)} gzipped in the page)` : ''}; paste it ` +
    'again after the guide is updated. Under a Content-Security-Policy it needs (the hash is of its ' +
    'inline stylesheet, and changes with it)', `${scriptPolicy}; style-src ${styleSource}`);
  // The page shows the outline: the guide's text is not on this page twice.
  const [opening] = snippet.split('<template');
  offer(code, `${opening}\n  \u2026 the guide and a plain copy for feed readers, ${kb(size)} \u2026\n</div>\n${snippets.loaderTag(host)}`);
  whole.set(code.id, snippet);
}

/** Copies the snippet in `code`; where the clipboard is refused, selects it and says how. */
async function copy(code, status) {
  const text = whole.get(code.id) ?? code.textContent;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied';
  } catch {
    code.textContent = text;
    code.closest('pre').focus();
    getSelection().selectAllChildren(code);
    status.textContent = 'Your browser did not let this page copy. The snippet is selected: press Ctrl+C (\u2318C on a Mac).';
  }
  clearTimeout(status.clearing);
  status.clearing = setTimeout(() => { status.textContent = ''; }, 8000);
}

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', () => copy($(button.dataset.copy), button.nextElementSibling));
}
form.addEventListener('input', show);
$('embed-column').addEventListener('input', show);
form.addEventListener('submit', (event) => event.preventDefault());
await show();
$('embed-layout').hidden = false;
