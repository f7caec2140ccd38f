import { describe, expect, it } from 'vitest';
import { makeUploadCopy, type DecodedImage, type ImageCodec } from './upload-copy';
import type { EncodeStep } from './upload-plan';

/** Stands in for canvas encoding: output bytes grow with pixels and quality, like JPEG's. */
function fakeCodec(width: number, height: number, bytesPerPixelAtFull: number) {
  const log = { encoded: [] as EncodeStep[], closed: 0, decoded: 0 };
  const codec: ImageCodec<DecodedImage> = {
    decode: async () => (log.decoded++, { width, height, close: () => void log.closed++ }),
    encode: async (_image, step) => {
      log.encoded.push(step);
      return new Blob([new Uint8Array(Math.round(step.width * step.height * bytesPerPixelAtFull * step.quality))], { type: step.type });
    },
  };
  return { codec, log };
}

const original = (bytes: number, type = 'image/jpeg') => new Blob([new Uint8Array(bytes)], { type });

describe('makeUploadCopy', () => {
  it('returns the original untouched, without decoding it, when it fits', async () => {
    const { codec, log } = fakeCodec(100, 100, 1);
    expect(await makeUploadCopy(original(500), { maxFileBytes: 1000, accepted: 'unknown' }, codec)).toEqual({ action: 'keep' });
    expect(log.decoded).toBe(0);
  });

  it('encodes until the copy fits, and releases the decoded image', async () => {
    const { codec, log } = fakeCodec(4000, 3000, 0.6);
    const src = original(5_000_000);
    const copy = await makeUploadCopy(src, { maxFileBytes: 1_000_000, accepted: 'unknown' }, codec);
    expect(copy.action).toBe('copy');
    if (copy.action !== 'copy') return;
    expect(copy.blob.size).toBeLessThanOrEqual(1_000_000);
    expect(log.encoded.length).toBeGreaterThan(1);
    expect(log.closed).toBe(1);
    expect(src.size).toBe(5_000_000);
  });

  it('reports a limit it cannot reach while staying readable', async () => {
    const { codec, log } = fakeCodec(4000, 3000, 0.6);
    const out = await makeUploadCopy(original(5_000_000), { maxFileBytes: 10_000, accepted: 'unknown' }, codec);
    expect(out).toMatchObject({ action: 'cannot_fit', maxBytes: 10_000 });
    expect(log.closed).toBe(1);
  });

  it('says the limit is unknown rather than guessing', async () => {
    const { codec } = fakeCodec(4000, 3000, 0.6);
    expect(await makeUploadCopy(original(5_000_000), { maxFileBytes: 'unknown', accepted: 'unknown' }, codec)).toEqual({ action: 'unknown' });
  });
});
