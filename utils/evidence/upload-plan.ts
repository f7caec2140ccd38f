import type { Known, UploadLimit } from './upload-limits';

/**
 * Planning an upload-ready copy of a photo or screenshot: which size and quality to encode at so the
 * copy fits a form's per-file limit. Pure arithmetic; `upload-copy.ts` does the encoding in the
 * browser and feeds each result back through `nextStep`. The original is never touched.
 */

export interface ImageFacts {
  width: number;
  height: number;
  bytes: number;
  mime: string;
}

export interface EncodeStep {
  width: number;
  height: number;
  type: string;
  /** 0–1, for lossy types; PNG ignores it. */
  quality: number;
}

export type UploadPlan =
  | { action: 'keep' }
  | { action: 'encode'; step: EncodeStep; maxBytes: Known<number> }
  /** The form's size limit is unknown and its type is fine or unknown: nothing to compute. */
  | { action: 'unknown' }
  /** The form takes none of the image types a browser can encode. */
  | { action: 'unsupported' };

export type LimitFacts = Pick<UploadLimit, 'maxFileBytes' | 'accepted'>;

/** Encodable by every browser's `convertToBlob`, best first for photos. */
const OUTPUT_TYPES = ['image/jpeg', 'image/webp', 'image/png'];
const START_QUALITY = 0.85;
/** Below this JPEG shows blocks on fine print, which is what a screenshot's evidence often is. */
const MIN_QUALITY = 0.6;
/** Aim under the limit: a first estimate is rough. */
const FILL = 0.9;
/** Smaller than this a screenshot's text is unreadable: better to report that it cannot fit. */
const MIN_LONG_SIDE = 800;
/** Rough bytes per pixel: JPEG/WebP at 0.85 on a phone photo, and lossless PNG. */
const BYTES_PER_PIXEL: Record<string, number> = { 'image/jpeg': 0.3, 'image/webp': 0.2, 'image/png': 2 };

export function fitsAsIs(image: Pick<ImageFacts, 'bytes' | 'mime'>, limit: LimitFacts): boolean {
  return limit.maxFileBytes !== 'unknown' && image.bytes <= limit.maxFileBytes && (limit.accepted === 'unknown' || limit.accepted.includes(image.mime));
}

export function planUploadCopy(image: ImageFacts, limit: LimitFacts): UploadPlan {
  if (fitsAsIs(image, limit)) return { action: 'keep' };
  const typeOk = limit.accepted === 'unknown' || limit.accepted.includes(image.mime);
  if (limit.maxFileBytes === 'unknown' && typeOk) return { action: 'unknown' };
  const accepted = limit.accepted;
  const type = accepted === 'unknown' ? OUTPUT_TYPES[0]! : OUTPUT_TYPES.find((t) => accepted.includes(t));
  if (!type) return { action: 'unsupported' };
  const max = limit.maxFileBytes;
  // The source's own size bounds a same-type re-encode; otherwise estimate from the pixel count.
  const estimate = Math.min(image.width * image.height * BYTES_PER_PIXEL[type]!, image.mime === type ? image.bytes : Infinity);
  const floor = Math.min(1, MIN_LONG_SIDE / Math.max(image.width, image.height));
  const scale = max === 'unknown' ? 1 : Math.max(floor, Math.min(1, Math.sqrt((FILL * max) / estimate)));
  return { action: 'encode', step: { type, quality: START_QUALITY, ...scaled(image, scale) }, maxBytes: max };
}

/**
 * The next try after an encode produced `produced` bytes against `maxBytes`: lower the quality while
 * that is enough, else shrink (bytes follow the pixel count). Undefined when it fits, or when it
 * cannot fit without becoming unreadable.
 */
export function nextStep(prev: EncodeStep, produced: number, maxBytes: number): EncodeStep | undefined {
  if (produced <= maxBytes) return undefined;
  const ratio = (FILL * maxBytes) / produced;
  if (prev.type !== 'image/png' && ratio >= 0.7 && prev.quality > MIN_QUALITY) return { ...prev, quality: Math.max(MIN_QUALITY, round2(prev.quality - 0.1)) };
  const longSide = Math.max(prev.width, prev.height);
  if (longSide <= MIN_LONG_SIDE) return undefined;
  const scale = Math.max(Math.sqrt(ratio), MIN_LONG_SIDE / longSide);
  return { ...prev, ...scaled(prev, scale) };
}

function scaled(size: { width: number; height: number }, scale: number): { width: number; height: number } {
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
