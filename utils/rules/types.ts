import { z } from 'zod';
import { ConfidenceSchema, DeadlineKindSchema, EventKindSchema, SourceSchema } from '../model';

const TextSchema = z.object({ en: z.string().min(1), zh: z.string().min(1) });

/** How a duration is counted (`../shared/research/rules.md` §1, "Counting modes"; counting.ts). */
export const CountingModeSchema = z.enum([
  /** Elapsed: start instant + N × 24 h (or N h). Zone-independent. */
  'E',
  /** Next-day calendar window: opens 00:00 after the event's date, lasts N whole days. */
  'D',
  /** D with the Chinese legal holiday extension (Civil Code art. 203): the legal outer bound. */
  'DL',
  /** Calendar days from the event's date (day 0). */
  'C',
  /** C with a last day on a weekend or holiday moved to the next working day (Reg. 1182/71 art. 3(4)). */
  'CW',
  /** Start rounded up to the next full hour, then N hours. */
  'H',
  /** Chinese working days of the official calendar, from the day after the event. */
  'B',
]);
export type CountingMode = z.infer<typeof CountingModeSchema>;

/** Modes that count whole days of a calendar; E counts days or hours, H hours only. */
const DAY_MODES: ReadonlySet<CountingMode> = new Set(['D', 'DL', 'C', 'CW', 'B']);

/** Whether a mode can count a length in this unit (a rule's own, or one the user set). */
export function unitFits(mode: CountingMode, unit: 'days' | 'hours'): boolean {
  return mode === 'E' || (mode === 'H' ? unit === 'hours' : unit === 'days' && DAY_MODES.has(mode));
}

export const DurationSchema = z.discriminatedUnion('from', [
  z.object({ from: z.literal('fixed'), amount: z.number().positive(), unit: z.enum(['days', 'hours']) }),
  /** The page states the number per order (AliExpress protection: "not received in 60 days"). */
  z.object({ from: z.literal('order'), field: z.literal('protectionDays'), unit: z.literal('days') }),
]);
export type Duration = z.infer<typeof DurationSchema>;

export const RuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(\.[a-z0-9_]+)+$/),
  platform: z.string().min(1),
  name: TextSchema,
  kind: DeadlineKindSchema,
  duration: DurationSchema,
  startsFrom: EventKindSchema,
  /**
   * 'always': every order of the platform has this clock; a missing start date shows as unknown.
   * 'event': the clock exists only once its start event happened (a dispute's response clocks).
   */
  appliesWhen: z.enum(['always', 'event']),
  /** Once any of these events is recorded the clock no longer matters (protection ends at completion). */
  endedBy: z.array(EventKindSchema),
  mode: CountingModeSchema,
  /**
   * Zone the rule counts in: an IANA zone (Asia/Shanghai for Chinese platforms), 'user' for rules on
   * the consumer's own calendar (PayPal, cards, EU law), null for elapsed timers, which need none.
   */
  zone: z.string().min(1).nullable(),
  atExpiry: TextSchema,
  sources: z.array(SourceSchema).min(1),
  confidence: ConfidenceSchema,
  /** Not confirmed by an official or first-hand source: the UI says "estimate". */
  estimate: z.boolean(),
});
export type Rule = z.infer<typeof RuleSchema>;

/** The checks a rule file cannot express in types: a unit its mode can count, and a zone where one is needed. */
export const CheckedRuleSchema = RuleSchema.superRefine((rule, ctx) => {
  if (!unitFits(rule.mode, rule.duration.unit)) ctx.addIssue({ code: 'custom', message: `mode ${rule.mode} cannot count ${rule.duration.unit}` });
  if (rule.mode !== 'E' && rule.zone === null) ctx.addIssue({ code: 'custom', message: `mode ${rule.mode} needs a zone` });
});
