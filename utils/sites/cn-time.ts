/**
 * Dates on Chinese platform pages (Taobao, Tmall, 1688, Weidian, the agents): wall-clock times in
 * China Standard Time. Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed
 * offset is exact for every date these pages can show, and needs no zone library in the content script.
 */
import type { OrderEvent, EventKind } from '../model';
import { clean, MAX } from './dom';

export const CN_ZONE = 'Asia/Shanghai';
const CN_OFFSET_MS = 8 * 3_600_000;
/** Before 1992 China observed summer time (1986–1991); no order page shows such dates. */
const EARLIEST = Date.UTC(1992, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

export interface CnDate {
  /** UTC instant, ISO with `Z`. */
  at: string;
  /** The page gave a date without a time: `at` is 00:00 China time that day. */
  dateOnly: boolean;
}

function valid(y: number, m: number, d: number, h: number, mi: number, s: number): boolean {
  if (m < 1 || m > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * "2025-11-07 15:34:47", "2025/11/07 15:34", "2025.11.07", "2025年11月7日 15:34", "2025-11-07T15:34:47"
 * read as China time. Undefined for anything else: a date we cannot read is missing, never guessed.
 */
export function parseCnDate(raw: string | null | undefined): CnDate | undefined {
  const t = clean(raw, 400).normalize('NFKC');
  const m = /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)(?:(?:\s*日\s*|\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d))?/.exec(t);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const timed = m[4] !== undefined;
  const [h, mi, s] = timed ? [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)] : [0, 0, 0];
  if (!valid(y, mo, d, h, mi, s)) return undefined;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) - CN_OFFSET_MS;
  if (ms < EARLIEST || ms >= LATEST) return undefined;
  return { at: new Date(ms).toISOString(), dateOnly: !timed };
}

/** An epoch timestamp in milliseconds or seconds (JSON fields like `gmtCreate`), when plausible. */
export function parseEpoch(raw: unknown): CnDate | undefined {
  const n = typeof raw === 'string' && /^\d{10,13}$/.test(raw.trim()) ? Number(raw) : raw;
  if (typeof n !== 'number' || !Number.isFinite(n)) return undefined;
  const ms = n < 1e11 ? n * 1000 : n;
  if (ms < EARLIEST || ms >= LATEST) return undefined;
  return { at: new Date(Math.floor(ms)).toISOString(), dateOnly: false };
}

/** An order event read from the page's China-time text, or undefined when the text holds no date. */
export function cnEvent(kind: EventKind, text: string | null | undefined): OrderEvent | undefined {
  const read = parseCnDate(text);
  if (!read) return undefined;
  return { kind, at: read.at, dateOnly: read.dateOnly, zone: CN_ZONE, text: clean(text, MAX.eventText) };
}
