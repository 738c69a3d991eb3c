// The snippets a page pastes to show a guide, made from one description of the options: the
// list the widget itself reads them by (src/options/described.rs), which the build writes to
// guides/options.json. The embed page (embed-code.js) uses these in the browser, and the build
// (scripts/frame-heights.mjs) in Node for the oEmbed responses, so no snippet is written twice.

/** The page margins a frame's width is assumed to lose on a phone (16 px a side, and more). */
export const PHONE_MARGINS = 48;

/** Text made safe inside a double-quoted attribute. */
export const attr = (text) =>
  String(text).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The options worth writing: `[option, value]` for each of `description.options` given a
 * value in `values` (by key) that is not empty and not its default, in the description's order.
 */
export function chosen(description, values) {
  return description.options
    .map((option) => [option, String(values[option.key] ?? '').trim()])
    .filter(([option, value]) => value !== '' && value !== option.default);
}

/** The module script every widget of a page shares, from the widget's `host` (ends in "/"). */
export const loaderTag = (host) => `<script type="module" src="${attr(`${host}deletion-guide.js`)}"></script>`;

/** The script snippet: a marked `<div>`, which sanitisers keep more often than a custom element. */
export function scriptSnippet(description, values, host) {
  const attributes = chosen(description, values).map(([option, value]) => ` ${option.attribute}="${attr(value)}"`);
  return `<div${attributes.join('')}></div>\n${loaderTag(host)}`;
}

/**
 * The prerendered snippet: the element `make build` wrote for the guide and theme (`element`),
 * with the chosen options that do not change its markup added to its opening tag. `null`
 * where one does (the widget would draw it afresh, so the markup would be paid for and not
 * used): `blockedBy` then names those options.
 */
export function prerenderedSnippet(description, values, host, element) {
  const given = chosen(description, values);
  const blockedBy = given.filter(([option]) => option.prerendered === 'redraws').map(([option]) => option.label);
  if (blockedBy.length) return { snippet: null, blockedBy };
  const extra = given
    .filter(([option]) => option.prerendered === 'attribute')
    .map(([option, value]) => ` ${option.attribute}="${attr(value)}"`)
    .join('');
  const snippet = `${element.replace(/^<div\b([^>]*)>/, (_, attributes) => `<div${attributes}${extra}>`)}${loaderTag(host)}`;
  return { snippet, blockedBy };
}

/** The address of the iframe page showing the chosen options, by the keys `mount()` takes. */
export function frameAddress(description, values, host) {
  const query = new URLSearchParams(chosen(description, values).map(([option, value]) => [option.key, value]));
  // The guide always, even where a description were to give it a default.
  query.set('guide', values.guide);
  query.sort();
  return `${host}embed.html?${query}`;
}

/**
 * The heights a frame needs, from the heights measured at build time (`measured`: `widths` and,
 * for the guide, `heights`, in px), for frames from the narrowest width measured up to `column`
 * px wide, each raised by a margin for what measuring cannot see (a line rewrapped between two
 * widths, a font a little wider): `[width, height]` pairs, narrowest first.
 */
export function framePoints(measured, column) {
  const points = [];
  for (const [i, width] of measured.widths.entries()) {
    points.push([width, Math.ceil(measured.heights[i] * 1.02 + 24)]);
    if (width >= column) break;
  }
  return points;
}

/**
 * The frame's CSS height for a page whose column is `column` px at its widest: the frame is
 * taken to be as wide as the screen less the margins of a phone, up to the column, and its
 * height drawn straight between the heights measured at the widths around it (a guide's height
 * falls ever more slowly as it widens, so the straight line lies above it, and the frame has
 * room to spare rather than a scroll bar). `max()` of those lines is that polyline.
 */
export function frameHeight(points) {
  const width = `min(100vw - ${PHONE_MARGINS}px, ${points.at(-1)[0]}px)`;
  const lines = points.slice(1).map(([w2, h2], i) => {
    const [w1, h1] = points[i];
    const slope = (h1 - h2) / (w2 - w1);
    const intercept = Math.ceil(h1 + slope * w1);
    return `calc(${intercept}px - ${Number(slope.toFixed(4))} * ${width})`;
  });
  return `max(${[`${points.at(-1)[1]}px`, ...lines].join(', ')})`;
}

/**
 * The iframe snippet, with no script: the frame sized by `frameHeight`, and a `height`
 * attribute for pages whose editor strips `style` (the tallest measured, so that it still does
 * not scroll inside; the frame is then 300 px wide, the browser's default).
 */
export function iframeSnippet(description, values, host, { title, measured, column }) {
  const points = framePoints(measured, column);
  const tallest = Math.max(...points.map(([, height]) => height));
  return `<iframe src="${attr(frameAddress(description, values, host))}" title="${attr(title)}"
  height="${tallest}" style="${frameStyle(measured, column)}" loading="lazy"></iframe>`;
}

/**
 * The iframe snippet's `style` attribute: a page whose Content-Security-Policy has no
 * 'unsafe-inline' styles allows exactly this by its hash ('unsafe-hashes'). Free of `"`, `&`
 * and `<`, so it is written into the attribute as it is.
 */
export function frameStyle(measured, column) {
  return `width: 100%; height: ${frameHeight(framePoints(measured, column))}; border: 0`;
}

/** The optional line for pages that may run a script: the frame then fits the guide exactly. */
export const resizeLine = (host) => `<script src="${attr(`${host}embed-resize.js`)}" defer></script>`;

/** oEmbed 1.0 (https://oembed.com/) `rich` response for a guide page: the iframe snippet. */
export function oembed(description, guide, host, measured, column) {
  const points = framePoints(measured, column);
  return {
    version: '1.0',
    type: 'rich',
    title: guide.title,
    provider_name: 'deletion-guide',
    provider_url: `${host}guides/index.html`,
    cache_age: 86400,
    html: iframeSnippet(description, { guide: guide.id }, host, { title: guide.title, measured, column }),
    width: column,
    height: points.at(-1)[1],
  };
}
