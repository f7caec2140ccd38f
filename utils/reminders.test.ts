import { describe, expect, it } from 'vitest';
import type { Deadline } from './model';
import { checkWindow, DEFAULT_KINDS, DEFAULT_LEADS, planReminders, reminderAt, reminderKey, type PlanInput } from './reminders';

const d = (id: string, dueAt: string, kind: Deadline['kind'] = 'closes'): Deadline => ({
  id: `aliexpress:${id}:ae.dispute.closes`,
  site: 'aliexpress',
  orderId: id,
  ruleId: 'ae.dispute.closes',
  kind,
  dueAt,
  from: 'completed',
  basis: 'computed',
  estimate: false,
  confidence: 'high',
  source: [{ title: 'x', seen: '2026' }],
});

const LONDON = 'Europe/London';
const plan = (over: Partial<PlanInput>) =>
  planReminders({ deadlines: [], fired: new Set(), now: new Date('2026-03-10T12:00:00Z'), lastCheckedAt: new Date('2026-03-10T11:00:00Z'), leads: DEFAULT_LEADS, kinds: DEFAULT_KINDS, userZone: LONDON, ...over });

describe('reminderAt', () => {
  it('counts hours before the deadline, and "on the day" is 09:00 in the user’s zone', () => {
    const due = Date.parse('2026-03-20T15:00:00Z');
    expect(new Date(reminderAt(due, { hoursBefore: 72 }, LONDON)).toISOString()).toBe('2026-03-17T15:00:00.000Z');
    expect(new Date(reminderAt(due, { onTheDay: true }, LONDON)).toISOString()).toBe('2026-03-20T09:00:00.000Z');
    // In summer time 09:00 London is 08:00Z; in Shanghai, 01:00Z.
    expect(new Date(reminderAt(Date.parse('2026-07-01T15:00:00Z'), { onTheDay: true }, LONDON)).toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(new Date(reminderAt(due, { onTheDay: true }, 'Asia/Shanghai')).toISOString()).toBe('2026-03-20T01:00:00.000Z');
  });

  it('a deadline before 09:00 is reminded of an hour before it', () => {
    expect(new Date(reminderAt(Date.parse('2026-03-20T06:00:00Z'), { onTheDay: true }, LONDON)).toISOString()).toBe('2026-03-20T05:00:00.000Z');
  });
});

describe('planReminders', () => {
  it('notifies once per deadline whose reminder is due, and schedules the next one', () => {
    const soon = d('1', '2026-03-11T15:00:00Z'); // 24 h reminder at 03-10 15:00: not yet; 72 h one passed
    const p = plan({ deadlines: [soon] });
    expect(p.notify.map((r) => [r.deadline.orderId, r.lead])).toEqual([['1', '72h']]);
    expect(p.settle).toEqual([reminderKey(soon, { hoursBefore: 72 })]);
    expect(new Date(p.nextAt!).toISOString()).toBe('2026-03-10T15:00:00.000Z');
  });

  it('never fires a settled reminder again (a restart, a service worker woken again)', () => {
    const soon = d('1', '2026-03-11T15:00:00Z');
    const first = plan({ deadlines: [soon] });
    const again = plan({ deadlines: [soon], fired: new Set(first.settle) });
    expect(again.notify).toEqual([]);
    expect(again.settle).toEqual([]);
  });

  it('after days away shows one notification per deadline (its latest reminder), settling the earlier ones', () => {
    const tomorrow = d('1', '2026-03-11T08:00:00Z'); // 72 h, 24 h and on-the-day (07:00Z) all... only 72 h and 24 h are due
    const p = plan({ deadlines: [tomorrow], lastCheckedAt: new Date('2026-03-01T00:00:00Z') });
    expect(p.notify.map((r) => r.lead)).toEqual(['24h']);
    expect(p.settle.sort()).toEqual([reminderKey(tomorrow, { hoursBefore: 24 }), reminderKey(tomorrow, { hoursBefore: 72 })].sort());
  });

  it('reports once the deadlines that passed while the browser was closed', () => {
    const passed = d('2', '2026-03-09T10:00:00Z');
    const p = plan({ deadlines: [passed], lastCheckedAt: new Date('2026-03-05T00:00:00Z') });
    expect(p.missed.map((x) => x.orderId)).toEqual(['2']);
    expect(p.notify).toEqual([]);
    expect(plan({ deadlines: [passed], lastCheckedAt: new Date('2026-03-05T00:00:00Z'), fired: new Set(p.settle) }).missed).toEqual([]);
  });

  it('on the very first run reports nothing as missed (old orders were not ours to remind of)', () => {
    expect(plan({ deadlines: [d('2', '2026-03-09T10:00:00Z')], lastCheckedAt: undefined }).missed).toEqual([]);
  });

  it('leaves out the kinds the user does not want reminders for, and undated deadlines', () => {
    const p = plan({ deadlines: [d('3', '2026-03-11T00:00:00Z', 'expected_by'), { ...d('4', '2026-03-11T00:00:00Z'), dueAt: undefined }] });
    expect([p.notify, p.settle, p.nextAt]).toEqual([[], [], undefined]);
  });

  it('a deadline moved later (a seller’s extension) gets its reminders again', () => {
    const before = d('5', '2026-03-12T12:00:00Z');
    const fired = new Set(plan({ deadlines: [before] }).settle);
    const moved = { ...before, dueAt: '2026-03-13T00:00:00Z' };
    expect(plan({ deadlines: [moved], fired, now: new Date('2026-03-10T12:00:00Z') }).notify.map((r) => r.lead)).toEqual(['72h']);
  });
});

describe('checkWindow', () => {
  it('looks from the last check to the longest lead ahead', () => {
    expect(checkWindow(new Date('2026-03-10T12:00:00Z'), new Date('2026-03-09T12:00:00Z'), DEFAULT_LEADS)).toEqual({ from: '2026-03-09T12:00:00.000Z', to: '2026-03-13T13:00:00.000Z' });
  });
});
