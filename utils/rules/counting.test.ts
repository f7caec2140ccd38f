import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  civilDateIn,
  countCalendarDays,
  countCalendarDaysWorking,
  countCnBusinessDays,
  countElapsed,
  countNextDayWindow,
  countNextDayWindowLegal,
  countNextHour,
  type CountResult,
} from './counting';

const MACHINE_ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Auckland'];
const savedTZ = process.env.TZ;
function restoreTZ(): void {
  if (savedTZ === undefined) delete process.env.TZ;
  else process.env.TZ = savedTZ;
}
afterEach(restoreTZ);

/** Runs `fn` under every machine zone and asserts the answers are identical. */
function acrossMachineZones<T>(fn: () => T): T {
  const results = MACHINE_ZONES.map((tz) => {
    process.env.TZ = tz;
    return fn();
  });
  restoreTZ();
  for (const r of results) expect(r).toEqual(results[0]);
  return results[0] as T;
}

it('really switches the machine zone (guards the zone-invariance tests)', () => {
  const offsets = MACHINE_ZONES.map((tz) => {
    process.env.TZ = tz;
    return new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset();
  });
  expect(offsets).toEqual([0, -480, 300, -780]);
});

interface Row {
  name: string;
  run: () => CountResult;
  due: string;
  estimate?: boolean;
}

function table(rows: Row[]): void {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    expect(acrossMachineZones(row.run)).toEqual({ due: row.due, estimate: row.estimate ?? false });
  });
}

const NY = 'America/New_York';
const LDN = 'Europe/London';
const LA = 'America/Los_Angeles';

describe('E: elapsed', () => {
  table([
    // rules.md table: shipped 2026-03-06 23:30 CST (15:30Z) + 10 × 24 h = 2026-03-16 23:30 CST.
    { name: 'Taobao auto-confirm example', run: () => countElapsed('2026-03-06T15:30:00.000Z', 10, 'days'), due: '2026-03-16T15:30:00.000Z' },
    // 48 h from 2026-11-06 23:09:33 CST, to the millisecond.
    { name: '48 h ship-by', run: () => countElapsed('2026-11-06T15:09:33.000Z', 48, 'hours'), due: '2026-11-08T15:09:33.000Z' },
    // 24 h across the US spring-forward stays 24 h, whatever the zone.
    { name: 'across a DST switch', run: () => countElapsed('2026-03-08T05:00:00.000Z', 1, 'days'), due: '2026-03-09T05:00:00.000Z' },
  ]);
});

describe('D: next-day calendar window (Asia/Shanghai)', () => {
  table([
    // rules.md example: signed 03-03 23:58 CST; window 03-04..03-10; closes 03-11 00:00 CST = 03-10 16:00Z.
    { name: 'rules.md example, 7 days', run: () => countNextDayWindow('2026-03-03T15:58:00.000Z', 7), due: '2026-03-10T16:00:00.000Z' },
    // 23:59:59 CST on 03-03 is still 03-03 in China → same as above.
    { name: 'signed 23:59:59 CST', run: () => countNextDayWindow('2026-03-03T15:59:59.000Z', 7), due: '2026-03-10T16:00:00.000Z' },
    // 00:00:00 CST on 03-04 (03-03 16:00Z) is 03-04 in China → closes 03-12 00:00 CST.
    { name: 'signed 00:00:00 CST next day', run: () => countNextDayWindow('2026-03-03T16:00:00.000Z', 7), due: '2026-03-11T16:00:00.000Z' },
    // D ignores holidays: signed Sat 14 Feb 10:00 CST; last day 21 Feb (Spring Festival); closes 22 Feb 00:00 CST.
    { name: 'across Spring Festival', run: () => countNextDayWindow('2026-02-14T02:00:00.000Z', 7), due: '2026-02-21T16:00:00.000Z' },
    // Signed 24 Sep 12:00 CST; last day 1 Oct; closes 2 Oct 00:00 CST.
    { name: 'into National Day', run: () => countNextDayWindow('2026-09-24T04:00:00.000Z', 7), due: '2026-10-01T16:00:00.000Z' },
    // Leap year: signed 28 Feb 2028 12:00 CST, 1 day → last day 29 Feb; closes 1 Mar 00:00 CST.
    { name: 'leap day 2028', run: () => countNextDayWindow('2028-02-28T04:00:00.000Z', 1), due: '2028-02-29T16:00:00.000Z' },
  ]);
});

