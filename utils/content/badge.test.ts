// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { translate } from '../i18n';
import type { BadgeDeadline } from '../messages';
import { badgeView, renderBadge, type Translate } from './badge';

const t: Translate = (key, subs) => translate('en', key, subs);
const tz: Translate = (key, subs) => translate('zh_CN', key, subs);
const NOW = new Date('2026-03-10T12:00:00Z');
const d = (dueAt: string | null, more = 0): BadgeDeadline => ({
  site: 'aliexpress',
  orderId: '3071845526021947',
  ruleId: 'ae.protection.end',
  name: { en: 'Buyer protection ends', zh: '买家保护期结束' },
  dueAt,
  estimate: false,
  more,
});

describe('badgeView', () => {
  it.each([
    ['2026-03-20T12:00:00.000Z', '10 d left', 'later'],
    ['2026-03-13T11:00:00.000Z', '2 d left', 'soon'],
    ['2026-03-10T17:30:00.000Z', '5 h left', 'soon'],
    ['2026-03-10T12:20:00.000Z', '1 h left', 'soon'],
    ['2026-03-10T12:00:00.000Z', 'deadline passed', 'passed'],
  ])('%s → %s (%s)', (due, text, urgency) => {
    expect(badgeView(d(due), NOW, 'en', t)).toMatchObject({ text, urgency });
  });

  it('names the deadline and its date in the tooltip, and how many more there are', () => {
    const v = badgeView(d('2026-03-20T12:00:00.000Z', 2), NOW, 'en', t);
    expect(v.title).toMatch(/^Buyer protection ends: Mar 20, 2026, /);
    expect(v.title).toMatch(/\(\+2 more deadlines in the side panel\)$/);
  });

  it('says when a date is missing, and speaks Chinese', () => {
    expect(badgeView(d(null), NOW, 'en', t)).toMatchObject({ text: 'set dates', urgency: 'unknown' });
    expect(badgeView(d('2026-03-20T12:00:00.000Z'), NOW, 'zh_CN', tz).text).toBe('剩 10 天');
  });
});

describe('renderBadge', () => {
  it('sets page-derived text as text, and a click opens the case without following the page’s link', () => {
    const a = document.createElement('a');
    a.href = '#followed';
    const container = document.createElement('span');
    a.append(container);
    document.body.append(a);
    const onOpen = vi.fn();
    const hostile = { text: '<img src=x onerror=alert(1)>', title: '"><script>x</script>', urgency: 'later' as const };
    const button = renderBadge(container, hostile, 'Refund Radar', onOpen);
    expect(button.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img, script')).toBeNull();
    button.click();
    expect(onOpen).toHaveBeenCalledOnce();
    expect(location.hash).not.toBe('#followed');
  });
});
