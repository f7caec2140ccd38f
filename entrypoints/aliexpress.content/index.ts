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
      location: () => new URL(location.href),
      send: (msg: PageReadMessage) => browser.runtime.sendMessage(msg),
      log: (...args: unknown[]) => console.debug('[refund-radar:aliexpress]', ...args),
    };
    let run = new AbortController();
    ctx.onInvalidated(() => run.abort());
    watchPage(aliexpress, deps, run.signal);
    // The SPA changes pages without reloading: start over on each navigation.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      run.abort();
      run = new AbortController();
      watchPage(aliexpress, deps, run.signal);
    });
  },
});