describe('D+L: D with the Chinese rest-day extension', () => {
  table([
    // rules.md example: last day 1 Oct (National Day, off to 7 Oct) → last day Thu 8 Oct; closes 9 Oct 00:00 CST.
    { name: 'rules.md example, National Day', run: () => countNextDayWindowLegal('2026-09-24T04:00:00.000Z', 7), due: '2026-10-08T16:00:00.000Z' },
    // Last day 21 Feb; 21–23 Feb off → Tue 24 Feb; closes 25 Feb 00:00 CST.
    { name: 'Spring Festival', run: () => countNextDayWindowLegal('2026-02-14T02:00:00.000Z', 7), due: '2026-02-24T16:00:00.000Z' },
    // Last day Sat 10 Oct is a make-up workday: no move; closes 11 Oct 00:00 CST.
    { name: 'last day on a make-up Saturday', run: () => countNextDayWindowLegal('2026-10-03T04:00:00.000Z', 7), due: '2026-10-10T16:00:00.000Z' },
    // Signed 28 Feb; last day Sat 7 Mar (ordinary) → Mon 9 Mar; closes 10 Mar 00:00 CST.
    { name: 'ordinary weekend', run: () => countNextDayWindowLegal('2026-02-28T02:00:00.000Z', 7), due: '2026-03-09T16:00:00.000Z' },
    // Weekday last day: same as D (rules.md example).
    { name: 'weekday: same as D', run: () => countNextDayWindowLegal('2026-03-03T15:58:00.000Z', 7), due: '2026-03-10T16:00:00.000Z' },
    // Last day Thu 31 Dec 2026: known working day, no 2027 day looked at.
    { name: 'last day 31 Dec 2026', run: () => countNextDayWindowLegal('2026-12-24T04:00:00.000Z', 7), due: '2026-12-31T16:00:00.000Z' },
    // Last day Sat 2 Jan 2027, no data → weekends only: Mon 4 Jan; closes 5 Jan 00:00 CST; estimate.
    { name: 'into 2027 (estimate)', run: () => countNextDayWindowLegal('2026-12-26T04:00:00.000Z', 7), due: '2027-01-04T16:00:00.000Z', estimate: true },
  ]);
});

