import type { RadarDB } from '../db/index';
import { sha256Of } from '../evidence/hash';
import { formatBytes } from '../evidence/size';
import type { StorageProbe } from '../evidence/store';
import type { Settings } from '../settings';
import { BackupError } from './errors';
import { blobPath, LIMITS, type Backup, type BackupLimits } from './format';
import { matchFiles, parseBackup } from './validate';
import { writeBackup, type RestoreMode } from './write';
import { openArchive } from './zip-read';

/**
 * Restores a backup file. Everything is checked before anything is written: the seal, the ZIP's
 * structure and bounds, `backup.json` against the schemas, every evidence file against its SHA-256,
 * then the room in storage. Only then one transaction writes it all (write.ts); if it fails, it
 * rolls back. The settings are stored last, after the database committed: they live in extension
 * storage, which no IndexedDB transaction can include.
 */

export interface RestoreProgress {
  /** Reading the file through its checksum; hashing the evidence files; writing. */
  phase: 'checking' | 'verifying' | 'writing';
  done: number;
  total: number;
}

export interface RestoreOptions {
  mode: RestoreMode;
  /** The user's zone, for deadlines counted on their own calendar (as a page read computes them). */
  userZone: string;
  /** When the restore began (replace keeps rows stored since then). */
  now?: Date;
  signal?: AbortSignal;
  onProgress?: (p: RestoreProgress) => void;
  /** `navigator.storage` by default; absent where the browser has none (then only the write can fail). */
  storage?: StorageProbe;
  /** Stores the backup's settings once the database has committed (extension storage, `saveSettings`). */
  applySettings?: (settings: Settings) => Promise<void>;
  /** Tighter bounds, for tests. */
  limits?: Partial<BackupLimits>;
}

export interface RestoreResult {
  orders: number;
  parcels: number;
  cases: number;
  evidence: number;
  marks: number;
  reminders: number;
  settings: Settings;
}

/** Room beyond the bytes themselves for indexes and the browser's bookkeeping, as evidence capture keeps. */
const WRITE_MARGIN = 1024 * 1024;

export async function restoreBackup(db: RadarDB, file: Blob, opts: RestoreOptions): Promise<RestoreResult> {
  const { signal, onProgress } = opts;
  const since = (opts.now ?? new Date()).toISOString();
  const limits = { ...LIMITS, ...opts.limits };

  const archive = await openArchive(file, limits, { signal, onBytes: (done, total) => onProgress?.({ phase: 'checking', done, total }) });
  const json = await archive.readJson();
  const backup = parseBackup(json, limits);
  const files = matchFiles(backup, archive.entries);

  const total = [...files.values()].reduce((n, e) => n + e.size, 0);
  let done = 0;
  onProgress?.({ phase: 'verifying', done, total });
  for (const [sha, entry] of files) {
    const actual = await sha256Of(archive.slice(entry), { signal, onBytes: (n) => onProgress?.({ phase: 'verifying', done: (done += n), total }) });
    if (actual !== sha) throw new BackupError('file_mismatch', `${blobPath(sha)}: its bytes have SHA-256 ${actual}, not the one its records give`);
  }

  const storage = opts.storage ?? globalThis.navigator?.storage;
  await checkRoom(db, backup, json.length, opts.mode, storage);
  signal?.throwIfAborted();

  try {
    await writeBackup(db, backup, (record) => archive.slice(files.get(record.sha256)!, record.mime), {
      mode: opts.mode,
      userZone: opts.userZone,
      since,
      onStarted: () => onProgress?.({ phase: 'writing', done: 0, total: 1 }),
    });
  } catch (e) {
    // The estimate is the browser's guess; the write is the truth. The transaction rolled back.
    if (isQuotaError(e)) throw new BackupError('storage_full', 'not enough space: the browser refused the write; nothing was changed');
    throw e;
  }
  await opts.applySettings?.(backup.settings);
  return {
    orders: backup.orders.length,
    parcels: backup.parcels.length,
    cases: backup.cases.length,
    evidence: backup.evidence.length,
    marks: backup.marks.length,
    reminders: backup.reminders.length,
    settings: backup.settings,
  };
}

/**
 * What the import adds, against what the browser says is free. Replace is counted like merge adds
 * everything: the rows it clears are only released when its transaction commits.
 */
async function checkRoom(db: RadarDB, backup: Backup, jsonBytes: number, mode: RestoreMode, probe: StorageProbe | undefined): Promise<void> {
  if (!probe) return;
  const kept = new Set(mode === 'merge' ? (await db.evidence.bulkGet(backup.evidence.map((e) => e.id))).flatMap((e) => (e ? [e.id] : [])) : []);
  const need = backup.evidence.reduce((n, e) => n + (kept.has(e.id) ? 0 : e.size), 0) + jsonBytes + WRITE_MARGIN;
  const { quota, usage } = await probe.estimate();
  if (quota === undefined) return;
  const free = Math.max(0, quota - (usage ?? 0));
  if (free < need) throw new BackupError('storage_full', `not enough space: the backup needs ${formatBytes(need)}, ${formatBytes(free)} is free; nothing was changed`);
}

const isQuotaError = (e: unknown): boolean => {
  const err = e as { name?: string; inner?: { name?: string } } | null;
  return err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError';
};
