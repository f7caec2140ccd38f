import { describe, expect, it } from 'vitest';
import type { Order, Parcel } from '../model';
import { mergeMarks, mergeOrders, mergeParcels } from './merge-rows';

const parcel = (over: Partial<Parcel>): Parcel => ({
  site: 'mulebuy',
  parcelId: 'PN2026050001',
  url: 'https://mulebuy.com/my-account/parcels/',
  status: 'shipped',
  orderIds: ['MB100001'],
  tracking: [],
  events: [],
  missing: [],
  firstSeenAt: '2026-05-01T00:00:00.000Z',
  capturedAt: '2026-05-01T00:00:00.000Z',
  ...over,
});

const order = (over: Partial<Order>): Order => ({
  site: 'aliexpress',
  orderId: '3000000000000001',
  url: 'https://www.aliexpress.com/p/order/detail.html?orderId=3000000000000001',
  items: [{ title: 'Water bag' }],
  status: 'shipped',
  events: [],
  tracking: [],
  pageDeadlines: [],
  missing: [],
  firstSeenAt: '2026-03-01T00:00:00.000Z',
  capturedAt: '2026-03-01T00:00:00.000Z',
  ...over,
});

describe('merging a restored row with a stored one', () => {
  it('parcels: the later read’s status, every order, event and tracking number, the first sighting', () => {
    const stored = parcel({ status: 'delivered', statusText: '已签收', orderIds: ['MB100002'], tracking: [{ number: 'LX123456789CN' }], capturedAt: '2026-05-20T00:00:00.000Z', firstSeenAt: '2026-05-10T00:00:00.000Z' });
    const restored = parcel({ status: 'unknown', events: [{ kind: 'intl_shipped', at: '2026-05-12T03:00:00.000Z', dateOnly: false, zone: 'Asia/Shanghai' }], capturedAt: '2026-05-25T00:00:00.000Z' });
    expect(mergeParcels(stored, restored)).toEqual({
      ...stored,
      // The later read did not know its status: the earlier word stays.
      status: 'delivered',
      statusText: '已签收',
      orderIds: ['MB100002', 'MB100001'],
      events: restored.events,
      firstSeenAt: '2026-05-01T00:00:00.000Z',
      capturedAt: '2026-05-25T00:00:00.000Z',
    });
  });

  it('orders: a backup older than the stored row does not undo what the page said since; its corrections still apply', () => {
    const stored = order({ status: 'completed', capturedAt: '2026-03-20T00:00:00.000Z', overrides: { events: [], durations: {}, payment: { channel: 'card', network: 'visa' } } });
    const restored = order({ status: 'shipped', tracking: [{ number: 'LP00123456789012' }], firstSeenAt: '2026-02-27T00:00:00.000Z', overrides: { events: [], durations: { 'ae.protection.end': { amount: 75, unit: 'days' } } } });
    const merged = mergeOrders(stored, restored);
    expect(merged.status).toBe('completed');
    expect(merged.tracking).toEqual([{ number: 'LP00123456789012' }]);
    expect(merged.firstSeenAt).toBe('2026-02-27T00:00:00.000Z');
    expect(merged.capturedAt).toBe('2026-03-20T00:00:00.000Z');
    expect(merged.overrides).toEqual({ events: [], durations: { 'ae.protection.end': { amount: 75, unit: 'days' } }, payment: { channel: 'card', network: 'visa' } });
  });

  it('marks: the later one', () => {
    const a = { id: 'd', state: 'done' as const, at: '2026-03-02T00:00:00.000Z' };
    const b = { id: 'd', state: 'dismissed' as const, at: '2026-03-01T00:00:00.000Z' };
    expect(mergeMarks(a, b)).toBe(a);
    expect(mergeMarks(b, a)).toBe(a);
  });
});
