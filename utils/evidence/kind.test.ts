import { describe, expect, it } from 'vitest';
import { kindOfFile } from './kind';

describe('the kind of an attached file', () => {
  it.each([
    ['image/jpeg', [], 'photo'],
    ['image/png', ['qc_photo', 'photo'], 'qc_photo'],
    ['image/png', ['receipt'], 'receipt'],
    ['video/mp4', ['photo', 'video'], 'video'],
    ['video/mp4', ['photo'], 'video'],
    ['application/pdf', ['receipt'], 'receipt'],
    ['application/pdf', [], 'document'],
    ['text/plain', ['tracking'], 'tracking'],
    ['', [], 'document'],
  ] as const)('%s for %j is %s', (mime, wanted, kind) => {
    expect(kindOfFile(mime, wanted)).toBe(kind);
  });
});
