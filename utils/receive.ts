import type { RadarDB } from './db/index';
import { changeOverrides, saveOrderRead, type SaveContext } from './db/orders';
import { ruleById, ruleFitsOrder } from './rules/index';
import { unitFits } from './rules/types';
import { MessageSchema, type Reply } from './messages';
import { adapterFor } from './sites/index';

/** The parts of `runtime.MessageSender` we rely on; all of them are filled in by the browser. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/**
 * Only our own content scripts, in the top frame of a page we read, may report orders, and only
 * for the site of that page: a script on one site can never write another site's orders. The page
 * controls everything the script sends, so the sender's address is checked, never the payload's.
 */
function contentSiteOf(sender: SenderInfo, self: Self): string | undefined {
  if (sender.id !== self.id || !sender.tab || sender.frameId !== 0 || !sender.url) return undefined;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return undefined;
  }
  return adapterFor(url)?.adapter.id;
}

/** Our extension's id, and the origin of its pages (chrome-extension://<id>/, moz-extension://<uuid>/). */
export interface Self {
  id: string;
  origin: string;
}

/** The popup and side panel: our own pages, never in a tab's content, at our own origin. */
function isExtensionPage(sender: SenderInfo, self: Self): boolean {
  return sender.id === self.id && !sender.tab && !!sender.url && sender.url.startsWith(self.origin);
}

export async function receive(db: RadarDB, raw: unknown, sender: SenderInfo, self: Self, at: SaveContext): Promise<Reply> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid message' };
  const msg = parsed.data;
  switch (msg.type) {
    case 'page.read': {
      const site = contentSiteOf(sender, self);
      if (!site) return { ok: false, error: 'sender not allowed' };
      if (msg.orders.some((o) => o.site !== site)) return { ok: false, error: 'orders from another site' };
      try {
        for (const order of msg.orders) await saveOrderRead(db, order, at);
      } catch (error) {
        // Each order is its own transaction: a failure (quota, a closing database) loses no stored data.
        console.error('[refund-radar] could not store orders', error);
        return { ok: false, error: `storage failed: ${error instanceof Error ? error.name : 'unknown'}` };
      }
      return { ok: true, saved: msg.orders.length };
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
