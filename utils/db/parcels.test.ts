import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderRead, ParcelRead } from '../model';
import { RadarDB } from './index';
import { saveOrderRead } from './orders';
import { saveParcelRead } from './parcels';

const at = { now: new Date('2026-06-01T00:00:00Z'), userZone: 'Europe/London' };
let db: RadarDB;
beforeEach(() => {
  db = new RadarDB(`parcels-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const order = (orderId: string): OrderRead => ({
  site: 'mulebuy',
  orderId,
  url: `https://mulebuy.com/my-account/orders/${orderId}`,
  items: [{ title: 'Hoodie', marketplace: { site: 'weidian', itemId: '7312000101' } }],
  status: 'delivered',
  events: [{ kind: 'warehouse_stored', at: '2026-05-01T02:00:00.000Z', dateOnly: false, zone: 'Asia/Shanghai' }],
  tracking: [],
  pageDeadlines: [],
  agent: { family: 'cnfans', host: 'mulebuy.com' },
  marketplace: { site: 'weidian' },
  missing: [],
});

const parcel = (over: Partial<ParcelRead> = {}): ParcelRead => ({
  site: 'mulebuy',
  parcelId: 'PN2026050001',
  url: 'https://mulebuy.com/my-account/parcels/',
  status: 'shipped',
  orderIds: ['MB100001', 'MB100002'],
  tracking: [{ number: 'LX123456789CN', carrier: 'EMS' }],
  events: [
    { kind: 'intl_fee_quoted', at: '2026-05-10T01:00:00.000Z', dateOnly: false, zone: 'Asia/Shanghai' },
    { kind: 'intl_shipped', at: '2026-05-12T03:00:00.000Z', dateOnly: false, zone: 'Asia/Shanghai' },
  ],
  missing: [],
  ...over,
});

const deadline = (orderId: string, ruleId: string) => db.deadlines.get(`mulebuy:${orderId}:${ruleId}`);

describe('agent parcels', () => {
  it('pass their dates to the orders they hold: the loss-claim clock starts, storage clocks end', async () => {
    await saveOrderRead(db, order('MB100001'), at);
    expect(await deadline('MB100001', 'cnf.storage.free')).toBeDefined();
    await saveParcelRead(db, parcel(), at);
    const stored = await db.orders.get(['mulebuy', 'MB100001']);
    expect(stored?.parcelIds).toEqual(['PN2026050001']);
    expect(stored?.tracking).toEqual([{ number: 'LX123456789CN', carrier: 'EMS' }]);
    // Shipped 12 May 03:00Z + 45 × 24 h.
    expect((await deadline('MB100001', 'cnf.claim.loss'))?.dueAt).toBe('2026-06-26T03:00:00.000Z');
    expect(await deadline('MB100001', 'cnf.storage.free')).toBeUndefined();
    // The Weidian seller's rules apply too: the marketplace comes from the agent's page.
    expect(await deadline('MB100001', 'wd.7day.window')).toBeDefined();
  });

  it('reach an order whose page is read after the parcel page', async () => {
    await saveParcelRead(db, parcel(), at);
    await saveOrderRead(db, order('MB100002'), at);
    expect((await db.orders.get(['mulebuy', 'MB100002']))?.events.map((e) => e.kind)).toEqual(['warehouse_stored', 'intl_fee_quoted', 'intl_shipped']);
    expect((await deadline('MB100002', 'cnf.claim.loss'))?.dueAt).toBe('2026-06-26T03:00:00.000Z');
  });

  it('remember every order a parcel was seen holding, and a later delivery', async () => {
    await saveParcelRead(db, parcel({ orderIds: ['MB100001'] }), at);
    await saveParcelRead(db, parcel({ orderIds: ['MB100002'], status: 'delivered', events: [{ kind: 'intl_delivered', at: '2026-05-25T09:00:00.000Z', dateOnly: false, zone: 'Europe/London' }] }), at);
    const p = await db.parcels.get(['mulebuy', 'PN2026050001']);
    expect(p?.orderIds).toEqual(['MB100001', 'MB100002']);
    expect(p?.events.map((e) => e.kind)).toEqual(['intl_fee_quoted', 'intl_shipped', 'intl_delivered']);
    expect(p?.status).toBe('delivered');
  });

  it('never touch another brand’s orders with the same number', async () => {
    await saveOrderRead(db, { ...order('MB100001'), site: 'cnfans', agent: { family: 'cnfans', host: 'cnfans.com' } }, at);
    await saveParcelRead(db, parcel(), at);
    expect((await db.orders.get(['cnfans', 'MB100001']))?.parcelIds).toBeUndefined();
  });
});
