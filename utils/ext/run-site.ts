import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReadMessage } from '../messages';
import type { SiteAdapter } from '../sites/types';
import { watchPage } from '../content/watch-page';
import { pageBadges } from './badges';

/**
 * A site's content script: reads the page with its adapter, follows in-app navigation, and keeps a
 * deadline badge next to each order. Each site's entrypoint is this one call, so every site behaves
 * the same way.
 */
export function runSite(adapter: SiteAdapter, ctx: ContentScriptContext): void {
  const deps = {
    doc: document,
    send: (msg: PageReadMessage) => browser.runtime.sendMessage(msg),
    log: (...args: unknown[]) => console.debug(`[refund-radar:${adapter.id}]`, ...args),
    stored: pageBadges(ctx),
  };
  let run = new AbortController();
  ctx.onInvalidated(() => run.abort());
  watchPage(adapter, new URL(location.href), deps, run.signal);
  // SPAs change pages without reloading: start over on each navigation. The event can fire before
  // `location` changes (Navigation API), so the new address comes from the event.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    run.abort();
    run = new AbortController();
    watchPage(adapter, newUrl, deps, run.signal);
  });
}
