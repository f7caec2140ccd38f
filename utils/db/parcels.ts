import { mergeEvents, mergeTracking } from '../merge';
import type { Order, Parcel, ParcelRead } from '../model';
import { computeDeadlines } from '../rules/engine';
import type { RadarDB } from './index';
import type { SaveContext } from './orders';

/**
 * An agent's parcel carries its orders' last dates: the fee quoted (parcel storage starts), shipped
 * (loss claims), delivered (damage claims). Its events and tracking become each order's, whichever
 * page the shopper opened first.
 */
export function withParcel(order: Order, parcel: Pick<Parcel, 'parcelId' | 'events' | 'tracking'>): Order {
  return {
    ...order,
    events: mergeEvents(order.events, parcel.events),
    tracking: mergeTracking(order.tracking, parcel.tracking),
    parcelIds: [...new Set([...(order.parcelIds ?? []), parcel.parcelId])].slice(0, 20),
  };
}

export function mergeParcel(old: Parcel | undefined, read: ParcelRead, at: string): Parcel {
  if (!old) return { ...read, firstSeenAt: at, capturedAt: at };
  const statusKnown = read.status !== 'unknown';
  return {
    ...old,
    url: read.url,
    status: statusKnown ? read.status : old.status,
    statusText: statusKnown ? (read.statusText ?? old.statusText) : old.statusText,
    // A list shows some of a parcel's orders, its detail all: never forget one.
    orderIds: [...new Set([...old.orderIds, ...read.orderIds])].slice(0, 500),
    tracking: mergeTracking(old.tracking, read.tracking),
    events: mergeEvents(old.events, read.events),
    missing: read.missing,
    capturedAt: at,
  };
}

/** Stores a parcel read and passes its dates to the orders it holds, recomputing their deadlines, in one transaction. */
export async function saveParcelRead(db: RadarDB, read: ParcelRead, { now, userZone }: SaveContext): Promise<Parcel> {
  return db.transaction('rw', db.orders, db.deadlines, db.parcels, async () => {
    const key: [string, string] = [read.site, read.parcelId];
    const parcel = mergeParcel(await db.parcels.get(key), read, now.toISOString());
    await db.parcels.put(parcel);
    for (const orderId of parcel.orderIds) {
      const orderKey: [string, string] = [parcel.site, orderId];
      const order = await db.orders.get(orderKey);
      if (!order) continue;
      const updated = withParcel(order, parcel);
      await db.orders.put(updated);
      await db.deadlines.where('[site+orderId]').equals(orderKey).delete();
      await db.deadlines.bulkPut(computeDeadlines(updated, { userZone }));
    }
    return parcel;
  });
}

/** The parcels already stored that hold this order (its parcel page was read before its order page). */
export function parcelsOf(db: RadarDB, order: Pick<Order, 'site' | 'orderId'>): Promise<Parcel[]> {
  return db.parcels
    .where('orderIds')
    .equals(order.orderId)
    .filter((p) => p.site === order.site)
    .toArray();
}
