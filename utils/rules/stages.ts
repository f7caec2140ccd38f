import type { Deadline, Order, OrderRead } from '../model';
import { countRule, isFinished, orderFacts, type OrderFacts } from './engine';
import { flowsByPlatform, platformsFor } from './index';
import type { Flow, Stage } from './types';

/**
 * - waiting: the event that starts the stage has not happened;
 * - running: started, not done, its clock (if any) not yet passed;
 * - overdue: started, not done, and its clock passed: the user is told what now;
 * - done: an event that ends it happened at or after its start.
 */
export type StageState = 'waiting' | 'running' | 'overdue' | 'done';

export interface StageStatus {
  stage: Stage;
  state: StageState;
  startedAt?: string | undefined;
  doneAt?: string | undefined;
  /** The end of the stage's clock: a rule's deadline, or a third-party figure's longer end. */
  dueAt?: string | undefined;
  /** The rule whose deadline gave `dueAt`. */
  ruleId?: string | undefined;
  /** `dueAt` comes from a figure only third parties state (agents.md §0.3). */
  thirdParty: boolean;
  estimate: boolean;
}

export interface FlowStatus {
  flow: Flow;
  /** At least one stage has begun: the case is on this platform's track. */
  started: boolean;
  stages: StageStatus[];
}

type StageOrder = Pick<OrderRead, 'site' | 'status' | 'events' | 'payment' | 'agent' | 'consumerRegion'> & Pick<Order, 'overrides'>;

function stageStatus(stage: Stage, facts: OrderFacts, deadlines: Deadline[], now: Date, userZone: string): StageStatus {
  const start = facts.latest.get(stage.startsOn);
  const started = !!start || facts.happened(stage.startsOn);
  const base = { stage, thirdParty: stage.clock.from === 'third_party', estimate: false };
  if (!started) return { ...base, state: 'waiting' };
  // A reopened step (a second refund request after a closed one) is not done by the first one's end.
  const end = stage.doneOn
    .map((k) => facts.latest.get(k))
    .find((e) => e && (!start || e.at >= start.at));
  const endedByStatus = stage.doneOn.some((k) => !facts.latest.has(k) && facts.happened(k));
  if (end || endedByStatus) return { ...base, state: 'done', startedAt: start?.at, doneAt: end?.at };

  let dueAt: string | undefined;
  let ruleId: string | undefined;
  let estimate = false;
  if (stage.clock.from === 'rules') {
    // The earliest of the stage's clocks the order has: the 48-hour clock before shipment, 5 days after.
    const ids = stage.clock.rules;
    const clocks = deadlines.filter((d) => ids.includes(d.ruleId) && d.dueAt).sort((a, b) => (a.dueAt! < b.dueAt! ? -1 : 1));
    const first = clocks[0];
    if (first) ({ dueAt, ruleId, estimate } = { dueAt: first.dueAt, ruleId: first.ruleId, estimate: first.estimate });
  } else if (stage.clock.from === 'third_party' && start) {
    const r = stage.clock.rule;
    if (r.duration.from === 'fixed') {
      const counted = countRule(r, start.at, r.duration, userZone);
      ({ dueAt, estimate } = { dueAt: counted.due, estimate: true });
      ruleId = r.id;
    }
  }
  const state: StageState = dueAt && Date.parse(dueAt) <= now.getTime() ? 'overdue' : 'running';
  return { ...base, state, startedAt: start?.at, dueAt, ruleId, estimate };
}

/**
 * The dispute tracks of every platform the order is on (its site, agent, payment channel, 12315),
 * each stage with its state and clock. `deadlines` are the order's computed deadlines: a stage's
 * clock is a rule's deadline, so a page's own countdown and the user's corrections apply here too.
 */
export function caseStages(order: StageOrder, deadlines: Deadline[], now: Date, userZone: string): FlowStatus[] {
  const facts = orderFacts(order);
  const out: FlowStatus[] = [];
  for (const platform of platformsFor(order)) {
    const flow = flowsByPlatform[platform];
    if (!flow) continue;
    const stages = flow.stages.map((s) => stageStatus(s, facts, deadlines, now, userZone));
    // A finished order (refunded, cancelled) keeps its history, but nothing in it is still running.
    const settled = isFinished(order) ? stages.map((s) => (s.state === 'running' || s.state === 'overdue' ? { ...s, state: 'done' as const } : s)) : stages;
    out.push({ flow, started: settled.some((s) => s.state !== 'waiting'), stages: settled });
  }
  return out;
}
