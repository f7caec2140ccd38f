/**
 * A wall-clock time a page shows in a zone (AliExpress: Pacific time) → the UTC instant. Intl with an
 * explicit zone, so the machine's own zone never enters (a zone library in the content script cost
 * 5 KB and moved with the machine's zone around DST changes). China time needs none of this: it is a
 * fixed UTC+8 (cn-time.ts).
 */
const formats = new Map<string, Intl.DateTimeFormat>();
/** Zone → quarter-hour → offset. Every zone changes offset on a quarter hour of UTC, so this is exact. */
const offsets = new Map<string, Map<number, number>>();
const QUARTER_HOUR = 900_000;
const DAY = 86_400_000;

/** The zone's offset from UTC at an instant, in ms (UTC−7 → −25,200,000). */
function offsetAt(ms: number, zone: string): number {
  let byQuarter = offsets.get(zone);
  if (!byQuarter) offsets.set(zone, (byQuarter = new Map()));
  const quarter = Math.floor(ms / QUARTER_HOUR);
  let offset = byQuarter.get(quarter);
  if (offset === undefined) {
    offset = readOffset(quarter * QUARTER_HOUR, zone);
    // A page's dates cluster in a few months: a small bound keeps a long session's memory flat.
    if (byQuarter.size > 10_000) byQuarter.clear();
    byQuarter.set(quarter, offset);
  }
  return offset;
}

function readOffset(ms: number, zone: string): number {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant the wall time names in `zone`. In the hour a DST change repeats, the first (earlier)
 * instant; in the hour it skips, the time read with the offset before the change.
 */
export function wallTimeToUtc(y: number, month: number, day: number, h: number, mi: number, s: number, zone: string): number {
  const local = Date.UTC(y, month - 1, day, h, mi, s);
  // Offsets change at most once within a day either side, so these two are the only readings.
  const before = local - offsetAt(local - DAY, zone);
  const after = local - offsetAt(local + DAY, zone);
  const fits = (at: number) => at + offsetAt(at, zone) === local;
  if (fits(before) && fits(after)) return Math.min(before, after);
  if (fits(after)) return after;
  return before;
}
