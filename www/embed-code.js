// "Get the embed code" on the standalone page: pick a guide and a theme, see the snippets,
// copy any with one click. Snippets point at this same server, so they work when pasted.
const base = new URL('.', location.href);
// The one script a page with widgets loads, whichever element it carries.
const loaderTag = `<script type="module" src="${new URL('deletion-guide.js', base)}"></script>`;

export function setUpEmbedCode(guides, current) {
  const section = document.getElementById('embed-code');
  const guideSelect = document.getElementById('embed-guide');
  const themeSelect = document.getElementById('embed-theme');
  for (const g of guides) guideSelect.append(new Option(g.service, g.id, false, g.id === current));
  const show = () => {
    const guide = guides.find((g) => g.id === guideSelect.value) ?? guides[0];
    const theme = themeSelect.value;
    document.getElementById('snippet-script').textContent = scriptSnippet(guide.id, theme);
    document.getElementById('snippet-iframe').textContent = iframeSnippet(guide, theme);
    showPrerendered(guide.id, theme);
    // For a site that hosts the widget itself: a bundle need carry only the guides it shows.
    document.getElementById('snippet-needs').textContent =
      `These snippets need one guide, \u201c${guide.id}\u201d. If you host the widget yourself, ` +
      `a bundle with only the guides you embed is smaller: make build GUIDES=${guide.id}`;
  };
  guideSelect.addEventListener('change', show);
  themeSelect.addEventListener('change', show);
  for (const button of section.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', () => copy(document.getElementById(button.dataset.copy)));
  }
  show();
  section.hidden = false;
}

function scriptSnippet(id, theme) {
  return `<div data-deletion-guide="${id}" data-theme="${theme}"></div>\n${loaderTag}`;
}

// Snippets too long to show whole: what the copy buttons copy, by the id of their <code>.
const whole = new Map();

// The prerendered element is written by `make build` (src/bin/prerender). It holds the whole
// guide, so the page shows its outline only: the guide's text is not on this page twice.
// Only the newest choice is shown, however the requests for earlier ones finish.
let latest = 0;
async function showPrerendered(id, theme) {
  const asked = ++latest;
  const code = document.getElementById('snippet-prerendered');
  const response = await fetch(new URL(`guides/${id}.${theme}.snippet.html`, base)).catch(() => null);
  const element = response?.ok ? await response.text() : null;
  if (asked !== latest) return;
  if (!element) {
    whole.delete(code.id);
    code.textContent = 'Not built: run `make build`.';
    return;
  }
  whole.set(code.id, `${element}${loaderTag}`);
  const kb = Math.round(element.length / 1000);
  const [opening] = element.split('<style>');
  code.textContent = `${opening}\n  … the guide, ${kb} KB of markup, and a plain copy for feed readers …\n</div>\n${loaderTag}`;
}

function iframeSnippet(guide, theme) {
  const src = new URL(`embed.html?guide=${encodeURIComponent(guide.id)}&theme=${theme}`, base);
  return `<iframe src="${src}" title="${guide.title.replaceAll('"', '&quot;')}"
  style="width: 100%; height: 900px; border: 0" loading="lazy"></iframe>
<script src="${new URL('embed-resize.js', base)}" defer></script>`;
}

async function copy(code) {
  const status = document.querySelector('.copied');
  try {
    await navigator.clipboard.writeText(whole.get(code.id) ?? code.textContent);
    status.textContent = 'Copied.';
  } catch {
    // Clipboard access can be refused (permissions, insecure context): select it instead.
    if (whole.has(code.id)) code.textContent = whole.get(code.id);
    getSelection().selectAllChildren(code);
    status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
}
