import { readFileSync } from 'node:fs';
import { readTable } from '../../scripts/lib/extension-browser';
import type { Order } from '../../utils/model';
import { expect, fixturePage, openExtensionPage, servePages, test } from './fixtures';

const listSsr = fixturePage('weidian', 'list-data-ssr');

test('Weidian: the server data is kept before the page’s own script removes it, and its orders are stored', async ({ ext }) => {
  // As on the live page: a script right after the data element takes it out of the document.
  const html = readFileSync(listSsr.file, 'utf8').replace(
    /(<script id="__rocker-render-inject__"[^>]*><\/script>)/,
    '$1<script>document.getElementById("__rocker-render-inject__").remove()</script>',
  );
  expect(html).toContain('.remove()</script>');
  await servePages(ext.context, [{ url: listSsr.url, body: html }]);
  const tab = await ext.context.newPage();
  await tab.goto(listSsr.url);
  expect(await tab.locator('#__rocker-render-inject__').count()).toBe(0);
  // Our copy stays for every later read (the list the page draws carries no order ids).
  const kept = JSON.parse((await tab.locator('script#refund-radar-page-data').textContent()) ?? 'null') as { list?: { result?: { listRespDTOList?: unknown[] } } };
  expect(kept.list?.result?.listRespDTOList).toHaveLength(5);

  const want = listSsr.expected.result.orders.map((o) => o.orderId).sort();
  await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).map((o) => o.orderId).sort()).toEqual(want);
  const orders = await readTable<Order>(ext.worker, 'orders');
  expect(orders.every((o) => o.site === 'weidian')).toBe(true);
  expect(orders.find((o) => o.orderId === '829104455660303')?.items).toHaveLength(6);

  const popup = await openExtensionPage(ext, 'popup');
  await expect(popup.locator('li.order[data-order-id="829104455660202"] .site')).toHaveText('Weidian');
});
