import { mergeOrder } from '../merge';
import { compareDeadlines, computeDeadlines } from '../rules/engine';
import { hides, type ConsumerRegion, type Deadline, type DurationOverride, type EventKind, type Order, type OrderEvent, type OrderRead, type Overrides, type Payment, type SiteId, type DeadlineKind, type OrderStatus } from '../model';
import type { RadarDB } from './index';
import { parcelsOf, withParcel } from './parcels';

/**
 * Stores one read of an order: merged into what we had, in one transaction with its deadlines, so a
 * second tab saving the same order at the same moment waits rather than duplicating or losing fields.
 */
/** When a read is stored, and the user's zone for rules on the consumer's own calendar. */
export interface SaveContext {
  now: Date;
  userZone: string;
}

export async function saveOrderRead(db: RadarDB, read: OrderRead, { now, userZone }: SaveContext): Promise<Order> {
  return db.transaction('rw', db.orders, db.deadlines, db.parcels, async () => {
    const key: [string, string] = [read.site, read.orderId];
    let merged = mergeOrder(await db.orders.get(key), read, now);
    for (const parcel of await parcelsOf(db, read)) merged = withParcel(merged, parcel);
    await db.orders.put(merged);
    await db.deadlines.where('[site+orderId]').equals(key).delete();
    await db.deadlines.bulkPut(computeDeadlines(merged, { userZone }));
    return merged;
  });
}

export interface OrderWithDeadlines {
  order: Order;
  deadlines: Deadline[];
  /** Ids of the deadlines the user marked done, not relevant, or snoozed past now. */
  hidden: ReadonlySet<string>;
}

const OVERDUE_MS = 14 * 86_400_000;

/**
 * Orders overdue in the last two weeks, then by their next open deadline (walking the `dueAt` index
 * from `now`); orders with nothing open follow, most recently captured first. Loads only the orders
 * it returns.
 */
export async function ordersByNextDeadline(db: RadarDB, now: Date, limit = 200): Promise<OrderWithDeadlines[]> {
  // One read transaction, and reads that do not depend on each other in flight together: the
  // popup's first rows wait on these round trips more than on anything else.
  return db.transaction('r', [db.marks, db.deadlines, db.orders], async () => {
    const nowIso = now.toISOString();
    const batchSize = limit * 4;
    const [hidden, recent, firstBatch] = await Promise.all([
      // Marks are few (one per action the user took): read them whole.
      hiddenDeadlines(db, now),
      db.deadlines.where('dueAt').between(new Date(now.getTime() - OVERDUE_MS).toISOString(), nowIso, true, true).reverse().limit(batchSize).toArray(),
      // An order has about four deadlines, so a batch of 4 × limit usually fills the page at once.
      db.deadlines.where('dueAt').above(nowIso).limit(batchSize).toArray(),
    ]);
    const keys: [string, string][] = [];
    const seen = new Set<string>();
    const add = (site: string, orderId: string) => {
      const k = `${site}:${orderId}`;
      if (keys.length < limit && !seen.has(k)) {
        seen.add(k);
        keys.push([site, orderId]);
      }
    };
    // Overdue first: orders whose clock passed in the last two weeks and that have nothing open left.
    // Older ones are history (they follow with the rest, newest capture first).
    const candidates = [...new Map(recent.filter((d) => !hidden.has(d.id)).map((d) => [`${d.site}:${d.orderId}`, [d.site, d.orderId] as [string, string]])).values()];
    const known = await deadlinesByOrder(db, candidates);
    for (const [site, orderId] of candidates) {
      const ds = known.get(`${site}:${orderId}`) ?? [];
      if (!ds.some((d) => d.dueAt && d.dueAt > nowIso && !hidden.has(d.id))) add(site, orderId);
    }
    // Then upcoming, in getAll batches (one round trip each, not a cursor step per deadline). Each
    // batch starts at the last one's due time (inclusive, so ties are not lost; ids already read skipped).
    const read = new Set<string>();
    for (let got = firstBatch, from = nowIso, batch = batchSize; ; ) {
      for (const d of got) {
        if (read.has(d.id)) continue;
        read.add(d.id);
        if (!hidden.has(d.id)) add(d.site, d.orderId);
      }
      if (keys.length >= limit || got.length < batch) break;
      const last = got[got.length - 1]!.dueAt!;
      // A batch of one instant only: widen it, or it would be read again forever.
      if (last === from) batch *= 2;
      from = last;
      got = await db.deadlines.where('dueAt').aboveOrEqual(from).limit(batch).toArray();
    }
    if (keys.length < limit) {
      await db.orders
        .orderBy('capturedAt')
        .reverse()
        .until(() => keys.length >= limit)
        .each((o) => add(o.site, o.orderId));
    }
    const [orders, rest] = await Promise.all([db.orders.bulkGet(keys), deadlinesByOrder(db, keys.filter(([site, orderId]) => !known.has(`${site}:${orderId}`)))]);
    return orders
      .filter((o): o is Order => !!o)
      .map((order) => {
        const k = `${order.site}:${order.orderId}`;
        return { order, deadlines: known.get(k) ?? rest.get(k) ?? [], hidden };
      });
  });
}

/** Ids of the deadlines the user's marks hide at `now`. Marks are few (one per action taken): read whole. */
async function hiddenDeadlines(db: RadarDB, now: Date): Promise<Set<string>> {
  return new Set((await db.marks.toArray()).filter((m) => hides(m, now)).map((m) => m.id));
}

