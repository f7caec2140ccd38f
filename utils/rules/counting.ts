import { Temporal } from 'temporal-polyfill';
import type { Instant } from '../model';
import { cnWorkingDayKnown, parseCivilDate, type CnWorkingDay } from './calendar-cn';

/**
 * The counting modes of `../shared/research/rules.md` §1 ("Counting modes"), one pure function each.
 *
 * Every function takes the start instant (ISO UTC, `…Z`, as the model stores it) and returns the due
 * instant as an exclusive end: the first instant at which the window is closed (rules.md §1,
 * "Deadlines"). Civil dates are always read in an explicit IANA zone through Temporal, never in the
 * machine's zone, so the same input gives the same answer on every machine.
 */

export interface CountResult {
  /** ISO UTC instant; the first instant at which the window is closed. */
  due: Instant;
  /** True when the answer rests on data we lack (a year without an official Chinese calendar). */
  estimate: boolean;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Chinese platforms, agents and the law count in China time (rules.md §1, "Counting zones"). */
export const CN_ZONE = 'Asia/Shanghai';

/** The form InstantSchema accepts (ISO 8601 in UTC); a plain regex because this runs for every deadline of every order. */
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;

function startMs(start: string): number {
  // A zone-less or offset string would be read in some other clock.
  const ms = UTC_INSTANT.test(start) ? Date.parse(start) : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO UTC instant: ${start}`);
  return ms;
}

const knownZones = new Set<string>();

function checkZone(zone: string): void {
  if (knownZones.has(zone)) return;
  // An unknown zone would otherwise surface as NaN dates far from the caller.
  new Intl.DateTimeFormat('en-US', { timeZone: zone });
  knownZones.add(zone);
}

function checkCount(n: number, what: string, integer: boolean): void {
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
    throw new RangeError(`${what} must be a ${integer ? 'whole ' : ''}number ≥ 0, got ${n}`);
  }
}


/** The civil date of an instant in a zone, 'YYYY-MM-DD'. */
export function civilDateIn(instant: string, zone: string): string {
  checkZone(zone);
  return dateOfDay(civilDayNumber(startMs(instant), zone));
}

// Counting runs for every order on every capture and at start-up (10,000 orders in the benchmark),
// and a Temporal zone conversion costs microseconds. So conversions are memoised: a zone's UTC
// offset per UTC day, and the start of a civil day in a zone. Whole-day steps are plain arithmetic
// on day numbers (days since 1970-01-01 of a civil date, which has no zone).

/** A zone's offset at an instant, in ms. Temporal, not TZDate: @date-fns/tz 1.5 gave answers that moved with the machine's own zone around DST changes (fast-check found Pacific/Auckland counted on a machine in America/Santiago an hour off). */
function offsetAt(ms: number, zone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds / 1e6;
}

/** Zone → UTC day → the zone's offset through that whole day, or null when it changes during it (a DST switch). */
const dayOffsets = new Map<string, Map<number, number | null>>();

/** Day number of the instant's civil date in `zone`. */
function civilDayNumber(ms: number, zone: string): number {
  const utcDay = Math.floor(ms / DAY_MS);
  let byDay = dayOffsets.get(zone);
  if (!byDay) dayOffsets.set(zone, (byDay = new Map()));
  let offset = byDay.get(utcDay);
  if (offset === undefined) {
    // Equal offsets at both ends mean none changed in between: no zone switches twice within a day.
    const first = offsetAt(utcDay * DAY_MS, zone);
    offset = first === offsetAt((utcDay + 1) * DAY_MS - 1, zone) ? first : null;
    // Bounded: a long-running worker sees a few thousand distinct days, not millions.
    if (byDay.size > 50_000) byDay.clear();
    byDay.set(utcDay, offset);
  }
  return Math.floor((ms + (offset ?? offsetAt(ms, zone))) / DAY_MS);
}

/** 'YYYY-MM-DD' of a day number. */
const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday: day 0, 1970-01-01, was a Thursday. */
const weekdayOfDay = (day: number): number => (((day + 4) % 7) + 7) % 7;

function cnWorkingDayOf(day: number): CnWorkingDay {
  const date = dateOfDay(day);
  return cnWorkingDayKnown(date, Number(date.slice(0, 4)), weekdayOfDay(day));
}

/** Zone → day number → the instant that civil day starts there. */
const dayStarts = new Map<string, Map<number, number>>();

/** Start of a civil day in a zone: 00:00, or the first existing instant when DST skips midnight (America/Santiago). */
function dayStartMs(day: number, zone: string): number {
  let byDay = dayStarts.get(zone);
  if (!byDay) dayStarts.set(zone, (byDay = new Map()));
  let ms = byDay.get(day);
  if (ms === undefined) {
    ms = Temporal.PlainDate.from(dateOfDay(day)).toZonedDateTime({ timeZone: zone }).epochMilliseconds;
    if (byDay.size > 50_000) byDay.clear();
    byDay.set(day, ms);
  }
  return ms;
}

/** A count's end as epoch ms, for the engine, which parses each event once and formats each due once. */
export interface CountMs {
  dueMs: number;
  estimate: boolean;
}

const NO_HOLIDAYS: ReadonlySet<string> = new Set();

function elapsedMs(ms: number, amount: number, unit: 'days' | 'hours'): CountMs {
  return { dueMs: ms + amount * (unit === 'days' ? DAY_MS : HOUR_MS), estimate: false };
}

/** D and C end the same way: 00:00 of the day after the last day; they differ only in what day 0 means to a rule. */
function dayAfterLastMs(ms: number, days: number, zone: string): CountMs {
  return { dueMs: dayStartMs(civilDayNumber(ms, zone) + days + 1, zone), estimate: false };
}

function legalMs(ms: number, days: number, zone: string): CountMs {
  const base = civilDayNumber(ms, zone);
  let known = true;
  let k = days;
  // The first Chinese working day on or after the last day.
  for (;;) {
    const day = cnWorkingDayOf(base + k);
    known &&= day.known;
    if (day.working) break;
    k += 1;
  }
  return { dueMs: dayStartMs(base + k + 1, zone), estimate: !known };
}

function workingMs(ms: number, days: number, zone: string, off: ReadonlySet<string>): CountMs {
  const base = civilDayNumber(ms, zone);
  let k = days;
  for (;;) {
    const weekday = weekdayOfDay(base + k);
    if (weekday !== 0 && weekday !== 6 && !off.has(dateOfDay(base + k))) break;
    k += 1;
  }
  return { dueMs: dayStartMs(base + k + 1, zone), estimate: false };
}

function nextHourMs(ms: number, hours: number, zone: string): CountMs {
  const hour = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).round({ smallestUnit: 'hour', roundingMode: 'floor' }).epochMilliseconds;
  const from = hour === ms ? ms : hour + HOUR_MS;
  return { dueMs: from + hours * HOUR_MS, estimate: false };
}

function businessMs(ms: number, days: number): CountMs {
  const base = civilDayNumber(ms, CN_ZONE);
  let k = 0;
  let known = true;
  for (let counted = 0; counted < days; ) {
    k += 1;
    const day = cnWorkingDayOf(base + k);
    known &&= day.known;
    if (day.working) counted += 1;
  }
  return { dueMs: dayStartMs(base + k + 1, CN_ZONE), estimate: !known };
}

const result = (c: CountMs): CountResult => ({ due: new Date(c.dueMs).toISOString(), estimate: c.estimate });

/**
 * Mode E: elapsed time, zone-independent. Taobao's auto-confirm `targetTime` is exactly 10 × 24 h
 * after shipment (rules.md §3 `tb.autoconfirm`, captured pages).
 */
export function countElapsed(start: string, amount: number, unit: 'days' | 'hours'): CountResult {
  checkCount(amount, 'amount', false);
  return result(elapsedMs(startMs(start), amount, unit));
}

/**
 * Mode D: the window opens at 00:00 of the day after the event's civil date in `zone` and lasts
 * `days` whole days. The national 7-day rule says so in words: "七日期间自消费者签收商品的次日开始起算"
 * (网络购买商品七日无理由退货暂行办法 art. 10; rules.md §3 `tb.7day.window`, §9.1).
 */
export function countNextDayWindow(start: string, days: number, zone: string = CN_ZONE): CountResult {
  checkCount(days, 'days', true);
  checkZone(zone);
  return result(dayAfterLastMs(startMs(start), days, zone));
}

/**
 * Mode D+L: D, with the Civil Code's rest-day extension: a last day that is a statutory rest day
 * (weekend not made a working day, or official holiday) moves to the day after the rest ends
 * (民法典 art. 203; rules.md §3 `tb.7day.window.legal`). A legal outer bound only: whether platforms
 * honour it is unknown (rules.md §9.1). Estimate when a day looked at lies in a year without data.
 */
export function countNextDayWindowLegal(start: string, days: number, zone: string = CN_ZONE): CountResult {
  checkCount(days, 'days', true);
  checkZone(zone);
  return result(legalMs(startMs(start), days, zone));
}

/**
 * Mode C: the event's civil date in `zone` is day 0 and the last day is day `days`. PayPal does not
 * say which day is day 0 nor in which zone; the user's zone with the payment day as day 0 is the
 * natural reading (rules.md §5, §9.7), and card networks count from the day after processing (§6).
 */
export function countCalendarDays(start: string, days: number, zone: string): CountResult {
  checkCount(days, 'days', true);
  checkZone(zone);
  return result(dayAfterLastMs(startMs(start), days, zone));
}

/**
 * Mode C+W: C, but a last day on a Saturday, Sunday or public holiday moves to the next working day
 * (Regulation (EEC, Euratom) No 1182/71 art. 3(4), applied to the 14-day withdrawal period of
 * Directive 2011/83/EU art. 9; rules.md §7). `holidays` are the consumer's country's public
 * holidays as civil dates 'YYYY-MM-DD' (may be empty); the caller owns their completeness.
 */
export function countCalendarDaysWorking(start: string, days: number, zone: string, holidays: readonly string[] = []): CountResult {
  checkCount(days, 'days', true);
  checkZone(zone);
  for (const h of holidays) parseCivilDate(h);
  return result(workingMs(startMs(start), days, zone, new Set(holidays)));
}

/**
 * Mode H: "from the next full hour" (template agents, rules.md §4 `tpl.return.request`). An instant
 * already on the hour starts there, not an hour later: the earlier, safer reading (rules.md §9.6).
 * The hour is read in `zone` so that zones with half-hour offsets round to their own full hour.
 */
export function countNextHour(start: string, hours: number, zone: string = CN_ZONE): CountResult {
  checkCount(hours, 'hours', false);
  checkZone(zone);
  return result(nextHourMs(startMs(start), hours, zone));
}

/**
 * Mode B: Chinese working days, Asia/Shanghai. Counting starts the day after the event (the starting
 * day is not counted, 民法典 art. 201) and skips every day that is not a working day of the official
 * calendar; due = end of the Nth working day (rules.md §1, §8 `cn.12315.accept`: "7 working days").
 * Estimate when any day looked at, counted or skipped, lies in a year without data (rules.md §9.11).
 * With `days` = 0 the window ends with the event's own day.
 */
export function countCnBusinessDays(start: string, days: number): CountResult {
  checkCount(days, 'days', true);
  return result(businessMs(startMs(start), days));
}

/**
 * Every mode on an instant already parsed, for the engine: its inputs passed the model's schemas
 * (UTC instants, a rule's positive length), so only the zone is checked. CW moves only for weekends:
 * no country's public holidays are data yet, the earlier reading.
 */
export function countMode(mode: 'E' | 'D' | 'DL' | 'C' | 'CW' | 'H' | 'B', ms: number, amount: number, unit: 'days' | 'hours', zone: string): CountMs {
  if (mode === 'E') return elapsedMs(ms, amount, unit);
  checkZone(zone);
  switch (mode) {
    case 'D':
    case 'C':
      return dayAfterLastMs(ms, amount, zone);
    case 'DL':
      return legalMs(ms, amount, zone);
    case 'CW':
      return workingMs(ms, amount, zone, NO_HOLIDAYS);
    case 'H':
      return nextHourMs(ms, amount, zone);
    case 'B':
      return businessMs(ms, amount);
  }
}
