import { CaseSchema, type Case } from '../case/schema';
import type { RadarDB } from './index';

/** An order's cases, oldest first (a second case on the same order is allowed: one per item or parcel). */
export async function casesOf(db: RadarDB, site: string, orderId: string): Promise<Case[]> {
  const rows = await db.cases.where('[site+orderId]').equals([site, orderId]).toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Stores a case after validating it whole: a malformed case is refused, never half-written. */
export async function saveCase(db: RadarDB, c: Case, now = new Date()): Promise<Case> {
  const valid = CaseSchema.parse({ ...c, updatedAt: now.toISOString() });
  await db.cases.put(valid);
  return valid;
}
