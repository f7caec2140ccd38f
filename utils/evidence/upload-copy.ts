import { fitsAsIs, nextStep, planUploadCopy, type EncodeStep, type LimitFacts } from './upload-plan';

/**
 * Makes an upload-ready copy of an image for one dispute form (browser only: `createImageBitmap`
 * and `OffscreenCanvas`, which exist in the side panel and in workers). The original blob is only
 * read; the copy is a new blob for the user to download or drag into the form.
 */

export interface DecodedImage {
  readonly width: number;
  readonly height: number;
  close(): void;
}

/** Decoding and encoding, apart so tests can stand in for the browser's canvas. */
export interface ImageCodec<I extends DecodedImage> {
  decode(blob: Blob): Promise<I>;
  encode(image: I, step: EncodeStep): Promise<Blob>;
}

export const browserCodec: ImageCodec<ImageBitmap> = {
  // 'from-image' applies the EXIF rotation, so a phone photo is not copied on its side.
  decode: (blob) => createImageBitmap(blob, { imageOrientation: 'from-image' }),
  async encode(image, step) {
    const canvas = new OffscreenCanvas(step.width, step.height);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2D canvas in this browser context');
    if (step.type === 'image/jpeg') {
      // JPEG has no transparency: transparent screenshot pixels would turn black.
      g.fillStyle = '#fff';
      g.fillRect(0, 0, step.width, step.height);
    }
    g.imageSmoothingQuality = 'high';
    g.drawImage(image, 0, 0, step.width, step.height);
    return canvas.convertToBlob({ type: step.type, quality: step.quality });
  },
};

export type UploadCopy =
  | { action: 'keep' }
  | { action: 'copy'; blob: Blob; step: EncodeStep }
  | { action: 'unknown' }
  | { action: 'unsupported' }
  /** Even the smallest readable copy is over the limit. */
  | { action: 'cannot_fit'; maxBytes: number; smallest: number };

/** Each try costs a full encode; past this many the estimates are not converging. */
const MAX_TRIES = 8;

export async function makeUploadCopy(original: Blob, limit: LimitFacts, codec: ImageCodec<DecodedImage> = browserCodec): Promise<UploadCopy> {
  // Decoding a 50-megapixel photo costs memory: skip it when the original will do.
  if (fitsAsIs({ bytes: original.size, mime: original.type }, limit)) return { action: 'keep' };
  const image = await codec.decode(original);
  try {
    const plan = planUploadCopy({ width: image.width, height: image.height, bytes: original.size, mime: original.type }, limit);
    if (plan.action !== 'encode') return plan;
    // Only the type was wrong: one conversion at full size.
    if (plan.maxBytes === 'unknown') return { action: 'copy', blob: await codec.encode(image, plan.step), step: plan.step };
    const max = plan.maxBytes;
    let step: EncodeStep | undefined = plan.step;
    let smallest = Infinity;
    for (let i = 0; step && i < MAX_TRIES; i++) {
      const blob = await codec.encode(image, step);
      if (blob.size <= max) return { action: 'copy', blob, step };
      smallest = Math.min(smallest, blob.size);
      step = nextStep(step, blob.size, max);
    }
    return { action: 'cannot_fit', maxBytes: max, smallest };
  } finally {
    image.close();
  }
}
