import { describe, expect, it } from 'vitest';
import { UPLOAD_CHANNELS, UPLOAD_LIMITS } from './upload-limits';
import { nextStep, planUploadCopy, type EncodeStep } from './upload-plan';

const photo = { width: 4000, height: 3000, bytes: 4_500_000, mime: 'image/jpeg' };

describe('upload limits data', () => {
  it('has every channel, each with a source, and no figure without one', () => {
    for (const ch of UPLOAD_CHANNELS) {
      const l = UPLOAD_LIMITS[ch];
      expect(l.channel).toBe(ch);
      expect(l.source.title.length).toBeGreaterThan(10);
      expect(l.source.seen).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (l.source.title.startsWith('No figure')) expect([l.maxFileBytes, l.maxFiles, l.accepted]).toEqual(['unknown', 'unknown', 'unknown']);
    }
  });
});

describe('planUploadCopy', () => {
  it('keeps an original that fits', () => {
    expect(planUploadCopy(photo, { maxFileBytes: 5_000_000, accepted: ['image/jpeg'] })).toEqual({ action: 'keep' });
  });

  it('says so when the limit is unknown, rather than guessing one', () => {
    expect(planUploadCopy(photo, UPLOAD_LIMITS.aliexpress_dispute)).toEqual({ action: 'unknown' });
  });

  it('converts a type the form refuses even when its size limit is unknown', () => {
    const plan = planUploadCopy({ ...photo, mime: 'image/heic' }, { maxFileBytes: 'unknown', accepted: ['image/jpeg', 'image/png'] });
    expect(plan).toEqual({ action: 'encode', maxBytes: 'unknown', step: { type: 'image/jpeg', quality: 0.85, width: 4000, height: 3000 } });
  });

  it('shrinks in proportion to the limit, keeping the aspect ratio', () => {
    const plan = planUploadCopy(photo, { maxFileBytes: 1_000_000, accepted: 'unknown' });
    expect(plan.action).toBe('encode');
    if (plan.action !== 'encode') return;
    // 12 Mpx at 0.3 B/px estimates 3.6 MB (under the 4.5 MB original): sqrt(0.9 MB / 3.6 MB) = 0.5.
    expect(plan.step).toEqual({ type: 'image/jpeg', quality: 0.85, width: 2000, height: 1500 });
  });

  it('never plans below a readable size, nor upscales a small image', () => {
    const tiny = planUploadCopy({ width: 600, height: 400, bytes: 900_000, mime: 'image/png' }, { maxFileBytes: 1000, accepted: 'unknown' });
    expect(tiny).toMatchObject({ step: { width: 600, height: 400 } });
    const big = planUploadCopy({ width: 8000, height: 2000, bytes: 40_000_000, mime: 'image/png' }, { maxFileBytes: 1000, accepted: 'unknown' });
    expect(big).toMatchObject({ step: { width: 800, height: 200 } });
  });

  it('uses the first type the form takes, and gives up when it takes no image type', () => {
    expect(planUploadCopy(photo, { maxFileBytes: 100_000, accepted: ['image/png'] })).toMatchObject({ step: { type: 'image/png' } });
    expect(planUploadCopy(photo, { maxFileBytes: 100_000, accepted: ['application/pdf'] })).toEqual({ action: 'unsupported' });
  });
});

describe('nextStep', () => {
  const step: EncodeStep = { type: 'image/jpeg', quality: 0.85, width: 2000, height: 1500 };

  it('stops once the copy fits', () => {
    expect(nextStep(step, 900, 1000)).toBeUndefined();
  });

  it('lowers the quality for a near miss, then shrinks for a far one', () => {
    expect(nextStep(step, 1100, 1000)).toEqual({ ...step, quality: 0.75 });
    expect(nextStep({ ...step, quality: 0.6 }, 1100, 1000)).toMatchObject({ quality: 0.6, width: 1809, height: 1357 });
    expect(nextStep(step, 4000, 1000)).toMatchObject({ quality: 0.85, width: 949, height: 712 });
  });

  it('gives up at the smallest readable size', () => {
    expect(nextStep({ ...step, width: 800, height: 600 }, 4000, 1000)).toBeUndefined();
  });
});
