import type { RadarDB } from './db/index';
import { changeOverrides, deadlinesOf, saveOrderRead, type SaveContext } from './db/orders';
import { saveParcelRead } from './db/parcels';
import { manualOrder } from './manual';
import { OrderReadSchema, type Deadline, type SiteId } from './model';
import { nextDeadline } from './rules/engine';
import { ruleById, ruleFitsOrder } from './rules/index';
import { unitFits } from './rules/types';
import { MessageSchema, OpenCaseMessageSchema, PageReadMessageSchema, type BadgeDeadline, type Reply, type Selection } from './messages';
import { adapterFor } from './sites/index';

/** The parts of `runtime.MessageSender` we rely on; all of them are filled in by the browser. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; active?: boolean };
}

/**
 * Only our own content scripts, in the top frame of a page we read, may report orders, and only
 * for the site of that page: a script on one site can never write another site's orders. The page
 * controls everything the script sends, so the sender's address is checked, never the payload's.
 */
function contentSitesOf(sender: SenderInfo, self: Self): SiteId[] | undefined {
  if (sender.id !== self.id || !sender.tab || sender.frameId !== 0 || !sender.url) return undefined;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return undefined;
  }
  const adapter = adapterFor(url)?.adapter;
  return adapter ? (adapter.sites ?? [adapter.id]) : undefined;
}

/** Our extension's id, and the origin of its pages (chrome-extension://<id>/, moz-extension://<uuid>/). */
export interface Self {
  id: string;
  origin: string;
}

/**
 * Our own pages (popup, side panel, or one of them opened in a tab): the browser sets the sender's
 * address, and only our pages have our origin; a content script's is its web page's.
 */
function isExtensionPage(sender: SenderInfo, self: Self): boolean {
  return sender.id === self.id && !!sender.url && sender.url.startsWith(self.origin);
}

/** The side panel's order for a badge click, and the tab to open it in; undefined when the sender may not ask. */
/**
 * The order the side panel should follow: a detail page (one order) read in the tab the user is
 * looking at. Lists show many orders, so reading one never moves the panel.
 */
export function followedOrder(raw: unknown, sender: SenderInfo, self: Self): Selection | undefined {
  // Most page reads are lists of up to 200 orders that `receive` validates anyway: only a detail
  // page's one-order read is worth validating a second time here.
  const shape = raw as { kind?: unknown; orders?: unknown } | null;
  if (shape?.kind !== 'detail' || !Array.isArray(shape.orders) || shape.orders.length !== 1 || !sender.tab?.active) return undefined;
  const parsed = PageReadMessageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const sites = contentSitesOf(sender, self);
  const order = parsed.data.orders[0]!;
  return sites?.includes(order.site) ? { site: order.site, orderId: order.orderId } : undefined;
}

export function caseOpenRequest(raw: unknown, sender: SenderInfo, self: Self): { tabId: number; selection: Selection } | undefined {
  const parsed = OpenCaseMessageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const sites = contentSitesOf(sender, self);
  const tabId = sender.tab?.id;
  if (!sites?.includes(parsed.data.site) || tabId === undefined) return undefined;
  return { tabId, selection: { site: parsed.data.site, orderId: parsed.data.orderId } };
}

/** Each order's next open deadline (or the last one passed), with its rule's name for the page's language. */
async function badgeDeadlines(db: RadarDB, sites: SiteId[], orderIds: string[], now: Date): Promise<BadgeDeadline[]> {
  const out: BadgeDeadline[] = [];
  const nowIso = now.toISOString();
  for (const orderId of new Set(orderIds)) {
    let site = sites[0]!;
    let ds: Deadline[] = [];
    for (const s of sites) {
      ds = await deadlinesOf(db, { site: s, orderId });
      site = s;
      if (ds.length) break;
    }
    const open = ds.filter((d) => d.dueAt && d.dueAt > nowIso);
    const passed = ds.filter((d) => d.dueAt && d.dueAt <= nowIso);
    // A finished order (refunded, cancelled) has no deadlines left: no badge.
    const shown = nextDeadline(ds, now) ?? passed.at(-1) ?? ds[0];
    if (!shown) continue;
    const rule = ruleById.get(shown.ruleId);
    out.push({
      site,
      orderId,
      ruleId: shown.ruleId,
      name: rule ? rule.name : { en: shown.ruleId, zh: shown.ruleId },
      dueAt: shown.dueAt ?? null,
      estimate: shown.estimate,
      more: Math.max(0, open.length - 1),
    });
  }
  return out;
}

