import { afterAll, describe, expect, it } from 'vitest';
import { cnEvent, parseCnDate, parseEpoch } from './cn-time';

const savedTZ = process.env.TZ;
afterAll(() => {
  if (savedTZ === undefined) delete process.env.TZ;
  else process.env.TZ = savedTZ;
});

describe('parseCnDate', () => {
  // The captured Tmall order: shipped 2025-11-07 15:34:47 CST = 07:34:47Z (rules.md §3).
  const cases: [string, string | undefined, boolean?][] = [
    ['2025-11-07 15:34:47', '2025-11-07T07:34:47.000Z', false],
    ['发货时间：2025-11-07 15:34:47', '2025-11-07T07:34:47.000Z', false],
    ['2025/11/07 15:34', '2025-11-07T07:34:00.000Z', false],
    ['2025-11-07T15:34:47', '2025-11-07T07:34:47.000Z', false],
    ['2025年11月7日 00:01', '2025-11-06T16:01:00.000Z', false],
    ['2025年11月7日00:01', '2025-11-06T16:01:00.000Z', false],
    ['2025年11月7日', '2025-11-06T16:00:00.000Z', true],
    ['２０２５－１１－０７', '2025-11-06T16:00:00.000Z', true],
    ['2025.11.07', '2025-11-06T16:00:00.000Z', true],
    // A New York DST day is an ordinary day in China.
    ['2026-03-08 02:30:00', '2026-03-07T18:30:00.000Z', false],
    ['2028-02-29 12:00', '2028-02-29T04:00:00.000Z', false],
    ['2026-02-29 12:00', undefined],
    ['2025-13-01', undefined],
    ['2025-11-07 24:00', undefined],
    ['11-07 15:34', undefined],
    ['1988-06-01 12:00', undefined],
    ['', undefined],
  ];
  it.each(cases)('%s → %s', (text, at, dateOnly) => {
    const read = parseCnDate(text);
    expect(read?.at).toBe(at);
    if (at) expect(read?.dateOnly).toBe(dateOnly);
  });

  it('does not depend on the machine zone', () => {
    const seen = new Set<string | undefined>();
    for (const tz of ['UTC', 'America/New_York', 'Asia/Shanghai', 'Pacific/Chatham']) {
      process.env.TZ = tz;
      seen.add(parseCnDate('2026-03-08 02:30:00')?.at);
    }
    expect([...seen]).toEqual(['2026-03-07T18:30:00.000Z']);
  });
});

describe('parseEpoch', () => {
  it('reads milliseconds and seconds, as numbers or digit strings', () => {
    expect(parseEpoch(1762500887000)?.at).toBe('2025-11-07T07:34:47.000Z');
    expect(parseEpoch('1762500887')?.at).toBe('2025-11-07T07:34:47.000Z');
  });
  it('refuses what is not a plausible time', () => {
    for (const v of [null, 'x', -1, 0, Number.NaN, 1e20, '12345', {}]) expect(parseEpoch(v)).toBeUndefined();
  });
});

describe('cnEvent', () => {
  it('keeps the page words and the zone', () => {
    expect(cnEvent('paid', '付款时间：2025-11-06 23:09:33')).toEqual({ kind: 'paid', at: '2025-11-06T15:09:33.000Z', dateOnly: false, zone: 'Asia/Shanghai', text: '付款时间：2025-11-06 23:09:33' });
    expect(cnEvent('paid', '付款时间：')).toBeUndefined();
  });
});
