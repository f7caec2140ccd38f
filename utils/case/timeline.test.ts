import { describe, expect, it } from 'vitest';
import type { OrderEvent } from '../model';
import { TimelineEntrySchema, type TimelineEntry } from './schema';
import { addEntry, editEntry, mergeTimeline, removeEntry, sentDraftEntry, shownEntries, type TimelineOrder } from './timeline';

const CN = 'Asia/Shanghai';
const ev = (kind: OrderEvent['kind'], at: string, extra: Partial<OrderEvent> = {}): OrderEvent => ({ kind, at, dateOnly: false, zone: CN, ...extra });
const order = (events: OrderEvent[], overrides?: TimelineOrder['overrides']): TimelineOrder => ({ events, overrides });

const base = order([
  ev('paid', '2026-03-01T04:00:00.000Z', { text: '付款时间 2026-03-01 12:00:00' }),
  ev('seller_shipped', '2026-03-02T06:00:00.000Z'),
  ev('signed_for', '2026-03-04T16:00:00.000Z', { dateOnly: true }),
  ev('dispute_opened', '2026-03-05T02:00:00.000Z'),
]);

const note: TimelineEntry = { id: 'u1', origin: 'user', kind: 'note', at: '2026-03-04T20:00:00.000Z', dateOnly: false, zone: 'Europe/London', text: 'Called the carrier', edited: false };
const sent = sentDraftEntry({
  id: 'd1',
  at: new Date('2026-03-05T01:00:00.000Z'),
  zone: 'Europe/London',
  channel: 'seller_chat',
  templateId: 'seller_first',
  lang: 'zh',
  text: '亲，您好！…',
});

const summary = (entries: TimelineEntry[]) => entries.map((e) => `${e.at} ${e.id}`);

describe('captured events on the timeline', () => {
  it('each event becomes one captured entry, in time order, with the page’s words', () => {
    const t = mergeTimeline(base, []);
    expect(summary(t)).toEqual([
      '2026-03-01T04:00:00.000Z captured:paid:0',
      '2026-03-02T06:00:00.000Z captured:seller_shipped:0',
      '2026-03-04T16:00:00.000Z captured:signed_for:0',
      '2026-03-05T02:00:00.000Z captured:dispute_opened:0',
    ]);
    expect(t[0]).toMatchObject({ origin: 'captured', kind: 'paid', text: '付款时间 2026-03-01 12:00:00', edited: false });
    expect(t[2]).toMatchObject({ dateOnly: true, zone: CN });
    for (const e of t) expect(() => TimelineEntrySchema.parse(e)).not.toThrow();
  });

  it('merges the user’s entries and sent drafts by time', () => {
    expect(summary(mergeTimeline(base, [sent, note]))).toEqual([
      '2026-03-01T04:00:00.000Z captured:paid:0',
      '2026-03-02T06:00:00.000Z captured:seller_shipped:0',
      '2026-03-04T16:00:00.000Z captured:signed_for:0',
      '2026-03-04T20:00:00.000Z u1',
      '2026-03-05T01:00:00.000Z d1',
      '2026-03-05T02:00:00.000Z captured:dispute_opened:0',
    ]);
  });

  it('is idempotent: re-running never duplicates, whatever the input order', () => {
    const once = mergeTimeline(base, [note, sent]);
    expect(mergeTimeline(base, once)).toEqual(once);
    expect(mergeTimeline(base, [...once].reverse())).toEqual(once);
    expect(mergeTimeline(base, mergeTimeline(base, once))).toHaveLength(6);
  });

  it('a refined date replaces the captured one in place (same entry, no duplicate)', () => {
    const t = mergeTimeline(base, []);
    const refined = order(base.events.map((e) => (e.kind === 'signed_for' ? ev('signed_for', '2026-03-05T03:12:00.000Z') : e)));
    const after = mergeTimeline(refined, t);
    expect(after.filter((e) => e.kind === 'signed_for')).toEqual([expect.objectContaining({ id: 'captured:signed_for:0', at: '2026-03-05T03:12:00.000Z', dateOnly: false })]);
    expect(after).toHaveLength(4);
  });

  it('a second round of a repeatable event comes in as a new entry', () => {
    const t = mergeTimeline(base, []);
    const again = order([...base.events, ev('dispute_opened', '2026-03-20T02:00:00.000Z')]);
    expect(mergeTimeline(again, t).filter((e) => e.kind === 'dispute_opened').map((e) => e.id)).toEqual(['captured:dispute_opened:0', 'captured:dispute_opened:1']);
  });

  it('a date the user set on the order replaces the page’s dates of that kind', () => {
    const corrected = order(base.events, { events: [ev('signed_for', '2026-03-06T00:00:00.000Z', { zone: 'Europe/London' })], durations: {} });
    const signed = mergeTimeline(corrected, []).filter((e) => e.kind === 'signed_for');
    expect(signed.map((e) => [e.at, e.zone])).toEqual([['2026-03-06T00:00:00.000Z', 'Europe/London']]);
  });
});

