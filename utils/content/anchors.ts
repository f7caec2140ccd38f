/** Our own badges' host element: never searched, never mistaken for page text. */
export const BADGE_HOST = 'refund-radar-badge';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', BADGE_HOST.toUpperCase()]);
const TOKEN = /[0-9A-Za-z_-]{4,40}/g;

/**
 * Where each order's badge goes: after the element whose text shows the order's number, the first
 * time the page shows it. Every site we read prints the order number beside the order ("Order ID:
 * 3071845526141947", "订单号：4123…"), so one search places badges on every layout, old or new, and
 * an order whose number the page does not show simply gets none.
 */
export function orderAnchors(doc: Document, orderIds: readonly string[]): Map<string, Element> {
  const wanted = new Set(orderIds);
  const found = new Map<string, Element>();
  if (!doc.body || !wanted.size) return found;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode(node) {
      for (let el = node.parentElement; el; el = el.parentElement) if (SKIP.has(el.tagName)) return 2; /* FILTER_REJECT */
      return 1; /* FILTER_ACCEPT */
    },
  });
  for (let n = walker.nextNode(); n && found.size < wanted.size; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    if (text.length < 4) continue;
    for (const m of text.matchAll(TOKEN)) {
      const id = m[0];
      if (wanted.has(id) && !found.has(id) && n.parentElement) found.set(id, n.parentElement);
    }
  }
  return found;
}
