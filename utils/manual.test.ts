import { describe, expect, it } from 'vitest';
import { manualOrder } from './manual';
import { OrderReadSchema } from './model';
import { computeDeadlines } from './rules/engine';

describe('manualOrder', () => {
  it('an order at an agent we do not read gets its family’s clocks and its marketplace’s', () => {
    const o = manualOrder(
      { type: 'order.manual', site: 'kakobuy', orderId: 'KB20260301001', title: 'Hoodie', marketplace: 'weidian', events: [{ kind: 'warehouse_stored', at: '2026-03-01T10:00:00.000Z' }] },
      'Europe/Berlin',
    );
    expect(OrderReadSchema.parse(o)).toEqual(o);
    expect(o).toMatchObject({ site: 'kakobuy', status: 'delivered', agent: { family: 'generic' }, marketplace: { site: 'weidian' }, url: 'https://www.kakobuy.com/' });
    expect(o.events[0]).toEqual({ kind: 'warehouse_stored', at: '2026-03-01T10:00:00.000Z', dateOnly: false, zone: 'Europe/Berlin', text: 'set by hand' });
    const due = Object.fromEntries(computeDeadlines(o, { userZone: 'Europe/Berlin' }).map((d) => [d.ruleId, d.dueAt]));
    expect(due['gen.return.request']).toBe('2026-03-06T10:00:00.000Z');
    expect(Object.keys(due)).toContain('wd.7day.window');
  });

  it('the furthest date decides the status; a marketplace order has no agent', () => {
    const o = manualOrder({ type: 'order.manual', site: 'taobao', orderId: '4100000000000000009', events: [{ kind: 'paid', at: '2026-03-01T10:00:00.000Z' }, { kind: 'seller_shipped', at: '2026-03-02T10:00:00.000Z' }] }, 'UTC');
    expect([o.status, o.agent, o.items]).toEqual(['shipped', undefined, []]);
  });
});
