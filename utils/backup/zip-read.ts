import { Inflate } from 'fflate';
import { chunksOf } from '../evidence/bytes';
import { sha256Of } from '../evidence/hash';
import { BackupError } from './errors';
import { BACKUP_JSON, BLOB_PATH, type BackupLimits } from './format';
import { readSealedEnd } from './zip-seal';

/**
 * Reads a backup archive from a Blob (the File the user picked) without holding it whole: the end
 * record and the central directory are read, the seal checked by streaming, then each entry's
 * header. An evidence file is a slice of the picked file: it is hashed by streaming and stored as
 * that slice, so a 500 MB video is never in memory.
 *
 * Only what Refund Radar writes is accepted: entries one after another from the first byte with no
 * gaps or overlaps (which rules out the overlapping-entry ZIP bomb), no encryption, `backup.json`
 * stored or deflated, evidence stored as it is.
 */

export interface ArchiveEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  /** Where the entry's data starts in the file, and its length there. */
  start: number;
  compressedSize: number;
  size: number;
}

export interface Archive {
  entries: Map<string, ArchiveEntry>;
  /** A stored entry's bytes as a slice of the file (no copy). */
  slice(entry: ArchiveEntry, type?: string): Blob;
  /** `backup.json`, inflated within its declared size. */
  readJson(): Promise<Uint8Array>;
}

const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
const CENTRAL_LENGTH = 46;
const LOCAL_LENGTH = 30;
const DESCRIPTOR_LENGTH = 16;
/** Bit 0: encrypted. Bit 3: sizes in a data descriptor after the data (how fflate streams). */
const ENCRYPTED = 1;
const DESCRIPTOR = 8;

const damaged = (detail: string) => new BackupError('damaged', `the ZIP structure is broken: ${detail}`);
const names = new TextDecoder('utf-8', { fatal: true });

async function bytesAt(file: Blob, start: number, end: number): Promise<Uint8Array> {
  const got = new Uint8Array(await file.slice(start, end).arrayBuffer());
  if (got.length !== end - start) throw damaged(`bytes ${start}–${end} lie past the end of the file`);
  return got;
}

export interface OpenOptions {
  signal?: AbortSignal;
  /** Progress of the checksum, the one step that reads the whole file. */
  onBytes?: (done: number, total: number) => void;
}

