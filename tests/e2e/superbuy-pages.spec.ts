import type { Page, Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readTable } from '../../scripts/lib/extension-browser';
import type { Deadline, Order, Parcel } from '../../utils/model';
import { ARTIFACTS, expect, fixturePage, openExtensionPage, servePages, test } from './fixtures';

/**
 * The Superbuy family's parcel and warehouse pages at their real addresses. Their saved shells request
 * their JSON themselves (fetch on My Parcels, XMLHttpRequest on My Warehouse), as the live pages do;
 * the test answers those requests with the fixtures' responses. Nothing of ours requests anything: the
 * page-world hook copies what the page received.
 */

const list = fixturePage('superbuy', 'list-superbuy-en');
const parcels = fixturePage('superbuy', 'parcels-superbuy-shipped');
const freeStorage = fixturePage('superbuy', 'warehouse-superbuy-free-storage');
const storageFee = fixturePage('superbuy', 'warehouse-superbuy-storage-fee');

const responseOf = (f: ReturnType<typeof fixturePage>) => {
  const r = f.expected.response!;
  return { url: r.url, body: readFileSync(path.resolve('tests/fixtures/superbuy', r.file), 'utf8') };
};

/** Answers the page's cross-origin request as the agent's front host would (with the user's cookies, so credentialed CORS). */
const answer = (route: Route, body: string) =>
  route.fulfill({
    contentType: 'application/json; charset=utf-8',
    body,
    headers: { 'access-control-allow-origin': 'https://www.superbuy.com', 'access-control-allow-credentials': 'true' },
  });

/** The warehouse response with every date moved by the same amount, so that its first item arrived `arrivedSecondsAgo` ago. */
function movedInTime(body: string, arrivedSecondsAgo: number): string {
  const data = JSON.parse(body) as { data: { order_list: { items: Record<string, unknown>[] }[] } };
  const first = data.data.order_list[0]!.items[0]!.origin_arrived_time as number;
  const shift = Math.floor(Date.now() / 1000) - arrivedSecondsAgo - first;
  for (const o of data.data.order_list) {
    for (const it of o.items) {
      for (const key of ['origin_arrived_time', 'storage_fee_expired_time', 'storage_expired_time', 'expiration_time']) {
        if (typeof it[key] === 'number' && it[key] > 0) it[key] += shift;
      }
    }
  }
  return JSON.stringify(data);
}

async function keptUrl(tab: Page): Promise<string | null> {
  return tab.locator('script#refund-radar-page-json').getAttribute('data-url');
}

test('Superbuy parcels: the page’s own fetch is read; tracking and dates land on the orders the parcel holds; the side panel lists it', async ({ ext }) => {
  await servePages(ext.context, [list, parcels]);
  const { url: api, body } = responseOf(parcels);
  let requests = 0;
  // Registered after servePages, so it answers first.
  await ext.context.route(api, (route) => {
    requests++;
    return answer(route, body);
  });
  const tab = await ext.context.newPage();
  await tab.goto(list.url);
  await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).length).toBe(3);

  await tab.goto(parcels.url);
  await expect.poll(async () => (await readTable<Parcel>(ext.worker, 'parcels')).map((p) => p.parcelId).sort()).toEqual(['PN24032200001234', 'PN24032600005678']);
  // The page drew its own list from its own request, once: we only copied the answer.
  await expect(tab.locator('.parcel-list li')).toHaveCount(2);
  expect(requests).toBe(1);
  expect(await keptUrl(tab)).toBe(api);

  const orders = await readTable<Order>(ext.worker, 'orders');
  for (const orderId of ['DO24031512345678', 'DO24030211112222']) {
    const o = orders.find((x) => x.orderId === orderId)!;
    expect(o.parcelIds, orderId).toEqual(['PN24032200001234']);
    expect(o.tracking, orderId).toEqual([{ number: 'EB204915372CN', carrier: 'EMS' }]);
    expect(o.events.find((e) => e.kind === 'intl_shipped')?.at, orderId).toBe('2024-03-25T10:20:00.000Z');
  }
  const shipped = (await readTable<Parcel>(ext.worker, 'parcels')).find((p) => p.parcelId === 'PN24032200001234')!;
  expect(shipped).toMatchObject({ site: 'superbuy', status: 'shipped', statusText: 'Shipped', orderIds: ['DO24031512345678', 'DO24030211112222'] });

  const popup = await openExtensionPage(ext, 'popup');
  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await popup.getByRole('button', { name: 'Open the case for order DO24031512345678 in the side panel' }).click();
  const panel = await panelOpened;
  const parcel = panel.locator('.agent-links .parcel');
  await expect(parcel).toHaveCount(1);
  await expect(parcel).toContainText('PN24032200001234');
  await expect(parcel).toContainText('shipped');
  await expect(parcel).toContainText('EB204915372CN EMS');
  await parcel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: path.join(ARTIFACTS, 'sidepanel-superbuy-parcel.png') });
});

