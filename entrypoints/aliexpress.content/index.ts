import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchPage } from '@/utils/content/watch-page';
import type { PageReadMessage } from '@/utils/messages';
import { aliexpress } from '@/utils/sites/aliexpress';

export default defineContentScript({
  matches: aliexpress.matches,
  runAt: 'document_idle',
  main(ctx) {
    const deps = {
      doc: document,
      send: (msg: PageReadMessage) => browser.runtime.sendMessage(msg),
      log: (...args: unknown[]) => console.debug('[refund-radar:aliexpress]', ...args),
    };
    let run = new AbortController();
    ctx.onInvalidated(() => run.abort());
    watchPage(aliexpress, new URL(location.href), deps, run.signal);
    // The SPA changes pages without reloading: start over on each navigation. The event can fire
    // before `location` changes (Navigation API), so the new address comes from the event.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      run.abort();
      run = new AbortController();
      watchPage(aliexpress, newUrl, deps, run.signal);
    });
  },
});
