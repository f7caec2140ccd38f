import { describe, expect, it } from 'vitest';
import type { OrderEvent, OrderRead } from '../model';
import { compareDeadlines, computeDeadlines, deadlineState, nextDeadline, pageDisagreement } from './engine';
import { CheckedRuleSchema, type Rule } from './types';

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

const due = (o: OrderRead) => Object.fromEntries(computeDeadlines(o, { userZone: 'America/New_York' }).map((d) => [d.ruleId, d.dueAt ?? `missing:${d.missing}`]));

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
    const d = computeDeadlines(o, { userZone: 'America/New_York' }).find((x) => x.ruleId === 'ae.protection.end');
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
      seen.add(computeDeadlines(o, { userZone: 'America/New_York' }).find((d) => d.ruleId === 'ae.dispute.opens')?.dueAt);
    }
    process.env.TZ = saved;
    expect([...seen]).toEqual(['2026-03-16T15:30:00.000Z']);
  });

  it('deadline ids are stable per order and rule', () => {
    const ids = computeDeadlines(order({}), { userZone: 'UTC' }).map((d) => d.id);
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

describe('counting modes through the engine', () => {
  const base: Rule = {
    id: 'test.window',
    platform: 'aliexpress',
    name: { en: 'Test window', zh: '测试' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 7, unit: 'days' },
    startsFrom: 'signed_for',
    appliesWhen: 'always',
    endedBy: [],
    mode: 'D',
    zone: 'Asia/Shanghai',
    atExpiry: { en: 'x', zh: 'x' },
    sources: [{ title: 'rules.md §1', seen: '2026-11' }],
    confidence: 'high',
    estimate: false,
  };
  const run = (rule: Partial<Rule>, at: string, userZone = 'UTC') => {
    const r = CheckedRuleSchema.parse({ ...base, ...rule });
    const [d] = computeDeadlines(order({ events: [ev(r.startsFrom, at)] }), { userZone, rules: [r] });
    return { dueAt: d?.dueAt, estimate: d?.estimate };
  };

  it.each([
    // Signed 23:58 CST on 3 March: the 7 days run 4–10 March, closing at 00:00 CST on 11 March.
    ['D', { mode: 'D' }, '2026-03-03T15:58:00.000Z', '2026-03-10T16:00:00.000Z', false],
    // Signed 24 Sep (CST): the last day, 1 Oct, is National Day; the legal reading moves it to 8 Oct.
    ['D', { mode: 'D' }, '2026-09-24T04:00:00.000Z', '2026-10-01T16:00:00.000Z', false],
    ['DL', { mode: 'DL' }, '2026-09-24T04:00:00.000Z', '2026-10-08T16:00:00.000Z', false],
    // Approved Tue 24 Feb 2026: 7 working days end Wed 4 Mar (Sat 28 Feb is a make-up workday).
    ['B', { mode: 'B' }, '2026-02-24T02:00:00.000Z', '2026-03-04T16:00:00.000Z', false],
    // Five working days from 30 Dec 2026 run into 2027, whose calendar is not published: an estimate.
    ['B into 2027', { mode: 'B', duration: { from: 'fixed', amount: 5, unit: 'days' } }, '2026-12-30T02:00:00.000Z', '2027-01-06T16:00:00.000Z', true],
    // Stocked in 05:17 CST: the 120 hours start at 06:00 CST.
    ['H', { mode: 'H', duration: { from: 'fixed', amount: 120, unit: 'hours' } }, '2026-03-02T21:17:00.000Z', '2026-03-07T22:00:00.000Z', false],
  ] as const)('%s', (_name, rule, at, want, estimate) => {
    expect(run(rule as Partial<Rule>, at)).toEqual({ dueAt: want, estimate });
  });

  it('rules on the consumer’s calendar count in the user’s zone', () => {
    // Paid 19:00 on 15 Jan in Los Angeles (already 16 Jan in UTC); 180 days → last day 14 Jul there.
    const paypal: Partial<Rule> = { mode: 'C', zone: 'user', startsFrom: 'paid', duration: { from: 'fixed', amount: 180, unit: 'days' } };
    expect(run(paypal, '2026-01-16T03:00:00.000Z', 'America/Los_Angeles').dueAt).toBe('2026-07-15T07:00:00.000Z');
    expect(run(paypal, '2026-01-16T03:00:00.000Z', 'UTC').dueAt).toBe('2026-07-16T00:00:00.000Z');
  });

  it('a rule whose mode cannot count its unit is rejected', () => {
    expect(() => CheckedRuleSchema.parse({ ...base, mode: 'B', duration: { from: 'fixed', amount: 48, unit: 'hours' } })).toThrow(/cannot count hours/);
    expect(() => CheckedRuleSchema.parse({ ...base, mode: 'D', zone: null })).toThrow(/needs a zone/);
  });
});

describe('the user’s own dates and lengths', () => {
  const shipped = ev('seller_shipped', '2026-03-06T15:30:00.000Z');
  const userShipped = { ...ev('seller_shipped', '2026-03-08T00:00:00.000Z'), text: 'set by hand' };
  const find = (o: Parameters<typeof computeDeadlines>[0], id: string) => computeDeadlines(o, { userZone: 'UTC' }).find((d) => d.ruleId === id);

  it('a date the user set replaces the page’s date of that kind', () => {
    const o = { ...order({ events: [shipped], protectionDays: 60 }), overrides: { events: [userShipped], durations: {} } };
    expect(find(o, 'ae.dispute.opens')).toMatchObject({ dueAt: '2026-03-18T00:00:00.000Z', fromAt: '2026-03-08T00:00:00.000Z', basis: 'user' });
  });

  it('a date the page never showed makes a clock computable', () => {
    const o = { ...order({ status: 'completed' }), overrides: { events: [ev('completed', '2026-04-01T00:00:00.000Z')], durations: {} } };
    expect(find(o, 'ae.dispute.closes')).toMatchObject({ dueAt: '2026-04-16T00:00:00.000Z', basis: 'user' });
  });

  it('a length the user set (an extension the seller granted) wins over the page’s countdown', () => {
    const o = {
      ...order({ events: [shipped], protectionDays: 60, pageDeadlines: [{ ruleId: 'ae.protection.end', due: '2026-05-05T15:30:00.000Z', text: 'countdown' }] }),
      overrides: { events: [], durations: { 'ae.protection.end': { amount: 75, unit: 'days' as const } } },
    };
    expect(find(o, 'ae.protection.end')).toMatchObject({ dueAt: '2026-05-20T15:30:00.000Z', basis: 'user' });
    // Other clocks are untouched.
    expect(find(o, 'ae.dispute.opens')).toMatchObject({ dueAt: '2026-03-16T15:30:00.000Z', basis: 'computed' });
  });
});

describe('page clock against our computation', () => {
  it.each([
    ['agree to the second', '2026-05-05T15:30:00.000Z', '2026-05-05T15:30:00.000Z', undefined],
    ['a capture lag of seconds', '2026-05-05T15:30:20.000Z', '2026-05-05T15:30:00.000Z', undefined],
    ['page two days later (extension granted)', '2026-05-07T15:30:00.000Z', '2026-05-05T15:30:00.000Z', 2 * 86_400_000],
    ['page an hour earlier', '2026-05-05T14:30:00.000Z', '2026-05-05T15:30:00.000Z', -3_600_000],
  ])('%s', (_n, dueAt, computedDueAt, want) => {
    expect(pageDisagreement({ basis: 'page', dueAt, computedDueAt })).toBe(want);
  });

  it('only page clocks with a computed cross-check can disagree', () => {
    expect(pageDisagreement({ basis: 'computed', dueAt: '2026-05-05T15:30:00.000Z' })).toBeUndefined();
    expect(pageDisagreement({ basis: 'page', dueAt: '2026-05-05T15:30:00.000Z' })).toBeUndefined();
  });
});
