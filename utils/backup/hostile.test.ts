import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RadarDB } from '../db/index';
import { BackupError, type BackupProblem } from './errors';
import type { BackupLimits } from './format';
import { restoreBackup } from './import';
import { backupBytes, plenty, seed, snapshot, USER_ZONE } from './test-data';
import { sealingWriter } from './zip-seal';

/**
 * 1,000 damaged or hostile backups, made deterministically from one good one: each is refused with
 * the problem its kind calls for and a message that says what is wrong, and the database is
 * unchanged, table by table and byte by byte. Files damaged after writing fail on the seal; files
 * crafted with a valid seal (anyone can compute one) fail on what is inside.
 */

const CASES = 1000;

/** mulberry32: a small seeded generator, so every run tries the same 1,000 files. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]! };
}

/** Seals a ZIP as the export does, so a crafted archive gets past the checksum. */
async function seal(zip: Uint8Array): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const writer = new WritableStream<Uint8Array>({ write: (c) => void chunks.push(c) }).getWriter();
  await sealingWriter(writer).end(zip);
  return new Uint8Array(Buffer.concat(chunks));
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every value's path in a JSON tree (the root excluded). */
function pathsOf(v: Json, at: Path = [], out: Path[] = []): Path[] {
  if (at.length) out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...at, k], out);
  return out;
}

const getAt = (root: Json, path: Path): Json => path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, root);
function setAt(root: Json, path: Path, value: Json): void {
  (getAt(root, path.slice(0, -1)) as Record<string | number, Json>)[path.at(-1)!] = value;
}

/** A value of another JSON type than `v` (never null, which some fields accept). */
function otherType(v: Json, r: ReturnType<typeof random>): Json {
  if (typeof v === 'string') return r.pick<Json>([42, true, [], {}]);
  if (typeof v === 'number') return r.pick<Json>([String(v), false, [v], {}]);
  if (typeof v === 'boolean') return r.pick<Json>([String(v), 1, []]);
  if (Array.isArray(v)) return r.pick<Json>([{}, 'list', 3]);
  if (v && typeof v === 'object') return r.pick<Json>([[], 'object', 7, true]);
  return 'was null';
}

interface Hostile {
  kind: string;
  bytes: Uint8Array;
  expect: BackupProblem[];
  message?: RegExp;
  limits?: Partial<BackupLimits>;
}

