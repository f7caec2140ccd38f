import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '@/utils/db/index';
import { receive } from '@/utils/receive';

export default defineBackground(() => {
  // Registered synchronously so a message that wakes the service worker is not lost.
  browser.runtime.onMessage.addListener((raw, sender) =>
    receive(
      db(),
      raw,
      sender,
      { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
      { now: new Date(), userZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
    ),
  );
});
