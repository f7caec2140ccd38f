import { afterAll, describe, expect, it } from 'vitest';
import { wallTimeToUtc } from './wall-time';

const LA = 'America/Los_Angeles';
const iso = (ms: number) => new Date(ms).toISOString();
const savedTZ = process.env.TZ;
afterAll(() => {
  if (savedTZ === undefined) delete process.env.TZ;
  else process.env.TZ = savedTZ;
});

describe('wallTimeToUtc', () => {
  it.each([
    // PST (UTC−8) in winter, PDT (UTC−7) in summer.
    [[2026, 1, 15, 10, 0, 0], '2026-01-15T18:00:00.000Z'],
    [[2026, 7, 15, 10, 0, 0], '2026-07-15T17:00:00.000Z'],
    // 8 March 2026: 02:00 jumps to 03:00. 01:59 is still PST; 03:00 is PDT.
    [[2026, 3, 8, 1, 59, 0], '2026-03-08T09:59:00.000Z'],
    [[2026, 3, 8, 3, 0, 0], '2026-03-08T10:00:00.000Z'],
    // 1 November 2026: 01:00–02:00 happens twice; the first (PDT) is taken.
    [[2026, 11, 1, 1, 30, 0], '2026-11-01T08:30:00.000Z'],
    [[2026, 11, 1, 2, 30, 0], '2026-11-01T10:30:00.000Z'],
    // Midnight and a leap day.
    [[2028, 2, 29, 0, 0, 0], '2028-02-29T08:00:00.000Z'],
    // The 2014 capture's "2014-06-03 02:20:13" PDT.
    [[2014, 6, 3, 2, 20, 13], '2014-06-03T09:20:13.000Z'],
  ] as const)('%j → %s', (parts, want) => {
    const [y, mo, d, h, mi, s] = parts;
    expect(iso(wallTimeToUtc(y, mo, d, h, mi, s, LA))).toBe(want);
  });

  it('east of UTC too, the repeated hour gives its first instant', () => {
    // London 25 Oct 2026: 01:00–02:00 twice (BST, then GMT). Sydney 5 Apr 2026: 02:00–03:00 twice (AEDT, then AEST).
    expect(iso(wallTimeToUtc(2026, 10, 25, 1, 30, 0, 'Europe/London'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(wallTimeToUtc(2026, 4, 5, 2, 30, 0, 'Australia/Sydney'))).toBe('2026-04-04T15:30:00.000Z');
  });

  it('an hour the DST change skips reads with the offset before it', () => {
    expect(iso(wallTimeToUtc(2026, 3, 8, 2, 30, 0, LA))).toBe('2026-03-08T10:30:00.000Z');
  });

  it('gives the same instant whatever the machine’s zone', () => {
    const seen = new Set<number>();
    for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'America/Santiago', 'Pacific/Chatham']) {
      process.env.TZ = tz;
      for (const h of [0, 1, 2, 3]) seen.add(wallTimeToUtc(2026, 11, 1, h, 30, 0, LA) - h * 3_600_000);
    }
    // 00:30 and 01:30 are PDT (one offset), 02:30 and 03:30 PST: two values across all machines.
    expect(seen.size).toBe(2);
  });
});
