import { readTable } from '../../scripts/lib/extension-browser';
import type { Deadline, Order } from '../../utils/model';
import { expect, fixturePage, openExtensionPage, servePages, test } from './fixtures';

const list = fixturePage('cssbuy', 'list-suite');
const warehouse = fixturePage('cssbuy', 'warehouse-suite');

test('CSSBuy: the order list and the warehouse tab are read at their real addresses, with each item’s marketplace', async ({ ext }) => {
  await servePages(ext.context, [list, warehouse]);
  const tab = await ext.context.newPage();
  await tab.goto(list.url);
  // The list's read lands before the next page replaces it (leaving a page stops its script).
  await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).length).toBe(list.expected.result.orders.length);
  await tab.goto(warehouse.url);
  const want = [...new Set([...list.expected.result.orders, ...warehouse.expected.result.orders].map((o) => o.orderId))].sort();
  await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).map((o) => o.orderId).sort()).toEqual(want);
  const orders = await readTable<Order>(ext.worker, 'orders');
  expect(orders.every((o) => o.site === 'cssbuy' && o.agent?.family === 'cssbuy')).toBe(true);
  // The marketplace behind each agent order decides its seller rules: a Weidian item gets Weidian's.
  const weidianItem = orders.find((o) => o.marketplace?.site === 'weidian')!;
  const deadlines = await readTable<Deadline>(ext.worker, 'deadlines');
  expect(deadlines.some((d) => d.orderId === weidianItem.orderId && d.ruleId === 'wd.7day.window')).toBe(true);
  // The list shows no dates: the agent's clocks are there, and say which date they need.
  expect(deadlines.find((d) => d.orderId === weidianItem.orderId && d.ruleId === 'css.return.request')).toMatchObject({ missing: 'warehouse_stored' });

  const popup = await openExtensionPage(ext, 'popup');
  await expect(popup.locator(`li.order[data-order-id="${weidianItem.orderId}"] .site`)).toHaveText('CSSBuy');
});
