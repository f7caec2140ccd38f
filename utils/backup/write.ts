import type { Table } from 'dexie';
import type { RadarDB } from '../db/index';
import { parcelsOf, withParcel } from '../db/parcels';
import type { EvidenceRecord } from '../evidence/schema';
import { isAgentSite, type Order } from '../model';
import { computeDeadlines } from '../rules/engine';
import { BackupError } from './errors';
import type { Backup } from './format';
import { mergeCases, mergeMarks, mergeOrders, mergeParcels } from './merge-rows';

export type RestoreMode = 'merge' | 'replace';

export interface WriteOptions {
  mode: RestoreMode;
  /** For the rules counted on the shopper's own calendar, as a page read uses it. */
  userZone: string;
  /** When the restore began: in replace mode, rows stored since then are kept (see below). */
  since: string;
  /** Called once the transaction holds every store, before the first write. */
  onStarted?: () => void;
}

/**
 * Writes a checked backup in ONE read-write transaction over every store it touches (all but
 * `state`). IndexedDB runs transactions whose stores overlap one after another, so a page read
 * arriving meanwhile (`saveOrderRead`: orders, deadlines, parcels), a reminder check or an
 * evidence capture waits for the restore to commit and then merges onto the restored rows; one
 * that committed first is what a merge folds into. Any failure inside rolls everything back.
 *
 * Replace empties the stores first but keeps the rows stored since the restore began (a page read
 * while the file was being checked, a note typed in the side panel): they meet the backup's rows as
 * in a merge. "Replace" replaces what was stored when the user asked, not what arrived after.
 *
 * Deadlines are recomputed, never restored: they are derived from the order and the rules, and the
 * rules of this version are the ones to trust (a rule fixed since the backup applies at once; a
 * backup cannot carry a due date its order does not justify). Marks are keyed by the deadline's id,
 * which recomputation keeps, so they still find their deadlines.
 */
export async function writeBackup(db: RadarDB, backup: Backup, fileOf: (record: EvidenceRecord) => Blob, opts: WriteOptions): Promise<void> {
  await db.transaction('rw', [db.orders, db.deadlines, db.parcels, db.reminders, db.marks, db.cases, db.evidence, db.evidenceBlobs], async () => {
    opts.onStarted?.();
    if (opts.mode === 'replace') await clearKeepingSince(db, opts.since);

    // An item's bytes never change, so one id with two hashes is a conflict, not an update: refused
    // before anything is restored (the throw rolls back the clearing too).
    const storedEvidence = await db.evidence.bulkGet(backup.evidence.map((e) => e.id));
    for (const [i, stored] of storedEvidence.entries()) {
      const restored = backup.evidence[i]!;
      if (stored && (stored.sha256 !== restored.sha256 || stored.size !== restored.size)) {
        throw new BackupError('conflict', `evidence[${i}] (id ${restored.id}): this browser already keeps other bytes under that id (SHA-256 ${stored.sha256})`);
      }
    }

    await putMerged(db.parcels, backup.parcels, (p) => [p.site, p.parcelId], mergeParcels);
    const orders = await putMerged(db.orders, backup.orders, (o) => [o.site, o.orderId], mergeOrders);
    await putMerged(db.cases, backup.cases, (c) => c.id, mergeCases);
    await putMerged(db.marks, backup.marks, (m) => m.id, mergeMarks);
    // A reminder shown on either side stays shown.
    await putMerged(db.reminders, backup.reminders, (r) => r.key, (stored) => stored);
    await db.evidence.bulkPut(backup.evidence);
    await putFiles(db, backup.evidence, storedEvidence, fileOf);

    // The orders whose deadlines may have moved: those restored, those a restored parcel holds,
    // and in replace mode those kept (their deadlines were cleared with the rest).
    const keys = new Map<string, [string, string]>();
    const touch = (site: string, orderId: string) => keys.set(`${site}:${orderId}`, [site, orderId]);
    for (const o of orders) touch(o.site, o.orderId);
    for (const p of backup.parcels) for (const id of p.orderIds) touch(p.site, id);
    if (opts.mode === 'replace') await db.orders.each((o) => touch(o.site, o.orderId));
    await recompute(db, [...keys.values()], opts.userZone);
  });
}

/** Puts each restored row, merged with the stored row of the same key when there is one; returns what was put. */
async function putMerged<T, K extends string | [string, string]>(table: Table<T, K>, rows: readonly T[], keyOf: (row: T) => K, merge: (stored: T, restored: T) => T): Promise<T[]> {
  const stored = await table.bulkGet(rows.map(keyOf));
  const out = rows.map((row, i) => {
    const s = stored[i];
    return s ? merge(s, row) : row;
  });
  await table.bulkPut(out);
  return out;
}

/** Each record's bytes, as a slice of the picked file; bytes already stored under the id are left as they are. */
async function putFiles(db: RadarDB, records: readonly EvidenceRecord[], stored: readonly (EvidenceRecord | undefined)[], fileOf: (record: EvidenceRecord) => Blob): Promise<void> {
  const present = new Set((await db.evidenceBlobs.bulkGet(records.filter((_, i) => stored[i]).map((r) => r.id))).flatMap((b) => (b ? [b.id] : [])));
  await db.evidenceBlobs.bulkPut(records.filter((r) => !present.has(r.id)).map((r) => ({ id: r.id, blob: fileOf(r) })));
}

/** As a page read does (db/orders.ts): the order's parcels folded in, then its deadlines replaced by a fresh computation. */
async function recompute(db: RadarDB, keys: [string, string][], userZone: string): Promise<void> {
  const orders: Order[] = [];
  for (const order of await db.orders.bulkGet(keys)) {
    if (!order) continue;
    let folded = order;
    if (isAgentSite(order.site)) for (const parcel of await parcelsOf(db, order)) folded = withParcel(folded, parcel);
    orders.push(folded);
  }
  await db.orders.bulkPut(orders);
  // One range per order, as a page read deletes them: `anyOf` over thousands of compound keys is far slower.
  for (const key of keys) await db.deadlines.where('[site+orderId]').equals(key).delete();
  await db.deadlines.bulkPut(orders.flatMap((o) => computeDeadlines(o, { userZone })));
}

/** Empties every store the backup fills, putting back the rows stored at or after `since`. */
async function clearKeepingSince(db: RadarDB, since: string): Promise<void> {
  const recent = <T, K>(table: Table<T, K>, at: (row: T) => string) => table.filter((row) => at(row) >= since).toArray();
  const orders = await recent(db.orders, (o) => o.capturedAt);
  const parcels = await recent(db.parcels, (p) => p.capturedAt);
  const cases = await recent(db.cases, (c) => c.updatedAt);
  const marks = await recent(db.marks, (m) => m.at);
  const reminders = await recent(db.reminders, (r) => r.firedAt);
  const evidence = await recent(db.evidence, (e) => e.capturedAt);
  const blobs = (await db.evidenceBlobs.bulkGet(evidence.map((e) => e.id))).filter((b) => b !== undefined);
  await Promise.all([db.orders, db.deadlines, db.parcels, db.reminders, db.marks, db.cases, db.evidence, db.evidenceBlobs].map((t) => t.clear()));
  await db.orders.bulkPut(orders);
  await db.parcels.bulkPut(parcels);
  await db.cases.bulkPut(cases);
  await db.marks.bulkPut(marks);
  await db.reminders.bulkPut(reminders);
  await db.evidence.bulkPut(evidence);
  await db.evidenceBlobs.bulkPut(blobs);
}
