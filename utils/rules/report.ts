import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { OrderEventSchema, OrderReadSchema, type Deadline, type DeadlineState } from '../model';
import { compareDeadlines, computeDeadlines, deadlineState } from './engine';
import { ruleById } from './index';

/**
 * Input of `npm run deadlines`: orders in the model's JSON form, whose event times may carry any
 * offset ("2026-03-06 23:30 China time" as `2026-03-06T23:30:00+08:00`); they are stored in UTC.
 */
const AnyOffsetEventSchema = OrderEventSchema.extend({
  at: z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString()),
});
const ReportOrderSchema = OrderReadSchema.extend({ events: z.array(AnyOffsetEventSchema).max(100) });

// A bare array is the same as `{ orders: [...] }`; one object schema gives errors with their paths.
export const ReportInputSchema = z.preprocess(
  (raw) => (Array.isArray(raw) ? { orders: raw } : raw),
  z.object({
    orders: z.array(ReportOrderSchema),
    now: z.iso.datetime({ offset: true }).optional(),
    userZone: z.string().min(1).optional(),
  }),
);
export type ReportInput = z.input<typeof ReportInputSchema>;

export interface ReportRow {
  site: string;
  orderId: string;
  ruleId: string;
  name: string;
  kind: Deadline['kind'];
  state: DeadlineState;
  /** UTC instant, and the same instant in the user's zone with its offset. */
  dueAt: string | null;
  dueLocal: string | null;
  from: Deadline['from'];
  fromAt: string | null;
  missing: string | null;
  basis: Deadline['basis'];
  estimate: boolean;
  confidence: Deadline['confidence'];
  source: Deadline['source'];
}

export interface Report {
  now: string;
  userZone: string;
  deadlines: ReportRow[];
}

/** Every deadline of every order, as support and tests read them. Throws a ZodError on bad input. */
export function deadlineReport(raw: unknown, defaults: { now: Date; userZone: string }): Report {
  const input = ReportInputSchema.parse(raw);
  const { orders } = input;
  const now = input.now ? new Date(input.now) : defaults.now;
  const userZone = input.userZone ?? defaults.userZone;
  // An unknown zone fails here, once, rather than as "Invalid Date" in every row.
  new Intl.DateTimeFormat('en', { timeZone: userZone });
  const rows = orders.flatMap((o) =>
    computeDeadlines(o, { userZone })
      .sort(compareDeadlines)
      .map(
        (d): ReportRow => ({
          site: d.site,
          orderId: d.orderId,
          ruleId: d.ruleId,
          name: ruleById.get(d.ruleId)?.name.en ?? d.ruleId,
          kind: d.kind,
          state: deadlineState(d, now),
          dueAt: d.dueAt ?? null,
          dueLocal: d.dueAt ? Temporal.Instant.from(d.dueAt).toZonedDateTimeISO(userZone).toString({ fractionalSecondDigits: 3, timeZoneName: 'never' }) : null,
          from: d.from,
          fromAt: d.fromAt ?? null,
          missing: d.missing ?? null,
          basis: d.basis,
          estimate: d.estimate,
          confidence: d.confidence,
          source: d.source,
        }),
      ),
  );
  return { now: now.toISOString(), userZone, deadlines: rows };
}
