import { z } from 'zod';
import { InstantSchema, OrderIdSchema, SiteIdSchema } from '../model';

/**
 * Evidence kept for a dispute case (issue 9). A record describes one item and proves where and when
 * it came from; its original bytes are stored apart (db `evidenceBlobs`, same id) and never change.
 */

export const EvidenceKindSchema = z.enum(['photo', 'video', 'screenshot', 'document', 'qc_photo', 'chat_log', 'tracking', 'receipt']);
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

/** Lower-case hex, as `sha256sum` prints it, so a bank's analyst can check a file by hand. */
export const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** A MIME essence without parameters (`text/plain`, not `text/plain;charset=utf-8`): text is always stored as UTF-8. */
export const MimeSchema = z.string().max(127).regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/);

/**
 * ZIP (without Zip64, which fflate does not write) cannot hold a file or an archive past 4 GiB; no
 * dispute form takes anything near that, so larger items are refused at capture.
 */
export const MAX_EVIDENCE_BYTES = 2 ** 32 - 1 - 64 * 1024 * 1024;

const UrlSchema = z.url({ protocol: /^https?$/ }).max(2048);

/** IANA zone name as the browser reports it (`Intl.DateTimeFormat().resolvedOptions().timeZone`). */
const ZoneSchema = z.string().min(1).max(64);

/**
 * When a page was captured: the UTC instant, and the user's zone and offset at that instant, so the
 * report can say "20:14 in Shanghai (UTC+08:00)" as the user saw it without guessing later.
 * `offsetMinutes` is east of UTC (UTC+8 is 480): the opposite sign of `Date.getTimezoneOffset()`.
 */
const PageStampSchema = z.object({
  url: UrlSchema,
  title: z.string().max(1000),
  capturedAt: InstantSchema,
  zone: ZoneSchema,
  offsetMinutes: z.number().int().min(-840).max(840),
});

export const EvidenceSourceSchema = z.discriminatedUnion('type', [
  /** Picked or dropped by the user: the file's own name and date, as the OS gave them. */
  z.object({
    type: z.literal('file'),
    name: z.string().min(1).max(255),
    lastModified: InstantSchema.optional(),
  }),
  /** `tabs.captureVisibleTab`: the visible area, or the full page where the browser can stitch it. */
  PageStampSchema.extend({
    type: z.literal('tab_screenshot'),
    area: z.enum(['visible', 'full_page']),
  }),
  /** A warehouse QC photo fetched from an agent page: the page, the image's own address, and when we first saw it. */
  z.object({
    type: z.literal('qc_photo'),
    pageUrl: UrlSchema,
    imageUrl: UrlSchema,
    firstSeenAt: InstantSchema,
  }),
  /** Text read from the page itself (a chat log, a tracking history). */
  PageStampSchema.extend({ type: z.literal('page_text') }),
  /** Text the user pasted, and where they say it came from ("AliExpress chat with the seller"). */
  z.object({
    type: z.literal('pasted_text'),
    from: z.string().min(1).max(300),
    url: UrlSchema.optional(),
  }),
]);
export type EvidenceSource = z.infer<typeof EvidenceSourceSchema>;

export const EvidenceRecordSchema = z.object({
  id: z.string().min(1).max(100),
  caseId: z.string().min(1).max(200),
  kind: EvidenceKindSchema,
  mime: MimeSchema,
  size: z.number().int().nonnegative().max(MAX_EVIDENCE_BYTES),
  sha256: Sha256HexSchema,
  source: EvidenceSourceSchema,
  caption: z.string().max(2000).optional(),
  /** When the bytes were stored. */
  capturedAt: InstantSchema,
  /** The case checklist items this proves (ids owned by the case module). */
  fulfils: z.array(z.string().min(1).max(200)).max(100).optional(),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;

/** What a page capture stamps: now in UTC, and the user's zone with its offset at that instant (see PageStampSchema). */
export function captureStamp(now = new Date(), zone = Intl.DateTimeFormat().resolvedOptions().timeZone): { capturedAt: string; zone: string; offsetMinutes: number } {
  return { capturedAt: now.toISOString(), zone, offsetMinutes: offsetMinutesIn(zone, now) };
}

/** The zone's offset from the zone itself, not the runtime's, so a stamp for a named zone is consistent. */
function offsetMinutesIn(zone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? '');
  // Plain "GMT" is how the format names a zero offset.
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** A file's place in the export: `evidence/` plus an ASCII name that no unzip tool can read as a path elsewhere. */
export const ZipPathSchema = z.string().regex(/^evidence\/[A-Za-z0-9][A-Za-z0-9._-]{0,150}$/);

export const ManifestItemSchema = EvidenceRecordSchema.omit({ caseId: true }).extend({ path: ZipPathSchema });
export type ManifestItem = z.infer<typeof ManifestItemSchema>;

/** `manifest.json` at the root of an export: what each file is, where it came from, and its hash. */
export const ManifestSchema = z.object({
  format: z.literal('refund-radar-evidence'),
  version: z.literal(1),
  caseId: z.string().min(1).max(200),
  order: z.object({ site: SiteIdSchema, orderId: OrderIdSchema }),
  exportedAt: InstantSchema,
  hashAlgorithm: z.literal('SHA-256'),
  report: z.literal('report.html'),
  items: z.array(ManifestItemSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;
