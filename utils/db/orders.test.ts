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
});