describe('the user’s edits survive a re-merge', () => {
  const t = mergeTimeline(base, [note]);

  it('an edited captured entry keeps the user’s date and text, even when the page changes', () => {
    const edited = editEntry(t, 'captured:signed_for:0', { at: '2026-03-06T09:00:00.000Z', dateOnly: false, text: 'Actually signed on the 6th, by a neighbour' });
    const refined = order(base.events.map((e) => (e.kind === 'signed_for' ? ev('signed_for', '2026-03-05T03:12:00.000Z') : e)));
    const after = mergeTimeline(refined, edited);
    expect(after.filter((e) => e.kind === 'signed_for')).toEqual([
      expect.objectContaining({ id: 'captured:signed_for:0', at: '2026-03-06T09:00:00.000Z', text: 'Actually signed on the 6th, by a neighbour', edited: true }),
    ]);
    expect(mergeTimeline(refined, after)).toEqual(after);
    // Re-sorted by its new date.
    expect(after.at(-1)!.id).toBe('captured:signed_for:0');
  });

  it('a removed captured entry stays removed and is not shown', () => {
    const removed = removeEntry(t, 'captured:seller_shipped:0');
    const after = mergeTimeline(base, removed);
    expect(after.find((e) => e.id === 'captured:seller_shipped:0')).toMatchObject({ removed: true, edited: true });
    expect(shownEntries(after).map((e) => e.id)).not.toContain('captured:seller_shipped:0');
    expect(mergeTimeline(base, after)).toEqual(after);
  });

  it('an edited entry whose event the order lost is kept; an unedited one goes', () => {
    const edited = editEntry(t, 'captured:paid:0', { text: 'Paid with the Visa ending 4242' });
    const fewer = order(base.events.filter((e) => e.kind !== 'paid' && e.kind !== 'seller_shipped'));
    const after = mergeTimeline(fewer, edited);
    expect(after.map((e) => e.id)).toContain('captured:paid:0');
    expect(after.map((e) => e.id)).not.toContain('captured:seller_shipped:0');
  });

  it('user entries are edited and removed; adding the same sent draft twice keeps one', () => {
    const changed = editEntry(t, 'u1', { text: 'Called the carrier: parcel lost' });
    expect(changed.find((e) => e.id === 'u1')).toMatchObject({ text: 'Called the carrier: parcel lost', edited: true });
    expect(removeEntry(changed, 'u1').map((e) => e.id)).not.toContain('u1');
    const twice = addEntry(addEntry(t, sent), { ...sent, text: 'edited before sending' });
    expect(twice.filter((e) => e.id === 'd1')).toEqual([expect.objectContaining({ text: 'edited before sending' })]);
  });

  it('a sent draft is a valid entry carrying its channel, template and the text sent', () => {
    expect(TimelineEntrySchema.parse(sent)).toMatchObject({ origin: 'draft', kind: 'draft_sent', channel: 'seller_chat', templateId: 'seller_first', lang: 'zh', text: '亲，您好！…' });
  });
});
