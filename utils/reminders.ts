import { Temporal } from 'temporal-polyfill';
import type { Deadline, DeadlineKind } from './model';

/**
 * When to remind about a deadline: so many hours before it, or on its day (09:00 in the user's
 * zone, or an hour before it when it falls earlier than that).
 */
export type Lead = { hoursBefore: number } | { onTheDay: true };

/** Issue defaults: three days and one day before, and on the day. */
export const DEFAULT_LEADS: readonly Lead[] = [{ hoursBefore: 72 }, { hoursBefore: 24 }, { onTheDay: true }];

/**
 * Clocks the shopper must act on or lose something. "Expected by" clocks (the seller should ship, a
 * refund should arrive) are shown, not reminded about: missing them costs the other side.
 */
export const DEFAULT_KINDS: readonly DeadlineKind[] = ['opens', 'closes', 'response_clock', 'auto_action', 'storage_ends'];

const HOUR_MS = 3_600_000;
const ON_THE_DAY_HOUR = 9;

export const leadName = (l: Lead): string => ('hoursBefore' in l ? `${l.hoursBefore}h` : 'day');

/** The instant a lead reminds at, for a deadline due at `dueMs`. */
export function reminderAt(dueMs: number, lead: Lead, userZone: string): number {
  if ('hoursBefore' in lead) return dueMs - lead.hoursBefore * HOUR_MS;
  const day = Temporal.Instant.fromEpochMilliseconds(dueMs).toZonedDateTimeISO(userZone).toPlainDate();
  const morning = day.toZonedDateTime({ timeZone: userZone, plainTime: Temporal.PlainTime.from({ hour: ON_THE_DAY_HOUR }) }).epochMilliseconds;
  return Math.min(morning, dueMs - HOUR_MS);
}

/** One reminder of one deadline: its key stays the same until the deadline's date changes. */
export interface Reminder {
  key: string;
  deadline: Deadline;
  lead: string;
  at: number;
}

export const reminderKey = (d: Pick<Deadline, 'id' | 'dueAt'>, lead: Lead) => `${d.id}|${leadName(lead)}|${d.dueAt}`;

export interface ReminderPlan {
  /** One notification per deadline: its latest reminder that is due (earlier ones of it are folded in). */
  notify: Reminder[];
  /** Deadlines that passed while we were not running (since `lastCheckedAt`) without any reminder firing: reported once, together. */
  missed: Deadline[];
  /** Every reminder key this check settles: written as fired, so no restart repeats them. */
  settle: string[];
  /** When the next reminder is due, for the alarm. */
  nextAt?: number | undefined;
}

export interface PlanInput {
  /** Deadlines due after `lastCheckedAt` (or now), up to the longest lead ahead. */
  deadlines: readonly Deadline[];
  fired: ReadonlySet<string>;
  now: Date;
  /** When the last check ran; undefined on the first run ever (nothing is "missed" before we existed). */
  lastCheckedAt: Date | undefined;
  leads: readonly Lead[];
  kinds: readonly DeadlineKind[];
  userZone: string;
}

/**
 * What the reminder check should do now: pure, so restarts, shutdowns and missed days are tested
 * without a browser. A reminder fires once: its key is settled whether it was shown or folded in.
 */
export function planReminders({ deadlines, fired, now, lastCheckedAt, leads, kinds, userZone }: PlanInput): ReminderPlan {
  const nowMs = now.getTime();
  const notify: Reminder[] = [];
  const missed: Deadline[] = [];
  const settle: string[] = [];
  let nextAt: number | undefined;
  for (const d of deadlines) {
    if (!d.dueAt || !kinds.includes(d.kind)) continue;
    const dueMs = Date.parse(d.dueAt);
    const open = leads.map((lead) => ({ key: reminderKey(d, lead), lead: leadName(lead), at: reminderAt(dueMs, lead, userZone) })).filter((r) => !fired.has(r.key));
    const ready = open.filter((r) => r.at <= nowMs);
    for (const r of open) if (r.at > nowMs && (nextAt === undefined || r.at < nextAt)) nextAt = r.at;
    if (!ready.length) continue;
    settle.push(...ready.map((r) => r.key));
    if (dueMs > nowMs) {
      const latest = ready.reduce((a, b) => (b.at > a.at ? b : a));
      notify.push({ ...latest, deadline: d });
    } else if (lastCheckedAt && dueMs > lastCheckedAt.getTime()) {
      // It passed while the browser was closed, before its reminders could show.
      missed.push(d);
    }
  }
  notify.sort((a, b) => a.at - b.at);
  return { notify, missed, settle, nextAt };
}

/** The deadlines a check must look at: due after the last check (or now), up to the longest lead ahead. */
export function checkWindow(now: Date, lastCheckedAt: Date | undefined, leads: readonly Lead[]): { from: string; to: string } {
  const ahead = Math.max(24, ...leads.map((l) => ('hoursBefore' in l ? l.hoursBefore : 24))) * HOUR_MS + HOUR_MS;
  return { from: (lastCheckedAt ?? now).toISOString(), to: new Date(now.getTime() + ahead).toISOString() };
}
