import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RadarDB } from '../db/index';
import { EvidenceIntegrityError, exportCase, ExportTooLargeError, type ExportCaseInput, type ExportItem } from './export';
import { ManifestSchema } from './schema';
import { addEvidence, exportItems, type StorageProbe } from './store';

let db: RadarDB;
beforeEach(() => {
  db = new RadarDB(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const plenty: StorageProbe = { estimate: async () => ({ quota: 10 ** 10, usage: 0 }) };
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** A sink that collects the archive, and says whether it was closed or aborted. */
function collector() {
  const parts: Uint8Array[] = [];
  const state = { closed: false, aborted: undefined as unknown };
  const sink = new WritableStream<Uint8Array>({
    write: (c) => void parts.push(c),
    close: () => void (state.closed = true),
    abort: (reason) => void (state.aborted = reason),
  });
  const bytes = () => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) out.set(p, (at += p.length) - p.length);
    return out;
  };
  return { sink, state, parts, bytes };
}

const jpeg = new Uint8Array(200_000).map((_, i) => (i * 7919) % 256);
const chat = 'Seller: 亲，可以退款\nBuyer: <b>thanks</b>\n'.repeat(200);

async function smallCase(): Promise<ExportCaseInput> {
  await addEvidence(db, new Blob([jpeg], { type: 'image/jpeg' }), { caseId: 'case-1', kind: 'photo', source: { type: 'file', name: 'IMG 2034 (1).JPG' }, caption: 'Torn seam' }, { storage: plenty, now: new Date('2026-03-01T00:00:00Z') });
  await addEvidence(db, new Blob([chat], { type: 'text/plain;charset=utf-8' }), { caseId: 'case-1', kind: 'chat_log', source: { type: 'pasted_text', from: 'AliExpress chat' } }, { storage: plenty, now: new Date('2026-03-02T00:00:00Z') });
  await addEvidence(db, new Blob(['%PDF-1.4 receipt'], { type: 'application/pdf' }), { caseId: 'case-1', kind: 'receipt', source: { type: 'file', name: 'receipt.pdf' } }, { storage: plenty, now: new Date('2026-03-03T00:00:00Z') });
  return {
    lang: 'en',
    caseId: 'case-1',
    order: { site: 'aliexpress', orderId: '8123456789012345', seller: 'Shop' },
    timeline: [{ at: '2026-03-04T00:00:00.000Z', text: 'Dispute opened' }],
    items: await exportItems(db, 'case-1'),
    draft: { text: 'Hello, the item arrived torn.' },
  };
}

describe('case export', () => {
  it('writes a ZIP that standard tools open, with a valid manifest and every hash true', async () => {
    const input = await smallCase();
    const out = collector();
    const progress: number[] = [];
    const manifest = await exportCase(input, out.sink, { now: new Date('2026-03-05T12:00:00Z'), onProgress: (p) => progress.push(p.done) });
    expect(out.state.closed).toBe(true);

    const files = unzipSync(out.bytes());
    expect(Object.keys(files)).toEqual(['report.html', 'manifest.json', 'evidence/001-photo-IMG-2034-1.jpg', 'evidence/002-chat_log.txt', 'evidence/003-receipt-receipt.pdf']);
    const parsed = ManifestSchema.parse(JSON.parse(strFromU8(files['manifest.json']!)));
    expect(parsed).toEqual(manifest);
    expect(parsed).toMatchObject({ caseId: 'case-1', order: { site: 'aliexpress', orderId: '8123456789012345' }, exportedAt: '2026-03-05T12:00:00.000Z' });
    for (const item of parsed.items) expect(sha(files[item.path]!), item.path).toBe(item.sha256);
    expect(parsed.items[0]).toMatchObject({ source: { type: 'file', name: 'IMG 2034 (1).JPG' }, caption: 'Torn seam', size: jpeg.length });
    expect(strFromU8(files['report.html']!)).toContain('<img src="evidence/001-photo-IMG-2034-1.jpg"');
    expect(progress.at(-1)).toBe(input.items.reduce((n, i) => n + i.record.size, 0));

    const dir = mkdtempSync(path.join(tmpdir(), 'rr-export-'));
    try {
      const zipFile = path.join(dir, 'case.zip');
      writeFileSync(zipFile, out.bytes());
      // Info-ZIP's unzip, as a bank's analyst would use; Python's zipfile where it is missing.
      const check = hasUnzip()
        ? execFileSync('unzip', ['-t', zipFile], { encoding: 'utf8' })
        : execFileSync('python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip() or "No errors detected")', zipFile], { encoding: 'utf8' });
      expect(check).toMatch(/No errors detected/);
      if (hasUnzip()) {
        // Photos and PDFs stored as they are; text deflated.
        const listing = execFileSync('unzip', ['-v', zipFile], { encoding: 'utf8' });
        expect(listing).toMatch(/Stored.*evidence\/001-photo/);
        expect(listing).toMatch(/Stored.*evidence\/003-receipt/);
        expect(listing).toMatch(/Defl:.*evidence\/002-chat_log/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails on a tampered item, naming it, and aborts the sink', async () => {
    const input = await smallCase();
    const victim = input.items[1]!.record;
    const forged = new TextEncoder().encode(chat.replace('退款', '不退'));
    expect(forged.length).toBe(victim.size);
    await db.evidenceBlobs.put({ id: victim.id, blob: new Blob([forged]) });
    const out = collector();
    const err = await exportCase(input, out.sink).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EvidenceIntegrityError);
    expect(err).toMatchObject({ itemId: victim.id, path: 'evidence/002-chat_log.txt', problem: 'hash' });
    expect((err as Error).message).toContain('evidence/002-chat_log.txt');
    expect(out.state).toMatchObject({ closed: false, aborted: err });
    // The stored record is untouched: the export never "repairs" an item.
    expect(await db.evidence.get(victim.id)).toEqual(victim);
  });

  it('fails on an item whose bytes are gone or of another length', async () => {
    const input = await smallCase();
    await db.evidenceBlobs.delete(input.items[0]!.record.id);
    await expect(exportCase(input, collector().sink)).rejects.toMatchObject({ problem: 'missing', path: 'evidence/001-photo-IMG-2034-1.jpg' });
    await db.evidenceBlobs.put({ id: input.items[2]!.record.id, blob: new Blob(['short']) });
    await expect(exportCase({ ...input, items: input.items.slice(1) }, collector().sink)).rejects.toMatchObject({ problem: 'size', path: 'evidence/002-receipt-receipt.pdf' });
  });

  it('stops when cancelled, aborting the sink', async () => {
    const input = await smallCase();
    const ac = new AbortController();
    const out = collector();
    const err = await exportCase(input, out.sink, { signal: ac.signal, onProgress: (p) => p.done > 0 && ac.abort() }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'AbortError' });
    expect(out.state).toMatchObject({ closed: false, aborted: err });
    expect(() => unzipSync(out.bytes())).toThrow();
  });

  it('refuses a case past what a ZIP without Zip64 holds, before writing', async () => {
    const base = await smallCase();
    const huge: ExportItem = { record: { ...base.items[0]!.record, size: 2 ** 31 }, open: () => Promise.reject(new Error('not opened')) };
    const out = collector();
    await expect(exportCase({ ...base, items: [huge, huge, huge] }, out.sink)).rejects.toBeInstanceOf(ExportTooLargeError);
    expect(out.parts).toHaveLength(0);
  });
});

function hasUnzip(): boolean {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
