import type { Case } from '../case/schema';
import { mergeParcel } from '../db/parcels';
import { mergeOrder } from '../merge';
import type { Mark, Order, Overrides, Parcel } from '../model';

/**
 * How a restored row meets the stored row with the same key (merge mode, or a row stored while a
 * replace ran). Orders and parcels fold like a re-capture: the later capture is the page's current
 * word and nothing either side knew is lost. Rows the user edits (cases, marks) keep the later edit
 * whole, since two diverged timelines cannot be folded safely.
 */

const earlier = (a: string, b: string) => (a <= b ? a : b);

/** Orders: `mergeOrder` (utils/merge.ts) with the later capture as the read; the user's corrections from both. */
export function mergeOrders(stored: Order, restored: Order): Order {
  const [older, newer] = restored.capturedAt < stored.capturedAt ? [restored, stored] : [stored, restored];
  const { firstSeenAt: _first, capturedAt, overrides: _overrides, ...read } = newer;
  const { overrides: _old, ...merged } = mergeOrder(older, read, new Date(capturedAt));
  const overrides = mergeOverrides(stored.overrides, restored.overrides);
  return { ...merged, firstSeenAt: earlier(stored.firstSeenAt, restored.firstSeenAt), capturedAt, ...(overrides ? { overrides } : {}) };
}

/**
 * Corrections carry no time, so those in the backup win where both set the same thing (the user
 * chose to restore them); the ones only this browser has are kept.
 */
function mergeOverrides(stored: Overrides | undefined, restored: Overrides | undefined): Overrides | undefined {
  if (!stored || !restored) return restored ?? stored;
  const payment = restored.payment ?? stored.payment;
  const consumerRegion = restored.consumerRegion ?? stored.consumerRegion;
  return {
    events: [...stored.events.filter((e) => !restored.events.some((r) => r.kind === e.kind)), ...restored.events],
    durations: { ...stored.durations, ...restored.durations },
    ...(payment ? { payment } : {}),
    ...(consumerRegion ? { consumerRegion } : {}),
  };
}

/** Parcels: the later capture merges into the earlier one as a parcel read would (db/parcels.ts). */
export function mergeParcels(stored: Parcel, restored: Parcel): Parcel {
  const [older, newer] = restored.capturedAt < stored.capturedAt ? [restored, stored] : [stored, restored];
  const { firstSeenAt: _first, capturedAt, ...read } = newer;
  return { ...mergeParcel(older, read, capturedAt), firstSeenAt: earlier(stored.firstSeenAt, restored.firstSeenAt) };
}

/** The more recently edited case, whole; on a tie, the backup's. */
export const mergeCases = (stored: Case, restored: Case): Case => (stored.updatedAt > restored.updatedAt ? stored : restored);

/** The more recent mark; on a tie, the backup's. */
export const mergeMarks = (stored: Mark, restored: Mark): Mark => (stored.at > restored.at ? stored : restored);
