import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import type { RadarDB } from '../db/index';
import { CURRENT_VERSION } from '../db/schema';
import { chunksOf } from '../evidence/bytes';
import { EvidenceIntegrityError } from '../evidence/export';
import { newSha256 } from '../evidence/hash';
import type { Settings } from '../settings';
import { BackupError } from './errors';
import { BACKUP_FORMAT, BACKUP_JSON, BACKUP_TABLES, BACKUP_VERSION, BackupSchema, blobPath, LIMITS, type Backup } from './format';
import { formatPath } from './validate';
import { sealingWriter } from './zip-seal';

/**
 * Everything the user has, as one sealed ZIP (format.ts): the rows read in one transaction, so the
 * backup is one consistent moment, then streamed: `backup.json` row by row through the deflater and
 * each evidence file chunk by chunk, hashed as it passes, so memory holds the rows and about one
 * chunk whatever the evidence weighs.
 *
 * Every row is checked against the schema the import will check it with: a row that could not be
 * restored fails the backup now, by name, rather than the restore on the day it is needed. An
 * evidence file that no longer matches its record fails it the same way, and the sink is aborted.
 */

export interface BackupProgress {
  /** Evidence bytes written, out of `total`. */
  done: number;
  total: number;
}

export interface BackupOptions {
  signal?: AbortSignal;
  /** Called once per chunk (often): throttle in the UI. */
  onProgress?: (p: BackupProgress) => void;
  now?: Date;
}

export interface BackupSummary {
  orders: number;
  cases: number;
  evidence: number;
  /** Bytes written. */
  bytes: number;
}

const ZIP32_MAX = 0xffff_ffff;
/** Per evidence file: local header, data descriptor and directory record, each with the 73-byte name. */
const ENTRY_OVERHEAD = 30 + 16 + 46 + 2 * 73;
/** `backup.json` goes to the deflater in pieces of about this many characters. */
const JSON_PIECE = 1024 * 1024;

/** `refund-radar-backup-2026-03-14.zip` (the date in UTC, as the file's `exportedAt`). */
export const backupFileName = (now: Date): string => `refund-radar-backup-${now.toISOString().slice(0, 10)}.zip`;

export async function exportBackup(db: RadarDB, settings: Settings, sink: WritableStream<Uint8Array>, opts: BackupOptions = {}): Promise<BackupSummary> {
  const { signal, onProgress } = opts;
  const now = opts.now ?? new Date();
  const writer = sink.getWriter();
  const out = sealingWriter(writer);
  const pending: { chunk: Uint8Array; final: boolean }[] = [];
  let zipError: Error | undefined;
  const zip = new Zip((err, chunk, final) => {
    if (err) zipError = err;
    else pending.push({ chunk, final });
  });
  // fflate emits synchronously while an entry is pushed; waiting for the sink here is the back-pressure.
  const flush = async () => {
    if (zipError) throw zipError;
    for (const { chunk, final } of pending.splice(0)) await (final ? out.end(chunk) : out.write(chunk));
  };

  try {
    signal?.throwIfAborted();
    const { backup, files } = await snapshot(db, settings, now);
    const total = [...files.values()].reduce((n, f) => n + f.size, 0);
    const json = new ZipDeflate(BACKUP_JSON, { level: 6 });
    json.mtime = now;
    zip.add(json);
    for (const piece of jsonPieces(backup)) {
      signal?.throwIfAborted();
      json.push(strToU8(piece));
      await flush();
    }
    json.push(new Uint8Array(0), true);
    await flush();
    // fflate writes no Zip64 records: past 4 GiB the offsets would wrap.
    const bound = out.written + total + files.size * ENTRY_OVERHEAD + 1024;
    if (bound > ZIP32_MAX) throw new BackupError('too_large', `a backup is limited to 4 GiB; this one would be ${bound} bytes`);

    let done = 0;
    onProgress?.({ done, total });
    for (const [sha, file] of files) {
      const entry = new ZipPassThrough(file.path);
      entry.mtime = now;
      zip.add(entry);
      const hash = newSha256();
      let read = 0;
      for await (const chunk of chunksOf(file.blob, signal)) {
        hash.update(chunk);
        read += chunk.length;
        entry.push(chunk);
        await flush();
        onProgress?.({ done: (done += chunk.length), total });
      }
      // Checked before the entry's end is written: a mismatching file never becomes a complete entry.
      const actual = hash.hex();
      if (read !== file.size) throw new EvidenceIntegrityError(file.id, file.path, 'size', `gave ${read} bytes, its record says ${file.size}`);
      if (actual !== sha) throw new EvidenceIntegrityError(file.id, file.path, 'hash', `has SHA-256 ${actual}, its record says ${sha}`);
      entry.push(new Uint8Array(0), true);
      await flush();
    }
    zip.end();
    await flush();
    await writer.close();
    return { orders: backup.orders.length, cases: backup.cases.length, evidence: backup.evidence.length, bytes: out.written };
  } catch (e) {
    zip.terminate();
    await writer.abort(e).catch(() => undefined);
    throw e;
  }
}

