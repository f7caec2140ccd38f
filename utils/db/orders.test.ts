import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderRead } from '../model';
import { RadarDB } from './index';
import { ordersByNextDeadline, saveOrderRead } from './orders';

let db: RadarDB;
beforeEach(() => {
  db = new RadarDB(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const shipped = (orderId: string, at: string): OrderRead => ({
  site: 'aliexpress',
  orderId,
  url: `https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`,
  items: [{ title: `Item ${orderId}` }],
  status: 'shipped',
  events: [{ kind: 'seller_shipped', at, dateOnly: false, zone: 'America/Los_Angeles' }],
  tracking: [],
  protectionDays: 60,
  pageDeadlines: [],
  missing: [],
});

describe('order storage', () => {
  it('an order seen twice is one row, and its deadlines are replaced, not added', async () => {
    await saveOrderRead(db, shipped('1000000000000001', '2026-03-01T00:00:00.000Z'), { now: new Date('2026-03-02T00:00:00Z'), userZone: 'UTC' });
    await saveOrderRead(db, shipped('1000000000000001', '2026-03-01T06:00:00.000Z'), { now: new Date('2026-03-03T00:00:00Z'), userZone: 'UTC' });
    expect(await db.orders.count()).toBe(1);
    const ds = await db.deadlines.toArray();
    expect(ds.map((d) => d.ruleId).sort()).toEqual(['ae.dispute.closes', 'ae.dispute.opens', 'ae.protection.end']);
    expect(ds.find((d) => d.ruleId === 'ae.dispute.opens')?.dueAt).toBe('2026-03-11T06:00:00.000Z');
  });

  it('two tabs saving the same order at once leave one row with both reads merged', async () => {
    const a = { ...shipped('1000000000000002', '2026-03-01T00:00:00.000Z'), seller: { name: 'Shop A' } };
    const b = { ...shipped('1000000000000002', '2026-03-01T00:00:00.000Z'), tracking: [{ number: 'LP00123456789012' }] };
    await Promise.all([saveOrderRead(db, a, { now: new Date(), userZone: 'UTC' }), saveOrderRead(db, b, { now: new Date(), userZone: 'UTC' })]);
    const rows = await db.orders.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.seller?.name).toBe('Shop A');
    expect(rows[0]?.tracking).toHaveLength(1);
  });

  it('lists orders by their next open deadline, then the rest', async () => {
    await saveOrderRead(db, shipped('1000000000000003', '2026-03-10T00:00:00.000Z'), { now: new Date(), userZone: 'UTC' });
    await saveOrderRead(db, shipped('1000000000000004', '2026-03-01T00:00:00.000Z'), { now: new Date(), userZone: 'UTC' });
    await saveOrderRead(db, { ...shipped('1000000000000005', '2026-01-01T00:00:00.000Z'), events: [] }, { now: new Date(), userZone: 'UTC' });
    const list = await ordersByNextDeadline(db, new Date('2026-03-05T00:00:00Z'));
    expect(list.map((x) => x.order.orderId)).toEqual(['1000000000000004', '1000000000000003', '1000000000000005']);
    expect(list[0]?.deadlines[0]?.ruleId).toBe('ae.dispute.opens');
  });

  it('pages through many orders whose deadlines share instants, in order, none lost or repeated', async () => {
    // 120 orders shipped at only seven different instants: long runs of equal due times in the index.
    const now = new Date('2026-03-05T00:00:00Z');
    for (let i = 0; i < 120; i++) {
      const at = new Date(Date.parse('2026-03-01T00:00:00Z') + (i % 7) * 3_600_000).toISOString();
      await saveOrderRead(db, shipped(String(2000000000000000 + i), at), { now, userZone: 'UTC' });
    }
    // The user dismissed the earliest clock of most orders: the first batches yield few rows, so the
    // walk must go on past runs of equal instants.
    const all = await db.deadlines.toArray();
    const dismissed = all.filter((d) => d.ruleId === 'ae.dispute.opens' && Number(d.orderId) % 10 !== 0);
    await db.marks.bulkPut(dismissed.map((d) => ({ id: d.id, state: 'dismissed' as const, at: now.toISOString() })));
    const hidden = new Set(dismissed.map((d) => d.id));
    const next = new Map<string, string>();
    for (const d of all) if (!hidden.has(d.id) && d.dueAt && d.dueAt > now.toISOString() && (!next.has(d.orderId) || d.dueAt < next.get(d.orderId)!)) next.set(d.orderId, d.dueAt);
    for (const limit of [5, 20, 119]) {
      const got = (await ordersByNextDeadline(db, now, limit)).map((x) => x.order.orderId);
      expect(got).toHaveLength(limit);
      expect(new Set(got).size).toBe(limit);
      const dues = got.map((id) => next.get(id)!);
      expect(dues).toEqual([...dues].sort());
      // Nothing due earlier was skipped.
      expect([...next.values()].filter((d) => d < dues[dues.length - 1]!).length).toBeLessThan(limit);
    }
  });

  it('an order whose last clock passed days ago stays on the first page among many upcoming ones', async () => {
    const now = new Date('2026-03-20T00:00:00Z');
    for (let i = 0; i < 40; i++) await saveOrderRead(db, shipped(String(3000000000000000 + i), '2026-03-15T00:00:00.000Z'), { now, userZone: 'UTC' });
    // Shipped long enough ago that every AliExpress clock of this order has passed, the last a few days ago.
    const late = shipped('3999999999999999', '2026-01-12T00:00:00.000Z');
    await saveOrderRead(db, { ...late, protectionDays: 65 }, { now, userZone: 'UTC' });
    const dues = (await db.deadlines.where('[site+orderId]').equals(['aliexpress', '3999999999999999']).toArray()).flatMap((d) => (d.dueAt ? [d.dueAt] : []));
    expect(dues.every((d) => d < now.toISOString())).toBe(true);
    expect(dues.some((d) => d > '2026-03-06')).toBe(true);
    const page = (await ordersByNextDeadline(db, now, 10)).map((x) => x.order.orderId);
    expect(page[0]).toBe('3999999999999999');
    expect(page).toHaveLength(10);
  });
});