export async function openArchive(file: Blob, limits: BackupLimits, opts: OpenOptions = {}): Promise<Archive> {
  const end = await readSealedEnd(file);
  if (end.entries > limits.entries) throw new BackupError('too_large', `the archive lists ${end.entries} entries (at most ${limits.entries})`);
  // Each entry's record is short (our names are at most 73 bytes): a larger directory is not ours.
  if (end.directorySize > end.entries * (CENTRAL_LENGTH + 256)) throw damaged('the central directory is larger than its entries');

  let done = 0;
  const actual = await sha256Of(file.slice(0, end.end), { signal: opts.signal, onBytes: (n) => opts.onBytes?.((done += n), end.end) });
  if (actual !== end.sha256) throw new BackupError('damaged', 'the file was changed or damaged after it was written: its checksum does not match');

  const directory = await bytesAt(file, end.directoryOffset, end.end);
  const dv = new DataView(directory.buffer);
  const entries = new Map<string, ArchiveEntry>();
  let total = 0;
  let at = 0;
  let expected = 0;
  for (let i = 0; i < end.entries; i++) {
    if (at + CENTRAL_LENGTH > directory.length || dv.getUint32(at, true) !== CENTRAL_SIGNATURE) throw damaged(`entry ${i} of the central directory is missing`);
    const flags = dv.getUint16(at + 8, true);
    const method = dv.getUint16(at + 10, true);
    const crc = dv.getUint32(at + 16, true);
    const compressedSize = dv.getUint32(at + 20, true);
    const size = dv.getUint32(at + 24, true);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const disk = dv.getUint16(at + 34, true);
    const offset = dv.getUint32(at + 42, true);
    const next = at + CENTRAL_LENGTH + nameLength + extraLength + commentLength;
    if (next > directory.length) throw damaged(`entry ${i} of the central directory runs past its end`);
    const nameBytes = directory.subarray(at + CENTRAL_LENGTH, at + CENTRAL_LENGTH + nameLength);
    let name: string;
    try {
      name = names.decode(nameBytes);
    } catch {
      throw damaged(`entry ${i} has a name that is not UTF-8`);
    }
    if (name !== BACKUP_JSON && !BLOB_PATH.test(name)) throw new BackupError('invalid', `the archive holds “${name.slice(0, 100)}”, which a Refund Radar backup never does`);
    if (entries.has(name)) throw new BackupError('invalid', `the archive holds ${name} twice`);
    if (flags & ENCRYPTED) throw new BackupError('invalid', `${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new BackupError('invalid', `${name} uses compression method ${method}`);
    if (name !== BACKUP_JSON && method !== 0) throw new BackupError('invalid', `${name} is compressed; a backup stores evidence files as they are`);
    if (method === 0 && compressedSize !== size) throw damaged(`${name} is stored, yet its two sizes differ`);
    if (disk !== 0) throw damaged(`${name} claims another disk`);
    if (offset !== expected) throw damaged(`${name} does not start where the entry before it ended`);

    // The entry's own header must agree with the directory.
    const local = await bytesAt(file, offset, offset + LOCAL_LENGTH + nameLength);
    const lv = new DataView(local.buffer);
    if (lv.getUint32(0, true) !== LOCAL_SIGNATURE) throw damaged(`${name} has no header where the directory points`);
    if (lv.getUint16(6, true) !== flags || lv.getUint16(8, true) !== method || lv.getUint16(26, true) !== nameLength || !sameBytes(local.subarray(LOCAL_LENGTH), nameBytes)) {
      throw damaged(`the header of ${name} does not match the directory`);
    }
    const start = offset + LOCAL_LENGTH + nameLength + lv.getUint16(28, true);
    let after = start + compressedSize;
    if (flags & DESCRIPTOR) {
      const d = await bytesAt(file, after, after + DESCRIPTOR_LENGTH);
      const ddv = new DataView(d.buffer);
      if (ddv.getUint32(0, true) !== DESCRIPTOR_SIGNATURE || ddv.getUint32(4, true) !== crc || ddv.getUint32(8, true) !== compressedSize || ddv.getUint32(12, true) !== size) {
        throw damaged(`the sizes after ${name} do not match the directory`);
      }
      after += DESCRIPTOR_LENGTH;
    } else if (lv.getUint32(14, true) !== crc || lv.getUint32(18, true) !== compressedSize || lv.getUint32(22, true) !== size) {
      throw damaged(`the header of ${name} does not match the directory`);
    }
    if (after > end.directoryOffset) throw damaged(`${name} runs into the central directory`);
    if (name === BACKUP_JSON && size > limits.jsonBytes) throw new BackupError('too_large', `${BACKUP_JSON} would inflate to ${size} bytes (at most ${limits.jsonBytes})`);
    total += size;
    if (total > limits.totalBytes) throw new BackupError('too_large', `the archive would inflate to more than ${limits.totalBytes} bytes`);
    entries.set(name, { name, method, start, compressedSize, size });
    expected = after;
    at = next;
  }
  if (at !== directory.length || expected !== end.directoryOffset) throw damaged('the central directory does not account for the whole file');

  const slice = (e: ArchiveEntry, type = '') => file.slice(e.start, e.start + e.compressedSize, type);
  return {
    entries,
    slice,
    async readJson() {
      const entry = entries.get(BACKUP_JSON);
      if (!entry) throw new BackupError('not_backup', `this ZIP has no ${BACKUP_JSON}: it is not a Refund Radar backup`);
      return entry.method === 0 ? new Uint8Array(await slice(entry).arrayBuffer()) : inflateBounded(slice(entry), entry.size, opts.signal);
    },
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Inflates a deflated entry, refusing as soon as it yields more than its declared size: a ZIP bomb
 * stops at the bound, not when memory runs out.
 */
async function inflateBounded(source: Blob, size: number, signal?: AbortSignal): Promise<Uint8Array> {
  // Collected as it comes rather than allocated at the declared size, which a hostile file chooses.
  const parts: Uint8Array[] = [];
  let filled = 0;
  let finished = false;
  const inflate = new Inflate((chunk, final) => {
    if (filled + chunk.length > size) throw new BackupError('too_large', `${BACKUP_JSON} inflates past its declared ${size} bytes`);
    parts.push(chunk);
    filled += chunk.length;
    if (final) finished = true;
  });
  try {
    for await (const chunk of chunksOf(source, signal)) inflate.push(chunk);
    inflate.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof BackupError || signal?.aborted) throw e;
    throw damaged(`${BACKUP_JSON} does not inflate (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!finished || filled !== size) throw damaged(`${BACKUP_JSON} inflates to ${filled} bytes, its header says ${size}`);
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts.splice(0)) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
