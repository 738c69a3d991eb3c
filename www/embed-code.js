// "Get the embed code" on the standalone page: pick a guide and a theme, see both snippets,
// copy either with one click. Snippets point at this same server, so they work when pasted.
const base = new URL('.', location.href);

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
  return `<div data-deletion-guide="${id}" data-theme="${theme}"></div>
<script type="module" src="${new URL('deletion-guide.js', base)}"></script>`;
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
    await navigator.clipboard.writeText(code.textContent);
    status.textContent = 'Copied.';
  } catch {
    // Clipboard access can be refused (permissions, insecure context): select it instead.
    getSelection().selectAllChildren(code);
    status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
}
