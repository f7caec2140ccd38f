import type { Deadline, EventKind, Order, OrderRead } from '../model';
import { isFinished, orderFacts, type OrderFacts } from './engine';
import { ladderByPlatform, platformsFor, ruleById } from './index';
import { RungSchema, type LadderStep, type Rung } from './types';

/**
 * One rule window of a step, for this order:
 * - dated: its deadline (`dueAt`) is known;
 * - unknown: the rule applies but its start event has no date yet (`missing`);
 * - pending: a clock that only starts with an event that has not happened (a claim after delivery);
 * - ended: an event made it moot (the request was filed, the parcel shipped).
 */
export interface LadderWindow {
  ruleId: string;
  kind: 'opens' | 'closes';
  state: 'dated' | 'unknown' | 'pending' | 'ended';
  deadline?: Deadline | undefined;
  /** What the window waits for, when pending or unknown. */
  waitsFor?: EventKind | 'protectionDays' | undefined;
  /** A later reading shown beside the safe one (legal outer bound). */
  outer: boolean;
}

/**
 * - not_yet: the step opens later (`opensAt`);
 * - open: possible now, until `lastSafeAt` when known;
 * - closed: every window has passed;
 * - taken: the shopper took this step (its event is recorded);
 * - ended: every window was ended by an event (the parcel shipped, the order settled);
 * - waiting: its clocks start with an event still to come;
 * - unknown: a window applies but cannot be dated yet;
 * - no_clock: the step exists, no source gives it a deadline.
 */
export type StepState = 'not_yet' | 'open' | 'closed' | 'taken' | 'ended' | 'waiting' | 'unknown' | 'no_clock';

export interface LadderStepStatus {
  step: LadderStep;
  state: StepState;
  opensAt?: string | undefined;
  /** The last safe moment for this step: the latest close among its open windows, outer bounds excluded. */
  lastSafeAt?: string | undefined;
  windows: LadderWindow[];
}

export interface LadderRung {
  rung: Rung;
  steps: LadderStepStatus[];
}

type LadderOrder = Pick<OrderRead, 'site' | 'status' | 'events' | 'payment' | 'agent' | 'consumerRegion'> & Pick<Order, 'overrides'>;

function windowOf(ruleId: string, outer: boolean, byRule: Map<string, Deadline>, facts: OrderFacts, finished: boolean): LadderWindow | undefined {
  const rule = ruleById.get(ruleId);
  if (!rule) return undefined;
  const kind = rule.kind === 'opens' ? 'opens' : 'closes';
  const d = byRule.get(ruleId);
  if (d?.dueAt) return { ruleId, kind, state: 'dated', deadline: d, outer };
  if (d) return { ruleId, kind, state: 'unknown', deadline: d, waitsFor: d.missing ?? d.from, outer };
  // No deadline: the engine left it out because an event ended it, the clock has not started, or the order is settled.
  if (finished || rule.endedBy.some((k) => facts.ends(k, facts.latest.get(rule.startsFrom)))) return { ruleId, kind, state: 'ended', outer };
  return { ruleId, kind, state: 'pending', waitsFor: rule.startsFrom, outer };
}

function stepStatus(step: LadderStep, windows: LadderWindow[], now: Date, happened: (k: EventKind) => boolean): LadderStepStatus {
  if (step.takenBy.some(happened)) return { step, state: 'taken', windows };
  if (!step.windows.length) return { step, state: 'no_clock', windows };
  const nowIso = now.toISOString();
  const primary = windows.filter((w) => !w.outer);
  const opens = primary.filter((w) => w.kind === 'opens' && w.state === 'dated').map((w) => w.deadline!.dueAt!);
  const opensAt = opens.find((at) => at > nowIso);
  const closes = primary.filter((w) => w.kind === 'closes');
  const openCloses = closes.filter((w) => w.state === 'dated' && w.deadline!.dueAt! > nowIso).map((w) => w.deadline!.dueAt!);
  const lastSafeAt = openCloses.sort().at(-1);
  let state: StepState;
  if (opensAt) state = 'not_yet';
  else if (lastSafeAt) state = 'open';
  else if (closes.some((w) => w.state === 'unknown')) state = 'unknown';
  else if (closes.some((w) => w.state === 'pending')) state = 'waiting';
  else if (closes.some((w) => w.state === 'dated')) state = 'closed';
  else state = 'ended';
  return { step, state, opensAt, lastSafeAt, windows };
}

/**
 * The escalation ladder of one order: for each rung in order (seller, platform, agent, payment,
 * consumer body), the steps its platforms offer, each with the windows that bound it and the last
 * safe moment to take it. `deadlines` are the order's computed deadlines (page clocks and the
 * user's corrections included); rungs no platform of the order offers are left out.
 */
export function ladderFor(order: LadderOrder, deadlines: Deadline[], now: Date): LadderRung[] {
  const facts = orderFacts(order);
  const finished = isFinished(order);
  const byRule = new Map(deadlines.map((d) => [d.ruleId, d]));
  const steps = platformsFor(order).flatMap((p) => ladderByPlatform[p]);
  return RungSchema.options
    .map((rung) => ({
      rung,
      steps: steps
        .filter((s) => s.rung === rung)
        .map((s) => {
          const windows = [...s.windows.map((id) => windowOf(id, false, byRule, facts, finished)), ...s.outer.map((id) => windowOf(id, true, byRule, facts, finished))].filter(
            (w): w is LadderWindow => !!w,
          );
          return stepStatus(s, windows, now, facts.happened);
        }),
    }))
    .filter((r) => r.steps.length > 0);
}
