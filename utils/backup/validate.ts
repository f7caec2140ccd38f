import type { z } from 'zod';
import { CURRENT_VERSION } from '../db/schema';
import { BackupError } from './errors';
import { BACKUP_FORMAT, BACKUP_JSON, BACKUP_TABLES, BACKUP_VERSION, BackupSchema, BLOB_PATH, blobPath, type Backup, type BackupLimits, type BackupTable } from './format';
import type { ArchiveEntry } from './zip-read';

/**
 * `backup.json` from bytes to a checked Backup: UTF-8, JSON, what it claims to be, no key that
 * could reach an object's prototype, bounded nesting and strings, every row through its schema,
 * no row twice. Pure: nothing here touches the database.
 */
export function parseBackup(bytes: Uint8Array, limits: BackupLimits): Backup {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BackupError('damaged', `${BACKUP_JSON} is not UTF-8 text`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    // Nesting deep enough to exhaust the parser's stack lands here too (a RangeError).
    throw new BackupError('damaged', `${BACKUP_JSON} is not valid JSON (${e instanceof Error ? e.message.slice(0, 200) : 'unreadable'})`);
  }
  identify(raw);
  checkTree(raw, limits);
  const parsed = BackupSchema.safeParse(raw);
  if (!parsed.success) throw new BackupError('invalid', describeIssues(parsed.error.issues));
  checkUnique(parsed.data);
  return parsed.data;
}

/** Format and version first: a newer backup fails on its version, not on the first field it added. */
function identify(raw: unknown): void {
  const head = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  if (!head || !Object.hasOwn(head, 'format') || head.format !== BACKUP_FORMAT) {
    throw new BackupError('not_backup', `${BACKUP_JSON} does not say it is a Refund Radar backup`);
  }
  const { version, schemaVersion } = head;
  if (typeof version === 'number' && version > BACKUP_VERSION) throw new BackupError('newer_version', `backup from a newer version of Refund Radar (format ${version}; this one reads ${BACKUP_VERSION})`);
  if (typeof schemaVersion === 'number' && schemaVersion > CURRENT_VERSION) throw new BackupError('newer_version', `backup from a newer version (${schemaVersion}; this one stores version ${CURRENT_VERSION})`);
}

/**
 * Keys that name an object's prototype machinery: Zod drops unknown keys and JSON.parse makes
 * `__proto__` an own property, so none could pollute anything here; they are refused anyway, by
 * name, because no Refund Radar backup holds one and a file that does was made to attack something.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Node {
  value: unknown;
  parent: Node | undefined;
  key: string | number;
  depth: number;
}

const pathOf = (node: Node | undefined): (string | number)[] => (node?.parent ? [...pathOf(node.parent), node.key] : []);

/** One walk over the parsed JSON, iterative (no stack to exhaust); paths are built only for an error. */
function checkTree(root: unknown, limits: BackupLimits): void {
  const stack: Node[] = [{ value: root, parent: undefined, key: '', depth: 0 }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const { value, depth } = node;
    if (typeof value === 'string') {
      if (value.length > limits.stringLength) throw new BackupError('invalid', `${formatPath(pathOf(node))}: a text of ${value.length} characters (at most ${limits.stringLength})`);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.depth) throw new BackupError('invalid', `${formatPath(pathOf(node))}: nested more than ${limits.depth} levels deep`);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: node, key: i, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) throw new BackupError('invalid', `${formatPath([...pathOf(node), key])}: the key “${key}” is not allowed`);
      if (key.length > 200) throw new BackupError('invalid', `${formatPath(pathOf(node)) || BACKUP_JSON}: a key of ${key.length} characters`);
    }
    for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (value as Record<string, unknown>)[keys[i]!], parent: node, key: keys[i]!, depth: depth + 1 });
  }
}

/** `orders[12].items[0].title`, as a reader of the file would find it. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0]!;
  const where = formatPath(first.path) || BACKUP_JSON;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})` : '';
  return `${where}: ${first.message}${more}`;
}

/** Each table's key, as its store keys it, and how to name a row in an error. */
const ROW_KEYS: { [T in BackupTable]: (row: Backup[T][number]) => string } = {
  orders: (o) => `${o.site} order ${o.orderId}`,
  parcels: (p) => `${p.site} parcel ${p.parcelId}`,
  marks: (m) => `mark ${m.id}`,
  cases: (c) => `case ${c.id}`,
  evidence: (e) => `evidence ${e.id}`,
  reminders: (r) => `reminder ${r.key}`,
};

/** Two rows with one key would make the second silently overwrite the first: refused, naming both. */
function checkUnique(backup: Backup): void {
  for (const table of BACKUP_TABLES) {
    const keyOf = ROW_KEYS[table] as (row: unknown) => string;
    const seen = new Map<string, number>();
    for (const [i, row] of (backup[table] as unknown[]).entries()) {
      const key = keyOf(row);
      const first = seen.get(key);
      if (first !== undefined) throw new BackupError('invalid', `${table}[${i}]: ${key} again (first at ${table}[${first}])`);
      seen.set(key, i);
    }
  }
}

/**
 * Pairs each evidence record with its file: every record's file present with the record's size,
 * every file named by some record. Returns the files by SHA-256.
 */
export function matchFiles(backup: Backup, entries: ReadonlyMap<string, ArchiveEntry>): Map<string, ArchiveEntry> {
  const files = new Map<string, ArchiveEntry>();
  for (const [i, record] of backup.evidence.entries()) {
    const path = blobPath(record.sha256);
    const entry = entries.get(path);
    if (!entry) throw new BackupError('missing_file', `evidence[${i}] (id ${record.id}): its file ${path} is not in the backup`);
    if (entry.size !== record.size) throw new BackupError('file_mismatch', `evidence[${i}] (id ${record.id}): its file ${path} is ${entry.size} bytes, the record says ${record.size}`);
    files.set(record.sha256, entry);
  }
  for (const name of entries.keys()) {
    const sha = BLOB_PATH.exec(name)?.[1];
    if (sha && !files.has(sha)) throw new BackupError('invalid', `${name}: a file no evidence record names`);
  }
  return files;
}
