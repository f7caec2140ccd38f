import { strToU8 } from 'fflate';
import { newSha256 } from '../evidence/hash';
import { BackupError } from './errors';

/**
 * The seal: the ZIP's comment holds the SHA-256 of every byte before the archive's end record. ZIP's
 * own CRCs cover each entry's data only, not the headers and directory that say where the data is,
 * so without it a byte changed in a header could pass unnoticed; with it, a byte flipped or cut
 * anywhere is caught before anything is read. It proves no authorship (anyone can recompute it):
 * everything inside is still validated as untrusted.
 */
const SEAL_PREFIX = 'refund-radar-backup sha256:';
const SEAL_LENGTH = SEAL_PREFIX.length + 64;
const SEAL = /^refund-radar-backup sha256:([0-9a-f]{64})$/;

/** The end-of-central-directory record without its comment. */
const EOCD_LENGTH = 22;
const EOCD_SIGNATURE = 0x06054b50;

/**
 * Writes an archive's bytes to `writer`, hashing them; `end` takes the last chunk (central
 * directory and end record, as fflate's `Zip` emits it) and writes its end record with the seal.
 */
export function sealingWriter(writer: WritableStreamDefaultWriter<Uint8Array>) {
  const hash = newSha256();
  let written = 0;
  const write = async (chunk: Uint8Array) => {
    hash.update(chunk);
    written += chunk.length;
    await writer.write(chunk);
  };
  return {
    write,
    /** Bytes written so far. */
    get written() {
      return written;
    },
    async end(last: Uint8Array): Promise<void> {
      const body = last.subarray(0, last.length - EOCD_LENGTH);
      if (body.length) await write(body);
      const eocd = new Uint8Array(EOCD_LENGTH + SEAL_LENGTH);
      eocd.set(last.subarray(last.length - EOCD_LENGTH));
      new DataView(eocd.buffer).setUint16(20, SEAL_LENGTH, true);
      eocd.set(strToU8(SEAL_PREFIX + hash.hex()), EOCD_LENGTH);
      await writer.write(eocd);
      written += eocd.length;
    },
  };
}

/** What the end record says: where the central directory is, how many entries, and the sealed hash. */
export interface SealedEnd {
  /** Where the end record starts: the seal covers `[0, end)`. */
  end: number;
  entries: number;
  directoryOffset: number;
  directorySize: number;
  sha256: string;
}

const NOT_OURS = 'this file is not a Refund Radar backup, or it was cut short (its end is missing)';

/**
 * Reads the end record, which Refund Radar always writes at a fixed distance from the end of the
 * file. Every field is checked, since the seal cannot cover the record that holds it.
 */
export async function readSealedEnd(file: Blob): Promise<SealedEnd> {
  const end = file.size - EOCD_LENGTH - SEAL_LENGTH;
  if (end < 0) throw new BackupError('not_backup', NOT_OURS);
  const tail = new Uint8Array(await file.slice(end).arrayBuffer());
  const v = new DataView(tail.buffer);
  if (tail.length !== EOCD_LENGTH + SEAL_LENGTH || v.getUint32(0, true) !== EOCD_SIGNATURE || v.getUint16(20, true) !== SEAL_LENGTH) {
    throw new BackupError('not_backup', NOT_OURS);
  }
  const seal = SEAL.exec(String.fromCharCode(...tail.subarray(EOCD_LENGTH)));
  if (!seal) throw new BackupError('not_backup', NOT_OURS);
  const [disk, directoryDisk, here, entries] = [4, 6, 8, 10].map((at) => v.getUint16(at, true)) as [number, number, number, number];
  const directorySize = v.getUint32(12, true);
  const directoryOffset = v.getUint32(16, true);
  if (disk !== 0 || directoryDisk !== 0 || here !== entries || directoryOffset + directorySize !== end) {
    throw new BackupError('damaged', 'the ZIP end record does not match the file');
  }
  return { end, entries, directoryOffset, directorySize, sha256: seal[1]! };
}
