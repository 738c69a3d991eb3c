// The standalone page: `?guide=<id>` shows that guide; without it, the only guide, or a list.
import init, { guides, mount } from './pkg/deletion_guide.js';
import { setUpEmbedCode } from './embed-code.js';

await init();

const host = document.getElementById('guide');
const all = guides();
const wanted = new URLSearchParams(location.search).get('guide');
const id = wanted ?? (all.length === 1 ? all[0].id : null);
const guide = all.find((g) => g.id === id);

if (id !== null) {
  if (guide) describePage(guide);
  mount(host, { guide: id, headingLevel: 1 });
} else {
  listGuides(all);
}
setUpEmbedCode(all, guide?.id);

function describePage({ id, title, summary }) {
  document.title = title;
  document.querySelector('meta[name="description"]').setAttribute('content', summary);
  // The prerendered page `make build` writes is the guide's own address.
  const canonical = document.createElement('link');
  canonical.rel = 'canonical';
  canonical.href = new URL(`guides/${encodeURIComponent(id)}.html`, location.href).href;
  document.head.append(canonical);
}

// Built with DOM calls, not HTML strings: guide text is only ever text.
function listGuides(list) {
  const heading = document.createElement('h1');
  heading.textContent = 'Account deletion guides';
  const items = document.createElement('ul');
  items.className = 'guide-list';
  for (const g of list) {
    const link = document.createElement('a');
    link.href = `?guide=${encodeURIComponent(g.id)}`;
    link.textContent = g.title;
    const summary = document.createElement('p');
    summary.textContent = g.summary;
    const item = document.createElement('li');
    item.append(link, summary);
    items.append(item);
  }
  host.replaceChildren(heading, items);
}