export async function receive(db: RadarDB, raw: unknown, sender: SenderInfo, self: Self, at: SaveContext & { disabledSites?: readonly SiteId[] }): Promise<Reply> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid message' };
  const msg = parsed.data;
  switch (msg.type) {
    case 'page.read': {
      const sites = contentSitesOf(sender, self);
      if (!sites) return { ok: false, error: 'sender not allowed' };
      if (msg.orders.some((o) => !sites.includes(o.site)) || msg.parcels?.some((p) => !sites.includes(p.site))) return { ok: false, error: 'orders from another site' };
      // The user switched this site off in the options: its pages are not read.
      if ([...msg.orders, ...(msg.parcels ?? [])].some((o) => at.disabledSites?.includes(o.site))) return { ok: false, error: 'site switched off' };
      try {
        for (const order of msg.orders) await saveOrderRead(db, order, at);
        for (const parcel of msg.parcels ?? []) await saveParcelRead(db, parcel, at);
      } catch (error) {
        // Each order is its own transaction: a failure (quota, a closing database) loses no stored data.
        console.error('[refund-radar] could not store orders', error);
        return { ok: false, error: `storage failed: ${error instanceof Error ? error.name : 'unknown'}` };
      }
      return { ok: true, saved: msg.orders.length };
    }
    case 'deadlines.next': {
      const sites = contentSitesOf(sender, self);
      if (!sites) return { ok: false, error: 'sender not allowed' };
      const next = await badgeDeadlines(db, sites, msg.orderIds, at.now);
      return { ok: true, next };
    }
    case 'case.open':
      // Opened synchronously by the background (`caseOpenRequest`), inside the click's user gesture.
      return caseOpenRequest(msg, sender, self) ? { ok: true } : { ok: false, error: 'sender not allowed' };
    case 'deadline.mark': {
      if (!isExtensionPage(sender, self)) return { ok: false, error: 'sender not allowed' };
      if (!(await db.deadlines.get(msg.id))) return { ok: false, error: 'deadline not found' };
      const m = msg.mark;
      if (m === 'clear') await db.marks.delete(msg.id);
      else if (typeof m === 'string') await db.marks.put({ id: msg.id, state: m, at: at.now.toISOString() });
      else if (m.snoozeUntil <= at.now.toISOString()) return { ok: false, error: 'snooze must end in the future' };
      else await db.marks.put({ id: msg.id, state: 'snoozed', until: m.snoozeUntil, at: at.now.toISOString() });
      return { ok: true };
    }
    case 'order.manual': {
      if (!isExtensionPage(sender, self)) return { ok: false, error: 'sender not allowed' };
      const read = OrderReadSchema.safeParse(manualOrder(msg, at.userZone));
      if (!read.success) return { ok: false, error: 'invalid order' };
      await saveOrderRead(db, read.data, at);
      return { ok: true };
    }
    case 'order.override': {
      if (!isExtensionPage(sender, self)) return { ok: false, error: 'sender not allowed' };
      const c = msg.change;
      if ('ruleId' in c) {
        const rule = ruleById.get(c.ruleId);
        // The order decides which rules it has (its agent, the consumer's region); a missing order is reported below.
        const order = rule && (await db.orders.get([msg.site, msg.orderId]));
        if (!rule || (order && !ruleFitsOrder(rule, order))) return { ok: false, error: 'unknown rule' };
        if ('set' in c && !unitFits(rule.mode, c.duration.unit)) return { ok: false, error: `rule ${rule.id} cannot count ${c.duration.unit}` };
      }
      const found = await changeOverrides(db, [msg.site, msg.orderId], c, at);
      return found ? { ok: true } : { ok: false, error: 'order not found' };
    }
  }
}