describe('C: calendar days in the user zone', () => {
  table([
    // rules.md: PayPal paid 15 Jan 10:00 EST → last day 14 Jul (+180; 16+28+31+30+31+30+14); due 15 Jul 00:00 EDT.
    { name: 'PayPal 180 d, New York, across 8 Mar DST', run: () => countCalendarDays('2026-01-15T15:00:00.000Z', 180, NY), due: '2026-07-15T04:00:00.000Z' },
    // Same in London: due 15 Jul 00:00 BST = 14 Jul 23:00Z.
    { name: 'PayPal 180 d, London, across 29 Mar DST', run: () => countCalendarDays('2026-01-15T12:00:00.000Z', 180, LDN), due: '2026-07-14T23:00:00.000Z' },
    // 15 Jan 20:00 PST is 16 Jan 04:00Z; in LA it is still 15 Jan → due 15 Jul 00:00 PDT = 07:00Z.
    { name: 'evening payment in Los Angeles', run: () => countCalendarDays('2026-01-16T04:00:00.000Z', 180, LA), due: '2026-07-15T07:00:00.000Z' },
    // rules.md §9.7: counting the same payment in UTC would give a day later (16 Jan + 180 + 1 → 16 Jul 00:00Z).
    { name: 'same payment counted in UTC (the reading not used)', run: () => countCalendarDays('2026-01-16T04:00:00.000Z', 180, 'UTC'), due: '2026-07-16T00:00:00.000Z' },
    // NY: 20 Feb (EST) + 20 → last day 12 Mar; due 13 Mar 00:00 EDT.
    { name: 'New York, after spring forward', run: () => countCalendarDays('2026-02-20T17:00:00.000Z', 20, NY), due: '2026-03-13T04:00:00.000Z' },
    // NY: 28 Feb + 7 → last day Sat 7 Mar; due 8 Mar 00:00, still EST (switch at 02:00).
    { name: 'New York, due on the spring-forward day', run: () => countCalendarDays('2026-02-28T17:00:00.000Z', 7, NY), due: '2026-03-08T05:00:00.000Z' },
    // …+8 → due 9 Mar 00:00 EDT.
    { name: 'New York, due the day after spring forward', run: () => countCalendarDays('2026-02-28T17:00:00.000Z', 8, NY), due: '2026-03-09T04:00:00.000Z' },
    // NY: 20 Oct 12:00 EDT + 14 → last day 3 Nov; due 4 Nov 00:00 EST.
    { name: 'New York, across 1 Nov fall back', run: () => countCalendarDays('2026-10-20T16:00:00.000Z', 14, NY), due: '2026-11-04T05:00:00.000Z' },
    // London: 14 Mar + 14 → last day 28 Mar; due 29 Mar 00:00 GMT (switch at 01:00).
    { name: 'London, due on the spring-forward day', run: () => countCalendarDays('2026-03-14T12:00:00.000Z', 14, LDN), due: '2026-03-29T00:00:00.000Z' },
    // London: 20 Mar + 14 → last day 3 Apr; due 4 Apr 00:00 BST.
    { name: 'London, after spring forward', run: () => countCalendarDays('2026-03-20T12:00:00.000Z', 14, LDN), due: '2026-04-03T23:00:00.000Z' },
    // London: 10 Oct 12:00 BST + 14 → last day 24 Oct; due 25 Oct 00:00, still BST.
    { name: 'London, due on the fall-back day', run: () => countCalendarDays('2026-10-10T11:00:00.000Z', 14, LDN), due: '2026-10-24T23:00:00.000Z' },
    // London: 11 Oct + 14 → last day 25 Oct; due 26 Oct 00:00 GMT.
    { name: 'London, after fall back', run: () => countCalendarDays('2026-10-11T11:00:00.000Z', 14, LDN), due: '2026-10-26T00:00:00.000Z' },
    // Santiago skips 6 Sep 2026 00:00 (→ 01:00 −03): 30 Aug + 6 → last day 5 Sep; due = first instant of 6 Sep.
    { name: 'Santiago, due on a day without midnight', run: () => countCalendarDays('2026-08-30T16:00:00.000Z', 6, 'America/Santiago'), due: '2026-09-06T04:00:00.000Z' },
    // …+7 → due 7 Sep 00:00 −03.
    { name: 'Santiago, the day after', run: () => countCalendarDays('2026-08-30T16:00:00.000Z', 7, 'America/Santiago'), due: '2026-09-07T03:00:00.000Z' },
    // Leap: 28 Feb 2028 + 1 → last day 29 Feb; due 1 Mar 00:00 GMT.
    { name: 'leap day is a day', run: () => countCalendarDays('2028-02-28T09:00:00.000Z', 1, LDN), due: '2028-03-01T00:00:00.000Z' },
    // Leap: 29 Feb 2028 + 180 → 31+30+31+30+31+27 → last day 27 Aug; due 28 Aug 00:00 BST.
    { name: 'from a leap day, 180 d', run: () => countCalendarDays('2028-02-29T09:00:00.000Z', 180, LDN), due: '2028-08-27T23:00:00.000Z' },
    // Leap: 29 Feb 2028 + 365 → last day 28 Feb 2029 (no 29 Feb in 2029); due 1 Mar 2029 00:00 GMT.
    { name: 'from a leap day, 365 d', run: () => countCalendarDays('2028-02-29T09:00:00.000Z', 365, LDN), due: '2029-03-01T00:00:00.000Z' },
  ]);
});

