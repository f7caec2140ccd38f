import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ByteSource } from './bytes';
import { sha256Of } from './hash';

/** A source that yields the given chunks, as `blob.stream()` does in pieces. */
const chunked = (chunks: Uint8Array[]): ByteSource => ({
  size: chunks.reduce((n, c) => n + c.length, 0),
  stream: () =>
    new ReadableStream({
      start(c) {
        for (const x of chunks) c.enqueue(x);
        c.close();
      },
    }),
});

describe('sha256Of', () => {
  it('matches the FIPS 180-2 vectors', async () => {
    expect(await sha256Of(new Blob([]))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Of(new Blob(['abc']))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives the same hash however the bytes are split, and reports every byte', async () => {
    const bytes = new Uint8Array(300_001).map((_, i) => (i * 31) % 251);
    const parts = [bytes.subarray(0, 1), bytes.subarray(1, 65_537), bytes.subarray(65_537)];
    let seen = 0;
    const hex = await sha256Of(chunked(parts), { onBytes: (n) => (seen += n) });
    expect(hex).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(seen).toBe(bytes.length);
  });

  it('stops when aborted', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(sha256Of(new Blob(['x']), { signal: ac.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
