/**
 * What can be wrong with a backup, as one typed error: the options page names the problem in the
 * user's language and shows `message` (which says where: "orders[12].orderId: …") beneath it.
 */
export type BackupProblem =
  /** Not a ZIP that Refund Radar wrote, or one cut short (its end record is missing). */
  | 'not_backup'
  /** Its checksum or its ZIP structure is wrong: bytes changed after it was written. */
  | 'damaged'
  /** Written by a later version of Refund Radar than this one. */
  | 'newer_version'
  /** Past a bound: too many entries, or more bytes than it may inflate to (a ZIP bomb). */
  | 'too_large'
  /** A row or field that fails its schema, a key that is not allowed, a row given twice, a file no record names. */
  | 'invalid'
  /** An evidence record whose file is not in the archive. */
  | 'missing_file'
  /** An evidence file whose bytes are not what its record says (SHA-256 or size). */
  | 'file_mismatch'
  /** Merge: an evidence item already stored under the same id with other bytes. */
  | 'conflict'
  /** Not enough room in the browser's storage for what the import adds. */
  | 'storage_full';

export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly problem: BackupProblem,
    message: string,
  ) {
    super(message);
  }
}
