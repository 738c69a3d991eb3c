// Where the widget's weight over the floor comes from: every item of the AliExpress-only wasm
// and of the baseline's, by name (twiggy), put in the part of the program it belongs to. The
// difference per part is what that part costs over the floor; the weight budget can only be
// met by cutting parts, and this says how much each could give at most.
import { join } from 'node:path';
import { ROOT, namedItems } from './sizes.mjs';

/** The part of the program an item belongs to, by the crates and modules its name mentions. */
function partOf(item) {
  if (item.startsWith('data segment') || item.startsWith('data[')) return 'data: guide text, words, stylesheet, other strings';
  const ours = item.match(/deletion_guide::(\w+)(?:::(\w+))?/);
  if (ours) return ours[1] === 'components' && ours[2] ? `ours: components::${ours[2]}` : `ours: ${ours[1]}`;
  // Yew's generic functions are made once per component; our views are inlined into them.
  if (/yew|implicit_clone/.test(item)) return 'yew, with the views of our components inlined';
  if (/serde/.test(item)) return 'serde, serde-wasm-bindgen';
  if (/wasm_bindgen|js_sys|web_sys|gloo/.test(item)) return 'wasm-bindgen, js-sys, web-sys, gloo';
  if (/talc/.test(item)) return 'allocator (talc)';
  if (/(^|[<\s(&])(core|alloc|std)(\[[0-9a-f]+\])?::/.test(item)) return 'Rust core, alloc (formatting, collections)';
  return 'other: tables, types, glue shims';
}

function byPart(items) {
  const parts = new Map();
  for (const { bytes, item } of items) {
    const part = partOf(item);
    parts.set(part, (parts.get(part) ?? 0) + bytes);
  }
  return parts;
}

/**
 * Raw bytes per part, in the widget (`widgetItems`, from `namedItems` of the AliExpress-only
 * build) and in the baseline (built before this is called), and each part's share of the
 * widget's raw bytes over the baseline.
 */
export function ablation(widgetItems) {
  const widget = byPart(widgetItems);
  const baseline = byPart(namedItems(join(ROOT, 'bench/baseline/target/wasm32-unknown-unknown/release/baseline.wasm')));
  const total = (parts) => [...parts.values()].reduce((a, b) => a + b, 0);
  const over = total(widget) - total(baseline);
  return [...new Set([...widget.keys(), ...baseline.keys()])]
    .map((part) => {
      const extra = (widget.get(part) ?? 0) - (baseline.get(part) ?? 0);
      return { part, widget: widget.get(part) ?? 0, baseline: baseline.get(part) ?? 0, extra, share: extra / over };
    })
    .sort((a, b) => b.extra - a.extra);
}
