import { readTable } from '../../scripts/lib/extension-browser';
import type { Deadline } from '../../utils/model';
import { expect, fixturePage, openExtensionPage, servePages, test } from './fixtures';

const detailOld = fixturePage('aliexpress', 'detail-old-2014');
const ORDER = '62312345678901';

interface Shown {
  id: string;
  title: string;
  message: string;
}
type Worker = { evaluate<T>(f: string): Promise<T> };
/** The browser shows notifications but lets no one read them back: the test records what the extension asks it to show. */
const recordNotifications = (w: Worker) =>
  w.evaluate(`(() => {
    const create = chrome.notifications.create.bind(chrome.notifications);
    self.__shown = [];
    chrome.notifications.create = (id, options, cb) => { self.__shown.push({ id, title: options.title, message: options.message }); return create(id, options, cb); };
  })()`);
const shownNotifications = (w: Worker) => w.evaluate<Shown[]>('self.__shown');
const openNotifications = (w: Worker) => w.evaluate<string[]>('chrome.notifications.getAll().then((all) => Object.keys(all))');

test('reminders: a deadline three days away notifies once, with the order and the deadline named; the badge counts it', async ({ ext }) => {
  await recordNotifications(ext.worker);
  await servePages(ext.context, [detailOld]);
  const tab = await ext.context.newPage();
  await tab.goto(detailOld.url);
  await expect.poll(async () => (await readTable<Deadline>(ext.worker, 'deadlines')).filter((d) => d.orderId === ORDER).length).toBeGreaterThan(0);

  // The shopper confirmed receipt 13 days ago: the 15-day dispute window closes in two days.
  const popup = await openExtensionPage(ext, 'popup');
  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await popup.getByRole('button', { name: `Open the case for order ${ORDER} in the side panel` }).click();
  const panel = await panelOpened;
  const completed = new Date(Date.now() - 13 * 86_400_000);
  const local = `${completed.getFullYear()}-${String(completed.getMonth() + 1).padStart(2, '0')}-${String(completed.getDate()).padStart(2, '0')}T${String(completed.getHours()).padStart(2, '0')}:${String(completed.getMinutes()).padStart(2, '0')}`;
  await panel.getByRole('button', { name: 'Set the date of order completed' }).click();
  await panel.getByRole('textbox', { name: 'Set the date of order completed' }).fill(local);
  await panel.getByRole('button', { name: 'Save' }).click();

  await expect.poll(async () => (await shownNotifications(ext.worker)).map((n) => n.id), { timeout: 15_000 }).toEqual([`rr|aliexpress|${ORDER}|ae.dispute.closes`]);
  expect(await openNotifications(ext.worker)).toEqual([`rr|aliexpress|${ORDER}|ae.dispute.closes`]);
  const shown = (await shownNotifications(ext.worker))[0]!;
  expect(shown.title).toMatch(/^Last day to open a dispute: [12] d \d+ h left$/);
  expect(shown.message).toContain(`AliExpress Order ${ORDER}`);
  expect(shown.message).toMatch(/\nDue /);
  expect(await ext.worker.evaluate<string>('chrome.action.getBadgeText({})')).toBe('1');

  // A click on it: the order's page opens, and the side panel is set on its case.
  // (The browser's own click handler is what the test dispatches; without a real click there is no user
  // gesture, so the panel itself cannot open here: its order is set for when it does.)
  const opened = ext.context.waitForEvent('page');
  await ext.worker.evaluate(`chrome.notifications.onClicked.dispatch('rr|aliexpress|${ORDER}|ae.dispute.closes')`);
  const orderPage = await opened;
  await expect.poll(() => orderPage.url()).toBe(detailOld.url);
  await expect
    .poll(() => ext.worker.evaluate<unknown>(`chrome.storage.session.get('selectedOrder').then((s) => s.selectedOrder)`))
    .toEqual({ site: 'aliexpress', orderId: ORDER });

  // The alarm fires again (the service worker woke, the browser restarted): no second notification.
  await ext.worker.evaluate(`chrome.notifications.clear('rr|aliexpress|${ORDER}|ae.dispute.closes')`);
  await ext.worker.evaluate(`chrome.alarms.create('reminders', { when: Date.now() + 100 })`);
  await new Promise((r) => setTimeout(r, 3_000));
  expect((await shownNotifications(ext.worker)).length).toBe(1);
  expect(await openNotifications(ext.worker)).toEqual([]);
  // The next alarm is set for a later reminder of the same deadline.
  const alarm = await ext.worker.evaluate<{ scheduledTime: number } | undefined>(`chrome.alarms.get('reminders')`);
  expect(alarm?.scheduledTime).toBeGreaterThan(Date.now());
});
