import { browser } from 'wxt/browser';
import { db } from '../db/index';
import { checkReminders } from '../db/reminders';
import { formatInstant, timeLeft, userTimeZone } from '../format';
import { pickLang, translate, type Lang } from '../i18n';
import type { Deadline, Order } from '../model';
import type { Lead } from '../reminders';
import { displayZoneOf, quietUntil } from '../settings';
import { loadSettings } from './settings';
import { ruleById } from '../rules/index';
import { openPanelFromPage } from './panel';

const ALARM = 'reminders';
/** A safety net: if an alarm is lost (a browser that throttles), reminders are at most this late. */
const TICK_MINUTES = 30;
const ID_PREFIX = 'rr|';

const lang = (): Lang => pickLang(navigator.language);

function ruleName(d: Deadline, l: Lang): string {
  const rule = ruleById.get(d.ruleId);
  return rule ? (l === 'zh_CN' ? rule.name.zh : rule.name.en) : d.ruleId;
}

/** "Last day to open a dispute: 2 d 5 h left" / "AliExpress order 3071… · Lumen Outdoor · Water bag, due 16 Mar, 12:00". */
export function notificationText(d: Deadline, order: Order | undefined, now: Date, l: Lang, zone: string): { title: string; message: string } {
  const left = timeLeft(d.dueAt!, now);
  const leftText = left.days > 0 ? translate(l, 'leftDaysHours', { days: left.days, hours: left.hours }) : translate(l, 'leftHours', { hours: left.hours });
  const what = [translate(l, `site_${d.site}`) + ' ' + translate(l, 'orderLabel', { orderId: d.orderId }), order?.seller?.name, order?.items[0]?.title].filter(Boolean).join(' · ');
  return {
    title: `${ruleName(d, l)}: ${leftText}`,
    message: `${what}\n${translate(l, 'dueOn', { date: formatInstant(d.dueAt!, l, zone) })}`,
  };
}

/** Runs a reminder check: shows what is due, reports what was missed, sets the badge and the next alarm. */
export async function runReminders(now = new Date()): Promise<void> {
  const settings = await loadSettings();
  const l = settings.language === 'auto' ? lang() : settings.language;
  // Quiet hours: nothing is shown (or settled) until they end; the worker's clock is the user's.
  const quietEnd = quietUntil(settings, now, (d) => d.getHours());
  if (quietEnd) {
    await browser.alarms.create(ALARM, { when: quietEnd.getTime() });
    return;
  }
  const leads: Lead[] = [...settings.leadHours.map((h) => ({ hoursBefore: h })), ...(settings.onTheDay ? [{ onTheDay: true as const }] : [])];
  const r = await checkReminders(db(), now, { leads, kinds: settings.kinds, userZone: userTimeZone() });
  const icon = browser.runtime.getURL('/icon/128.png');
  for (const rem of r.notify) {
    const d = rem.deadline;
    const { title, message } = notificationText(d, r.orders.get(`${d.site}:${d.orderId}`), now, l, displayZoneOf(settings, userTimeZone()));
    await browser.notifications.create(`${ID_PREFIX}${d.site}|${d.orderId}|${d.ruleId}`, { type: 'basic', iconUrl: icon, title, message, priority: 2 });
  }
  if (r.missed.length) {
    const lines = r.missed.slice(0, 4).map((d) => `${ruleName(d, l)} · ${translate(l, `site_${d.site}`)} ${d.orderId}`);
    const first = r.missed[0]!;
    await browser.notifications.create(`${ID_PREFIX}${first.site}|${first.orderId}|${first.ruleId}|missed`, {
      type: 'basic',
      iconUrl: icon,
      title: translate(l, 'missedTitle', { count: r.missed.length }),
      message: lines.join('\n'),
      priority: 2,
    });
  }
  // Firefox's MV2 build has `browserAction` where Chromium's MV3 has `action`.
  const button = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await button.setBadgeText({ text: r.dueSoon ? String(r.dueSoon) : '' });
  await button.setBadgeBackgroundColor({ color: '#b3261e' });
  if (r.nextAt !== undefined) await browser.alarms.create(ALARM, { when: Math.max(r.nextAt, now.getTime() + 30_000) });
  else await browser.alarms.clear(ALARM);
}

/** A click on a reminder: the order's page, and the side panel on its case. */
export async function openFromNotification(id: string): Promise<void> {
  if (!id.startsWith(ID_PREFIX)) return;
  const [site, orderId] = id.slice(ID_PREFIX.length).split('|');
  if (!site || !orderId) return;
  const order = await db().orders.get([site, orderId]);
  await browser.notifications.clear(id);
  if (!order) return;
  const tab = await browser.tabs.create({ url: order.url });
  if (tab.id !== undefined) openPanelFromPage(tab.id, { site: order.site, orderId: order.orderId });
}

let pending: ReturnType<typeof setTimeout> | undefined;

/** After stored data changes (a page read, a correction): the next reminder may have moved. */
export function remindersChanged(): void {
  clearTimeout(pending);
  pending = setTimeout(() => void runReminders().catch((e: unknown) => console.error('[refund-radar] reminders', e)), 2_000);
}

/** Registered synchronously at service-worker start: every start rebuilds the schedule from the database. */
export function startReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM || alarm.name === `${ALARM}.tick`) void runReminders().catch((e: unknown) => console.error('[refund-radar] reminders', e));
  });
  browser.notifications.onClicked.addListener((id) => void openFromNotification(id));
  void browser.alarms.create(`${ALARM}.tick`, { periodInMinutes: TICK_MINUTES });
  void runReminders().catch((e: unknown) => console.error('[refund-radar] reminders', e));
}
