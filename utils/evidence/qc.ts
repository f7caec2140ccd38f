import type { OrderItem, QcPhoto } from '../model';
import type { EvidenceRecord } from './schema';

export interface QcToAdd {
  photo: QcPhoto;
  itemTitle: string;
}

/** The order's QC photos not yet in the case (by image address), and the origins the extension must be allowed to read them from. */
export function qcPhotosToAdd(items: readonly Pick<OrderItem, 'title' | 'qcPhotos'>[], evidence: readonly Pick<EvidenceRecord, 'source'>[]): { photos: QcToAdd[]; origins: string[] } {
  const have = new Set(evidence.flatMap((r) => (r.source.type === 'qc_photo' ? [r.source.imageUrl] : [])));
  const photos = items.flatMap((item) => (item.qcPhotos ?? []).filter((p) => !have.has(p.url)).map((photo) => ({ photo, itemTitle: item.title })));
  const origins = [...new Set(photos.map((p) => `${new URL(p.photo.url).origin}/*`))];
  return { photos, origins };
}
