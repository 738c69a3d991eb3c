// The iframe embed, for pages that cannot run scripts of ours:
//   <iframe src="…/embed.html?guide=aliexpress&theme=dark"></iframe>
// It shows one guide and tells the parent page its height whenever that changes, so a few
// lines on the parent (see the README) can size the frame and it never scrolls inside.
import init, { mount } from './pkg/deletion_guide.js';

/** The message type the parent listens for; namespaced so other messages are not mistaken for it. */
const HEIGHT = 'deletion-guide:height';

await init();

const params = new URLSearchParams(location.search);
const options = { guide: params.get('guide') ?? '' };
for (const [param, option] of [['theme', 'theme'], ['report', 'reportUrl']]) {
  if (params.has(param)) options[option] = params.get(param);
}
const host = document.getElementById('guide');
mount(host, options);

const tellParent = () => {
  const height = Math.ceil(host.getBoundingClientRect().height);
  window.parent.postMessage({ type: HEIGHT, height }, '*');
};
new ResizeObserver(tellParent).observe(host);
