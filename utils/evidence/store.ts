import type { RadarDB } from '../db/index';
import type { ByteSource } from './bytes';
import type { ExportItem } from './export';
import { sha256Of } from './hash';
import { EvidenceRecordSchema, MAX_EVIDENCE_BYTES, MimeSchema, type EvidenceKind, type EvidenceRecord, type EvidenceSource } from './schema';
import { formatBytes } from './size';

/**
 * Evidence in IndexedDB: records (`evidence`) apart from their bytes (`evidenceBlobs`), so listing a
 * case never loads a video. Bytes are written once with `add` and have no update path: a caption
 * or checklist edit touches the record only, and an item's hash stays true for as long as it exists.
 */

/** Room kept beyond the bytes themselves for the record, its indexes and the browser's own bookkeeping. */
const WRITE_MARGIN = 1024 * 1024;

/** Raised before anything is written, so a capture that cannot fit never costs what is already stored. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  /** `free` is absent when the browser refused the write without saying how much room it had. */
  constructor(
    readonly need: number,
    readonly free?: number,
  ) {
    super(free === undefined ? `not enough space: need ${formatBytes(need)}, the browser refused the write` : `not enough space: need ${formatBytes(need)}, ${formatBytes(free)} free`);
  }
}

/** `navigator.storage` or a stand-in; absent where the browser has no Storage API (then only the write itself can fail). */
export interface StorageProbe {
  estimate(): Promise<{ quota?: number; usage?: number }>;
}

const defaultProbe = (): StorageProbe | undefined => globalThis.navigator?.storage;

export interface NewEvidence {
  caseId: string;
  kind: EvidenceKind;
  source: EvidenceSource;
  caption?: string;
  fulfils?: string[];
  /** Defaults to the blob's own type. */
  mime?: string;
}

export interface AddOptions {
  now?: Date;
  signal?: AbortSignal;
  /** Hashing progress: a 500 MB video takes seconds. */
  onProgress?: (done: number, total: number) => void;
  storage?: StorageProbe;
}

/**
 * Stores one item: checks the room, hashes the bytes, then writes the record and the bytes in one
 * transaction, so either both exist or neither does.
 */
export async function addEvidence(db: RadarDB, blob: Blob, meta: NewEvidence, opts: AddOptions = {}): Promise<EvidenceRecord> {
  if (blob.size > MAX_EVIDENCE_BYTES) throw new RangeError(`${formatBytes(blob.size)} is more than one evidence item can hold (${formatBytes(MAX_EVIDENCE_BYTES)})`);
  const probe = opts.storage ?? defaultProbe();
  const need = blob.size + WRITE_MARGIN;
  const free = await freeSpace(probe);
  if (free !== undefined && free < need) throw new StorageFullError(need, free);

  let done = 0;
  const sha256 = await sha256Of(blob, { signal: opts.signal, onBytes: (n) => opts.onProgress?.((done += n), blob.size) });
  const record = EvidenceRecordSchema.parse({
    id: crypto.randomUUID(),
    caseId: meta.caseId,
    kind: meta.kind,
    mime: essence(meta.mime ?? blob.type),
    size: blob.size,
    sha256,
    source: meta.source,
    ...(meta.caption ? { caption: meta.caption } : {}),
    ...(meta.fulfils?.length ? { fulfils: meta.fulfils } : {}),
    capturedAt: (opts.now ?? new Date()).toISOString(),
  });
  opts.signal?.throwIfAborted();
  try {
    await db.transaction('rw', db.evidence, db.evidenceBlobs, async () => {
      await db.evidence.add(record);
      await db.evidenceBlobs.add({ id: record.id, blob });
    });
  } catch (e) {
    // The estimate is the browser's guess; the write is the truth. The transaction rolled back.
    if (isQuotaError(e)) throw new StorageFullError(need, await freeSpace(probe).catch(() => undefined));
    throw e;
  }
  return record;
}

async function freeSpace(probe: StorageProbe | undefined): Promise<number | undefined> {
  if (!probe) return undefined;
  const { quota, usage } = await probe.estimate();
  return quota === undefined ? undefined : Math.max(0, quota - (usage ?? 0));
}

