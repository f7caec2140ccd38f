import { hides, type Deadline, type DeadlineKind, type Order } from '../model';
import { checkWindow, planReminders, type Lead, type ReminderPlan } from '../reminders';
import type { RadarDB } from './index';

const LAST_CHECK = 'reminders.lastCheckedAt';
const DAY_MS = 86_400_000;

export interface ReminderCheck extends ReminderPlan {
  /** The orders the notifications name. */
  orders: Map<string, Order>;
  /** Deadlines due within 3 days, for the toolbar badge. */
  dueSoon: number;
}

/**
 * One reminder check, in one transaction: which reminders to show now, which deadlines passed
 * while the browser was closed, when to check next. What it settles is written before the caller
 * shows anything, so a crash between the two loses a reminder rather than repeating it forever.
 */
export async function checkReminders(db: RadarDB, now: Date, opts: { leads: readonly Lead[]; kinds: readonly DeadlineKind[]; userZone: string }): Promise<ReminderCheck> {
  return db.transaction('rw', [db.deadlines, db.reminders, db.state, db.orders, db.marks], async () => {
    const last = await db.state.get(LAST_CHECK);
    const lastCheckedAt = last ? new Date(last.value) : undefined;
    const { from, to } = checkWindow(now, lastCheckedAt, opts.leads);
    const inWindow: Deadline[] = await db.deadlines.where('dueAt').between(from, to, false, true).toArray();
    // Done, not relevant, or snoozed past now: no reminder.
    const marks = await db.marks.bulkGet(inWindow.map((d) => d.id));
    const deadlines = inWindow.filter((_, i) => !hides(marks[i], now));
    const keys = deadlines.length ? await db.reminders.where('key').startsWithAnyOf(deadlines.map((d) => `${d.id}|`)).primaryKeys() : [];
    const plan = planReminders({ deadlines, fired: new Set(keys), now, lastCheckedAt, ...opts });
    const firedAt = now.toISOString();
    await db.reminders.bulkPut(plan.settle.map((key) => ({ key, firedAt, dueAt: key.slice(key.lastIndexOf('|') + 1) })));
    await db.state.put({ key: LAST_CHECK, value: firedAt });
    // Reminders of deadlines long gone are of no use: keep the table small.
    await db.reminders.where('firedAt').below(new Date(now.getTime() - 60 * DAY_MS).toISOString()).delete();
    const named = [...plan.notify.map((r) => r.deadline), ...plan.missed];
    const orders = new Map<string, Order>();
    for (const d of named) {
      const o = await db.orders.get([d.site, d.orderId]);
      if (o) orders.set(`${d.site}:${d.orderId}`, o);
    }
    const dueSoon = await db.deadlines
      .where('dueAt')
      .between(now.toISOString(), new Date(now.getTime() + 3 * DAY_MS).toISOString(), false, true)
      .filter((d) => opts.kinds.includes(d.kind))
      .count();
    // Beyond the window the first deadline's earliest reminder is when to look again.
    const later = await db.deadlines
      .where('dueAt')
      .aboveOrEqual(to)
      .filter((d) => opts.kinds.includes(d.kind))
      .first();
    const earliestLead = Math.max(0, ...opts.leads.map((l) => ('hoursBefore' in l ? l.hoursBefore : 24))) * 3_600_000;
    const laterAt = later?.dueAt ? Date.parse(later.dueAt) - earliestLead : undefined;
    const nextAt = plan.nextAt === undefined ? laterAt : laterAt === undefined ? plan.nextAt : Math.min(plan.nextAt, laterAt);
    return { ...plan, nextAt, orders, dueSoon };
  });
}
