import { describe, expect, it } from 'vitest';
import type { OrderEvent, OrderRead } from '../model';
import { compareDeadlines, computeDeadlines, deadlineState, nextDeadline } from './engine';

const ev = (kind: OrderEvent['kind'], at: string, dateOnly = false): OrderEvent => ({
  kind,
  at,
  dateOnly,
  zone: 'America/Los_Angeles',
});

function order(p: Partial<OrderRead>): OrderRead {
  return {
    site: 'aliexpress',
    orderId: '8208460785972844',
    url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8208460785972844',
    items: [],
    status: 'shipped',
    events: [],
    tracking: [],
    pageDeadlines: [],
    missing: [],
    ...p,
  };
}

const due = (o: OrderRead) => Object.fromEntries(computeDeadlines(o).map((d) => [d.ruleId, d.dueAt ?? `missing:${d.missing}`]));

describe('AliExpress deadlines', () => {
  it.each([
    {
      name: 'shipped order with a 60-day protection promise',
      o: order({ events: [ev('seller_shipped', '2026-03-06T15:30:00.000Z')], protectionDays: 60 }),
      want: { 'ae.protection.end': '2026-05-05T15:30:00.000Z', 'ae.dispute.opens': '2026-03-16T15:30:00.000Z', 'ae.dispute.closes': 'missing:completed' },
    },
    {
      name: 'shipment date unknown: clocks shown as unknown, not guessed',
      o: order({ status: 'shipped' }),
      want: { 'ae.protection.end': 'missing:seller_shipped', 'ae.dispute.opens': 'missing:seller_shipped', 'ae.dispute.closes': 'missing:completed' },
    },
    {
      name: 'protection length not on the page',
      o: order({ events: [ev('seller_shipped', '2026-03-06T15:30:00.000Z')] }),
      want: { 'ae.protection.end': 'missing:protectionDays', 'ae.dispute.opens': '2026-03-16T15:30:00.000Z', 'ae.dispute.closes': 'missing:completed' },
    },
    {
      name: 'completed order: protection over, 15 days left to dispute',
      o: order({ status: 'completed', events: [ev('seller_shipped', '2026-03-06T15:30:00.000Z'), ev('completed', '2026-04-01T08:00:00.000Z')], protectionDays: 60 }),
      want: { 'ae.dispute.opens': '2026-03-16T15:30:00.000Z', 'ae.dispute.closes': '2026-04-16T08:00:00.000Z' },
    },
    {
      name: 'open dispute: response clocks apply, opening clocks end',
      o: order({ status: 'in_dispute', events: [ev('seller_shipped', '2026-03-06T15:30:00.000Z'), ev('dispute_opened', '2026-03-20T10:00:00.000Z')], protectionDays: 60 }),
      want: { 'ae.protection.end': '2026-05-05T15:30:00.000Z', 'ae.seller.response': '2026-03-25T10:00:00.000Z', 'ae.platform.intervene': '2026-03-27T10:00:00.000Z' },
    },
    {
      name: 'a dispute reopened counts from its latest opening',
      o: order({ status: 'in_dispute', events: [ev('dispute_opened', '2026-03-20T10:00:00.000Z'), ev('dispute_opened', '2026-04-02T10:00:00.000Z')] }),
      want: { 'ae.protection.end': 'missing:seller_shipped', 'ae.seller.response': '2026-04-07T10:00:00.000Z', 'ae.platform.intervene': '2026-04-09T10:00:00.000Z' },
    },
    {
      name: 'agreed return: ship it within 10 days',
      o: order({ status: 'in_dispute', events: [ev('dispute_opened', '2026-03-20T10:00:00.000Z'), ev('seller_responded', '2026-03-21T10:00:00.000Z'), ev('return_agreed', '2026-03-21T10:00:00.000Z')] }),
      want: { 'ae.protection.end': 'missing:seller_shipped', 'ae.platform.intervene': '2026-03-27T10:00:00.000Z', 'ae.return.ship': '2026-03-31T10:00:00.000Z' },
    },
    { name: 'cancelled order has no clocks', o: order({ status: 'cancelled', events: [ev('seller_shipped', '2026-03-06T15:30:00.000Z')] }), want: {} },
  ])('$name', ({ o, want }) => {
    expect(due(o)).toEqual(want);
  });

  it('the page’s own clock wins and the computed one is kept as a cross-check', () => {
    const o = order({
      events: [ev('seller_shipped', '2026-03-06T15:30:00.000Z')],
      protectionDays: 60,
      pageDeadlines: [{ ruleId: 'ae.protection.end', due: '2026-05-07T00:00:00.000Z', text: '42 days left' }],
    });
    const d = computeDeadlines(o).find((x) => x.ruleId === 'ae.protection.end');
    expect(d).toMatchObject({ dueAt: '2026-05-07T00:00:00.000Z', basis: 'page', computedDueAt: '2026-05-05T15:30:00.000Z' });
  });

  it('elapsed clocks do not move with the machine’s zone or DST', () => {
    // 10 days across the US spring-forward (8 March 2026): still exactly 240 hours.
    const o = order({ events: [ev('seller_shipped', '2026-03-06T15:30:00.000Z')] });
    const zones = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Europe/Berlin', 'Pacific/Chatham'];
    const seen = new Set<string | undefined>();
    const saved = process.env.TZ;
    for (const tz of zones) {
      process.env.TZ = tz;
      seen.add(computeDeadlines(o).find((d) => d.ruleId === 'ae.dispute.opens')?.dueAt);
    }
    process.env.TZ = saved;
    expect([...seen]).toEqual(['2026-03-16T15:30:00.000Z']);
  });

  it('deadline ids are stable per order and rule', () => {
    const ids = computeDeadlines(order({})).map((d) => d.id);
    expect(ids).toContain('aliexpress:8208460785972844:ae.dispute.opens');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('deadline state and ordering', () => {
  const now = new Date('2026-03-10T00:00:00.000Z');
  it.each([
    [undefined, 'not_computable'],
    ['2026-03-09T23:59:59.000Z', 'passed'],
    ['2026-03-10T00:00:00.000Z', 'passed'],
    ['2026-03-12T23:00:00.000Z', 'due_soon'],
    ['2026-03-13T00:00:00.001Z', 'upcoming'],
  ] as const)('%s is %s', (dueAt, state) => {
    expect(deadlineState({ dueAt }, now)).toBe(state);
  });

  it('next deadline is the soonest one still open', () => {
    const ds = [{ dueAt: '2026-04-01T00:00:00.000Z' }, { dueAt: '2026-03-01T00:00:00.000Z' }, {}, { dueAt: '2026-03-20T00:00:00.000Z' }].map((d) => ({ ...d, ruleId: 'ae.dispute.opens' }));
    expect(nextDeadline(ds, now)?.dueAt).toBe('2026-03-20T00:00:00.000Z');
    expect(nextDeadline([{ dueAt: '2026-03-01T00:00:00.000Z', ruleId: 'ae.dispute.opens' }], now)).toBeUndefined();
  });

  it('sorts dated deadlines by due time and unknown ones in rule order', () => {
    const ds = [
      { ruleId: 'ae.dispute.closes' },
      { ruleId: 'ae.protection.end' },
      { ruleId: 'ae.dispute.opens', dueAt: '2026-03-20T00:00:00.000Z' },
      { ruleId: 'ae.dispute.opens', dueAt: '2026-03-02T00:00:00.000Z' },
    ];
    expect([...ds].sort(compareDeadlines)).toEqual([ds[3], ds[2], ds[1], ds[0]]);
  });
});
