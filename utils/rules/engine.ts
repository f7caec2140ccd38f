import type { Deadline, DeadlineState, EventKind, Order, OrderEvent, OrderRead, OrderStatus } from '../model';
import { rulesByPlatform, rulesFor } from './index';
import { CN_ZONE, countMode, type CountMs, type CountResult } from './counting';
import type { Rule } from './types';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** "Due soon" threshold; matches the default reminder lead of 3 days. */
export const DUE_SOON_MS = 3 * DAY_MS;

/** Statuses after which no clock can cost the buyer anything on this order. */
const FINISHED: ReadonlySet<OrderStatus> = new Set(['cancelled', 'refunded']);

/**
 * Events a status proves happened even when the page gives no date for them: they end clocks
 * (protection ends at completion) and make case clocks apply, but never supply a date.
 */
const IMPLIED_BY_STATUS: Record<OrderStatus, EventKind[]> = {
  unpaid: [],
  awaiting_shipment: ['paid'],
  partially_shipped: ['paid', 'seller_shipped_partial'],
  shipped: ['paid', 'seller_shipped'],
  delivered: ['paid', 'seller_shipped', 'signed_for'],
  completed: ['paid', 'seller_shipped', 'completed'],
  in_dispute: ['paid', 'dispute_opened'],
  refunded: ['refund_issued'],
  cancelled: [],
  unknown: [],
};

/**
 * Events an event proves happened before it: a parcel signed for was shipped; an item stored in the
 * agent's warehouse was signed for there; a delivered parcel was shipped. They end clocks (the
 * seller's 48 h "not yet shipped" clock on a signed-for order) but never supply a date.
 */
const IMPLIED_BY_EVENT: Partial<Record<EventKind, EventKind[]>> = {
  seller_shipped_partial: ['paid'],
  seller_shipped: ['paid'],
  signed_for: ['paid', 'seller_shipped'],
  warehouse_stored: ['paid', 'seller_shipped', 'signed_for'],
  qc_done: ['paid', 'seller_shipped', 'signed_for', 'warehouse_stored'],
  completed: ['paid'],
  intl_fee_quoted: ['paid', 'seller_shipped', 'signed_for', 'warehouse_stored'],
  intl_shipped: ['paid', 'seller_shipped', 'signed_for', 'warehouse_stored'],
  intl_delivered: ['paid', 'seller_shipped', 'signed_for', 'warehouse_stored', 'intl_shipped'],
  return_shipped: ['return_agreed'],
  return_signed_by_seller: ['return_agreed', 'return_shipped'],
  paypal_claim_opened: ['paypal_dispute_opened'],
  complaint_accepted: ['complaint_submitted'],
};

/**
 * Steps of one round of a dispute. A refund request can be refused and filed again: a reply to the
 * first request must not end the second one's clocks, so these end a clock only when they come at or
 * after its start. Every other event is a fact about the order (shipped, signed for, completed) and
 * ends a clock whenever it happened.
 */
const ROUND_EVENTS: ReadonlySet<EventKind> = new Set([
  'seller_responded',
  'seller_offer_made',
  'return_agreed',
  'return_shipped',
  'return_signed_by_seller',
  'platform_intervened',
  'refund_approved',
  'refund_issued',
  'paypal_offer_made',
]);

type Clockable = Pick<OrderRead, 'site' | 'orderId' | 'status' | 'events' | 'protectionDays' | 'pageDeadlines' | 'payment' | 'agent' | 'consumerRegion'> &
  Pick<Order, 'overrides'>;

/** The latest dated occurrence of each event: a reopened dispute counts from its latest opening. */
function latestByKind(events: OrderEvent[]): Map<EventKind, OrderEvent> {
  const found = new Map<EventKind, OrderEvent>();
  for (const e of events) {
    const prev = found.get(e.kind);
    if (!prev || e.at > prev.at) found.set(e.kind, e);
  }
  return found;
}

