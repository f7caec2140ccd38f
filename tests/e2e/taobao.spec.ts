import { readTable } from '../../scripts/lib/extension-browser';
import type { Deadline, Order } from '../../utils/model';
import { expect, fixturePage, openExtensionPage, popupEntries, popupRow, servePages, test } from './fixtures';

const list = fixturePage('taobao', 'list-2025');
const detail = fixturePage('taobao', 'detail-shipped');
const tmallDetail = fixturePage('tmall', 'detail-shipped');

test('Taobao and Tmall: the list (with its Tmall orders) and both detail pages, at their real addresses', async ({ ext }) => {
  await servePages(ext.context, [list, detail, tmallDetail]);
  const tab = await ext.context.newPage();
  await tab.goto(list.url);
  const want = list.expected.result.orders.map((o) => o.orderId).sort();
  await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).map((o) => o.orderId).sort()).toEqual(want);
  const stored = await readTable<Order>(ext.worker, 'orders');
  // Every 19-digit id whole; Tmall's orders kept as Tmall's although Taobao's list showed them.
  expect(stored.every((o) => /^\d{19}$/.test(o.orderId))).toBe(true);
  const tmallId = '4853472194746890001';
  expect(stored.find((o) => o.orderId === tmallId)?.site).toBe('tmall');

  // The Tmall detail page: its own clock (targetTime) wins, and it is exactly shipment + 10 × 24 h.
  await tab.goto(tmallDetail.url);
  await expect
    .poll(async () => (await readTable<Deadline>(ext.worker, 'deadlines')).find((d) => d.id === `tmall:${tmallId}:tm.autoconfirm`)?.basis)
    .toBe('page');
  const autoconfirm = (await readTable<Deadline>(ext.worker, 'deadlines')).find((d) => d.id === `tmall:${tmallId}:tm.autoconfirm`)!;
  expect(autoconfirm.dueAt).toBe('2025-11-17T07:34:47.000Z');
  expect(autoconfirm.computedDueAt).toBe('2025-11-17T07:34:47.000Z');

  await tab.goto(detail.url);
  const detailId = detail.expected.result.orders[0]!.orderId;
  await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).find((o) => o.orderId === detailId)?.tracking.length).toBeGreaterThan(0);

  const popup = await openExtensionPage(ext, 'popup');
  // 50 orders: the popup loads a first page and the next ones as the list scrolls, and keeps only
  // the rows in view in the page.
  expect(await popup.locator('li.order').count()).toBeLessThan(20);
  const ids = (await popupEntries(popup)).filter((e) => !e.startsWith('#'));
  expect([...ids].sort()).toEqual((await readTable<Order>(ext.worker, 'orders')).map((o) => o.orderId).sort());
  expect(ids).toHaveLength(50);
  await expect((await popupRow(popup, tmallId)).locator('.site')).toHaveText('Tmall');
});

test('Taobao: on the drawn list each order gets its badge; a Tmall order’s badge opens the Tmall case', async ({ ext }) => {
  // The list as the page's script draws it (the server HTML above holds only the data).
  const drawn = fixturePage('taobao', 'list-dom');
  await servePages(ext.context, [drawn]);
  const tab = await ext.context.newPage();
  await tab.goto(drawn.url);
  const tmallId = '4861000000002000001';
  // The refunded order has no deadline left, so no badge: two of three.
  await expect(tab.locator('refund-radar-badge')).toHaveCount(2);
  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await tab.locator('refund-radar-badge').nth(1).locator('button').click();
  const panel = await panelOpened;
  await expect(panel.locator('main')).toHaveAttribute('data-order-id', tmallId);
  await expect(panel.locator('header .muted').first()).toHaveText('Tmall');
});