describe('1,000 damaged or hostile backups', () => {
  let db: RadarDB;
  let good: Uint8Array;
  let files: Record<string, Uint8Array>;
  let json: Json;
  let paths: Path[];
  let before: Record<string, unknown[]>;

  beforeAll(async () => {
    const source = new RadarDB(`hostile-source-${Math.random()}`);
    await seed(source);
    good = await backupBytes(source);
    await source.delete();
    files = unzipSync(good);
    json = JSON.parse(strFromU8(files['backup.json']!)) as Json;
    paths = pathsOf(json);
    db = new RadarDB(`hostile-target-${Math.random()}`);
    await seed(db, 2);
    before = await snapshot(db);
  });
  afterAll(async () => {
    await db.delete();
  });

  const clone = (): Json => structuredClone(json);
  const evidenceNames = () => Object.keys(files).filter((n) => n.startsWith('evidence/'));
  /** A ZIP of the given backup.json text and files, sealed. */
  const pack = (text: string | Uint8Array, extra: Zippable = {}, omit: string[] = []) => {
    const entries: Zippable = { 'backup.json': [typeof text === 'string' ? strToU8(text) : text, { level: 6 }] };
    for (const name of evidenceNames()) if (!omit.includes(name)) entries[name] = [files[name]!, { level: 0 }];
    return seal(zipSync({ ...entries, ...extra }));
  };

  /** The good backup's entries as fflate writes them without streaming (sizes in the headers), unsealed. */
  const plainZip = () => zipSync({ 'backup.json': [files['backup.json']!, { level: 6 }], ...Object.fromEntries(evidenceNames().map((n) => [n, [files[n]!, { level: 0 }]])) } as Zippable);

  const makers: ((r: ReturnType<typeof random>) => Promise<Hostile>)[] = [
    async (r) => ({ kind: 'truncated', bytes: good.subarray(0, r.int(good.length)), expect: ['not_backup'], message: /not a Refund Radar backup, or it was cut short/ }),
    async (r) => {
      const bytes = good.slice();
      for (let n = 1 + r.int(3); n > 0; n--) bytes[r.int(bytes.length)]! ^= 1 + r.int(255);
      return { kind: 'flipped bytes', bytes, expect: ['damaged', 'not_backup'] };
    },
    async (r) => ({ kind: 'bytes appended', bytes: new Uint8Array(Buffer.concat([good, Buffer.alloc(1 + r.int(64), r.int(256))])), expect: ['not_backup'] }),
    async (r) => ({ kind: 'random bytes', bytes: new Uint8Array(Array.from({ length: r.int(400) }, () => r.int(256))), expect: ['not_backup'] }),
    async () => ({ kind: 'an unsealed ZIP', bytes: zipSync(files), expect: ['not_backup'] }),
    async (r) => {
      const v = clone();
      const path = r.pick(paths);
      setAt(v, path, otherType(getAt(v, path), r));
      // The format field decides whether it is ours at all; the version fields say what it is.
      const expected: BackupProblem[] = path[0] === 'format' ? ['not_backup'] : ['invalid'];
      return { kind: `wrong type at ${path.join('.')}`, bytes: await pack(JSON.stringify(v)), expect: expected };
    },
    async (r) => {
      const v = clone();
      const strings = paths.filter((p) => typeof getAt(v, p) === 'string' && p[0] !== 'format');
      const path = r.pick(strings);
      // Past every field's bound (the walk), or past the field's own (the schema).
      setAt(v, path, 'x'.repeat(r.pick([25_000, 100_001, 2_000_000])));
      return { kind: `huge string at ${path.join('.')}`, bytes: await pack(JSON.stringify(v)), expect: ['invalid'] };
    },
    async (r) => {
      const v = clone();
      const objects = [[] as Path, ...paths.filter((p) => { const x = getAt(v, p); return !!x && typeof x === 'object' && !Array.isArray(x); })];
      const path = r.pick(objects);
      const key = r.pick(['__proto__', 'constructor', 'prototype']);
      const target = path.length ? getAt(v, path) : v;
      Object.defineProperty(target, key, { value: JSON.parse('{"polluted":true}'), enumerable: true, configurable: true, writable: true });
      return { kind: `${key} key`, bytes: await pack(JSON.stringify(v)), expect: ['invalid'], message: new RegExp(`${key}: the key “${key}” is not allowed$`) };
    },
    async (r) => {
      const v = clone() as Record<string, Json>;
      const variant = r.int(6);
      if (variant === 0) v.version = 2 + r.int(50);
      else if (variant === 1) v.schemaVersion = 6 + r.int(50);
      else if (variant === 2) v.format = r.pick(['refund-radar-evidence', 'Refund-Radar-Backup', '']);
      else if (variant === 3) delete v.format;
      else if (variant === 4) v.version = r.pick<Json>(['1', 0, 0.5, null]);
      else v.schemaVersion = r.pick<Json>([0, '5', -1, 4.5]);
      const expected: BackupProblem[] = variant <= 1 ? ['newer_version'] : variant <= 3 ? ['not_backup'] : ['invalid'];
      return { kind: `version ${variant}`, bytes: await pack(JSON.stringify(v)), expect: expected, ...(variant <= 1 ? { message: /^backup from a newer version/ } : {}) };
    },
    async (r) => ({ kind: 'missing file', bytes: await pack(strFromU8(files['backup.json']!), {}, [r.pick(evidenceNames())]), expect: ['missing_file'], message: /^evidence\[\d\] \(id [\w-]+\): its file evidence\/[0-9a-f]{64} is not in the backup$/ }),
    async (r) => {
      const name = r.pick(evidenceNames());
      const bytes = files[name]!.slice();
      bytes[r.int(bytes.length)]! ^= 1 + r.int(255);
      return { kind: 'file changed', bytes: await pack(strFromU8(files['backup.json']!), { [name]: [bytes, { level: 0 }] }), expect: ['file_mismatch'], message: /^evidence\/[0-9a-f]{64}: its bytes have SHA-256/ };
    },
    async (r) => {
      const v = clone() as { evidence: Record<string, Json>[] };
      const record = r.pick(v.evidence);
      if (r.int(2)) record.size = (record.size as number) + 1 + r.int(10);
      else record.sha256 = r.int(16).toString(16).repeat(64);
      return { kind: 'record does not match its file', bytes: await pack(JSON.stringify(v)), expect: ['file_mismatch', 'missing_file'] };
    },
    async (r) => {
      const v = clone() as Record<string, Json[]>;
      const table = r.pick(['orders', 'parcels', 'marks', 'cases', 'evidence', 'reminders']);
      const rows = v[table]!;
      rows.splice(r.int(rows.length + 1), 0, structuredClone(r.pick(rows)));
      return { kind: `duplicate in ${table}`, bytes: await pack(JSON.stringify(v)), expect: ['invalid'], message: new RegExp(`^${table}\\[\\d+\\]: .* again \\(first at ${table}\\[\\d+\\]\\)$`) };
    },
    async (r) => {
      const name = r.pick(['../../evil.sh', '/etc/passwd', '__MACOSX/._backup.json', 'evidence/ABC', `evidence/${'0'.repeat(64)}`, 'manifest.json']);
      return { kind: `unexpected entry ${name}`, bytes: await pack(strFromU8(files['backup.json']!), { [name]: [strToU8('x'), { level: 0 }] }), expect: ['invalid'] };
    },
    async (r) => {
      // A ZIP bomb: megabytes of spaces deflate to a few kilobytes.
      const text = strFromU8(files['backup.json']!).replace(/}\n$/, `${' '.repeat(1_000_000 + r.int(3_000_000))}}`);
      return { kind: 'zip bomb', bytes: await pack(text), expect: ['too_large'], limits: { jsonBytes: 512 * 1024 } };
    },
    async (r) => ({ kind: 'too many entries', bytes: good, expect: ['too_large'], limits: { entries: 1 + r.int(2) } }),
    async (r) => {
      const name = r.pick(evidenceNames());
      return { kind: 'evidence compressed', bytes: await pack(strFromU8(files['backup.json']!), { [name]: [files[name]!, { level: 9 }] }), expect: ['invalid'], message: /is compressed; a backup stores evidence files as they are$/ };
    },
    async (r) => {
      const variant = r.int(5);
      const text = [
        () => strToU8('{"format": "refund-radar-backup", '),
        () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
        () => strToU8(`${'['.repeat(200_000)}${']'.repeat(200_000)}`),
        () => strToU8('[{"format": "refund-radar-backup"}]'),
        () => strToU8(`{"format":"refund-radar-backup","version":1,"x":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`),
      ][variant]!();
      return { kind: `unreadable backup.json ${variant}`, bytes: await pack(text), expect: variant === 3 || variant === 2 ? ['not_backup', 'damaged'] : variant === 4 ? ['invalid'] : ['damaged'] };
    },
    async (r) => {
      // Crafted structure under a valid seal: directory and headers that disagree or overlap.
      const zip = plainZip();
      const v = new DataView(zip.buffer, zip.byteOffset);
      const cd = v.getUint32(zip.length - 22 + 16, true);
      const entry = cd + r.int(2) * (46 + 'backup.json'.length);
      const variant = r.int(4);
      if (variant === 0) v.setUint32(entry + 42, (v.getUint32(entry + 42, true) + 1 + r.int(zip.length - 1)) % zip.length, true);
      else if (variant === 1) v.setUint32(entry + 20, v.getUint32(entry + 20, true) + 1 + r.int(100), true);
      else if (variant === 2) v.setUint16(entry + 10, r.pick([0, 8, 12, 99].filter((m) => m !== v.getUint16(entry + 10, true))), true);
      else v.setUint16(entry + 8, 1, true);
      return { kind: `crafted structure ${variant}`, bytes: await seal(zip), expect: ['damaged', 'invalid'] };
    },
    async (r) => {
      // backup.json's deflated bytes changed, or its declared size shrunk (a bomb that lies), under a valid seal.
      const zip = plainZip();
      const v = new DataView(zip.buffer, zip.byteOffset);
      const variant = r.int(2);
      if (variant === 0) zip[30 + 'backup.json'.length + r.int(40)]! ^= 1 + r.int(255);
      else {
        const cd = v.getUint32(zip.length - 22 + 16, true);
        const declared = 100 + r.int(1000);
        v.setUint32(22, declared, true);
        v.setUint32(cd + 24, declared, true);
      }
      return { kind: `inflating backup.json ${variant}`, bytes: await seal(zip), expect: variant ? ['too_large'] : ['damaged', 'invalid', 'not_backup', 'too_large'] };
    },
  ];

  it(`refuses each one with a clear error and leaves the database as it was (${CASES} files)`, { timeout: 60_000 }, async () => {
    const r = random(20260310);
    const seen = new Map<string, number>();
    const started = performance.now();
    for (let i = 0; i < CASES; i++) {
      const h = await makers[i % makers.length]!(r);
      const mode = i % 2 ? 'merge' : 'replace';
      const err = await restoreBackup(db, new Blob([h.bytes as BlobPart]), { mode, userZone: USER_ZONE, storage: plenty, limits: h.limits }).then(
        () => undefined,
        (e: unknown) => e,
      );
      const label = `case ${i} (${h.kind}, ${mode})`;
      expect(err, label).toBeInstanceOf(BackupError);
      const { problem, message } = err as BackupError;
      expect(h.expect, `${label}: ${problem}: ${message}`).toContain(problem);
      expect(message.length, label).toBeGreaterThan(10);
      if (h.message) expect(message, label).toMatch(h.message);
      seen.set(problem, (seen.get(problem) ?? 0) + 1);
      expect(await snapshot(db), label).toEqual(before);
    }
    console.info(`${CASES} hostile backups refused in ${Math.round(performance.now() - started)} ms:`, Object.fromEntries(seen));
    expect([...seen.keys()].sort()).toEqual(['damaged', 'file_mismatch', 'invalid', 'missing_file', 'newer_version', 'not_backup', 'too_large']);
  });
});
