import type { EventKind, Order, OrderEvent, OrderItem, OrderRead, QcPhoto, Tracking } from './model';

/** Events that can happen more than once on one order; every other kind has one true date. */
const REPEATABLE: ReadonlySet<EventKind> = new Set([
  'seller_shipped_partial',
  'dispute_opened',
  'seller_responded',
  'seller_offer_made',
  'platform_intervened',
  'refund_issued',
]);

const DAY_MS = 86_400_000;

/** A precise instant and a date-only value that covers it are one fact, not two. */
function sameFact(a: OrderEvent, b: OrderEvent): boolean {
  if (a.at === b.at) return true;
  const [day, exact] = a.dateOnly ? [a, b] : b.dateOnly ? [b, a] : [undefined, undefined];
  if (!day || !exact || exact.dateOnly) return false;
  const d = Date.parse(exact.at) - Date.parse(day.at);
  return d >= 0 && d < DAY_MS;
}

export function mergeEvents(old: OrderEvent[], next: OrderEvent[]): OrderEvent[] {
  const out = [...old];
  for (const e of next) {
    const i = out.findIndex((o) => o.kind === e.kind && (sameFact(o, e) || !REPEATABLE.has(e.kind)));
    const prev = i < 0 ? undefined : out[i];
    if (!prev) out.push(e);
    // A precise time beats a date; between two of the same precision the latest read is the page's current word.
    else if (!(e.dateOnly && !prev.dateOnly)) out[i] = e;
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

const itemKey = (i: OrderItem) => i.productId ?? i.title;

/**
 * The old item a new read describes. Two sizes of one product are two items: when both reads name
 * the option they must agree; when one does not (a list card without options), the product decides.
 */
function sameItem(a: OrderItem, b: OrderItem): boolean {
  if (a.sku !== undefined && b.sku !== undefined && a.sku !== b.sku) return false;
  return itemKey(a) === itemKey(b) || a.title === b.title;
}

/** QC photos keep the time we first saw them: later reads of the same page add, never re-date. */
function mergePhotos(old: QcPhoto[] | undefined, next: QcPhoto[] | undefined): QcPhoto[] | undefined {
  if (!old?.length) return next;
  if (!next?.length) return old;
  return [...old, ...next.filter((p) => !old.some((o) => o.url === p.url))].slice(0, 100);
}

function mergeItems(old: OrderItem[], next: OrderItem[]): OrderItem[] {
  if (next.length === 0) return old;
  const merged = next.map((n) => {
    const o = old.find((x) => sameItem(x, n) && x.sku === n.sku) ?? old.find((x) => sameItem(x, n));
    if (!o) return n;
    const item = { ...o, ...definedOnly(n) };
    const photos = mergePhotos(o.qcPhotos, n.qcPhotos);
    return photos ? { ...item, qcPhotos: photos } : item;
  });
  // Items an earlier read saw and this one did not (a list card shows only some) are kept.
  for (const o of old) if (!merged.some((m) => sameItem(m, o))) merged.push(o);
  return merged;
}

export function mergeTracking(old: Tracking[], next: Tracking[]): Tracking[] {
  const out = [...old];
  for (const t of next) {
    const i = out.findIndex((o) => o.number === t.number);
    const prev = i < 0 ? undefined : out[i];
    if (!prev) out.push(t);
    else out[i] = { ...prev, ...definedOnly(t) };
  }
  return out;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** True when a `missing` path ("seller", "items[0].unitPrice", "events.paid") has no value in the order. */
function lacks(order: OrderRead, path: string): boolean {
  const ev = /^events\.(\w+)$/.exec(path);
  if (ev) return !order.events.some((e) => e.kind === ev[1]);
  let v: unknown = order;
  for (const part of path.split(/[.[\]]+/).filter(Boolean)) {
    if (v === null || typeof v !== 'object') return true;
    v = (v as Record<string, unknown>)[part];
  }
  return v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (path === 'status' && v === 'unknown');
}

/**
 * Folds a new read of an order into what we stored. A field the new read lacks never erases one we
 * had; a field it has replaces ours (the page is the current truth), except that a precise date is
 * never replaced by a vaguer one.
 */
export function mergeOrder(old: Order | undefined, read: OrderRead, now: Date): Order {
  const at = now.toISOString();
  if (!old) return { ...read, firstSeenAt: at, capturedAt: at };
  const statusKnown = read.status !== 'unknown';
  const merged: Order = {
    ...old,
    ...definedOnly(read),
    seller: read.seller || old.seller ? { ...old.seller, ...definedOnly(read.seller ?? {}) } as Order['seller'] : undefined,
    status: statusKnown ? read.status : old.status,
    statusText: statusKnown ? (read.statusText ?? old.statusText) : old.statusText,
    items: mergeItems(old.items, read.items),
    events: mergeEvents(old.events, read.events),
    tracking: mergeTracking(old.tracking, read.tracking),
    pageDeadlines: [...old.pageDeadlines.filter((p) => !read.pageDeadlines.some((n) => n.ruleId === p.ruleId)), ...read.pageDeadlines],
    firstSeenAt: old.firstSeenAt,
    capturedAt: at,
  };
  merged.missing = read.missing.filter((path) => lacks(merged, path));
  return merged;
}
