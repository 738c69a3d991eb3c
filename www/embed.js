// The iframe embed, for pages that cannot run scripts of ours:
//   <iframe src="…/embed.html?guide=aliexpress&theme=dark"></iframe>
// Its address takes the keys `mount()` takes (guide, theme, reportUrl, headingLevel, accent):
// every parameter is passed on, and the widget names any it does not know. It shows one guide
// and tells the parent page its height whenever that changes, so a few lines on the parent
// (embed-resize.js) can size the frame and it never scrolls inside.
import init, { mount } from './pkg/deletion_guide.js';

/** The message type the parent listens for; namespaced so other messages are not mistaken for it. */
const HEIGHT = 'deletion-guide:height';
/** Parameters of snippets pasted before the address took `mount()`'s keys. */
const FORMER = { report: 'reportUrl' };

await init();

const options = { guide: '' };
for (const [param, value] of new URLSearchParams(location.search)) options[FORMER[param] ?? param] = value;
const host = document.getElementById('guide');
mount(host, options);

const tellParent = () => {
  const height = Math.ceil(host.getBoundingClientRect().height);
  window.parent.postMessage({ type: HEIGHT, height }, '*');
};
new ResizeObserver(tellParent).observe(host);
