// The standalone page: `?guide=<id>` shows that guide (`&lang=es` in that language: the
// widget's words, and the guide's translation where there is one); without it, the only guide,
// or the index (guides/index.html); an unknown id names the guides there are, as links.
//
// Where the build wrote the guide as a page in that language (as written, without `lang`), the
// reader is sent there instead: it reads at once, before any script, where this page would
// wait for the wasm to draw it. The address's fragment goes along (a progress link made here).
// A host that knows the table sends them before this page loads (hosting/nginx.conf). The rest
// is for what has no page: the widget's words in a language the guide is not translated into,
// and ids the build does not know.
import pages from './guides/pages.js';

// Looked up as hosting/nginx.conf looks them up, in the same table: ignoring case, and with an
// empty language the same as none (the guide as written).
const query = new URLSearchParams(location.search);
const ids = Object.keys(pages);
const wanted = query.get('guide')?.toLowerCase() ?? (ids.length === 1 ? ids[0] : null);
const lang = query.get('lang')?.toLowerCase() ?? '';
const page = ids.includes(wanted) && Object.hasOwn(pages[wanted], lang) && pages[wanted][lang];

if (wanted === null) {
  // The index is a page of its own, prerendered, so that it reads without JavaScript.
  location.replace('guides/index.html');
} else if (page) {
  location.replace(`guides/${page}${location.hash}`);
} else {
  await draw(wanted);
}

async function draw(id) {
  const { default: init, guides, mount } = await import('./pkg/deletion_guide.js');
  await init();
  const host = document.getElementById('guide');
  const all = guides();
  const guide = all.find((g) => g.id === id);
  if (guide) {
    describePage(guide);
    const widget = { current: mount(host, { guide: id, headingLevel: 1, ...chosenLang() }) };
    offerLanguages(id, widget, mount, host);
  } else {
    unknownGuide(host, id, all);
  }
}

/** `{ lang }` from the address, where it names one; else the widget chooses (the page's, the browser's). */
function chosenLang() {
  const lang = new URLSearchParams(location.search).get('lang');
  return lang ? { lang } : {};
}

/**
 * The language switch: every language the widget speaks (from the build's description of the
 * options). Choosing one redraws the guide in it and keeps it in the address, so a reload or a
 * shared link shows the same; the reader's ticks are the same in every language.
 */
async function offerLanguages(id, widget, mount, host) {
  const description = await fetch('guides/options.json').then((r) => r.json()).catch(() => null);
  const option = description?.options.find((o) => o.key === 'lang');
  if (!option) return;
  const select = document.getElementById('lang-choice');
  // Every language by its own name; this page's own words are English, so that is the default.
  const current = chosenLang().lang ?? 'en';
  for (const { value, label } of option.choices.filter((c) => c.value)) select.append(new Option(label, value, false, value === current));
  select.addEventListener('change', () => {
    const url = new URL(location.href);
    if (select.value) url.searchParams.set('lang', select.value);
    else url.searchParams.delete('lang');
    history.replaceState(null, '', url);
    widget.current.unmount();
    widget.current = mount(host, { guide: id, headingLevel: 1, ...chosenLang() });
  });
  document.getElementById('lang-switch').hidden = false;
}

function describePage({ id, title, summary }) {
  document.title = title;
  document.getElementById('embed-link').search = `?guide=${encodeURIComponent(id)}`;
  document.querySelector('meta[name="description"]').setAttribute('content', summary);
  // The prerendered page `make build` writes is the guide's own address.
  const canonical = document.createElement('link');
  canonical.rel = 'canonical';
  canonical.href = new URL(`guides/${encodeURIComponent(id)}.html`, location.href).href;
  document.head.append(canonical);
}

// Built with DOM calls, not HTML strings: guide text is only ever text.
function unknownGuide(host, id, list) {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `There is no deletion guide called \u201c${id}\u201d. These are the guides here:`;
  const items = document.createElement('ul');
  for (const g of list) {
    const link = document.createElement('a');
    link.href = `guides/${encodeURIComponent(g.id)}.html`;
    link.textContent = g.service;
    const item = document.createElement('li');
    item.append(link);
    items.append(item);
  }
  const all = document.createElement('p');
  const index = document.createElement('a');
  index.href = 'guides/index.html';
  index.textContent = 'Search every guide';
  all.append(index);
  host.replaceChildren(message, items, all);
}