/** The rule's length for this order, or undefined when the page has not told us (per-order protection). */
function durationOf(rule: Rule, order: Clockable): { amount: number; unit: 'days' | 'hours' } | undefined {
  const d = rule.duration;
  if (d.from === 'fixed') return { amount: d.amount, unit: d.unit };
  const days = order[d.field];
  return days === undefined ? undefined : { amount: days, unit: 'days' };
}

/** Applies the rule's counting mode (rules.md §1, counting.ts) to a parsed start instant. */
function countMsFor(rule: Rule, startMs: number, length: { amount: number; unit: 'days' | 'hours' }, userZone: string): CountMs {
  // Rules on the consumer's calendar (PayPal, cards, EU law) count in the user's zone; the rest in the platform's.
  const zone = rule.zone === 'user' ? userZone : (rule.zone ?? CN_ZONE);
  return countMode(rule.mode, startMs, length.amount, length.unit, zone);
}

/** The rule's count from an event's instant: the case stages count third-party figures with it. */
export function countRule(rule: Rule, startAt: string, length: { amount: number; unit: 'days' | 'hours' }, userZone: string): CountResult {
  const c = countMsFor(rule, Date.parse(startAt), length, userZone);
  return { due: new Date(c.dueMs).toISOString(), estimate: c.estimate };
}

export interface ComputeOptions {
  /** The user's IANA zone, for rules counted on the consumer's calendar. */
  userZone: string;
  /** Defaults to the rules of the order's site, agent, payment channel and region (`rulesFor`). */
  rules?: Rule[];
}

export interface OrderFacts {
  /** The latest dated occurrence of each event, the user's dates in place of the page's. */
  latest: Map<EventKind, OrderEvent>;
  /** Kinds whose date the user set. */
  userKinds: Set<EventKind>;
  /** Whether the event happened: dated, or proved by the order's status or by a later event. */
  happened(kind: EventKind): boolean;
  /** Whether `kind` ends a clock that started at `start`: a dispute-round event must not come before it. */
  ends(kind: EventKind, start: OrderEvent | undefined): boolean;
}

/** What the order's events say, once: the engine, the case stages and the ladder all read it. */
export function orderFacts(order: Pick<Clockable, 'events' | 'status' | 'overrides'>): OrderFacts {
  // A date the user set replaces every page date of that kind: it is their correction of the page.
  const userEvents = order.overrides?.events ?? [];
  const userKinds = new Set(userEvents.map((e) => e.kind));
  const events = userKinds.size ? [...order.events.filter((e) => !userKinds.has(e.kind)), ...userEvents] : order.events;
  // One pass over the events; this runs for every order on every capture and at start-up.
  const latest = latestByKind(events);
  const implied = new Set(IMPLIED_BY_STATUS[order.status]);
  for (const k of latest.keys()) for (const i of IMPLIED_BY_EVENT[k] ?? []) implied.add(i);
  const happened = (k: EventKind) => latest.has(k) || implied.has(k);
  const ends = (k: EventKind, start: OrderEvent | undefined) => {
    if (!happened(k)) return false;
    const at = latest.get(k)?.at;
    return !ROUND_EVENTS.has(k) || !start || !at || at >= start.at;
  };
  return { latest, userKinds, happened, ends };
}

/** Orders on which no clock can cost the buyer anything any more. */
export const isFinished = (order: Pick<OrderRead, 'status'>) => FINISHED.has(order.status);

/**
 * Every deadline of one order, from its dated events and the site's rules. Pure: the same order
 * always gives the same deadlines, whatever the clock or zone of the machine.
 */
