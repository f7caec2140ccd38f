import { wallTimeToUtc } from './sites/wall-time';
import { intlLocale, type Lang } from './i18n';

// Building an Intl.DateTimeFormat costs far more than using one (most of a popup row's time): keep them.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formats.get(key);
  if (!f) formats.set(key, (f = make()));
  return f;
}

/** An instant in the user's own zone (or `timeZone` when given), with the zone's short name. */
export function formatInstant(iso: string, lang: Lang, timeZone?: string): string {
  const f = formatter(`show|${lang}|${timeZone ?? ''}`, () =>
    new Intl.DateTimeFormat(intlLocale(lang), { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }),
  );
  return f.format(new Date(iso));
}

export interface TimeLeft {
  past: boolean;
  days: number;
  hours: number;
}

/** Whole days and hours between now and the due instant, rounded down (never promises more time than there is). */
export function timeLeft(dueIso: string, now: Date): TimeLeft {
  const ms = Date.parse(dueIso) - now.getTime();
  const abs = Math.abs(ms);
  return { past: ms <= 0, days: Math.floor(abs / 86_400_000), hours: Math.floor((abs % 86_400_000) / 3_600_000) };
}

export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * A date or date-time input's value ('2026-03-16' or '2026-03-16T09:30') read as wall time in `zone`
 * (the zone the user sees dates in), so what they type means what the page shows. Undefined when malformed.
 */
export function wallInputToInstant(value: string, zone: string): Date | undefined {
  const m = WALL.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number];
  const ms = wallTimeToUtc(y, mo, d, h, mi, 0, zone);
  return Number.isFinite(ms) ? new Date(ms) : undefined;
}

/** The instant as a date-time input's value in `zone`. */
export function instantToWallInput(iso: string, zone: string): string {
  const p: Record<string, string> = {};
  const f = formatter(`input|${zone}`, () => new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }));
  for (const part of f.formatToParts(new Date(iso))) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}
