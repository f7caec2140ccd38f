import Dexie, { type Table } from 'dexie';
import type { Deadline, Mark, Order, Parcel } from '../model';
import type { Case } from '../case/schema';
import type { EvidenceRecord } from '../evidence/schema';
import { DB_NAME, SCHEMA, type SchemaVersion } from './schema';

export class RadarDB extends Dexie {
  orders!: Table<Order, [string, string]>;
  deadlines!: Table<Deadline, string>;
  parcels!: Table<Parcel, [string, string]>;
  reminders!: Table<{ key: string; firedAt: string; dueAt: string }, string>;
  state!: Table<{ key: string; value: string }, string>;
  marks!: Table<Mark, string>;
  cases!: Table<Case, string>;
  evidence!: Table<EvidenceRecord, string>;
  evidenceBlobs!: Table<{ id: string; blob: Blob }, string>;

  constructor(name = DB_NAME, versions: SchemaVersion[] = SCHEMA, options?: ConstructorParameters<typeof Dexie>[1]) {
    // Live queries in pages should only see committed writes from the background (Dexie #2112).
    super(name, { cache: 'disabled', ...options });
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

let shared: RadarDB | undefined;

/** The one database connection of this extension context. */
export function db(): RadarDB {
  shared ??= new RadarDB();
  return shared;
}
