import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toIcs } from './ics';
import type { Deadline, Order } from './model';

const deadline = (orderId: string, dueAt: string): Deadline => ({
  id: `aliexpress:${orderId}:ae.dispute.closes`,
  site: 'aliexpress',
  orderId,
  ruleId: 'ae.dispute.closes',
  kind: 'closes',
  dueAt,
  from: 'completed',
  basis: 'computed',
  estimate: false,
  confidence: 'high',
  source: [{ title: 'Copy of AliExpress help, 2018', seen: '2018' }],
});
const order = {
  site: 'aliexpress',
  orderId: '3068481379959913',
  url: 'https://www.aliexpress.com/p/order/detail.html?orderId=3068481379959913',
  seller: { name: 'Store; with, commas\\and a backslash' },
  items: [{ title: '防水袋 6L Collapsible Water Bag With Tap For Hiking, Camping and Long Trips in the Mountains' }],
} as Order;
const NOW = new Date('2026-03-10T12:00:00Z');

describe('toIcs', () => {
  const ics = toIcs([{ deadline: deadline('3068481379959913', '2026-03-16T12:00:00.000Z'), order }, { deadline: { ...deadline('1111111111', '2026-04-01T00:00:00.000Z'), dueAt: undefined } }], NOW, 'en');

  it('parses back with a standard parser: one event per dated deadline, the right instants, a day-before alarm', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const e = new ICAL.Event(events[0]!);
    expect(e.uid).toBe('aliexpress:3068481379959913:ae.dispute.closes@refund-radar.app');
    expect(e.endDate.toJSDate().toISOString()).toBe('2026-03-16T12:00:00.000Z');
    expect(e.startDate.toJSDate().toISOString()).toBe('2026-03-16T11:30:00.000Z');
    expect(e.summary).toBe('Last day to open a dispute — AliExpress Order 3068481379959913');
    expect(e.description).toContain('Store; with, commas\\and a backslash');
    expect(e.description).toContain('防水袋');
    expect(events[0]!.getFirstPropertyValue('url')).toBe(order.url);
    const alarm = events[0]!.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P1D');
  });

  it('keeps UIDs stable and raises the sequence, so a re-import updates instead of duplicating', () => {
    const later = toIcs([{ deadline: deadline('3068481379959913', '2026-03-18T12:00:00.000Z'), order }], new Date('2026-03-11T12:00:00Z'), 'en');
    const a = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    const b = new ICAL.Event(new ICAL.Component(ICAL.parse(later)).getFirstSubcomponent('vevent')!);
    expect(b.uid).toBe(a.uid);
    expect(b.sequence).toBeGreaterThan(a.sequence);
  });

  it('is RFC 5545 text: CRLF lines of at most 75 octets, a calendar envelope', () => {
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(ics).not.toMatch(/[^\r]\n/);
  });

  it('speaks Chinese when asked', () => {
    expect(toIcs([{ deadline: deadline('3068481379959913', '2026-03-16T12:00:00.000Z'), order }], NOW, 'zh_CN')).toContain('SUMMARY:发起纠纷截止');
  });
});

describe('text helpers', () => {
  it('escapes what RFC 5545 reserves', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
  it('folds long lines without splitting a character', () => {
    const folded = foldLine(`DESCRIPTION:${'中'.repeat(40)}`);
    const parts = folded.split('\r\n ');
    expect(parts.join('')).toBe(`DESCRIPTION:${'中'.repeat(40)}`);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
  });
});
