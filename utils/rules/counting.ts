import { Temporal } from 'temporal-polyfill';
import type { Instant } from '../model';
import { civilWeekday, cnWorkingDay, parseCivilDate } from './calendar-cn';

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

function checkZone(zone: string): void {
  // An unknown zone would otherwise surface as NaN dates far from the caller.
  new Intl.DateTimeFormat('en-US', { timeZone: zone });
}

function checkCount(n: number, what: string, integer: boolean): void {
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
    throw new RangeError(`${what} must be a ${integer ? 'whole ' : ''}number ≥ 0, got ${n}`);
  }
}

function iso(d: Date): Instant {
  return d.toISOString();
}

/** The civil date of an instant in a zone, 'YYYY-MM-DD'. */
export function civilDateIn(instant: string, zone: string): string {
  checkZone(zone);
  return civilDay(startMs(instant), zone, 0).toString();
}

/**
 * The civil date `k` days after the instant's date in `zone`. Temporal, not TZDate: @date-fns/tz 1.5
 * gave answers that moved with the machine's own zone around DST changes (fast-check found
 * Pacific/Auckland counted on a machine in America/Santiago an hour off).
 */
function civilDay(instantMs: number, zone: string, k: number): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(instantMs).toZonedDateTimeISO(zone).toPlainDate().add({ days: k });
}

/** Start of the civil day `k` days after the instant's date in `zone`: 00:00, or the first existing instant when DST skips midnight (America/Santiago). */
function dayStart(instantMs: number, zone: string, k: number): Date {
  return new Date(civilDay(instantMs, zone, k).toZonedDateTime({ timeZone: zone }).epochMilliseconds);
}


/**
 * Mode E: elapsed time, zone-independent. Taobao's auto-confirm `targetTime` is exactly 10 × 24 h
 * after shipment (rules.md §3 `tb.autoconfirm`, captured pages).
 */
export function countElapsed(start: string, amount: number, unit: 'days' | 'hours'): CountResult {
  checkCount(amount, 'amount', false);
  const due = startMs(start) + amount * (unit === 'days' ? DAY_MS : HOUR_MS);
  return { due: new Date(due).toISOString(), estimate: false };
}

/**
 * Mode D: the window opens at 00:00 of the day after the event's civil date in `zone` and lasts
 * `days` whole days. The national 7-day rule says so in words: "七日期间自消费者签收商品的次日开始起算"
 * (网络购买商品七日无理由退货暂行办法 art. 10; rules.md §3 `tb.7day.window`, §9.1).
 */
export function countNextDayWindow(start: string, days: number, zone: string = CN_ZONE): CountResult {
  checkCount(days, 'days', true);
  checkZone(zone);
  return { due: iso(dayStart(startMs(start), zone, days + 1)), estimate: false };
}

/** The first Chinese working day on or after civil day `k`, with whether every day looked at is known. */
function rollToCnWorkday(ms: number, zone: string, k: number): { k: number; known: boolean } {
  let known = true;
  for (;;) {
    const day = cnWorkingDay(civilDay(ms, zone, k).toString());
    known &&= day.known;
    if (day.working) return { k, known };
    k += 1;
  }
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
  const ms = startMs(start);
  const last = rollToCnWorkday(ms, zone, days);
  return { due: iso(dayStart(ms, zone, last.k + 1)), estimate: !last.known };
}

/**
 * Mode C: the event's civil date in `zone` is day 0 and the last day is day `days`. PayPal does not
 * say which day is day 0 nor in which zone; the user's zone with the payment day as day 0 is the
 * natural reading (rules.md §5, §9.7), and card networks count from the day after processing (§6).
 */
export function countCalendarDays(start: string, days: number, zone: string): CountResult {
  checkCount(days, 'days', true);
  checkZone(zone);
  return { due: iso(dayStart(startMs(start), zone, days + 1)), estimate: false };
}

/**
 * Mode C+W: C, but a last day on a Saturday, Sunday or public holiday moves to the next working day
 * (Regulation (EEC, Euratom) No 1182/71 art. 3(4), applied to the 14-day withdrawal period of
 * Directive 2011/83/EU art. 9; rules.md §7). `holidays` are the consumer's country's public
 * holidays as civil dates 'YYYY-MM-DD' (may be empty); the caller owns their completeness.
 */
export function countCalendarDaysWorking(
  start: string,
  days: number,
  zone: string,
  holidays: readonly string[] = [],
): CountResult {
  checkCount(days, 'days', true);
  checkZone(zone);
  for (const h of holidays) parseCivilDate(h);
  const off = new Set(holidays);
  const ms = startMs(start);
  let k = days;
  for (;;) {
    const date = civilDay(ms, zone, k).toString();
    const weekday = civilWeekday(date);
    if (weekday !== 0 && weekday !== 6 && !off.has(date)) break;
    k += 1;
  }
  return { due: iso(dayStart(ms, zone, k + 1)), estimate: false };
}

/**
 * Mode H: "from the next full hour" (template agents, rules.md §4 `tpl.return.request`). An instant
 * already on the hour starts there, not an hour later: the earlier, safer reading (rules.md §9.6).
 * The hour is read in `zone` so that zones with half-hour offsets round to their own full hour.
 */
export function countNextHour(start: string, hours: number, zone: string = CN_ZONE): CountResult {
  checkCount(hours, 'hours', false);
  checkZone(zone);
  const ms = startMs(start);
  const hour = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).round({ smallestUnit: 'hour', roundingMode: 'floor' }).epochMilliseconds;
  const from = hour === ms ? ms : hour + HOUR_MS;
  return { due: new Date(from + hours * HOUR_MS).toISOString(), estimate: false };
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
  const ms = startMs(start);
  let k = 0;
  let known = true;
  for (let counted = 0; counted < days; ) {
    k += 1;
    const day = cnWorkingDay(civilDay(ms, CN_ZONE, k).toString());
    known &&= day.known;
    if (day.working) counted += 1;
  }
  return { due: iso(dayStart(ms, CN_ZONE, k + 1)), estimate: !known };
}
