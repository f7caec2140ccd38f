import { z } from 'zod';
import { ConfidenceSchema, DeadlineKindSchema, EventKindSchema, SourceSchema } from '../model';

const TextSchema = z.object({ en: z.string().min(1), zh: z.string().min(1) });

/**
 * How a duration is counted (`../shared/research/rules.md` §1, "Counting modes"). The walking
 * skeleton needs only E; the other modes land with the rules that use them.
 */
export const CountingModeSchema = z.enum([
  /** Elapsed: start instant + N × 24 h (or N h). Zone-independent. */
  'E',
]);

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
  /** Zone the platform counts in; null for elapsed timers, which need none. */
  zone: z.string().nullable(),
  atExpiry: TextSchema,
  sources: z.array(SourceSchema).min(1),
  confidence: ConfidenceSchema,
  /** Not confirmed by an official or first-hand source: the UI says "estimate". */
  estimate: z.boolean(),
});
export type Rule = z.infer<typeof RuleSchema>;
