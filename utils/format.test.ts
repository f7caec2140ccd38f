import { describe, expect, it } from 'vitest';
import { formatInstant, timeLeft } from './format';

describe('showing deadlines in the user’s zone', () => {
  // One instant: 2026-03-16T15:30Z, shortly after the US spring-forward (8 March) and before Europe’s (29 March).
  const due = '2026-03-16T15:30:00.000Z';
  it.each([
    ['America/New_York', /Mar 16, 2026, 11:30\sAM EDT/],
    ['Europe/Berlin', /Mar 16, 2026, 4:30\sPM GMT\+1/],
    ['Asia/Shanghai', /Mar 16, 2026, 11:30\sPM GMT\+8/],
    ['Australia/Sydney', /Mar 17, 2026, 2:30\sAM GMT\+11/],
  ])('in %s', (zone, want) => {
    expect(formatInstant(due, 'en', zone)).toMatch(want);
  });

  it('the same wall time a week earlier in New York is in standard time', () => {
    expect(formatInstant('2026-03-06T16:30:00.000Z', 'en', 'America/New_York')).toMatch(/11:30\sAM EST/);
  });

  it('formats in Chinese', () => {
    expect(formatInstant(due, 'zh_CN', 'Asia/Shanghai')).toMatch(/2026年3月16日/);
  });
});

describe('timeLeft', () => {
  const now = new Date('2026-03-10T00:00:00.000Z');
  it.each([
    ['2026-03-12T05:59:00.000Z', { past: false, days: 2, hours: 5 }],
    ['2026-03-10T00:30:00.000Z', { past: false, days: 0, hours: 0 }],
    ['2026-03-07T00:00:00.000Z', { past: true, days: 3, hours: 0 }],
    ['2026-03-10T00:00:00.000Z', { past: true, days: 0, hours: 0 }],
  ])('%s', (dueAt, want) => {
    expect(timeLeft(dueAt, now)).toEqual(want);
  });
});
