import type { Lang } from './i18n';
import { translate } from './i18n';
import type { Deadline, Order } from './model';
import { ruleById } from './rules/index';

/**
 * Deadlines as an iCalendar file (RFC 5545) for the shopper's own calendar. Each event's UID is the
 * deadline's id, so importing a newer export updates the events rather than adding copies; each
 * carries a display alarm a day before.
 */

const CRLF = '\r\n';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in text values. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  if (enc.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (bytes + n > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** 20260316T120000Z */
const utc = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export interface IcsEntry {
  deadline: Deadline;
  order?: Order | undefined;
}

export function toIcs(entries: readonly IcsEntry[], now: Date, lang: Lang): string {
  const stamp = utc(now.toISOString());
  // Later exports carry a higher sequence, so calendars take their version of an event.
  const sequence = Math.floor(now.getTime() / 60_000);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Refund Radar//Deadlines//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const { deadline: d, order } of entries) {
    if (!d.dueAt) continue;
    const rule = ruleById.get(d.ruleId);
    const name = rule ? (lang === 'zh_CN' ? rule.name.zh : rule.name.en) : d.ruleId;
    const orderLabel = `${translate(lang, `site_${d.site}`)} ${translate(lang, 'orderLabel', { orderId: d.orderId })}`;
    const due = Date.parse(d.dueAt);
    const description = [
      orderLabel,
      order?.seller?.name,
      order?.items[0]?.title,
      rule ? (lang === 'zh_CN' ? rule.atExpiry.zh : rule.atExpiry.en) : undefined,
      d.estimate ? translate(lang, 'estimate') : undefined,
      ...d.source.map((s) => `${s.title}${s.url ? ` <${s.url}>` : ''}`),
    ].filter(Boolean);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${d.id}@refund-radar.app`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      // The event ends at the deadline: the half hour before it is the last moment to act.
      `DTSTART:${utc(new Date(due - 30 * 60_000).toISOString())}`,
      `DTEND:${utc(d.dueAt)}`,
      `SUMMARY:${escapeText(`${name} — ${orderLabel}`)}`,
      `DESCRIPTION:${escapeText(description.join('\n'))}`,
      ...(order?.url ? [`URL:${order.url}`] : []),
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P1D',
      `DESCRIPTION:${escapeText(name)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
