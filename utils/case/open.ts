import { channelsFor, type ApplyOrder } from './applies';
import { REASONS, type Case, type CaseScope, type Channel, type Reason, type Remedy } from './schema';
import { mergeTimeline, type TimelineOrder } from './timeline';

export interface OpenCase {
  /** The store's key, made by the caller (a random id: a second case on the same order is allowed). */
  id: string;
  order: ApplyOrder & TimelineOrder & { orderId: string };
  reason: Reason;
  now: Date;
  scope?: CaseScope | undefined;
  remedy?: Remedy | undefined;
  channel?: Channel | undefined;
}

/**
 * A new case on an order: the whole order unless a scope is given, the reason's usual remedy, the
 * first channel the order offers (the lowest rung), and the order's events already on its timeline.
 */
export function openCase({ id, order, reason, now, scope, remedy, channel }: OpenCase): Case {
  const at = now.toISOString();
  return {
    id,
    site: order.site,
    orderId: order.orderId,
    scope: scope ?? { kind: 'order' },
    reason,
    remedy: remedy ?? REASONS[reason].remedy,
    // A consumer body always applies, so the list is never empty.
    channel: channel ?? channelsFor(order)[0]!,
    notes: '',
    timeline: mergeTimeline(order, []),
    createdAt: at,
    updatedAt: at,
  };
}
