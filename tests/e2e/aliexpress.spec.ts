import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Deadline, Order } from '../../utils/model';
import { readTable } from '../../scripts/lib/extension-browser';
import { ARTIFACTS, expect, fixturePage, openExtensionPage, popupEntries, popupRow, servePages, test } from './fixtures';

const listCurrent = fixturePage('aliexpress', 'list-current-1');
const detailCurrent = fixturePage('aliexpress', 'detail-current-1');
const listOld = fixturePage('aliexpress', 'list-old-1');
const detailOld = fixturePage('aliexpress', 'detail-old-2014');

mkdirSync(ARTIFACTS, { recursive: true });

const ordersIn = (ext: Parameters<typeof readTable>[0]) => readTable<Order>(ext, 'orders');
const deadlinesIn = (ext: Parameters<typeof readTable>[0]) => readTable<Deadline>(ext, 'deadlines');

test('AliExpress orders are read from the real addresses, stored once, and shown with their deadlines', async ({ ext }) => {
  await servePages(ext.context, [listCurrent, detailCurrent, listOld, detailOld]);
  const tab = await ext.context.newPage();

  await tab.goto(listCurrent.url);
  await expect.poll(async () => (await ordersIn(ext.worker)).length).toBe(4);

  // The detail page of an order already seen on the list merges into the same row and adds its items.
  await tab.goto(detailCurrent.url);
  await expect.poll(async () => (await ordersIn(ext.worker)).find((o) => o.orderId === '3071845526141947')?.items.length).toBe(3);
  expect((await ordersIn(ext.worker)).length).toBe(4);

  const capturedOldListAt = Date.now();
  await tab.goto(listOld.url);
  // The list's read lands before the next page replaces it (leaving a page stops its script).
  await expect.poll(async () => (await ordersIn(ext.worker)).length).toBe(7);
  await tab.goto(detailOld.url);
  await expect.poll(async () => (await ordersIn(ext.worker)).length).toBe(8);

  const stored = await ordersIn(ext.worker);
  const expectedIds = [listCurrent, listOld, detailOld].flatMap((p) => p.expected.result.orders.map((o) => o.orderId));
  expect(stored.map((o) => o.orderId).sort()).toEqual([...new Set(expectedIds)].sort());

  const deadlines = await deadlinesIn(ext.worker);
  const of = (orderId: string, ruleId: string) => deadlines.find((d) => d.orderId === orderId && d.ruleId === ruleId);
  // 2014 detail: shipped 2014-06-03 02:20:13 Pacific (UTC−7) with 60 days of protection.
  expect(of('62312345678901', 'ae.protection.end')).toMatchObject({ dueAt: '2014-08-02T09:20:13.000Z', basis: 'computed' });
  expect(of('62312345678901', 'ae.dispute.opens')).toMatchObject({ dueAt: '2014-06-13T09:20:13.000Z' });
  // Old list: the page's own countdown (24 days) wins; there is no shipment date to cross-check it with.
  const fromPage = of('8012345678901234', 'ae.protection.end');
  expect(fromPage?.basis).toBe('page');
  const due = Date.parse(fromPage!.dueAt!);
  expect(due - capturedOldListAt).toBeGreaterThan(2_073_600_000 - 60_000);
  expect(due - Date.now()).toBeLessThanOrEqual(2_073_600_000);
  // Shipped, but no page said when: unknown, not guessed.
  expect(of('3071845526021947', 'ae.dispute.opens')).toMatchObject({ missing: 'seller_shipped' });
  expect(of('3071845526021947', 'ae.dispute.opens')?.dueAt).toBeUndefined();

  // Popup: grouped; the 2014 order's deadlines passed long ago (overdue, on top); among the rest the
  // order with 24 days of protection left comes first ("later"); orders without dates last.
  const popup = await openExtensionPage(ext, 'popup');
  const entries = await popupEntries(popup);
  expect(entries.filter((e) => e.startsWith('#'))).toEqual(['#overdue', '#later', '#undated']);
  expect(entries.filter((e) => !e.startsWith('#'))).toHaveLength(8);
  expect(entries.slice(0, 4)).toEqual(['#overdue', '62312345678901', '#later', '8012345678901234']);
  await expect(popup.locator('li.group-head h2').first()).toHaveText('Overdue');
  const first = popup.locator('li.order[data-group="later"]').first();
  await expect(first).toHaveAttribute('data-order-id', '8012345678901234');
  await expect(first.locator('.deadline-name')).toHaveText('Buyer protection ends');
  await expect(first.locator('.deadline-left')).toHaveText(/^2[34] d \d+ h left$/);
  await expect(first.locator('.deadline')).toHaveClass(/state-upcoming/);
  const unknownRow = await popupRow(popup, '3071845526021947');
  await expect(unknownRow.locator('.deadline-name')).toHaveText('Buyer protection ends');
  await expect(unknownRow.locator('.deadline-left')).toHaveText('Needs the date of: seller shipped everything');
  await popup.screenshot({ path: path.join(ARTIFACTS, 'popup.png') });

  // "Open case" opens the real side panel on that order.
  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await (await popupRow(popup, '62312345678901')).getByRole('button', { name: 'Open the case for order 62312345678901 in the side panel' }).click();
  const panel = await panelOpened;
  await expect(panel.locator('main')).toHaveAttribute('data-order-id', '62312345678901');
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Order 62312345678901');
  await expect(panel.locator('.deadline[data-rule="ae.protection.end"] .deadline-due')).toContainText('2014');
  await expect(panel.locator('.deadline[data-rule="ae.protection.end"] .deadline-left')).toHaveText(/^passed \d+ d ago$/);
  await expect(panel.getByText('AliExpress buyer protection page')).toBeAttached();
  await expect(panel.getByText('RI123456785CN · China Post Air Mail')).toBeVisible();
  await panel.screenshot({ path: path.join(ARTIFACTS, 'sidepanel.png') });

  // The page never dated the completion; the user sets it, and the dispute window gets its date.
  const closes = panel.locator('.deadline[data-rule="ae.dispute.closes"]');
  await expect(closes.locator('.deadline-left')).toHaveText('Needs the date of: order completed');
  await panel.getByRole('button', { name: 'Set the date of order completed' }).click();
  await panel.getByRole('textbox', { name: 'Set the date of order completed' }).fill('2026-11-20T10:00');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(closes.locator('.deadline-due')).toContainText('Dec 5, 2026');
  await expect(panel.locator('li.event[data-event="completed"] .tag')).toHaveText('set by you');
  const userSet = (await deadlinesIn(ext.worker)).find((d) => d.orderId === '62312345678901' && d.ruleId === 'ae.dispute.closes');
  expect(userSet).toMatchObject({ basis: 'user' });
  // A fresh read of the page keeps the user's date.
  const capturedBefore = (await ordersIn(ext.worker)).find((o) => o.orderId === '62312345678901')!.capturedAt;
  await tab.goto(detailOld.url);
  await expect.poll(async () => (await ordersIn(ext.worker)).find((o) => o.orderId === '62312345678901')?.capturedAt).not.toBe(capturedBefore);
  await expect(closes.locator('.deadline-due')).toContainText('Dec 5, 2026');
  await panel.screenshot({ path: path.join(ARTIFACTS, 'sidepanel-user-date.png') });

  // The seller granted five more days: the user lengthens the window for this order only.
  const lengthLabel = 'Length of “Last day to open a dispute” for this order';
  await panel.getByRole('button', { name: 'Change length of “Last day to open a dispute” for this order' }).click();
  await panel.getByRole('spinbutton', { name: lengthLabel }).fill('20');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(closes.locator('.deadline-due')).toContainText('Dec 10, 2026');
  await expect(panel.getByText('20 days, set by you')).toBeVisible();
});

