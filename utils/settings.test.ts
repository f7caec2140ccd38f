import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, displayZoneOf, quietUntil, readSettings } from './settings';

const hourUtc = (d: Date) => d.getUTCHours();

describe('settings', () => {
  it('defaults: 3 days and 1 day before and on the day, quiet 22–8, language from the browser', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ leadHours: [72, 24], onTheDay: true, quietFrom: 22, quietTo: 8, language: 'auto', disabledSites: [] });
  });

  it('a damaged stored value falls back field by field', () => {
    expect(readSettings({ leadHours: 'x', quietFrom: 99, language: 'fr', disabledSites: ['weidian', 'evil'] })).toMatchObject({ leadHours: [72, 24], quietFrom: 22, language: 'auto', disabledSites: [] });
    expect(readSettings({ leadHours: [48], disabledSites: ['weidian'] })).toMatchObject({ leadHours: [48], disabledSites: ['weidian'] });
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('dates show in the computer\'s zone unless the user picked one; an unknown zone falls back', () => {
    expect(displayZoneOf(DEFAULT_SETTINGS, 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(displayZoneOf(readSettings({ displayZone: 'Asia/Shanghai' }), 'Europe/Berlin')).toBe('Asia/Shanghai');
    expect(readSettings({ displayZone: 'Mars/Olympus' }).displayZone).toBe('auto');
    expect(readSettings({ displayZone: 42 }).displayZone).toBe('auto');
  });

  it('quiet hours across midnight end at their end hour', () => {
    const s = { quietFrom: 22, quietTo: 8 };
    expect(quietUntil(s, new Date('2026-03-10T23:30:00Z'), hourUtc)?.toISOString()).toBe('2026-03-11T08:00:00.000Z');
    expect(quietUntil(s, new Date('2026-03-10T07:59:00Z'), hourUtc)?.toISOString()).toBe('2026-03-10T08:00:00.000Z');
    expect(quietUntil(s, new Date('2026-03-10T12:00:00Z'), hourUtc)).toBeUndefined();
    expect(quietUntil({ quietFrom: 8, quietTo: 8 }, new Date('2026-03-10T09:00:00Z'), hourUtc)).toBeUndefined();
    expect(quietUntil({ quietFrom: 13, quietTo: 14 }, new Date('2026-03-10T13:15:00Z'), hourUtc)?.toISOString()).toBe('2026-03-10T14:00:00.000Z');
  });
});