const isQuotaError = (e: unknown): boolean => {
  const err = e as { name?: string; inner?: { name?: string } } | null;
  return err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError';
};

/** `Text/Plain; charset=UTF-8` → `text/plain`; anything unreadable → `application/octet-stream`. */
function essence(type: string): string {
  const e = type.split(';')[0]!.trim().toLowerCase();
  return MimeSchema.safeParse(e).success ? e : 'application/octet-stream';
}

/** A record's own fields the user may change; the bytes, hash, source and times never change. */
export type EvidenceEdit = Partial<Pick<EvidenceRecord, 'caption' | 'fulfils'>>;

/** Applies an edit to the record only; an empty caption or list removes it. */
export async function editEvidence(db: RadarDB, id: string, edit: EvidenceEdit): Promise<EvidenceRecord> {
  return db.transaction('rw', db.evidence, async () => {
    const current = await db.evidence.get(id);
    if (!current) throw new Error(`no evidence ${id}`);
    const { caption: _c, fulfils: _f, ...rest } = current;
    const caption = 'caption' in edit ? edit.caption : current.caption;
    const fulfils = 'fulfils' in edit ? edit.fulfils : current.fulfils;
    const next = EvidenceRecordSchema.parse({ ...rest, ...(caption ? { caption } : {}), ...(fulfils?.length ? { fulfils } : {}) });
    await db.evidence.put(next);
    return next;
  });
}

/** Removes the record and its bytes together. */
export async function deleteEvidence(db: RadarDB, id: string): Promise<void> {
  await db.transaction('rw', db.evidence, db.evidenceBlobs, async () => {
    await db.evidence.delete(id);
    await db.evidenceBlobs.delete(id);
  });
}

/** A case's evidence in capture order, without bytes. */
export async function listEvidence(db: RadarDB, caseId: string): Promise<EvidenceRecord[]> {
  const rows = await db.evidence.where('caseId').equals(caseId).toArray();
  return rows.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id));
}

/** An item's stored bytes, to show or download; undefined when the item is gone. */
export async function evidenceBytes(db: RadarDB, id: string): Promise<Blob | undefined> {
  return (await db.evidenceBlobs.get(id))?.blob;
}

export type Verification =
  | { status: 'ok'; sha256: string }
  | { status: 'mismatch'; expected: string; actual: string; expectedSize: number; actualSize: number }
  | { status: 'missing' };

/** Re-hashes the stored bytes and compares them with the record. */
export async function verifyEvidence(db: RadarDB, id: string, opts: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {}): Promise<Verification> {
  const record = await db.evidence.get(id);
  const blob = await evidenceBytes(db, id);
  if (!record || !blob) return { status: 'missing' };
  let done = 0;
  const actual = await sha256Of(blob, { signal: opts.signal, onBytes: (n) => opts.onProgress?.((done += n), blob.size) });
  return actual === record.sha256 && blob.size === record.size
    ? { status: 'ok', sha256: actual }
    : { status: 'mismatch', expected: record.sha256, actual, expectedSize: record.size, actualSize: blob.size };
}

/** A case's items for `exportCase`: records now, each blob read only when the export reaches it. */
export async function exportItems(db: RadarDB, caseId: string): Promise<ExportItem[]> {
  return (await listEvidence(db, caseId)).map((record) => ({
    record,
    open: async (): Promise<ByteSource | undefined> => evidenceBytes(db, record.id),
  }));
}

export type Persistence = 'persisted' | 'not_persisted' | 'unsupported';

/**
 * Asks the browser to keep this extension's storage under pressure instead of evicting it. Call it
 * from a user gesture in the side panel: Firefox prompts, Chrome decides on its own heuristics.
 */
export async function requestPersistence(storage: Pick<StorageManager, 'persist'> | undefined = globalThis.navigator?.storage): Promise<Persistence> {
  if (!storage?.persist) return 'unsupported';
  return (await storage.persist()) ? 'persisted' : 'not_persisted';
}
