import { z } from 'zod';
import { DeadlineKindSchema, SiteIdSchema } from './model';
import { DEFAULT_KINDS, DEFAULT_LEADS } from './reminders';

/**
 * The user's settings (options page), validated whenever read: a damaged or older stored value
 * falls back to the defaults field by field rather than breaking reminders.
 */
export const SettingsSchema = z.object({
  /** Reminder leads: hours before a deadline, and whether to remind on its day. */
  leadHours: z
    .array(z.number().int().min(1).max(24 * 30))
    .max(6)
    .catch(DEFAULT_LEADS.flatMap((l) => ('hoursBefore' in l ? [l.hoursBefore] : []))),
  onTheDay: z.boolean().catch(DEFAULT_LEADS.some((l) => 'onTheDay' in l)),
  /** Deadline kinds to remind about. */
  kinds: z.array(DeadlineKindSchema).catch([...DEFAULT_KINDS]),
  /** Quiet hours in the user's zone, [start, end) hours; equal means none. Reminders wait for the end. */
  quietFrom: z.number().int().min(0).max(23).catch(22),
  quietTo: z.number().int().min(0).max(23).catch(8),
  /** 'auto' follows the browser's preferred language. */
  language: z.enum(['auto', 'en', 'zh_CN']).catch('auto'),
  /**
   * The zone dates are shown in: 'auto' is this computer's, else an IANA zone (China time, or home
   * while travelling). Display only: rules on the shopper's calendar still count in the computer's zone.
   */
  displayZone: z.string().refine(isTimeZone).catch('auto'),
  /** Sites whose pages are not read (their orders already stored stay). */
  disabledSites: z.array(SiteIdSchema).catch([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

function isTimeZone(zone: string): boolean {
  if (zone === 'auto') return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The IANA zone to show dates in. */
export function displayZoneOf(s: Pick<Settings, 'displayZone'>, machineZone: string): string {
  return s.displayZone === 'auto' ? machineZone : s.displayZone;
}

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export function readSettings(raw: unknown): Settings {
  return SettingsSchema.parse(raw && typeof raw === 'object' ? raw : {});
}

/** Whether `now` falls in the quiet hours, and if so when they end. */
export function quietUntil(s: Pick<Settings, 'quietFrom' | 'quietTo'>, now: Date, hourIn: (d: Date) => number): Date | undefined {
  if (s.quietFrom === s.quietTo) return undefined;
  const h = hourIn(now);
  const quiet = s.quietFrom < s.quietTo ? h >= s.quietFrom && h < s.quietTo : h >= s.quietFrom || h < s.quietTo;
  if (!quiet) return undefined;
  // Step by the hour to the first one outside: exact enough for a reminder, and DST-proof.
  const end = new Date(now);
  end.setMinutes(0, 0, 0);
  do end.setTime(end.getTime() + 3_600_000);
  while (hourIn(end) !== s.quietTo && end.getTime() - now.getTime() < 25 * 3_600_000);
  return end;
}
