import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RadarDB } from '../db/index';
import { addEvidence, deleteEvidence, editEvidence, evidenceBytes, listEvidence, requestPersistence, StorageFullError, verifyEvidence, type NewEvidence, type StorageProbe } from './store';

let db: RadarDB;
beforeEach(() => {
  db = new RadarDB(`test-${Math.random()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const plenty: StorageProbe = { estimate: async () => ({ quota: 10 ** 10, usage: 0 }) };
const photo = (caseId = 'case-1'): NewEvidence => ({ caseId, kind: 'photo', source: { type: 'file', name: 'IMG_1.jpg', lastModified: '2026-03-01T10:00:00.000Z' } });
const bytes = (text: string) => new Blob([text], { type: 'image/jpeg' });

describe('evidence storage', () => {
  it('stores the record and the original bytes, hashed', async () => {
    const r = await addEvidence(db, bytes('jpeg bytes'), { ...photo(), caption: 'Torn seam' }, { storage: plenty, now: new Date('2026-03-02T00:00:00Z') });
    expect(r).toMatchObject({ caseId: 'case-1', kind: 'photo', mime: 'image/jpeg', size: 10, caption: 'Torn seam', capturedAt: '2026-03-02T00:00:00.000Z' });
    expect(r.sha256).toBe(createHash('sha256').update('jpeg bytes').digest('hex'));
    expect(await (await evidenceBytes(db, r.id))?.text()).toBe('jpeg bytes');
    expect(await verifyEvidence(db, r.id)).toEqual({ status: 'ok', sha256: r.sha256 });
  });

  it('keeps only the MIME essence', async () => {
    const r = await addEvidence(db, new Blob(['hi'], { type: 'Text/Plain; charset=UTF-8' }), { caseId: 'c', kind: 'chat_log', source: { type: 'pasted_text', from: 'seller chat' } }, { storage: plenty });
    expect(r.mime).toBe('text/plain');
  });

  it('lists a case in capture order, without other cases', async () => {
    const b = await addEvidence(db, bytes('b'), photo(), { storage: plenty, now: new Date('2026-03-02T00:00:00Z') });
    const a = await addEvidence(db, bytes('a'), photo(), { storage: plenty, now: new Date('2026-03-01T00:00:00Z') });
    await addEvidence(db, bytes('c'), photo('case-2'), { storage: plenty });
    expect((await listEvidence(db, 'case-1')).map((r) => r.id)).toEqual([a.id, b.id]);
  });

  it('edits a caption or the checklist on the record only; the bytes and hash stay', async () => {
    const r = await addEvidence(db, bytes('x'), { ...photo(), caption: 'old' }, { storage: plenty });
    const edited = await editEvidence(db, r.id, { caption: 'new', fulfils: ['photo_of_defect'] });
    expect(edited).toEqual({ ...r, caption: 'new', fulfils: ['photo_of_defect'] });
    const cleared = await editEvidence(db, r.id, { caption: '' });
    expect(cleared.caption).toBeUndefined();
    expect(cleared.fulfils).toEqual(['photo_of_defect']);
    expect(await verifyEvidence(db, r.id)).toMatchObject({ status: 'ok' });
  });

  it('detects bytes changed behind its back', async () => {
    const r = await addEvidence(db, bytes('original'), photo(), { storage: plenty });
    // Not possible through this module: simulates a corrupted or tampered database.
    await db.evidenceBlobs.put({ id: r.id, blob: bytes('tampered') });
    expect(await verifyEvidence(db, r.id)).toMatchObject({ status: 'mismatch', expected: r.sha256, expectedSize: 8, actualSize: 8 });
  });

  it('deletes the record and its bytes together', async () => {
    const r = await addEvidence(db, bytes('x'), photo(), { storage: plenty });
    await deleteEvidence(db, r.id);
    expect(await db.evidence.count()).toBe(0);
    expect(await db.evidenceBlobs.count()).toBe(0);
    expect(await verifyEvidence(db, r.id)).toEqual({ status: 'missing' });
  });

  it('refuses a capture that does not fit before writing anything, keeping what is stored', async () => {
    const kept = await addEvidence(db, bytes('kept'), photo(), { storage: plenty });
    const tight: StorageProbe = { estimate: async () => ({ quota: 3_000_000, usage: 2_500_000 }) };
    const big = new Blob([new Uint8Array(600_000)], { type: 'video/mp4' });
    const err = await addEvidence(db, big, { ...photo(), kind: 'video' }, { storage: tight }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect(err).toMatchObject({ need: 600_000 + 1024 * 1024, free: 500_000, message: 'not enough space: need 1.6 MB, 500 kB free' });
    expect((await db.evidence.toArray()).map((r) => r.id)).toEqual([kept.id]);
    expect(await db.evidenceBlobs.count()).toBe(1);
  });

  it('turns a quota failure of the write itself into the same error, with nothing half-written', async () => {
    vi.spyOn(db.evidenceBlobs, 'add').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const err = await addEvidence(db, bytes('x'), photo(), { storage: plenty }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect(await db.evidence.count()).toBe(0);
  });

  it('asks the browser to persist storage where it can', async () => {
    expect(await requestPersistence({ persist: async () => true })).toBe('persisted');
    expect(await requestPersistence({ persist: async () => false })).toBe('not_persisted');
    expect(await requestPersistence(undefined)).toBe('unsupported');
  });
});
