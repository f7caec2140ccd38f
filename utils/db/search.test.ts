import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderRead } from '../model';
import { RadarDB } from './index';
import { saveOrderRead, searchOrders } from './orders';

let db: RadarDB;
beforeEach(() => {
  db = new RadarDB(`search-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const order = (site: OrderRead['site'], orderId: string, over: Partial<OrderRead> = {}): OrderRead => ({
  site,
  orderId,
  url: 'https://www.aliexpress.com/p/order/index.html',
  items: [{ title: 'Plain item' }],
  status: 'shipped',
  events: [],
  tracking: [],
  pageDeadlines: [],
  missing: [],
  ...over,
});
const ctx = { now: new Date('2026-03-10T00:00:00Z'), userZone: 'UTC' };

describe('searchOrders', () => {
  beforeEach(async () => {
    await saveOrderRead(db, order('aliexpress', '3000000000000001', { seller: { name: 'Lumen Outdoor Gear Store' } }), ctx);
    await saveOrderRead(db, order('aliexpress', '3000000000000002', { items: [{ title: 'Collapsible Water Bag' }], tracking: [{ number: 'RI123456785CN' }] }), ctx);
    await saveOrderRead(db, order('weidian', '829104455660101', { items: [{ title: '手工编织草帽' }] }), ctx);
  });
  const ids = async (q: Parameters<typeof searchOrders>[1]) => (await searchOrders(db, q, ctx.now)).map((r) => r.order.orderId).sort();

  it('finds by order number, seller, item and tracking number, in any case', async () => {
    expect(await ids({ text: '0000002' })).toEqual(['3000000000000002']);
    expect(await ids({ text: 'lumen' })).toEqual(['3000000000000001']);
    expect(await ids({ text: 'water BAG' })).toEqual(['3000000000000002']);
    expect(await ids({ text: 'ri123456785cn' })).toEqual(['3000000000000002']);
    expect(await ids({ text: '草帽' })).toEqual(['829104455660101']);
    expect(await ids({ text: 'nothing like it' })).toEqual([]);
  });

  it('filters by site, with or without text', async () => {
    expect(await ids({ site: 'weidian' })).toEqual(['829104455660101']);
    expect(await ids({ site: 'aliexpress', text: 'store' })).toEqual(['3000000000000001']);
    expect(await ids({ site: 'taobao' })).toEqual([]);
  });

  it('filters by status and by the kinds of deadline an order has', async () => {
    await saveOrderRead(db, order('taobao', '4100000000000000001', { status: 'awaiting_shipment', events: [{ kind: 'paid', at: '2026-03-09T00:00:00.000Z', dateOnly: false, zone: 'UTC' }] }), ctx);
    expect(await ids({ status: 'awaiting_shipment' })).toEqual(['4100000000000000001']);
    expect(await ids({ status: 'completed' })).toEqual([]);
    // Taobao's ship-by clock is the only "expected by" deadline here.
    expect(await ids({ kind: 'expected_by' })).toEqual(['4100000000000000001']);
    expect(await ids({ kind: 'storage_ends' })).toEqual([]);
  });
});