describe('C+W: calendar days with weekend/holiday roll-forward (Reg. 1182/71 art. 3(4))', () => {
  const FR = ['2026-11-01', '2026-11-11'];
  const UK = ['2026-04-03', '2026-04-06'];
  table([
    // rules.md: received 17 Oct (Paris) + 14 → Sat 31 Oct → (Sun 1 Nov, holiday) → Mon 2 Nov; due 3 Nov 00:00 CET.
    { name: 'EU withdrawal example, France', run: () => countCalendarDaysWorking('2026-10-17T13:00:00.000Z', 14, 'Europe/Paris', FR), due: '2026-11-02T23:00:00.000Z' },
    // London: 10 Oct + 14 → Sat 24 Oct → Mon 26 Oct; due 27 Oct 00:00 GMT (after the 25 Oct switch).
    { name: 'London, rolls across fall back', run: () => countCalendarDaysWorking('2026-10-10T11:00:00.000Z', 14, LDN), due: '2026-10-27T00:00:00.000Z' },
    // London: 20 Mar + 14 → Good Friday 3 Apr → Sat, Sun, Easter Monday → Tue 7 Apr; due 8 Apr 00:00 BST.
    { name: 'London, Easter holidays', run: () => countCalendarDaysWorking('2026-03-20T12:00:00.000Z', 14, LDN, UK), due: '2026-04-07T23:00:00.000Z' },
    // Same without holidays: Fri 3 Apr stays; due 4 Apr 00:00 BST.
    { name: 'London, no holidays given', run: () => countCalendarDaysWorking('2026-03-20T12:00:00.000Z', 14, LDN), due: '2026-04-03T23:00:00.000Z' },
    // NY: 21 Feb + 14 → Sat 7 Mar → Mon 9 Mar; due 10 Mar 00:00 EDT (after 8 Mar switch).
    { name: 'New York, rolls across spring forward', run: () => countCalendarDaysWorking('2026-02-21T17:00:00.000Z', 14, NY), due: '2026-03-10T04:00:00.000Z' },
    // NY: 12 Nov + 14 → Thanksgiving Thu 26 Nov → Fri 27 Nov; due 28 Nov 00:00 EST.
    { name: 'New York, holiday on a Thursday', run: () => countCalendarDaysWorking('2026-11-12T17:00:00.000Z', 14, NY, ['2026-11-26']), due: '2026-11-28T05:00:00.000Z' },
    // NY: 17 Oct + 14 → Sat 31 Oct → Mon 2 Nov; due 3 Nov 00:00 EST (after 1 Nov switch).
    { name: 'New York, rolls across fall back', run: () => countCalendarDaysWorking('2026-10-17T16:00:00.000Z', 14, NY), due: '2026-11-03T05:00:00.000Z' },
    // LA evening 16 Oct 20:00 PDT (17 Oct 03:00Z): day 0 = 16 Oct → Fri 30 Oct, no move; due 31 Oct 00:00 PDT.
    { name: 'LA evening, already next day in UTC', run: () => countCalendarDaysWorking('2026-10-17T03:00:00.000Z', 14, LA), due: '2026-10-31T07:00:00.000Z' },
    // Leap: 15 Feb 2028 + 14 → Tue 29 Feb, a weekday: no move; due 1 Mar 00:00 GMT.
    { name: 'last day on leap day 2028', run: () => countCalendarDaysWorking('2028-02-15T09:00:00.000Z', 14, LDN), due: '2028-03-01T00:00:00.000Z' },
  ]);
});

describe('H: next full hour + hours', () => {
  table([
    // rules.md: stocked-in 10 Mar 05:17 CST → start 06:00 → +120 h = 15 Mar 06:00 CST = 14 Mar 22:00Z.
    { name: 'rules.md example', run: () => countNextHour('2026-03-09T21:17:00.000Z', 120), due: '2026-03-14T22:00:00.000Z' },
    // Exactly 06:00:00.000 CST stays at 06:00 (rules.md §9.6, earlier reading).
    { name: 'exactly on the hour', run: () => countNextHour('2026-03-09T22:00:00.000Z', 120), due: '2026-03-14T22:00:00.000Z' },
    // 06:00:00.001 CST → 07:00.
    { name: 'a millisecond after the hour', run: () => countNextHour('2026-03-09T22:00:00.001Z', 120), due: '2026-03-14T23:00:00.000Z' },
    // 23:59:59 CST → next day 00:00 CST (16:00Z) → +120 h.
    { name: '23:59:59 CST', run: () => countNextHour('2026-03-09T15:59:59.000Z', 120), due: '2026-03-14T16:00:00.000Z' },
    // Kolkata (+05:30): 15:30 IST is not a full local hour → 16:00 IST = 10:30Z, +1 h.
    { name: 'half-hour zone rounds to its own hour', run: () => countNextHour('2026-03-10T10:00:00.000Z', 1, 'Asia/Kolkata'), due: '2026-03-10T11:30:00.000Z' },
  ]);
});