test('a page whose layout changed gives partial orders, and the popup says fields were not read', async ({ ext }) => {
  const changed = fixturePage('aliexpress', 'list-current-changed-layout');
  await servePages(ext.context, [changed]);
  const tab = await ext.context.newPage();
  await tab.goto(changed.url);
  const partial = changed.expected.result.orders.filter((o) => (o as { missing?: string[] }).missing?.length);
  expect(partial.length).toBeGreaterThan(0);
  await expect.poll(async () => (await ordersIn(ext.worker)).length).toBe(changed.expected.result.orders.length);
  const popup = await openExtensionPage(ext, 'popup');
  for (const o of partial) await expect(popup.locator(`li.order[data-order-id="${o.orderId}"] .partial`)).toHaveText('some fields not read from the page');
});

test('before any capture the popup and side panel say what to do', async ({ ext }) => {
  const popup = await openExtensionPage(ext, 'popup');
  await expect(popup.getByRole('heading', { name: 'No orders yet' })).toBeVisible();
  await expect(popup.getByRole('link', { name: 'Open my AliExpress orders' })).toHaveAttribute('href', 'https://www.aliexpress.com/p/order/index.html');
  await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-empty.png') });
  const panel = await openExtensionPage(ext, 'sidepanel');
  await expect(panel.getByRole('heading', { name: 'No order selected' })).toBeVisible();
});

test('waits for the SPA to draw its orders, and re-reads after in-app navigation', async ({ ext }) => {
  // The current list arrives empty and draws its cards 1.5 s later, as the live SPA does after its data call.
  const html = readFileSync(listCurrent.file, 'utf8');
  const cards = /<div class="comet-checkbox-group"[\s\S]*<\/div>\s*(?=<\/body>)/.exec(html)?.[0];
  expect(cards, 'fixture layout').toBeTruthy();
  const late = html.replace(cards!, `<div id="root"></div><template id="later">${cards}</template>
    <script>setTimeout(() => document.getElementById('root').replaceWith(document.getElementById('later').content.cloneNode(true)), 1500)</script>`);
  const detailBody = /<body[^>]*>([\s\S]*)<\/body>/.exec(readFileSync(detailCurrent.file, 'utf8'))![1]!;
  await servePages(ext.context, [{ url: listCurrent.url, body: late }]);
  const tab = await ext.context.newPage();
  await tab.goto(listCurrent.url);
  expect((await ordersIn(ext.worker)).length).toBe(0);
  await expect.poll(async () => (await ordersIn(ext.worker)).length, { timeout: 10_000 }).toBe(4);

  // Client-side navigation to an order's detail: no page load, the content script reads the new view.
  await tab.evaluate(
    ([url, body]) => {
      history.pushState({}, '', url);
      document.body.innerHTML = body;
    },
    [detailCurrent.url, detailBody] as const,
  );
  await expect.poll(async () => (await ordersIn(ext.worker)).find((o) => o.orderId === '3071845526141947')?.items.length, { timeout: 10_000 }).toBe(3);
});
