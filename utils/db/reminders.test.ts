import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderRead } from '../model';
import { DEFAULT_KINDS, DEFAULT_LEADS } from '../reminders';
import { RadarDB } from './index';
import { saveOrderRead } from './orders';
import { checkReminders } from './reminders';

let db: RadarDB;
beforeEach(() => {
  db = new RadarDB(`reminders-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const opts = { leads: DEFAULT_LEADS, kinds: DEFAULT_KINDS, userZone: 'Europe/London' };
// Completed 2026-03-01 12:00Z: AliExpress's 15 × 24 h dispute window closes 03-16 12:00Z.
const completed: OrderRead = {
  site: 'aliexpress',
  orderId: '3068481379959913',
  url: 'https://www.aliexpress.com/p/order/detail.html?orderId=3068481379959913',
  items: [{ title: 'Cable' }],
  status: 'completed',
  events: [{ kind: 'completed', at: '2026-03-01T12:00:00.000Z', dateOnly: false, zone: 'America/Los_Angeles' }],
  tracking: [],
  pageDeadlines: [],
  missing: [],
};
const at = (iso: string) => new Date(iso);

describe('checkReminders', () => {
  it('fires each reminder once, across restarts (the state is in the database)', async () => {
    await saveOrderRead(db, completed, { now: at('2026-03-01T13:00:00Z'), userZone: 'Europe/London' });
    const first = await checkReminders(db, at('2026-03-02T00:00:00Z'), opts);
    expect(first.notify).toEqual([]);
    expect(new Date(first.nextAt!).toISOString()).toBe('2026-03-13T12:00:00.000Z');
    // Three days before: the 72 h reminder, naming the order.
    const r = await checkReminders(db, at('2026-03-13T12:05:00Z'), opts);
    expect(r.notify.map((x) => [x.deadline.ruleId, x.lead])).toEqual([['ae.dispute.closes', '72h']]);
    expect(r.orders.get('aliexpress:3068481379959913')?.items[0]?.title).toBe('Cable');
    expect(r.dueSoon).toBe(1);
    // The service worker wakes again a minute later: nothing new.
    expect((await checkReminders(db, at('2026-03-13T12:06:00Z'), opts)).notify).toEqual([]);
    // A fresh connection to the same database (a browser restart): still nothing.
    const reopened = new RadarDB(db.name);
    expect((await checkReminders(reopened, at('2026-03-13T12:07:00Z'), opts)).notify).toEqual([]);
    reopened.close();
  });

  it('a deadline that passed while the browser was closed is reported once, on the next start', async () => {
    await saveOrderRead(db, completed, { now: at('2026-03-01T13:00:00Z'), userZone: 'Europe/London' });
    await checkReminders(db, at('2026-03-02T00:00:00Z'), opts);
    // Closed from 03-02 to 03-20: the dispute window closed on 03-16 unseen.
    const back = await checkReminders(db, at('2026-03-20T09:00:00Z'), opts);
    expect(back.notify).toEqual([]);
    expect(back.missed.map((d) => d.ruleId)).toEqual(['ae.dispute.closes']);
    expect((await checkReminders(db, at('2026-03-20T09:01:00Z'), opts)).missed).toEqual([]);
  });

  it('a deadline marked done, or snoozed past the reminder, is not reminded of', async () => {
    await saveOrderRead(db, completed, { now: at('2026-03-01T13:00:00Z'), userZone: 'Europe/London' });
    await checkReminders(db, at('2026-03-02T00:00:00Z'), opts);
    const id = 'aliexpress:3068481379959913:ae.dispute.closes';
    await db.marks.put({ id, state: 'snoozed', until: '2026-03-14T00:00:00.000Z', at: '2026-03-13T00:00:00.000Z' });
    expect((await checkReminders(db, at('2026-03-13T12:05:00Z'), opts)).notify).toEqual([]);
    // The snooze ends: the reminder comes (its latest due lead).
    expect((await checkReminders(db, at('2026-03-14T00:05:00Z'), opts)).notify.map((r) => r.lead)).toEqual(['72h']);
    await db.marks.put({ id, state: 'done', at: '2026-03-14T01:00:00.000Z' });
    expect((await checkReminders(db, at('2026-03-15T12:05:00Z'), opts)).notify).toEqual([]);
  });
});
