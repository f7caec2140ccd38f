import { describe, expect, it } from 'vitest';
import { mergeOrder } from './merge';
import type { OrderEvent, OrderRead } from './model';

const T0 = new Date('2026-03-01T00:00:00.000Z');
const T1 = new Date('2026-03-05T00:00:00.000Z');
const ev = (kind: OrderEvent['kind'], at: string, dateOnly = false): OrderEvent => ({ kind, at, dateOnly, zone: 'America/Los_Angeles' });

function read(p: Partial<OrderRead>): OrderRead {
  return {
    site: 'aliexpress',
    orderId: '3068481379959913',
    url: 'https://www.aliexpress.com/p/order/detail.html?orderId=3068481379959913',
    items: [],
    status: 'unknown',
    events: [],
    tracking: [],
    pageDeadlines: [],
    missing: [],
    ...p,
  };
}

describe('mergeOrder', () => {
  it('a first read becomes the order, stamped with when it was seen', () => {
    const o = mergeOrder(undefined, read({ status: 'shipped' }), T0);
    expect(o).toMatchObject({ status: 'shipped', firstSeenAt: T0.toISOString(), capturedAt: T0.toISOString() });
  });

  it('a field the new read lacks never erases one we had', () => {
    const old = mergeOrder(
      undefined,
      read({
        seller: { name: 'Shop A', id: '1103', url: 'https://www.aliexpress.com/store/1103' },
        total: { amount: 6.19, currency: 'USD', text: 'US $6.19' },
        status: 'shipped',
        statusText: 'Awaiting delivery',
        protectionDays: 60,
        items: [{ title: 'Cable', productId: '100', quantity: 2, unitPrice: { amount: 3, currency: 'USD', text: 'US $3.00' } }],
        tracking: [{ number: 'RI002972278CN', carrier: 'China Post Air Mail' }],
        events: [ev('seller_shipped', '2026-03-02T10:20:13.000Z')],
      }),
      T0,
    );
    const merged = mergeOrder(old, read({ items: [{ title: 'Cable', productId: '100' }], missing: ['seller', 'total', 'status'] }), T1);
    expect(merged.seller?.name).toBe('Shop A');
    expect(merged.total?.amount).toBe(6.19);
    expect(merged.status).toBe('shipped');
    expect(merged.statusText).toBe('Awaiting delivery');
    expect(merged.protectionDays).toBe(60);
    expect(merged.items).toEqual([{ title: 'Cable', productId: '100', quantity: 2, unitPrice: { amount: 3, currency: 'USD', text: 'US $3.00' } }]);
    expect(merged.tracking).toHaveLength(1);
    expect(merged.events).toHaveLength(1);
    expect(merged.firstSeenAt).toBe(T0.toISOString());
    expect(merged.capturedAt).toBe(T1.toISOString());
    // Nothing is missing from the record any more: the earlier read supplied it.
    expect(merged.missing).toEqual([]);
  });

  it('the newer status wins; an unreadable one does not', () => {
    const old = mergeOrder(undefined, read({ status: 'shipped', statusText: 'Awaiting delivery' }), T0);
    expect(mergeOrder(old, read({ status: 'completed', statusText: 'Completed' }), T1)).toMatchObject({ status: 'completed', statusText: 'Completed' });
    expect(mergeOrder(old, read({ status: 'unknown', statusText: 'Ожидает' }), T1)).toMatchObject({ status: 'shipped', statusText: 'Awaiting delivery' });
  });

  it('a precise time replaces a date that covers it, never the reverse', () => {
    const dateOnly = ev('ordered', '2026-02-21T08:00:00.000Z', true);
    const exact = ev('ordered', '2026-02-21T19:02:00.000Z');
    const a = mergeOrder(mergeOrder(undefined, read({ events: [dateOnly] }), T0), read({ events: [exact] }), T1);
    expect(a.events).toEqual([exact]);
    const b = mergeOrder(mergeOrder(undefined, read({ events: [exact] }), T0), read({ events: [dateOnly] }), T1);
    expect(b.events).toEqual([exact]);
  });

  it('repeatable events accumulate, single ones are corrected', () => {
    const o = mergeOrder(undefined, read({ events: [ev('dispute_opened', '2026-03-02T00:00:00.000Z'), ev('seller_shipped', '2026-03-01T00:00:00.000Z')] }), T0);
    const m = mergeOrder(o, read({ events: [ev('dispute_opened', '2026-03-09T00:00:00.000Z'), ev('seller_shipped', '2026-03-01T06:00:00.000Z')] }), T1);
    expect(m.events.filter((e) => e.kind === 'dispute_opened')).toHaveLength(2);
    expect(m.events.filter((e) => e.kind === 'seller_shipped').map((e) => e.at)).toEqual(['2026-03-01T06:00:00.000Z']);
  });

  it('keeps items only an earlier read saw, and fills item fields from them', () => {
    const o = mergeOrder(undefined, read({ items: [{ title: 'A', productId: '1', imageUrl: 'https://ae-pic-a1.aliexpress-media.com/kf/a.jpg' }, { title: 'B', productId: '2' }] }), T0);
    const m = mergeOrder(o, read({ items: [{ title: 'A', productId: '1', quantity: 3 }] }), T1);
    expect(m.items).toEqual([{ title: 'A', productId: '1', quantity: 3, imageUrl: 'https://ae-pic-a1.aliexpress-media.com/kf/a.jpg' }, { title: 'B', productId: '2' }]);
  });

  it('two options of one product stay two items; a read without options fills the item it names', () => {
    const o = mergeOrder(undefined, read({ items: [{ title: 'Tee', productId: '9', sku: 'S' }, { title: 'Tee', productId: '9', sku: 'M' }] }), T0);
    const m = mergeOrder(o, read({ items: [{ title: 'Tee', productId: '9', sku: 'M', quantity: 2 }, { title: 'Tee', productId: '9', sku: 'S', quantity: 1 }] }), T1);
    expect(m.items).toEqual([
      { title: 'Tee', productId: '9', sku: 'M', quantity: 2 },
      { title: 'Tee', productId: '9', sku: 'S', quantity: 1 },
    ]);
    const bare = mergeOrder(undefined, read({ items: [{ title: 'Cap', productId: '7' }] }), T0);
    expect(mergeOrder(bare, read({ items: [{ title: 'Cap', productId: '7', sku: 'Red' }] }), T1).items).toEqual([{ title: 'Cap', productId: '7', sku: 'Red' }]);
  });

  it('QC photos keep the time they were first seen', () => {
    const first = { url: 'https://si.geilicdn.com/qc1.jpg', seenAt: '2026-03-01T00:00:00.000Z' };
    const o = mergeOrder(undefined, read({ items: [{ title: 'Tee', productId: '9', qcPhotos: [first] }] }), T0);
    const again = { url: first.url, seenAt: '2026-03-05T00:00:00.000Z' };
    const second = { url: 'https://si.geilicdn.com/qc2.jpg', seenAt: '2026-03-05T00:00:00.000Z' };
    expect(mergeOrder(o, read({ items: [{ title: 'Tee', productId: '9', qcPhotos: [again, second] }] }), T1).items[0]?.qcPhotos).toEqual([first, second]);
  });

  it('reports as missing only what the record still lacks', () => {
    const o = mergeOrder(undefined, read({ items: [{ title: 'A' }] }), T0);
    const m = mergeOrder(o, read({ missing: ['items', 'items[0].unitPrice', 'events.paid', 'seller'] }), T1);
    expect(m.missing).toEqual(['items[0].unitPrice', 'events.paid', 'seller']);
  });

  it('a re-read page countdown replaces the old one', () => {
    const o = mergeOrder(undefined, read({ pageDeadlines: [{ ruleId: 'ae.protection.end', due: '2026-04-01T00:00:00.000Z', text: 'a' }] }), T0);
    const m = mergeOrder(o, read({ pageDeadlines: [{ ruleId: 'ae.protection.end', due: '2026-04-03T00:00:00.000Z', text: 'b' }] }), T1);
    expect(m.pageDeadlines).toEqual([{ ruleId: 'ae.protection.end', due: '2026-04-03T00:00:00.000Z', text: 'b' }]);
  });
});

describe('overrides survive re-capture', () => {
  it('a page read never touches what the user set', () => {
    const overrides = { events: [ev('completed', '2026-04-01T00:00:00.000Z')], durations: { 'ae.protection.end': { amount: 75, unit: 'days' as const } } };
    const old = { ...mergeOrder(undefined, read({ status: 'shipped' }), T0), overrides };
    expect(mergeOrder(old, read({ status: 'completed', events: [ev('completed', '2026-04-02T00:00:00.000Z')] }), T1).overrides).toEqual(overrides);
  });
});