interface BackupFile {
  path: string;
  size: number;
  blob: Blob;
  /** The first record with these bytes, to name in an error. */
  id: string;
}

/** Every row in one read transaction (one consistent moment), checked, and each distinct evidence file once. */
async function snapshot(db: RadarDB, settings: Settings, now: Date): Promise<{ backup: Backup; files: Map<string, BackupFile> }> {
  const rows = await db.transaction('r', [db.orders, db.parcels, db.marks, db.cases, db.evidence, db.evidenceBlobs, db.reminders], async () => {
    const evidence = await db.evidence.toArray();
    return {
      orders: await db.orders.toArray(),
      parcels: await db.parcels.toArray(),
      marks: await db.marks.toArray(),
      cases: await db.cases.toArray(),
      evidence,
      reminders: await db.reminders.toArray(),
      // Handles, not bytes: IndexedDB keeps blobs apart, and they are read only when written out.
      blobs: await db.evidenceBlobs.bulkGet(evidence.map((e) => e.id)),
    };
  });
  const parsed = BackupSchema.safeParse({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), schemaVersion: CURRENT_VERSION, settings, ...rows });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BackupError('invalid', `${formatPath(issue.path)}: ${issue.message} (this stored row could not be restored, so it was not backed up)`);
  }
  const backup = parsed.data;
  // Records that share bytes (one photo in two cases) share one file.
  const files = new Map<string, BackupFile>();
  for (const [i, record] of backup.evidence.entries()) {
    const blob = rows.blobs[i]?.blob;
    const path = blobPath(record.sha256);
    if (!blob) throw new EvidenceIntegrityError(record.id, path, 'missing', 'has no stored bytes');
    if (blob.size !== record.size) throw new EvidenceIntegrityError(record.id, path, 'size', `is ${blob.size} bytes, its record says ${record.size}`);
    if (!files.has(record.sha256)) files.set(record.sha256, { path, size: record.size, blob, id: record.id });
  }
  if (files.size + 1 > LIMITS.entries) throw new BackupError('too_large', `${files.size} evidence files are more than one backup can hold (${LIMITS.entries - 1})`);
  return { backup, files };
}

/** `backup.json` as text, a row at a time, in pieces of about JSON_PIECE characters. */
function* jsonPieces(backup: Backup): Generator<string> {
  const { format, version, exportedAt, schemaVersion, settings } = backup;
  let piece = JSON.stringify({ format, version, exportedAt, schemaVersion, settings }).slice(0, -1);
  for (const table of BACKUP_TABLES) {
    piece += `,${JSON.stringify(table)}:[`;
    for (const [i, row] of (backup[table] as unknown[]).entries()) {
      piece += (i ? ',\n' : '\n') + JSON.stringify(row);
      if (piece.length >= JSON_PIECE) {
        yield piece;
        piece = '';
      }
    }
    piece += ']';
  }
  yield `${piece}}\n`;
}
