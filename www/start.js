// The standalone page: `?guide=<id>` shows that guide; without it, the only guide, or the index
// (guides/index.html); an unknown id names the guides there are, as links.
import init, { guides, mount } from './pkg/deletion_guide.js';

await init();

const host = document.getElementById('guide');
const all = guides();
const wanted = new URLSearchParams(location.search).get('guide');
const id = wanted ?? (all.length === 1 ? all[0].id : null);
const guide = all.find((g) => g.id === id);

if (id === null) {
  // The index is a page of its own, prerendered, so that it reads without JavaScript.
  location.replace('guides/index.html');
} else if (guide) {
  describePage(guide);
  mount(host, { guide: id, headingLevel: 1 });
} else {
  unknownGuide(id, all);
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
function unknownGuide(id, list) {
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
