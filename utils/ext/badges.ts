import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { BADGE_HOST, orderAnchors } from '../content/anchors';
import { BADGE_CSS, badgeView, renderBadge, type BadgeLang, type Translate } from '../content/badge';
import type { BadgeDeadline } from '../messages';
import type { PageRead } from '../sites/types';

/** The extension's own message files: the content script keeps no copy of the UI text. */
const t: Translate = (key, subs) => browser.i18n.getMessage(key).replace(/\{(\w+)\}/g, (m, name: string) => (name in subs ? String(subs[name]) : m));
const lang = (): BadgeLang => (navigator.language.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en');

/** The reply is the background's, but a content script trusts nothing it did not check. */
function badgeDeadlines(reply: unknown): BadgeDeadline[] {
  const next = (reply as { ok?: unknown; next?: unknown } | undefined)?.next;
  if (!Array.isArray(next)) return [];
  return next.filter(
    (d): d is BadgeDeadline =>
      !!d && typeof d.site === 'string' && typeof d.orderId === 'string' && (typeof d.dueAt === 'string' || d.dueAt === null) && typeof d.name?.en === 'string' && typeof d.name?.zh === 'string' && typeof d.more === 'number',
  );
}

interface Shown {
  ui: ShadowRootContentScriptUi<HTMLButtonElement>;
  anchor: Element;
}

/**
 * Keeps one badge next to each order the page shows: its next deadline and time left, in a shadow
 * root so the page's styles and ours never meet. Called after each read of the page is stored; a
 * click opens the side panel on that order.
 */
export function pageBadges(ctx: ContentScriptContext): (read: PageRead) => Promise<void> {
  const shown = new Map<string, Shown>();
  return async (read) => {
    const ids = read.orders.map((o) => o.orderId);
    const next = badgeDeadlines(await browser.runtime.sendMessage({ type: 'deadlines.next', orderIds: ids }).catch(() => undefined));
    if (ctx.isInvalid) return;
    const anchors = orderAnchors(document, next.map((d) => d.orderId));
    const now = new Date();
    for (const [orderId, s] of shown) {
      if (anchors.get(orderId) !== s.anchor || !s.ui.shadowHost.isConnected) {
        s.ui.remove();
        shown.delete(orderId);
      }
    }
    for (const d of next) {
      const anchor = anchors.get(d.orderId);
      if (!anchor) continue;
      const view = badgeView(d, now, lang(), t);
      const open = () => void browser.runtime.sendMessage({ type: 'case.open', site: d.site, orderId: d.orderId }).catch(() => undefined);
      const existing = shown.get(d.orderId);
      if (existing) {
        renderBadge(existing.ui.uiContainer, view, t('badgeLabel', {}), open);
        continue;
      }
      const ui = await createShadowRootUi(ctx, {
        name: BADGE_HOST,
        position: 'inline',
        anchor,
        append: 'last',
        css: BADGE_CSS,
        onMount: (container, _shadow, host) => {
          // The host is the one element the page's CSS can reach: keep it a plain inline box.
          host.style.setProperty('display', 'inline-block', 'important');
          host.style.setProperty('vertical-align', 'middle', 'important');
          return renderBadge(container, view, t('badgeLabel', {}), open);
        },
      });
      if (ctx.isInvalid) return;
      ui.mount();
      shown.set(d.orderId, { ui, anchor });
    }
  };
}
