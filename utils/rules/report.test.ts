import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import example from '../../tests/fixtures/deadlines/aliexpress-orders.json';
import { deadlineReport } from './report';

const defaults = { now: new Date('2030-01-01T00:00:00Z'), userZone: 'UTC' };

describe('deadlineReport', () => {
  const report = deadlineReport(example, defaults);
  const row = (orderId: string, ruleId: string) => report.deadlines.find((d) => d.orderId === orderId && d.ruleId === ruleId);

  it('takes now and the user zone from the file when given', () => {
    expect(report.now).toBe('2026-03-10T04:00:00.000Z');
    expect(report.userZone).toBe('Europe/London');
  });

  it('reads event times in any offset and reports UTC and the user’s local time', () => {
    // Shipped 23:30 China time on 6 March = 15:30 UTC; 10 elapsed days later.
    expect(row('3071845526021947', 'ae.dispute.opens')).toMatchObject({
      fromAt: '2026-03-06T15:30:00.000Z',
      dueAt: '2026-03-16T15:30:00.000Z',
      dueLocal: '2026-03-16T15:30:00.000+00:00',
      state: 'upcoming',
    });
    // 60 days of protection end on 5 May, when London is on summer time.
    expect(row('3071845526021947', 'ae.protection.end')).toMatchObject({ dueAt: '2026-05-05T15:30:00.000Z', dueLocal: '2026-05-05T16:30:00.000+01:00' });
  });

  it('states are relative to now', () => {
    // Completed 1 March 09:00 Pacific = 17:00 UTC; 15 days later, 6½ days after "now", then 1 day 17 h after 15 March.
    expect(row('3070112345678901', 'ae.dispute.closes')).toMatchObject({ dueAt: '2026-03-16T17:00:00.000Z', state: 'upcoming' });
    expect(deadlineReport({ ...example, now: '2026-03-15T00:00:00Z' }, defaults).deadlines.find((d) => d.ruleId === 'ae.dispute.closes' && d.dueAt)?.state).toBe('due_soon');
    expect(row('3071845526021947', 'ae.dispute.closes')).toMatchObject({ dueAt: null, missing: 'completed', state: 'not_computable' });
  });

  it('a bare array uses the defaults', () => {
    const r = deadlineReport(example.orders, defaults);
    expect(r.userZone).toBe('UTC');
    expect(r.deadlines.every((d) => d.state === 'passed' || d.state === 'not_computable')).toBe(true);
  });

  it('rejects bad input with the reason', () => {
    expect(() => deadlineReport({ orders: [{ ...example.orders[0], orderId: '' }] }, defaults)).toThrow(ZodError);
    expect(() => deadlineReport([{ ...example.orders[0], events: [{ kind: 'seller_shipped', at: '6 March', dateOnly: false, zone: 'UTC' }] }], defaults)).toThrow(ZodError);
    expect(() => deadlineReport({ orders: [], userZone: 'Mars/Olympus' }, defaults)).toThrow(RangeError);
  });
});
