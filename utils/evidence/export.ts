import { Zip, ZipDeflate, ZipPassThrough, strToU8, type ZipInputFile } from 'fflate';
import type { SiteId } from '../model';
import { chunksOf, type ByteSource } from './bytes';
import { newSha256 } from './hash';
import { renderReport, type ReportInput, type ReportOrder } from './report';
import { ManifestSchema, type EvidenceRecord, type Manifest } from './schema';
import { zipPaths } from './zip-names';

/**
 * One ZIP per case: `report.html`, `manifest.json`, then each original under `evidence/`. It is
 * streamed: each item is read chunk by chunk, hashed as it passes, and written to the caller's sink
 * before the next chunk is read, so memory holds about one chunk whatever the case's size
 * (bench/export-memory.ts measures it).
 *
 * An item whose bytes no longer match its record fails the export, naming the item, before its
 * entry is finished; the sink is then aborted, so a half-written archive is never presented as good.
 */

export interface ExportItem {
  record: EvidenceRecord;
  /** Opened only when the export reaches the item; undefined when its bytes are gone. */
  open(): Promise<ByteSource | undefined>;
}

export interface ExportCaseInput extends Omit<ReportInput, 'items' | 'exportedAt' | 'order'> {
  order: ReportOrder & { site: SiteId };
  /** In the order they go into the archive and the report. */
  items: ExportItem[];
}

export interface ExportProgress {
  /** Evidence bytes read so far, out of `total` (manifest and report are too small to count). */
  done: number;
  total: number;
  /** The entry being written. */
  path?: string;
}

export interface ExportOptions {
  signal?: AbortSignal;
  /** Called once per chunk read (often): throttle in the UI. */
  onProgress?: (p: ExportProgress) => void;
  now?: Date;
}

export class EvidenceIntegrityError extends Error {
  override readonly name = 'EvidenceIntegrityError';
  constructor(
    readonly itemId: string,
    readonly path: string,
    readonly problem: 'missing' | 'size' | 'hash',
    detail: string,
  ) {
    super(`evidence ${path} (id ${itemId}) ${detail}; the export was stopped and nothing was changed`);
  }
}

/** fflate writes no Zip64 records, so offsets and sizes must stay below 4 GiB. */
export class ExportTooLargeError extends Error {
  override readonly name = 'ExportTooLargeError';
  constructor(readonly bytes: number) {
    super(`a case export is limited to 4 GiB; this case holds ${bytes} bytes: export fewer items`);
  }
}

const ZIP32_MAX = 0xffff_ffff;
const ZIP_MAX_ENTRIES = 0xffff;

/**
 * Writes the case's ZIP to `sink` and closes it; on any failure (integrity, abort, sink error) the
 * sink is aborted and the error rethrown. Returns the manifest written.
 */
export async function exportCase(input: ExportCaseInput, sink: WritableStream<Uint8Array>, opts: ExportOptions = {}): Promise<Manifest> {
  const { signal, onProgress } = opts;
  signal?.throwIfAborted();
  const exportedAt = (opts.now ?? new Date()).toISOString();
  const records = input.items.map((i) => i.record);
  const paths = zipPaths(records);
  const manifest = ManifestSchema.parse({
    format: 'refund-radar-evidence',
    version: 1,
    caseId: input.caseId,
    order: { site: input.order.site, orderId: input.order.orderId },
    exportedAt,
    hashAlgorithm: 'SHA-256',
    report: 'report.html',
    items: records.map(({ caseId: _, ...r }, i) => ({ ...r, path: paths[i] })),
  });
  const { items: _items, ...context } = input;
  const report = strToU8(renderReport({ ...context, items: manifest.items, exportedAt }));
  const manifestBytes = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);

  const total = records.reduce((n, r) => n + r.size, 0);
  const names = ['report.html', 'manifest.json', ...paths];
  // Per entry: local header, data descriptor and central header each carry the name or fixed bytes.
  const archiveBound = total + report.length + manifestBytes.length + names.reduce((n, p) => n + 30 + 16 + 46 + 2 * p.length, 22) + 1024;
  if (archiveBound > ZIP32_MAX || names.length > ZIP_MAX_ENTRIES) throw new ExportTooLargeError(archiveBound);

  const writer = sink.getWriter();
  const pending: Uint8Array[] = [];
  let zipError: Error | undefined;
  const zip = new Zip((err, chunk) => {
    if (err) zipError = err;
    else pending.push(chunk);
  });
  // fflate emits synchronously while an entry is pushed; waiting for the sink here is the back-pressure.
  const flush = async () => {
    if (zipError) throw zipError;
    for (const chunk of pending.splice(0)) await writer.write(chunk);
  };
  const mtime = dosSafe(exportedAt);

  try {
    for (const [name, bytes] of [['report.html', report], ['manifest.json', manifestBytes]] as const) {
      const entry = new ZipDeflate(name, { level: 9 });
      entry.mtime = mtime;
      zip.add(entry);
      entry.push(bytes, true);
      await flush();
    }
    let done = 0;
    onProgress?.({ done, total });
    for (const [i, item] of input.items.entries()) {
      signal?.throwIfAborted();
      const { record } = item;
      const path = paths[i]!;
      const source = await item.open();
      if (!source) throw new EvidenceIntegrityError(record.id, path, 'missing', 'has no stored bytes');
      if (source.size !== record.size) throw new EvidenceIntegrityError(record.id, path, 'size', `is ${source.size} bytes, its record says ${record.size}`);
      const entry: ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void } = compressible(record.mime) ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
      entry.mtime = dosSafe(record.capturedAt);
      zip.add(entry);
      const hash = newSha256();
      let read = 0;
      for await (const chunk of chunksOf(source, signal)) {
        hash.update(chunk);
        read += chunk.length;
        entry.push(chunk);
        await flush();
        onProgress?.({ done: (done += chunk.length), total, path });
      }
      // Checked before the entry's end is written: a mismatching item never becomes a complete entry.
      if (read !== record.size) throw new EvidenceIntegrityError(record.id, path, 'size', `gave ${read} bytes, its record says ${record.size}`);
      const actual = hash.hex();
      if (actual !== record.sha256) throw new EvidenceIntegrityError(record.id, path, 'hash', `has SHA-256 ${actual}, its record says ${record.sha256}`);
      entry.push(new Uint8Array(0), true);
      await flush();
    }
    zip.end();
    await flush();
    await writer.close();
    return manifest;
  } catch (e) {
    zip.terminate();
    await writer.abort(e).catch(() => undefined);
    throw e;
  }
}

/**
 * Deflate only what it shrinks: text and raw bitmaps. Photos, video and PDFs are compressed already,
 * and stored as they are they cost no CPU and stay byte-for-byte visible in any ZIP tool.
 */
function compressible(mime: string): boolean {
  return /^text\//.test(mime) || /[/+](json|xml)$/.test(mime) || mime === 'image/bmp';
}

/** ZIP's DOS timestamps cover 1980–2107 and fflate refuses beyond 2099; dates outside are clamped. */
function dosSafe(iso: string): Date {
  const t = Date.parse(iso);
  return new Date(Math.min(Math.max(t, Date.UTC(1980, 0, 2)), Date.UTC(2099, 11, 30)));
}
