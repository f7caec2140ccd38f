import { intlLocale, type Lang } from './i18n';

/** An instant in the user's own zone (or `timeZone` when given), with the zone's short name. */
export function formatInstant(iso: string, lang: Lang, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(lang), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
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
