import { readTable } from '../../scripts/lib/extension-browser';
import type { Deadline, Order } from '../../utils/model';
import { expect, fixturePage, servePages, test } from './fixtures';

const listOld = fixturePage('1688', 'list-old-statuses');
const listNew = fixturePage('1688', 'list-new');
const detail = fixturePage('1688', 'detail-shipped');

test('1688: the old list, the shadow-DOM list and a detail page are read at their real addresses', async ({ ext }) => {
  await servePages(ext.context, [listOld, listNew, detail]);
  const tab = await ext.context.newPage();
  const ids = async () => (await readTable<Order>(ext.worker, 'orders')).map((o) => o.orderId).sort();

  await tab.goto(listOld.url);
  await expect.poll(ids).toEqual(listOld.expected.result.orders.map((o) => o.orderId).sort());

  // The new list is web components with open shadow roots, drawn by the browser's own parser here.
  await tab.goto(listNew.url);
  const all = [...new Set([...listOld.expected.result.orders, ...listNew.expected.result.orders].map((o) => o.orderId))].sort();
  await expect.poll(ids).toEqual(all);

  await tab.goto(detail.url);
  await expect
    .poll(async () => (await readTable<Order>(ext.worker, 'orders')).find((o) => o.orderId === '3618254907731234567')?.events.map((e) => e.kind).sort())
    .toContain('seller_shipped');
  const orders = await readTable<Order>(ext.worker, 'orders');
  expect(orders.every((o) => o.site === '1688')).toBe(true);
  // 19-digit ids arrive whole, and the 1688 clocks (estimates) are computed for them.
  const deadlines = await readTable<Deadline>(ext.worker, 'deadlines');
  expect(deadlines.some((d) => d.orderId === '3618254907731234567' && d.ruleId === '1688.autoconfirm' && d.estimate)).toBe(true);
});
