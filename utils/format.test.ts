import { describe, expect, it } from 'vitest';
import { formatInstant, instantToWallInput, timeLeft, wallInputToInstant } from './format';

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

describe('dates typed by the user, in the zone they see dates in', () => {
  it.each([
    ['2026-03-16T09:30', 'Asia/Shanghai', '2026-03-16T01:30:00.000Z'],
    ['2026-03-16T09:30', 'America/New_York', '2026-03-16T13:30:00.000Z'],
    ['2026-03-29T01:30', 'Europe/London', '2026-03-29T01:30:00.000Z'], // the skipped hour (01:00-02:00): read with the offset before
    ['2026-10-25T01:30', 'Europe/London', '2026-10-25T00:30:00.000Z'], // the repeated hour: the earlier instant
    ['2026-03-16', 'Asia/Shanghai', '2026-03-15T16:00:00.000Z'],
  ])('%s in %s', (value, zone, want) => {
    expect(wallInputToInstant(value, zone)?.toISOString()).toBe(want);
  });

  it('rejects what is not a date', () => {
    expect(wallInputToInstant('16/03/2026', 'UTC')).toBeUndefined();
    expect(wallInputToInstant('', 'UTC')).toBeUndefined();
  });

  it('round-trips through the input value', () => {
    for (const zone of ['Asia/Shanghai', 'America/Los_Angeles', 'Australia/Lord_Howe']) {
      expect(wallInputToInstant(instantToWallInput('2026-07-04T18:45:00.000Z', zone), zone)?.toISOString()).toBe('2026-07-04T18:45:00.000Z');
    }
  });
});
