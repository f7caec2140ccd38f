import { afterEach, describe, expect, it } from 'vitest';
import { CN_CALENDAR, CN_CALENDAR_YEARS, civilWeekday, cnWorkingDay, parseCivilDate } from './calendar-cn';

const MACHINE_ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Auckland'];
const savedTZ = process.env.TZ;
afterEach(() => {
  if (savedTZ === undefined) delete process.env.TZ;
  else process.env.TZ = savedTZ;
});

/** Runs `fn` under every machine zone and asserts the answers are identical. */
function acrossMachineZones<T>(fn: () => T): T {
  const results = MACHINE_ZONES.map((tz) => {
    process.env.TZ = tz;
    return fn();
  });
  for (const r of results) expect(r).toEqual(results[0]);
  return results[0] as T;
}

const y2026 = CN_CALENDAR.find((y) => y.year === 2026);

describe('calendar data (State Council notice, 2025-11-04)', () => {
  it('covers 2026 only, with its source', () => {
    expect(CN_CALENDAR_YEARS).toEqual([2026]);
    expect(y2026?.source.url).toBe('https://politics.gmw.cn/2025-11/04/content_38391083.htm');
    expect(y2026?.source.published).toBe('2025-11-04');
  });

  it('lists 33 days off: 3 + 9 + 3 + 5 + 3 + 3 + 7', () => {
    expect(y2026?.daysOff).toHaveLength(33);
    expect(new Set(y2026?.daysOff).size).toBe(33);
  });

  it('has make-up workdays only on weekends, as the notice names them (Sun 4 Jan, Sat 14 Feb, …)', () => {
    expect(y2026?.makeUpWorkdays.map(civilWeekday)).toEqual([0, 6, 6, 6, 0, 6]);
  });

  it('keeps every date valid, in its own year, and in one list only', () => {
    for (const y of CN_CALENDAR) {
      for (const d of [...y.daysOff, ...y.makeUpWorkdays]) expect(parseCivilDate(d).year).toBe(y.year);
      expect(y.daysOff.filter((d) => y.makeUpWorkdays.includes(d))).toEqual([]);
    }
  });

  it('gives 2026 248 working days (261 weekdays − 13 statutory days)', () => {
    // 2026 starts on a Thursday: 52 weeks + 1 Thursday = 261 weekdays. Days off on weekdays: 19
    // (Jan 2, Feb 6, Apr 1, May 3, Jun 1, Sep 1, Oct 5); make-up days add 6 → 261 − 19 + 6 = 248.
    const n = acrossMachineZones(() => {
      let count = 0;
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
        if (cnWorkingDay(new Date(t).toISOString().slice(0, 10)).working) count += 1;
      }
      return count;
    });
    expect(n).toBe(248);
  });
});

describe('cnWorkingDay', () => {
  const rows: [date: string, working: boolean, known: boolean, why: string][] = [
    ['2026-01-01', false, true, 'New Year, Thursday'],
    ['2026-01-03', false, true, 'Saturday inside the New Year block'],
    ['2026-01-04', true, true, 'Sunday, make-up workday'],
    ['2026-02-14', true, true, 'Saturday, make-up workday before Spring Festival'],
    ['2026-02-15', false, true, 'first day of Spring Festival (Sunday)'],
    ['2026-02-23', false, true, 'last day of Spring Festival, Monday'],
    ['2026-02-24', true, true, 'Tuesday after Spring Festival'],
    ['2026-02-28', true, true, 'Saturday, make-up workday'],
    ['2026-03-01', false, true, 'ordinary Sunday'],
    ['2026-03-07', false, true, 'ordinary Saturday'],
    ['2026-03-10', true, true, 'ordinary Tuesday'],
    ['2026-05-09', true, true, 'Saturday, make-up workday after Labour Day'],
    ['2026-09-20', true, true, 'Sunday, make-up workday'],
    ['2026-10-01', false, true, 'National Day, Thursday'],
    ['2026-10-07', false, true, 'last day of National Day, Wednesday'],
    ['2026-10-08', true, true, 'Thursday after National Day'],
    ['2026-10-10', true, true, 'Saturday, make-up workday'],
    ['2026-12-31', true, true, 'Thursday, known year'],
    ['2027-01-01', true, false, 'Friday in a year without data: weekends-only guess (really a holiday)'],
    ['2027-01-02', false, false, 'Saturday in a year without data'],
    ['2025-12-31', true, false, 'Wednesday in a year without data'],
    ['2028-02-29', true, false, 'leap day, Tuesday, year without data'],
  ];
  it.each(rows)('%s → working=%s known=%s (%s)', (date, working, known) => {
    expect(acrossMachineZones(() => cnWorkingDay(date))).toEqual({ working, known });
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-01', '20260101', '2026-01-01T00:00:00Z', ''])('rejects %j', (bad) => {
    expect(() => cnWorkingDay(bad)).toThrow(RangeError);
  });
});