test('Superbuy warehouse: the popup shows the 5-day return window of a stored item and the storage end the page counts', async ({ ext }) => {
  await servePages(ext.context, [freeStorage]);
  const { url: api } = responseOf(freeStorage);
  // Two visits of the same page: first items in free storage (the hoodie arrived a day ago), then an
  // item whose free storage ended ten days ago (the scarf arrived 100 days ago).
  let body = movedInTime(responseOf(freeStorage).body, 86_400);
  await ext.context.route(api, (route) => answer(route, body));
  const tab = await ext.context.newPage();
  await tab.goto(freeStorage.url);
  await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).map((o) => o.orderId).sort()).toEqual(['DO24031512345678', 'DO24031800007777']);
  await expect(tab.locator('.warehouse-items tr')).toHaveCount(3);
  expect(await keptUrl(tab)).toBe(api);

  body = movedInTime(responseOf(storageFee).body, 100 * 86_400);
  await tab.reload();
  await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).length).toBe(3);

  const deadlines = await readTable<Deadline>(ext.worker, 'deadlines');
  const of = (orderId: string, ruleId: string) => deadlines.find((d) => d.orderId === orderId && d.ruleId === ruleId);
  const hoodie = (await readTable<Order>(ext.worker, 'orders')).find((o) => o.orderId === 'DO24031512345678')!;
  const stored = hoodie.events.find((e) => e.kind === 'warehouse_stored')!.at;
  expect(of('DO24031512345678', 'sb.return.request')).toMatchObject({ basis: 'computed', fromAt: stored, dueAt: new Date(Date.parse(stored) + 5 * 86_400_000).toISOString() });
  expect(of('DO24031512345678', 'sb.storage.free')).toMatchObject({ basis: 'page', dueAt: new Date(Date.parse(stored) + 90 * 86_400_000).toISOString() });
  expect(of('DO24031400003333', 'sb.storage.free')?.dueAt ?? '').toMatch(/^\d{4}-/);
  expect((of('DO24031400003333', 'sb.storage.free')?.dueAt ?? '') < new Date().toISOString()).toBe(true);
  expect(of('DO24031400003333', 'sb.storage.abandoned')).toMatchObject({ basis: 'page' });

  const popup = await openExtensionPage(ext, 'popup');
  const hoodieRow = popup.locator('li.order[data-order-id="DO24031512345678"]');
  await expect(hoodieRow.locator('.deadline-name')).toHaveText(/^Ask the agent for a return \(5 days after stored, assumed\)/);
  await expect(hoodieRow.locator('.deadline-left')).toHaveText(/^[34] d \d+ h left$/);
  const scarfRow = popup.locator('li.order[data-order-id="DO24031400003333"]');
  await expect(scarfRow.locator('.deadline-name')).toHaveText('Stored items treated as abandoned');
  await expect(scarfRow.locator('.deadline-left')).toHaveText(/^79 d \d+ h left$/);
  await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-superbuy-warehouse.png') });

  // Each stored item's storage end is in the side panel too, with the QC photos the page listed.
  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await hoodieRow.getByRole('button', { name: 'Open the case for order DO24031512345678 in the side panel' }).click();
  const panel = await panelOpened;
  await expect(panel.locator('.deadline[data-rule="sb.storage.free"] .deadline-left')).toHaveText(/^8[89] d \d+ h left$/);
  await expect(panel.locator('.qc-photos img')).toHaveCount(4);
});