export function computeDeadlines(order: Clockable, { userZone, rules = rulesFor(order) }: ComputeOptions): Deadline[] {
  if (FINISHED.has(order.status)) return [];
  const { latest, userKinds, happened, ends } = orderFacts(order);
  // Several rules count from the same event (PayPal's and a card network's from payment): parse it once.
  const parsed = new Map<EventKind, number>();
  const out: Deadline[] = [];
  for (const rule of rules) {
    const start = latest.get(rule.startsFrom);
    if (rule.endedBy.some((k) => ends(k, start))) continue;
    if (rule.appliesWhen === 'event' && !happened(rule.startsFrom)) continue;
    const userLength = order.overrides?.durations[rule.id];
    const length = userLength ?? durationOf(rule, order);
    let counted: CountResult | undefined;
    if (start && length) {
      let ms = parsed.get(start.kind);
      if (ms === undefined) parsed.set(start.kind, (ms = Date.parse(start.at)));
      const c = countMsFor(rule, ms, length, userZone);
      counted = { due: new Date(c.dueMs).toISOString(), estimate: c.estimate };
    }
    // What the user set wins over the page's clock too: they correct what the page shows.
    const byUser = !!userLength || (start !== undefined && userKinds.has(start.kind));
    const page = byUser ? undefined : order.pageDeadlines.find((p) => p.ruleId === rule.id);
    out.push({
      id: `${order.site}:${order.orderId}:${rule.id}`,
      site: order.site,
      orderId: order.orderId,
      ruleId: rule.id,
      kind: rule.kind,
      dueAt: page ? page.due : counted?.due,
      from: rule.startsFrom,
      fromAt: start?.at,
      basis: page ? 'page' : byUser ? 'user' : 'computed',
      computedDueAt: page ? counted?.due : undefined,
      missing: page || counted ? undefined : start ? 'protectionDays' : rule.startsFrom,
      // A count that ran into a year without calendar data is an estimate whatever the rule's sources.
      estimate: rule.estimate || (counted?.estimate ?? false),
      confidence: rule.confidence,
      source: rule.sources,
    });
  }
  return out;
}

export function deadlineState(d: Pick<Deadline, 'dueAt'>, now: Date): DeadlineState {
  if (!d.dueAt) return 'not_computable';
  const left = Date.parse(d.dueAt) - now.getTime();
  if (left <= 0) return 'passed';
  return left <= DUE_SOON_MS ? 'due_soon' : 'upcoming';
}

const ruleOrder = new Map(Object.values(rulesByPlatform).flatMap((rules) => rules.map((r, i) => [r.id, i] as const)));

/** Dated deadlines first, soonest first; unknown ones last, in the order their site's rules are listed. */
export function compareDeadlines(a: Pick<Deadline, 'dueAt' | 'ruleId'>, b: Pick<Deadline, 'dueAt' | 'ruleId'>): number {
  if (a.dueAt && b.dueAt) return a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0;
  if (a.dueAt || b.dueAt) return a.dueAt ? -1 : 1;
  return (ruleOrder.get(a.ruleId) ?? Infinity) - (ruleOrder.get(b.ruleId) ?? Infinity);
}

/** The deadline an order's row shows: the soonest one still open at `now`. */
export function nextDeadline<D extends Pick<Deadline, 'dueAt' | 'ruleId'>>(deadlines: D[], now: Date): D | undefined {
  const iso = now.toISOString();
  return deadlines.filter((d) => d.dueAt && d.dueAt > iso).sort(compareDeadlines)[0];
}

/** Below this, a page clock and our computation agree (pages show minutes; captures lag by seconds). */
const AGREE_MS = 60_000;

/**
 * How far the page's own clock is from what the rule computes, when they disagree: a sign that the
 * page counts differently (an extension granted, a paused clock) or that our rule is wrong.
 */
export function pageDisagreement(d: Pick<Deadline, 'basis' | 'dueAt' | 'computedDueAt'>): number | undefined {
  if (d.basis !== 'page' || !d.dueAt || !d.computedDueAt) return undefined;
  const diff = Date.parse(d.dueAt) - Date.parse(d.computedDueAt);
  return Math.abs(diff) >= AGREE_MS ? diff : undefined;
}
