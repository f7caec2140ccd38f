import type { BadgeDeadline } from '../messages';

export type BadgeLang = 'en' | 'zh_CN';
/** Looks a UI message up (the content script uses the extension's `_locales`, tests the same files). */
export type Translate = (key: 'badgeLeftDays' | 'badgeLeftHours' | 'badgePassed' | 'badgeUnknown' | 'badgeUnknownTitle' | 'badgeTitle' | 'badgeMore' | 'badgeLabel', subs: Record<string, string | number>) => string;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const SOON_MS = 3 * DAY_MS;

export interface BadgeView {
  text: string;
  title: string;
  urgency: 'passed' | 'soon' | 'later' | 'unknown';
}

/** What one order's badge says: time left on its next deadline, and in the tooltip which deadline, when, in the user's zone. */
export function badgeView(d: BadgeDeadline, now: Date, lang: BadgeLang, t: Translate): BadgeView {
  const name = lang === 'zh_CN' ? d.name.zh : d.name.en;
  if (d.dueAt === null) return { text: t('badgeUnknown', {}), title: t('badgeUnknownTitle', { rule: name }), urgency: 'unknown' };
  const left = Date.parse(d.dueAt) - now.getTime();
  const when = new Intl.DateTimeFormat(lang === 'zh_CN' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(d.dueAt));
  const title = t('badgeTitle', { rule: name, date: when }) + (d.more ? ` ${t('badgeMore', { count: d.more })}` : '');
  if (left <= 0) return { text: t('badgePassed', {}), title, urgency: 'passed' };
  const days = Math.floor(left / DAY_MS);
  const text = days > 0 ? t('badgeLeftDays', { days }) : t('badgeLeftHours', { hours: Math.max(1, Math.floor(left / HOUR_MS)) });
  return { text, title, urgency: left <= SOON_MS ? 'soon' : 'later' };
}

/**
 * Styles inside the badge's shadow root: the page's CSS cannot reach in, ours cannot leak out.
 * Written without spaces: the text ships in every content script.
 */
export const BADGE_CSS =
  'button{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;gap:4px;margin:0 6px;padding:1px 7px;border-radius:9px;' +
  "font:600 11px/16px system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;" +
  'white-space:nowrap;cursor:pointer;vertical-align:middle;max-width:14em;overflow:hidden;text-overflow:ellipsis}' +
  'button:focus-visible{outline:2px solid #0b57d0;outline-offset:1px}' +
  '.later{background:#e6f4ea;color:#0d5a26}' +
  '.soon{background:#fdecea;color:#8c1d18}' +
  '.passed,.unknown{background:#eef1f4;color:#3b434c}';

/** Fills the badge's container. Text only, never HTML: names come from our rules, but nothing here parses markup. */
export function renderBadge(container: HTMLElement, view: BadgeView, label: string, onOpen: () => void): HTMLButtonElement {
  const doc = container.ownerDocument;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = view.urgency;
  button.textContent = view.text;
  button.title = view.title;
  button.setAttribute('aria-label', `${label}: ${view.title}`);
  button.addEventListener('click', (e) => {
    // The badge sits inside the page's order card, which may itself be a link.
    e.preventDefault();
    e.stopPropagation();
    onOpen();
  });
  container.replaceChildren(button);
  return button;
}
