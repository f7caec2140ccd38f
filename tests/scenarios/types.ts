import type { AgentFamily, ConsumerRegion, EventKind, OrderStatus, PageDeadline, Payment, SiteId } from '../../utils/model';
import type { StepState } from '../../utils/rules/ladder';
import type { StageState } from '../../utils/rules/stages';

/**
 * One row of the deadline scenario table (`utils/rules/scenarios.test.ts`). Every expected instant was
 * worked out by hand from `../shared/research/rules.md` and the official calendars; the comment above
 * each row gives the reasoning. CST = China Standard Time, UTC+8, no DST.
 */
export interface Scenario {
  name: string;
  site: SiteId;
  agent?: AgentFamily;
  consumerRegion?: ConsumerRegion;
  payment?: Payment;
  protectionDays?: number;
  pageDeadlines?: PageDeadline[];
  status: OrderStatus;
  events: [EventKind, string][];
  userZone: string;
  /** Rule id → due instant. */
  want: Record<string, string>;
  /** Rule ids that must not appear at all. */
  absent?: string[];
  /** Rule id → the deadline's estimate flag. */
  estimate?: Record<string, boolean>;
  /** The moment stage and ladder states are judged at. */
  now?: string;
  /** Stage id → its state, or [state, due instant]. */
  stages?: Record<string, StageState | [StageState, string]>;
  /** Ladder step id → its state, or [state, last safe instant (or opening instant when not yet open)]. */
  ladder?: Record<string, StepState | [StepState, string]>;
}

export const CN = 'Asia/Shanghai';
export const LA = 'America/Los_Angeles';
export const NY = 'America/New_York';
export const LONDON = 'Europe/London';
export const BERLIN = 'Europe/Berlin';
