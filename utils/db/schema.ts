/**
 * Every IndexedDB store and index, by version. Each entry is the complete schema at that version
 * (Dexie's rule); a version that changes data adds an `upgrade` and a test in migrations.test.ts,
 * which opens saved v1 data through every later version.
 */
import type { Transaction } from 'dexie';

export const DB_NAME = 'refund-radar';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Natural key: one row per order on a site, so two reads of the same order can never duplicate it.
      orders: '[site+orderId], capturedAt',
      // `dueAt` answers "what is due next" with an index walk, not a scan of every order.
      deadlines: 'id, [site+orderId], dueAt',
    },
  },
  {
    version: 2,
    stores: {
      orders: '[site+orderId], capturedAt',
      deadlines: 'id, [site+orderId], dueAt',
      // An agent's parcels; `*orderIds` finds the parcel of an order captured after its parcel page.
      parcels: '[site+parcelId], *orderIds',
    },
  },
  {
    version: 3,
    stores: {
      orders: '[site+orderId], capturedAt',
      deadlines: 'id, [site+orderId], dueAt',
      parcels: '[site+parcelId], *orderIds',
      // Reminders already shown (or folded into one shown): a restart never repeats them.
      reminders: 'key, firedAt',
      // Small facts the extension keeps about itself (when reminders were last checked).
      state: 'key',
    },
  },
  {
    version: 4,
    stores: {
      orders: '[site+orderId], capturedAt',
      deadlines: 'id, [site+orderId], dueAt',
      parcels: '[site+parcelId], *orderIds',
      reminders: 'key, firedAt',
      state: 'key',
      // What the user said of a deadline: done, not relevant, or snoozed until a date. Keyed by the
      // deadline's id, which survives recomputation, so a mark outlives re-captures.
      marks: 'id',
    },
  },
  {
    version: 5,
    stores: {
      orders: '[site+orderId], capturedAt',
      deadlines: 'id, [site+orderId], dueAt',
      parcels: '[site+parcelId], *orderIds',
      reminders: 'key, firedAt',
      state: 'key',
      marks: 'id',
      // A dispute case: one per order, or per item or parcel of it, so keyed by its own id and found by order.
      cases: 'id, [site+orderId], updatedAt',
      // Evidence records without their bytes, so listing a case never loads a 500 MB video.
      evidence: 'id, caseId, sha256',
      // The original bytes of each evidence record, under the record's id; written once, never changed.
      evidenceBlobs: 'id',
    },
  },
];

export const CURRENT_VERSION = SCHEMA[SCHEMA.length - 1]!.version;
