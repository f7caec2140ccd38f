import type { EventKind, Order, OrderEvent, OrderRead } from '../model';
import type { Channel, TextLang, TimelineEntry } from './schema';

/**
 * A case's timeline: the order's captured events, the user's own entries, and the drafts they sent.
 * Captured entries are rebuilt from the order on every merge, so a re-read that refines a date
 * (a date-only value becoming a precise time) flows in; those the user edited or removed stay as
 * the user left them.
 */

export type TimelineOrder = Pick<OrderRead, 'events'> & Pick<Order, 'overrides'>;
type CapturedEntry = Extract<TimelineEntry, { origin: 'captured' }>;
type DraftEntry = Extract<TimelineEntry, { origin: 'draft' }>;

/** A date the user set replaces every page date of its kind, as the deadline engine reads it (rules/engine.ts `orderFacts`). */
function orderEvents(order: TimelineOrder): OrderEvent[] {
  const own = order.overrides?.events ?? [];
  const kinds = new Set(own.map((e) => e.kind));
  return [...order.events.filter((e) => !kinds.has(e.kind)), ...own];
}

/**
 * One entry per event, its id the event's kind and its rank among that kind by time: a refined date
 * keeps its rank, and a new round of a repeatable event (a second refund request) comes later, so
 * ids stay put across re-reads.
 */
function capturedEntries(order: TimelineOrder): CapturedEntry[] {
  const rank = new Map<EventKind, number>();
  return orderEvents(order)
    .sort((a, b) => compareText(a.at, b.at))
    .map((e) => {
      const n = rank.get(e.kind) ?? 0;
      rank.set(e.kind, n + 1);
      return { id: `captured:${e.kind}:${n}`, origin: 'captured', kind: e.kind, at: e.at, dateOnly: e.dateOnly, zone: e.zone, text: e.text ?? '', edited: false };
    });
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ORIGIN_RANK: Record<TimelineEntry['origin'], number> = { captured: 0, user: 1, draft: 2 };

/** By time; ties by origin, then id, so a merge gives the same list whatever order its input came in. */
function sortTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return [...entries].sort((a, b) => compareText(a.at, b.at) || ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin] || compareText(a.id, b.id));
}

/** The case's timeline brought up to date with the order. Idempotent: merging its own result changes nothing. */
export function mergeTimeline(order: TimelineOrder, entries: readonly TimelineEntry[]): TimelineEntry[] {
  const fresh = capturedEntries(order);
  const freshIds = new Set(fresh.map((e) => e.id));
  const edited = new Map(entries.filter((e) => e.origin === 'captured' && e.edited).map((e) => [e.id, e]));
  return sortTimeline([
    ...fresh.map((e) => edited.get(e.id) ?? e),
    // An edited entry whose event the order no longer has is still the user's word.
    ...[...edited.values()].filter((e) => !freshIds.has(e.id)),
    ...entries.filter((e) => e.origin !== 'captured'),
  ]);
}

/** The entries to show and to read dates from: removed captured entries are only tombstones. */
export const shownEntries = (entries: readonly TimelineEntry[]): TimelineEntry[] => entries.filter((e) => !(e.origin === 'captured' && e.removed));

/** Adds an entry, or replaces the one with its id (logging the same sent draft twice keeps one). */
export function addEntry(entries: readonly TimelineEntry[], entry: TimelineEntry): TimelineEntry[] {
  return sortTimeline([...entries.filter((e) => e.id !== entry.id), entry]);
}

export type EntryPatch = Partial<Pick<TimelineEntry, 'at' | 'dateOnly' | 'zone' | 'text'>>;

/** The user's change to an entry: marked edited, so a captured one survives the next merge as changed. */
export function editEntry(entries: readonly TimelineEntry[], id: string, patch: EntryPatch): TimelineEntry[] {
  return sortTimeline(entries.map((e) => (e.id === id ? { ...e, ...patch, edited: true } : e)));
}

/** Removes an entry; a captured one stays as a tombstone, or the next merge would bring it back. */
export function removeEntry(entries: readonly TimelineEntry[], id: string): TimelineEntry[] {
  return entries.flatMap((e): TimelineEntry[] => {
    if (e.id !== id) return [e];
    return e.origin === 'captured' ? [{ ...e, removed: true, edited: true }] : [];
  });
}

export interface SentDraft {
  id: string;
  at: Date;
  /** The user's zone: the entry shows in it. */
  zone: string;
  channel: Channel;
  templateId: string;
  lang: TextLang;
  /** What the user sent, after their edits: not the template's text. */
  text: string;
}

/** The timeline entry for a draft the user marked as sent. */
export function sentDraftEntry(d: SentDraft): DraftEntry {
  return { id: d.id, origin: 'draft', kind: 'draft_sent', at: d.at.toISOString(), dateOnly: false, zone: d.zone, text: d.text, edited: false, channel: d.channel, templateId: d.templateId, lang: d.lang };
}