describe('B: Chinese business days', () => {
  table([
    // rules.md: approved Tue 24 Feb 10:00 CST; 25,26,27 Feb, Sat 28 Feb (make-up), 2,3,4 Mar → due 5 Mar 00:00 CST.
    { name: 'rules.md example', run: () => countCnBusinessDays('2026-02-24T02:00:00.000Z', 7), due: '2026-03-04T16:00:00.000Z' },
    // Fri 13 Feb 14:00 CST: Sat 14 Feb (make-up) = 1; 15–23 off; 24 = 2; 25 = 3 → due 26 Feb 00:00 CST.
    { name: 'across Spring Festival', run: () => countCnBusinessDays('2026-02-13T06:00:00.000Z', 3), due: '2026-02-25T16:00:00.000Z' },
    // 13 Feb 23:59:59 CST: still 13 Feb in China → same as above.
    { name: '23:59:59 CST', run: () => countCnBusinessDays('2026-02-13T15:59:59.000Z', 3), due: '2026-02-25T16:00:00.000Z' },
    // 14 Feb 00:00:00 CST: counting starts 15 Feb → 24, 25, 26 → due 27 Feb 00:00 CST.
    { name: '00:00:00 CST, a day later', run: () => countCnBusinessDays('2026-02-13T16:00:00.000Z', 3), due: '2026-02-26T16:00:00.000Z' },
    // Wed 30 Sep: 1–7 Oct off; Thu 8 = 1, Fri 9 = 2 → due 10 Oct 00:00 CST.
    { name: 'across National Day', run: () => countCnBusinessDays('2026-09-30T04:00:00.000Z', 2), due: '2026-10-09T16:00:00.000Z' },
    // …3rd is Sat 10 Oct (make-up) → due 11 Oct 00:00 CST.
    { name: 'National Day make-up Saturday', run: () => countCnBusinessDays('2026-09-30T04:00:00.000Z', 3), due: '2026-10-10T16:00:00.000Z' },
    // Wed 31 Dec 2025 (no data, but the event day is not counted): 1–3 Jan off, Sun 4 Jan make-up = 1.
    { name: 'from 2025 into the New Year make-up Sunday', run: () => countCnBusinessDays('2025-12-31T04:00:00.000Z', 1), due: '2026-01-04T16:00:00.000Z' },
    // Thu 24 Dec 2026: 25, 28, 29, 30, 31 → due 1 Jan 2027 00:00 CST; all days in 2026 → not an estimate.
    { name: 'ends 31 Dec 2026', run: () => countCnBusinessDays('2026-12-24T04:00:00.000Z', 5), due: '2026-12-31T16:00:00.000Z' },
    // Wed 23 Dec 2026: 24, 25, 28, 29, 30, 31, Fri 1 Jan 2027 (weekends-only guess) → due 2 Jan 2027 00:00 CST, estimate.
    { name: 'into 2027 (estimate)', run: () => countCnBusinessDays('2026-12-23T04:00:00.000Z', 7), due: '2027-01-01T16:00:00.000Z', estimate: true },
    // 12315 mediation, 45 working days from Mon 4 Jan 2027 (no data, weekends only): 5–8 Jan = 4, then 8 full
    // weeks to Fri 5 Mar = 44, Mon 8 Mar = 45 → due 9 Mar 00:00 CST; estimate.
    { name: 'wholly in 2027 (estimate)', run: () => countCnBusinessDays('2027-01-04T04:00:00.000Z', 45), due: '2027-03-08T16:00:00.000Z', estimate: true },
  ]);
});