/** Every listed order's deadlines, sorted, in one index query rather than one per order. */
async function deadlinesByOrder(db: RadarDB, keys: [string, string][]): Promise<Map<string, Deadline[]>> {
  const byOrder = new Map<string, Deadline[]>();
  // One getAll per order, all in flight at once: anyOf walks a cursor a step per row instead.
  const lists = await db.transaction('r', db.deadlines, () => Promise.all(keys.map((k) => db.deadlines.where('[site+orderId]').equals(k).toArray())));
  for (const d of lists.flat()) {
    const k = `${d.site}:${d.orderId}`;
    const list = byOrder.get(k);
    if (list) list.push(d);
    else byOrder.set(k, [d]);
  }
  for (const list of byOrder.values()) list.sort(compareDeadlines);
  return byOrder;
}

/** What the popup's search box and site filter ask for. */
export interface OrderQuery {
  text?: string | undefined;
  site?: SiteId | undefined;
  status?: OrderStatus | undefined;
  /** Orders with at least one deadline of this kind. */
  kind?: DeadlineKind | undefined;
}

/** Whether an order matches the search text: its number, seller, any item's title, any tracking number. */
export function matchesText(o: Order, text: string): boolean {
  const q = text.trim().toLowerCase();
  if (!q) return true;
  return [o.orderId, o.seller?.name, ...o.items.map((i) => i.title), ...o.tracking.map((t) => t.number)].some((s) => s?.toLowerCase().includes(q));
}

/**
 * Orders that match a search or a site filter, soonest open deadline first. A search has to read
 * each order once (a seller's name is not indexed); it stops at `limit` matches.
 */
export async function searchOrders(db: RadarDB, query: OrderQuery, now: Date, limit = 200): Promise<OrderWithDeadlines[]> {
  const base = query.site ? db.orders.where('[site+orderId]').between([query.site, ''], [query.site, '\uffff']) : db.orders.toCollection();
  const matching = await base.filter((o) => (!query.status || o.status === query.status) && matchesText(o, query.text ?? '')).limit(query.kind ? limit * 10 : limit).toArray();
  const hidden = await hiddenDeadlines(db, now);
  const byOrder = await deadlinesByOrder(
    db,
    matching.map((o) => [o.site, o.orderId]),
  );
  const found = (query.kind ? matching.filter((o) => byOrder.get(`${o.site}:${o.orderId}`)?.some((d) => d.kind === query.kind)) : matching).slice(0, limit);
  const nowIso = now.toISOString();
  const nextDue = (ds: Deadline[]) => ds.filter((d) => d.dueAt && d.dueAt > nowIso && !hidden.has(d.id)).map((d) => d.dueAt!).sort()[0] ?? '~';
  return found
    .map((order) => ({ order, deadlines: byOrder.get(`${order.site}:${order.orderId}`) ?? [], hidden }))
    .sort((a, b) => (nextDue(a.deadlines) < nextDue(b.deadlines) ? -1 : nextDue(a.deadlines) > nextDue(b.deadlines) ? 1 : 0));
}

export async function deadlinesOf(db: RadarDB, o: Pick<Order, 'site' | 'orderId'>): Promise<Deadline[]> {
  const ds = await db.deadlines.where('[site+orderId]').equals([o.site, o.orderId]).toArray();
  return ds.sort(compareDeadlines);
}

/** One correction the user makes on an order (side panel). */
export type OverrideChange =
  | { set: 'event'; event: OrderEvent }
  | { clear: 'event'; kind: EventKind }
  | { set: 'duration'; ruleId: string; duration: DurationOverride }
  | { clear: 'duration'; ruleId: string }
  | { set: 'payment'; payment: Payment }
  | { clear: 'payment' }
  | { set: 'consumerRegion'; consumerRegion: ConsumerRegion }
  | { clear: 'consumerRegion' };

function applyChange(o: Overrides, c: OverrideChange): Overrides {
  if ('set' in c && c.set === 'payment') return { ...o, payment: c.payment };
  if ('set' in c && c.set === 'consumerRegion') return { ...o, consumerRegion: c.consumerRegion };
  if ('clear' in c && (c.clear === 'payment' || c.clear === 'consumerRegion')) {
    const { [c.clear]: _dropped, ...rest } = o;
    return rest;
  }
  if ('set' in c && c.set === 'event') return { ...o, events: [...o.events.filter((e) => e.kind !== c.event.kind), c.event] };
  if ('clear' in c && c.clear === 'event') return { ...o, events: o.events.filter((e) => e.kind !== c.kind) };
  const durations = { ...o.durations };
  if ('set' in c && c.set === 'duration') durations[c.ruleId] = c.duration;
  else delete durations[c.ruleId];
  return { ...o, durations };
}

/** Stores a user correction and recomputes the order's deadlines with it; false when the order is gone. */
export async function changeOverrides(db: RadarDB, key: [string, string], change: OverrideChange, { userZone }: Pick<SaveContext, 'userZone'>): Promise<boolean> {
  return db.transaction('rw', db.orders, db.deadlines, async () => {
    const order = await db.orders.get(key);
    if (!order) return false;
    const updated: Order = { ...order, overrides: applyChange(order.overrides ?? { events: [], durations: {} }, change) };
    await db.orders.put(updated);
    await db.deadlines.where('[site+orderId]').equals(key).delete();
    await db.deadlines.bulkPut(computeDeadlines(updated, { userZone }));
    return true;
  });
}
