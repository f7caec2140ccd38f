import type { IcsEntry } from '../ics';
import type { RadarDB } from './index';

/** Every deadline still to come, soonest first, with its order: what a calendar export holds. */
export async function upcomingEntries(db: RadarDB, now: Date): Promise<IcsEntry[]> {
  const deadlines = await db.deadlines.where('dueAt').above(now.toISOString()).toArray();
  const orders = await db.orders.bulkGet(deadlines.map((d) => [d.site, d.orderId] as [string, string]));
  return deadlines.map((deadline, i) => ({ deadline, order: orders[i] }));
}
