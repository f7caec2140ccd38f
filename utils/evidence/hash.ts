import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { chunksOf, type ByteSource } from './bytes';

/**
 * SHA-256 that takes bytes piece by piece. `crypto.subtle.digest` only hashes one buffer, which for
 * a 500 MB video would mean holding it whole; @noble/hashes is audited, dependency-free and
 * tree-shakes to its SHA-2 module.
 */
export interface Sha256 {
  update(chunk: Uint8Array): void;
  /** Lower-case hex; the hasher is spent afterwards. */
  hex(): string;
}

export function newSha256(): Sha256 {
  const h = sha256.create();
  return {
    update: (chunk) => void h.update(chunk),
    hex: () => bytesToHex(h.digest()),
  };
}

/** The SHA-256 of a blob, read as a stream. `onBytes` gets each chunk's length, for progress. */
export async function sha256Of(source: ByteSource, opts: { signal?: AbortSignal; onBytes?: (n: number) => void } = {}): Promise<string> {
  const h = newSha256();
  for await (const chunk of chunksOf(source, opts.signal)) {
    h.update(chunk);
    opts.onBytes?.(chunk.length);
  }
  return h.hex();
}
