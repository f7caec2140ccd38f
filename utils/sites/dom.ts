/**
 * DOM and text helpers every site adapter shares. Adapters run in content scripts on hostile pages:
 * every string read is cleaned and capped to the model's limits, every link checked against the
 * site's own hosts.
 */

/** Caps matching the model's schema limits (utils/model.ts), so a read never fails validation for length. */
export const MAX = {
  title: 1000,
  sku: 500,
  sellerName: 300,
  statusText: 200,
  eventText: 200,
  moneyText: 100,
  deadlineText: 300,
  id: 100,
  url: 2048,
  tracking: 80,
  carrier: 200,
  items: 500,
  events: 100,
  trackingCount: 50,
  missing: 50,
  note: 300,
  notes: 30,
  /** Orders per page read: the page.read message (utils/messages.ts) carries at most 200. */
  orders: 200,
} as const;

/** Collapses whitespace, drops control characters, trims and caps (without splitting a surrogate pair). */
export function clean(s: string | null | undefined, max: number): string {
  if (!s) return '';
  // eslint-disable-next-line no-control-regex
  let t = s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ').replace(/\s+/g, ' ').trim();
  if (t.length > max) {
    t = t.slice(0, max);
    if (/[\ud800-\udbff]$/.test(t)) t = t.slice(0, -1);
    t = t.trimEnd();
  }
  return t;
}

export const textOf = (el: Element | null | undefined): string => (el ? (el.textContent ?? '') : '');

/** Text of a price node whose characters are split over many spans: whitespace-only text nodes are layout, not content. */
export function priceTextOf(el: Element): string {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.trim()) out += v;
  }
  return out;
}

export function q(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/**
 * Whether any alternative matches: one query for them all, where trying each in turn walks the page
 * once per alternative (and linkedom, in Node, compiles each).
 */
export const has = (root: ParentNode, selectors: readonly string[]): boolean => !!root.querySelector(selectors.join());

/** All matches of the first alternative that matches anything (alternatives are layouts, not unions). */
export function qa(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const s of selectors) {
    const els = root.querySelectorAll(s);
    if (els.length) return Array.from(els);
  }
  return [];
}

/** Resolves a page link to an absolute https URL on an allowed host, or undefined. */
export function absolute(href: string | null | undefined, base: URL, hosts: RegExp): URL | undefined {
  const h = clean(href, MAX.url);
  if (!h || /^(javascript|data|blob):/i.test(h)) return undefined;
  let u: URL;
  try {
    u = new URL(h, base);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  if (!hosts.test(u.hostname) || u.username || u.password || u.port) return undefined;
  u.protocol = 'https:';
  return u.href.length <= MAX.url ? u : undefined;
}

/** When the page was loaded: a countdown printed into the page counts from then, not from a later re-read. */
export function loadedAt(doc: Document): Date {
  try {
    const t = doc.defaultView?.performance?.timeOrigin;
    if (typeof t === 'number' && Number.isFinite(t) && t > Date.UTC(2010, 0, 1)) return new Date(Math.floor(t));
  } catch {
    // A document without a window (parsed, not displayed) has no load time.
  }
  return new Date();
}
