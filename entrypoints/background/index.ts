import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '@/utils/db/index';
import { openPanelFromPage, selectOrder } from '@/utils/ext/panel';
import { remindersChanged, startReminders } from '@/utils/ext/reminders';
import { loadSettings } from '@/utils/ext/settings';
import { caseOpenRequest, followedOrder, receive } from '@/utils/receive';

export default defineBackground(() => {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  // Registered synchronously so a message that wakes the service worker is not lost.
  browser.runtime.onMessage.addListener((raw, sender) => {
    // A badge click: the panel must open before any await, while the click's user gesture lasts.
    const open = caseOpenRequest(raw, sender, self);
    if (open) openPanelFromPage(open.tabId, open.selection);
    const reply = loadSettings().then((settings) =>
      receive(db(), raw, sender, self, { now: new Date(), userZone: Intl.DateTimeFormat().resolvedOptions().timeZone, disabledSites: settings.disabledSites }),
    );
    // Stored orders and corrections move deadlines: the next reminder may have moved with them.
    const type = (raw as { type?: unknown } | null)?.type;
    if (type === 'page.read' || type === 'order.override') void reply.then((r) => r.ok && remindersChanged());
    // The panel follows the order page the user is on, once that order is stored.
    const follow = followedOrder(raw, sender, self);
    if (follow) void reply.then((r) => (r.ok ? selectOrder(follow) : undefined));
    return reply;
  });
  startReminders();
});
