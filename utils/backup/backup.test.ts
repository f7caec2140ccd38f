import Dexie from 'dexie';
import { strFromU8, unzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RadarDB } from '../db/index';
import { saveOrderRead } from '../db/orders';
import { EvidenceIntegrityError } from '../evidence/export';
import { addEvidence } from '../evidence/store';
import { computeDeadlines } from '../rules/engine';
import { BackupError } from './errors';
import { backupFileName } from './export';
import { BackupSchema } from './format';
import { restoreBackup, type RestoreProgress } from './import';
import { aliexpress, backupBytes, plenty, seed, SETTINGS, snapshot, USER_ZONE } from './test-data';

let source: RadarDB;
let target: RadarDB;
beforeEach(() => {
  source = new RadarDB(`backup-source-${Math.random()}`);
  target = new RadarDB(`backup-target-${Math.random()}`);
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

const restore = (db: RadarDB, bytes: Uint8Array, mode: 'merge' | 'replace', more: Partial<Parameters<typeof restoreBackup>[2]> = {}) =>
  restoreBackup(db, new Blob([bytes as BlobPart]), { mode, userZone: USER_ZONE, storage: plenty, now: new Date('2026-04-01T00:00:00Z'), ...more });

const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('backup', () => {
  it('holds backup.json and each distinct evidence file once, under its SHA-256', async () => {
    await seed(source);
    const zip = unzipSync(await backupBytes(source));
    const backup = BackupSchema.parse(JSON.parse(strFromU8(zip['backup.json']!)));
    expect(backup).toMatchObject({ format: 'refund-radar-backup', version: 1, exportedAt: '2026-03-10T00:00:00.000Z', schemaVersion: 5, settings: SETTINGS });
    expect([backup.orders.length, backup.parcels.length, backup.marks.length, backup.cases.length, backup.evidence.length, backup.reminders.length]).toEqual([3, 1, 1, 1, 3, 1]);
    const files = Object.keys(zip).filter((n) => n.startsWith('evidence/'));
    expect(files).toHaveLength(2);
    for (const name of files) expect(createHash('sha256').update(zip[name]!).digest('hex')).toBe(name.slice('evidence/'.length));
    expect(backupFileName(new Date('2026-03-14T23:00:00Z'))).toBe('refund-radar-backup-2026-03-14.zip');
  });

  it('round trip: restored into an empty database, every row and every file is as it was, deadlines recomputed equal', async () => {
    await seed(source);
    const before = await snapshot(source);
    const saved: unknown[] = [];
    const result = await restore(target, await backupBytes(source), 'merge', { applySettings: async (s) => void saved.push(s) });
    expect(result).toMatchObject({ orders: 3, parcels: 1, cases: 1, evidence: 3, marks: 1, reminders: 1, settings: SETTINGS });
    expect(saved).toEqual([SETTINGS]);
    const after = await snapshot(target);
    for (const table of ['orders', 'parcels', 'marks', 'cases', 'reminders', 'deadlines']) expect(after[table], table).toEqual(before[table]);
    expect(sortById(after.evidence as { id: string }[])).toEqual(sortById(before.evidence as { id: string }[]));
    const bytes = (s: Record<string, unknown[]>) => sortById(s.evidenceBlobs as { id: string; bytes: string }[]).map(({ id, bytes }) => ({ id, bytes }));
    expect(bytes(after)).toEqual(bytes(before));
    // The `state` store is this browser's own (when it last checked reminders): not carried over.
    expect(after.state).toEqual([]);
    expect((before.deadlines as { basis: string }[]).some((d) => d.basis === 'user')).toBe(true);
  });

  it('replace into an empty database gives the same as merge', async () => {
    await seed(source);
    await restore(target, await backupBytes(source), 'replace');
    const [a, b] = [await snapshot(source), await snapshot(target)];
    for (const table of ['orders', 'parcels', 'marks', 'cases', 'reminders', 'deadlines']) expect(b[table], table).toEqual(a[table]);
  });

  it('merge keeps what only this browser has and folds each order like a re-capture; replace keeps only the backup', async () => {
    await seed(source);
    const bytes = await backupBytes(source);
    await seed(target, 2);
    // The same order, read here later: completed now, another tracking number; no corrections.
    await saveOrderRead(target, aliexpress('3000000000000001', { status: 'completed', tracking: [{ number: 'YT2233445566778' }], seller: undefined }), { now: new Date('2026-03-20T00:00:00Z'), userZone: USER_ZONE });

    await restore(target, bytes, 'merge');
    const merged = await target.orders.get(['aliexpress', '3000000000000001']);
    // The later capture's status; both tracking numbers; the seller the backup knew; the backup's correction.
    expect(merged?.status).toBe('completed');
    expect(merged?.tracking.map((t) => t.number).sort()).toEqual(['LP00123456789012', 'YT2233445566778']);
    expect(merged?.seller?.name).toBe('Lumen Outdoor');
    expect(merged?.overrides?.durations['ae.protection.end']).toEqual({ amount: 75, unit: 'days' });
    expect(merged?.capturedAt).toBe('2026-03-20T00:00:00.000Z');
    expect(merged?.firstSeenAt).toBe('2026-03-02T00:00:00.000Z');
    // This browser's own rows stay.
    expect(await target.orders.count()).toBe(6);
    expect(await target.cases.count()).toBe(2);
    expect(await target.evidence.count()).toBe(6);
    // The merged order's deadlines are recomputed from it, the backup's correction included.
    const deadlines = await target.deadlines.where('[site+orderId]').equals(['aliexpress', '3000000000000001']).toArray();
    expect(sortById(deadlines)).toEqual(sortById(computeDeadlines(merged!, { userZone: USER_ZONE })));

    await restore(target, bytes, 'replace');
    const [a, b] = [await snapshot(source), await snapshot(target)];
    for (const table of ['orders', 'parcels', 'marks', 'cases', 'reminders', 'deadlines']) expect(b[table], table).toEqual(a[table]);
    expect(await target.evidenceBlobs.count()).toBe(3);
  });

  it('merge keeps the later edit of a case, and refuses an evidence id that holds other bytes here', async () => {
    await seed(source);
    const bytes = await backupBytes(source);
    await seed(target);
    await target.cases.update('case-1', { notes: 'edited here later', updatedAt: '2026-03-30T00:00:00.000Z' });
    await restore(target, bytes, 'merge');
    expect((await target.cases.get('case-1'))?.notes).toBe('edited here later');

    // Same id, other bytes: the backup cannot say which is true, so it is refused and nothing changes.
    const record = (await source.evidence.toArray())[0]!;
    await target.evidenceBlobs.put({ id: record.id, blob: new Blob(['other']) });
    await target.evidence.update(record.id, { sha256: 'f'.repeat(64), size: 5 });
    const before = await snapshot(target);
    const err = await restore(target, bytes, 'merge').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect(err).toMatchObject({ problem: 'conflict', message: expect.stringMatching(/^evidence\[\d\] \(id [\w-]+\): this browser already keeps other bytes under that id/) });
    expect(await snapshot(target)).toEqual(before);
  });

  it('refuses before writing when storage is short, naming what it needs', async () => {
    await seed(source);
    await seed(target, 2);
    const before = await snapshot(target);
    const tight = { estimate: async () => ({ quota: 1_500_000, usage: 1_000_000 }) };
    const err = await restore(target, await backupBytes(source), 'merge', { storage: tight }).catch((e: unknown) => e);
    expect(err).toMatchObject({ problem: 'storage_full', message: expect.stringMatching(/^not enough space: the backup needs 1\.\d MB, 500 kB is free; nothing was changed$/) });
    expect(await snapshot(target)).toEqual(before);
  });

  it('reports progress through checking, verifying and writing', async () => {
    await seed(source);
    const phases: RestoreProgress['phase'][] = [];
    await restore(target, await backupBytes(source), 'merge', { onProgress: (p) => phases.at(-1) !== p.phase && phases.push(p.phase) });
    expect(phases).toEqual(['checking', 'verifying', 'writing']);
  });

  it('an export fails by name when an evidence item lost its bytes, and a stored row the import would refuse fails it too', async () => {
    await seed(source);
    const record = (await source.evidence.toArray())[0]!;
    await source.evidenceBlobs.delete(record.id);
    await expect(backupBytes(source)).rejects.toBeInstanceOf(EvidenceIntegrityError);
    await source.evidenceBlobs.put({ id: record.id, blob: new Blob(['jpeg bytes ']) });
    await source.orders.update(['aliexpress', '3000000000000001'], { url: 'javascript:alert(1)' });
    await expect(backupBytes(source)).rejects.toThrow(/^orders\[\d\]\.url: .*this stored row could not be restored/);
  });
});

describe('a page read during a restore', () => {
  const capture = (db: RadarDB, orderId: string, at: string) =>
    saveOrderRead(db, aliexpress(orderId, { tracking: [{ number: 'NEW0000000001' }] }), { now: new Date(at), userZone: USER_ZONE });

  for (const mode of ['merge', 'replace'] as const) {
    it(`${mode}: started at the same moment, both land and nothing is lost`, async () => {
      await seed(source);
      const bytes = await backupBytes(source);
      await Promise.all([restore(target, bytes, mode), capture(target, '3000000000000001', '2026-04-01T00:00:01Z'), capture(target, '4000000000000001', '2026-04-01T00:00:01Z')]);
      const restored = await target.orders.get(['aliexpress', '3000000000000001']);
      // The read's tracking number and the backup's correction are both there, whichever ran first.
      expect(restored?.tracking.map((t) => t.number).sort()).toEqual(['LP00123456789012', 'NEW0000000001']);
      expect(restored?.overrides?.durations['ae.protection.end']).toBeDefined();
      expect(await target.orders.get(['aliexpress', '4000000000000001'])).toBeDefined();
      expect(await target.orders.count()).toBe(4);
      expect(await target.deadlines.where('[site+orderId]').equals(['aliexpress', '4000000000000001']).count()).toBeGreaterThan(0);
    });
  }

  it('a read arriving while the restore writes waits for its transaction, then merges onto the restored rows', async () => {
    await seed(source);
    const bytes = await backupBytes(source);
    let read: Promise<unknown> | undefined;
    let restoredFirst = false;
    await restore(target, bytes, 'replace', {
      onProgress: (p) => {
        // Outside the restore's transaction, as a message from a content script would be.
        if (p.phase === 'writing') read ??= Dexie.ignoreTransaction(() => capture(target, '3000000000000001', '2026-04-01T00:00:01Z').then(async () => (restoredFirst = (await target.cases.count()) === 1)));
      },
    });
    await read;
    expect(restoredFirst).toBe(true);
    const order = await target.orders.get(['aliexpress', '3000000000000001']);
    expect(order?.tracking.map((t) => t.number).sort()).toEqual(['LP00123456789012', 'NEW0000000001']);
    expect(order?.overrides?.durations['ae.protection.end']).toEqual({ amount: 75, unit: 'days' });
  });

  it('replace keeps evidence captured while the file was being checked', async () => {
    await seed(source);
    const bytes = await backupBytes(source);
    const late = await addEvidence(target, new Blob(['added meanwhile']), { caseId: 'case-9', kind: 'document', source: { type: 'file', name: 'late.pdf' } }, { storage: plenty, now: new Date('2026-04-01T00:00:02Z') });
    await restore(target, bytes, 'replace');
    expect(await (await target.evidenceBlobs.get(late.id))?.blob.text()).toBe('added meanwhile');
    expect(await target.evidence.count()).toBe(4);
  });
});
