import { z } from 'zod';
import { CaseSchema } from '../case/schema';
import { CURRENT_VERSION } from '../db/schema';
import { EvidenceRecordSchema } from '../evidence/schema';
import { InstantSchema, MarkSchema, OrderSchema, ParcelSchema } from '../model';
import { SettingsSchema } from '../settings';

/**
 * A backup is one ZIP: `backup.json` (BackupSchema) and each evidence file once, stored as it is
 * (not compressed) at `evidence/<its SHA-256>`; records that share bytes share the file. The ZIP's
 * comment seals it (zip-seal.ts).
 *
 * Deadlines are not in it: they are derived from the orders and the rules of the version that
 * restores them (import.ts says why). The `state` store is not either: it only says when this
 * browser last checked reminders.
 */
export const BACKUP_FORMAT = 'refund-radar-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_JSON = 'backup.json';

export const blobPath = (sha256: string): string => `evidence/${sha256}`;
export const BLOB_PATH = /^evidence\/([0-9a-f]{64})$/;

/**
 * Settings as a backup holds them: every field checked. Stored settings fall back field by field to
 * the defaults (settings.ts); a backup whose settings are wrong is refused instead, like any other row.
 */
type Strict<S> = { [K in keyof S]: S[K] extends z.ZodCatch<infer T> ? T : never };
const strictShape = Object.fromEntries(Object.entries(SettingsSchema.shape).map(([key, field]) => [key, field.unwrap()])) as Strict<typeof SettingsSchema.shape>;
export const BackupSettingsSchema = z.object(strictShape);

/** A reminder already shown (db `reminders`): restored so a new profile does not show it again. */
export const ReminderRowSchema = z.object({
  key: z.string().min(1).max(400),
  firedAt: InstantSchema,
  dueAt: z.string().min(1).max(64),
});
export type ReminderRow = z.infer<typeof ReminderRowSchema>;

/** Far beyond years of shopping; bounds the work a hostile file can ask for. */
const MAX_ROWS = 1_000_000;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: InstantSchema,
  /** The database version it was taken from: a later version that changes rows upgrades them on import. */
  schemaVersion: z.number().int().min(1).max(CURRENT_VERSION),
  settings: BackupSettingsSchema,
  orders: z.array(OrderSchema).max(MAX_ROWS),
  parcels: z.array(ParcelSchema).max(MAX_ROWS),
  marks: z.array(MarkSchema).max(MAX_ROWS),
  cases: z.array(CaseSchema).max(MAX_ROWS),
  evidence: z.array(EvidenceRecordSchema).max(MAX_ROWS),
  reminders: z.array(ReminderRowSchema).max(MAX_ROWS),
});
export type Backup = z.infer<typeof BackupSchema>;

/** The tables of a backup, in the order `backup.json` lists them. */
export const BACKUP_TABLES = ['orders', 'parcels', 'marks', 'cases', 'evidence', 'reminders'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Bounds an import checks before it inflates, parses or hashes anything past them. */
export interface BackupLimits {
  /** Entries in the archive: ZIP without Zip64 (what fflate writes) counts them in 16 bits. */
  entries: number;
  /** `backup.json` once inflated. */
  jsonBytes: number;
  /** Everything the archive's entries inflate to, together. */
  totalBytes: number;
  /** Nesting of `backup.json`: the schemas need about ten levels. */
  depth: number;
  /** Any one string in `backup.json`: no field allows more than 20,000 characters. */
  stringLength: number;
}

export const LIMITS: BackupLimits = {
  entries: 0xffff,
  jsonBytes: 256 * 1024 * 1024,
  totalBytes: 0xffff_ffff,
  depth: 32,
  stringLength: 100_000,
};
