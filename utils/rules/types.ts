import { z } from 'zod';
import { ConfidenceSchema, DeadlineKindSchema, EventKindSchema, SourceSchema } from '../model';

export const TextSchema = z.object({ en: z.string().min(1), zh: z.string().min(1) });

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

const RULE_ID = /^[a-z0-9]+(\.[a-z0-9_]+)+$/;

export const RuleSchema = z.object({
  id: z.string().regex(RULE_ID),
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

// ── Case stages ──────────────────────────────────────────────────────────────────────────────

/** Whose move a stage waits for: it decides what the user is told when the clock passes. */
export const ActorSchema = z.enum(['buyer', 'seller', 'platform', 'agent', 'payment', 'regulator']);
export type Actor = z.infer<typeof ActorSchema>;

const LengthSchema = z.object({ amount: z.number().positive(), unit: z.enum(['days', 'hours']) });

/** Where a stage's expected end comes from. */
export const StageClockSchema = z.discriminatedUnion('from', [
  /** The deadlines of these rules; the earliest one the order has wins (a 48 h clock before shipment, 5 days after). */
  z.object({ from: z.literal('rules'), rules: z.array(z.string().regex(RULE_ID)).min(1) }),
  /**
   * A figure only third parties state (agents.md §0.3): the stage shows it, marked as such, and turns
   * "overdue" past its longer end; it is never a deadline and never reminded about.
   */
  z.object({ from: z.literal('third_party'), rule: RuleSchema, least: LengthSchema }),
  /** The process has this step but no source states a clock for it: shown as "no clock known". */
  z.object({ from: z.literal('none'), sources: z.array(SourceSchema).min(1) }),
]);
export type StageClock = z.infer<typeof StageClockSchema>;

/** One step of a dispute: it begins with an event, ends with another, and may have a clock. */
export const StageSchema = z.object({
  id: z.string().regex(RULE_ID),
  name: TextSchema,
  actor: ActorSchema,
  startsOn: EventKindSchema,
  /** Any of these, dated no earlier than the start (or proved by the status), ends the stage. */
  doneOn: z.array(EventKindSchema).min(1),
  clock: StageClockSchema,
  /** What happens, and what the user should do, when the clock passes without the move. */
  ifMissed: TextSchema,
});
export type Stage = z.infer<typeof StageSchema>;

/** A platform's dispute process: its stages in the order a case meets them. */
export const FlowSchema = z.object({
  id: z.string().regex(RULE_ID),
  platform: z.string().min(1),
  name: TextSchema,
  stages: z.array(StageSchema).min(1),
});
export type Flow = z.infer<typeof FlowSchema>;

// ── Escalation ladder ────────────────────────────────────────────────────────────────────────

/** The rungs a shopper climbs, in order (flows.md §2: seller, platform or agent, payment, consumer body). */
export const RungSchema = z.enum(['seller', 'platform', 'agent', 'payment', 'consumer_body']);
export type Rung = z.infer<typeof RungSchema>;

/**
 * One thing the shopper can do at a rung, and the rule windows that bound it for an order. A window
 * of kind 'opens' says when the step becomes possible; 'closes' windows say until when.
 */
export const LadderStepSchema = z.object({
  id: z.string().regex(RULE_ID),
  platform: z.string().min(1),
  rung: RungSchema,
  name: TextSchema,
  how: TextSchema,
  windows: z.array(z.string().regex(RULE_ID)),
  /** Events that mean the shopper took this step (the dispute was opened): the step is then behind them. */
  takenBy: z.array(EventKindSchema),
  /** Later readings of the same window (a legal outer bound, a network's outer limit): shown, never the safe day. */
  outer: z.array(z.string().regex(RULE_ID)),
  /** Without windows: why no date is shown, and where the step is described. */
  noClock: z.object({ why: TextSchema, sources: z.array(SourceSchema).min(1) }).optional(),
});
export type LadderStep = z.infer<typeof LadderStepSchema>;
