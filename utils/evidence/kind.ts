import type { EvidenceKind } from './schema';

/**
 * The kind of a file the user attached, from its type, preferring what the checklist item asked for
 * (a picture attached for "QC photos" is a QC photo; for "payment receipt", a receipt).
 */
export function kindOfFile(mime: string, wanted: readonly EvidenceKind[] = []): EvidenceKind {
  const family = mime.startsWith('image/') ? 'image' : mime.startsWith('video/') ? 'video' : mime.startsWith('text/') ? 'text' : 'document';
  const fits: Record<typeof family, readonly EvidenceKind[]> = {
    image: ['photo', 'qc_photo', 'screenshot', 'receipt', 'tracking', 'chat_log', 'document'],
    video: ['video'],
    text: ['chat_log', 'tracking', 'receipt', 'document'],
    document: ['document', 'receipt', 'tracking', 'chat_log'],
  };
  return wanted.find((k) => fits[family].includes(k)) ?? fits[family][0]!;
}