describe('input checks', () => {
  it('rejects instants that are not ISO UTC', () => {
    expect(() => countElapsed('2026-03-03T23:58:00+08:00', 1, 'days')).toThrow(RangeError);
    expect(() => countNextDayWindow('2026-03-03', 7)).toThrow(RangeError);
  });
  it('rejects unknown zones and bad counts', () => {
    expect(() => countCalendarDays('2026-03-03T00:00:00.000Z', 7, 'Mars/Olympus')).toThrow(RangeError);
    expect(() => countNextDayWindow('2026-03-03T00:00:00.000Z', 1.5)).toThrow(RangeError);
    expect(() => countCnBusinessDays('2026-03-03T00:00:00.000Z', -1)).toThrow(RangeError);
    expect(() => countCalendarDaysWorking('2026-03-03T00:00:00.000Z', 7, LDN, ['3 Apr'])).toThrow(RangeError);
  });
  it('reads civil dates in the given zone', () => {
    expect(acrossMachineZones(() => civilDateIn('2026-01-16T04:00:00.000Z', LA))).toBe('2026-01-15');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const ZONES = ['Asia/Shanghai', NY, LDN, LA, 'Europe/Paris', 'Asia/Kolkata', 'Pacific/Auckland', 'America/Santiago'];
const MIN = Date.UTC(2020, 0, 1);
const MAX = Date.UTC(2030, 11, 31);
const instant = fc.integer({ min: MIN, max: MAX }).map((ms) => new Date(ms).toISOString());
const civilDate = fc.integer({ min: MIN, max: MAX }).map((ms) => new Date(ms).toISOString().slice(0, 10));

type Mode = (start: string) => string;
interface ModeCase {
  name: string;
  make: fc.Arbitrary<Mode>;
}

const days = fc.integer({ min: 1, max: 200 });
const zone = fc.constantFrom(...ZONES);
const holidays = fc.array(civilDate, { maxLength: 20 });

const MODES: ModeCase[] = [
  { name: 'E', make: fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.constantFrom('days' as const, 'hours' as const)).map(([n, u]) => (s: string) => countElapsed(s, n, u).due) },
  { name: 'D', make: fc.tuple(days, zone).map(([n, z]) => (s: string) => countNextDayWindow(s, n, z).due) },
  { name: 'D+L', make: fc.tuple(days, zone).map(([n, z]) => (s: string) => countNextDayWindowLegal(s, n, z).due) },
  { name: 'C', make: fc.tuple(days, zone).map(([n, z]) => (s: string) => countCalendarDays(s, n, z).due) },
  { name: 'C+W', make: fc.tuple(days, zone, holidays).map(([n, z, h]) => (s: string) => countCalendarDaysWorking(s, n, z, h).due) },
  { name: 'H', make: fc.tuple(fc.integer({ min: 1, max: 1000 }), zone).map(([n, z]) => (s: string) => countNextHour(s, n, z).due) },
  { name: 'B', make: fc.integer({ min: 1, max: 60 }).map((n) => (s: string) => countCnBusinessDays(s, n).due) },
];

describe.each(MODES.map((m) => [m.name, m] as const))('properties of %s', (_name, { make }) => {
  it('a later start never gives an earlier due', () => {
    fc.assert(
      fc.property(make, instant, instant, (f, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(f(early) <= f(late)).toBe(true);
      }),
    );
  });
  it('due is after the start', () => {
    fc.assert(
      fc.property(make, instant, (f, s) => {
        expect(f(s) > s).toBe(true);
      }),
    );
  });
  it('does not depend on the machine zone', () => {
    fc.assert(
      fc.property(make, instant, fc.constantFrom(...MACHINE_ZONES), (f, s, tz) => {
        process.env.TZ = 'UTC';
        const reference = f(s);
        process.env.TZ = tz;
        const other = f(s);
        restoreTZ();
        expect(other).toBe(reference);
      }),
    );
  });
});

describe('properties across modes', () => {
  it('calendar modes end at the start of a civil day in their zone', () => {
    fc.assert(
      fc.property(instant, days, zone, (s, n, z) => {
        const { due } = countCalendarDays(s, n, z);
        const before = new Date(Date.parse(due) - 1).toISOString();
        expect(civilDateIn(before, z)).not.toBe(civilDateIn(due, z));
      }),
    );
  });
  it('D+L is never earlier than D', () => {
    fc.assert(
      fc.property(instant, days, (s, n) => {
        expect(countNextDayWindowLegal(s, n).due >= countNextDayWindow(s, n).due).toBe(true);
      }),
    );
  });
  it('C+W is never earlier than C', () => {
    fc.assert(
      fc.property(instant, days, zone, holidays, (s, n, z, h) => {
        expect(countCalendarDaysWorking(s, n, z, h).due >= countCalendarDays(s, n, z).due).toBe(true);
      }),
    );
  });
  it('B is an estimate exactly when it looks past the known years', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 }), (s, n) => {
        const { due, estimate } = countCnBusinessDays(s, n);
        // Days looked at run from the day after the event to the last counted day (the day before due).
        const lastDay = civilDateIn(new Date(Date.parse(due) - 1).toISOString(), 'Asia/Shanghai');
        const inKnown = civilDateIn(s, 'Asia/Shanghai') >= '2025-12-31' && lastDay <= '2026-12-31';
        expect(estimate).toBe(!inKnown);
      }),
    );
  });
});
