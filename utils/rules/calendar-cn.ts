/**
 * The official working-day calendar of mainland China, as data.
 *
 * Modes B and D+L (`../shared/research/rules.md` §1, "Chinese official calendar for 2026") need to
 * know which days are working days: Monday–Friday, minus the official holidays, plus the official
 * make-up working days (调休上班) that fall on a Saturday or Sunday. The State Council publishes the
 * next year's arrangement each November, so the calendar is data per year, each year with its source.
 * A year without data is answered weekends-only and flagged unknown, so that callers mark their
 * results `estimate` (rules.md §9.11: the 2027 notice was not found).
 */

/** Where one year's arrangement comes from. */
export interface CalendarSource {
  title: string;
  /** The notice's own title, in Chinese, to search for it. */
  titleZh: string;
  url: string;
  /** Publication date of the notice, 'YYYY-MM-DD'. */
  published: string;
}

export interface CnCalendarYear {
  year: number;
  /** Official days off, 'YYYY-MM-DD', including the weekend days inside a holiday block. */
  daysOff: readonly string[];
  /** Saturdays and Sundays declared working days to make up for the holidays. */
  makeUpWorkdays: readonly string[];
  source: CalendarSource;
}

const CN_2026: CnCalendarYear = {
  year: 2026,
  daysOff: [
    // New Year's Day
    '2026-01-01', '2026-01-02', '2026-01-03',
    // Spring Festival
    '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21',
    '2026-02-22', '2026-02-23',
    // Qingming
    '2026-04-04', '2026-04-05', '2026-04-06',
    // Labour Day
    '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
    // Dragon Boat
    '2026-06-19', '2026-06-20', '2026-06-21',
    // Mid-Autumn
    '2026-09-25', '2026-09-26', '2026-09-27',
    // National Day
    '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
  ],
  makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  source: {
    title: 'State Council General Office notice on the arrangement of some holidays in 2026 (Xinhua, copied at politics.gmw.cn)',
    titleZh: '国务院办公厅关于2026年部分节假日安排的通知',
    url: 'https://politics.gmw.cn/2025-11/04/content_38391083.htm',
    published: '2025-11-04',
  },
};

/** Every year with official data. Add a year as one more object when its notice is published. */
export const CN_CALENDAR: readonly CnCalendarYear[] = [CN_2026];

/** The years whose answers are known (not weekends-only guesses). */
export const CN_CALENDAR_YEARS: readonly number[] = CN_CALENDAR.map((y) => y.year);

interface YearSets {
  off: ReadonlySet<string>;
  work: ReadonlySet<string>;
}

const byYear = new Map<number, YearSets>(
  CN_CALENDAR.map((y) => [y.year, { off: new Set(y.daysOff), work: new Set(y.makeUpWorkdays) }]),
);

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Splits a civil date 'YYYY-MM-DD' into its parts, rejecting impossible dates ('2026-02-30') so that
 * a typo in the data or a caller's bug cannot silently count as a plain weekday.
 */
export function parseCivilDate(date: string): { year: number; month: number; day: number } {
  const m = CIVIL_DATE.exec(date);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    // A civil date has no zone: UTC here is only a proleptic-Gregorian day counter, not a clock.
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Not a civil date (YYYY-MM-DD): ${date}`);
}

/** 0 = Sunday … 6 = Saturday, for a civil date (no zone involved). */
export function civilWeekday(date: string): number {
  const { year, month, day } = parseCivilDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export interface CnWorkingDay {
  working: boolean;
  /** False when the year has no official data: the answer then only knows weekends. */
  known: boolean;
}

/** Whether a civil date 'YYYY-MM-DD' is a working day in mainland China, and whether that is known. */
export function cnWorkingDay(date: string): CnWorkingDay {
  return cnWorkingDayKnown(date, parseCivilDate(date).year, civilWeekday(date));
}

/** cnWorkingDay for a date whose year and weekday the caller already has (counting walks days by number). */
export function cnWorkingDayKnown(date: string, year: number, weekday: number): CnWorkingDay {
  const weekend = weekday === 0 || weekday === 6;
  const sets = byYear.get(year);
  if (!sets) return { working: !weekend, known: false };
  if (sets.work.has(date)) return { working: true, known: true };
  if (sets.off.has(date)) return { working: false, known: true };
  return { working: !weekend, known: true };
}
