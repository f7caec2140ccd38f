import type { EvidenceRecord } from './schema';

/**
 * Names inside the export ZIP. Page titles, file names and URLs are hostile or at least foreign: a
 * name like `../../x` or `C:\x` must never escape the extraction folder, Windows' unzip must read
 * every name without a UTF-8 flag, and two items must never collide even on case-insensitive disks.
 * So each name is `evidence/<nnn>-<kind>-<ascii stem>.<ext>`: the index makes it unique, the rest
 * keeps it recognisable; the original name stays in the manifest's `source`.
 */

const EXT_BY_MIME: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'image/bmp': 'bmp',
  'image/tiff': 'tif',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/html': 'html',
  'text/csv': 'csv',
  'application/json': 'json',
};

const STEM_MAX = 60;

export function zipPaths(records: readonly Pick<EvidenceRecord, 'kind' | 'mime' | 'source'>[]): string[] {
  const width = Math.max(3, String(records.length).length);
  return records.map((r, i) => {
    const stem = ascii(stemOf(r.source)).slice(0, STEM_MAX).replace(/[-._]+$/, '');
    return `evidence/${String(i + 1).padStart(width, '0')}-${r.kind}${stem ? `-${stem}` : ''}.${extensionOf(r)}`;
  });
}

function stemOf(source: EvidenceRecord['source']): string {
  switch (source.type) {
    case 'file':
      return source.name.replace(/\.[^.]*$/, '');
    case 'tab_screenshot':
    case 'page_text':
      return hostOf(source.url);
    case 'qc_photo':
      return (new URL(source.imageUrl).pathname.split('/').pop() ?? '').replace(/\.[^.]*$/, '');
    case 'pasted_text':
      return '';
  }
}

const hostOf = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

/** A picked file keeps its own extension (the user knows it by it); captured bytes get their type's. */
function extensionOf(r: Pick<EvidenceRecord, 'mime' | 'source'>): string {
  const own = r.source.type === 'file' ? /\.([A-Za-z0-9]{1,8})$/.exec(r.source.name)?.[1] : undefined;
  return own?.toLowerCase() ?? EXT_BY_MIME[r.mime] ?? 'bin';
}

/** Accents dropped (é → e), everything else outside [A-Za-z0-9._-] folded to one '-'; never a leading dot. */
function ascii(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-._]+/, '');
}
