import path from 'node:path';
import { readTable } from '../../scripts/lib/extension-browser';
import type { Deadline, Order } from '../../utils/model';
import { ARTIFACTS, expect, fixturePage, openExtensionPage, servePages, test } from './fixtures';

const cnfansList = fixturePage('cnfans', 'list-cnfans-1');
const mulebuyList = fixturePage('cnfans', 'list-mulebuy-eur');
const superbuyList = fixturePage('superbuy', 'list-superbuy-en');

test('agents: CNFans-family and Superbuy-family lists are read at their real addresses, each brand its own site', async ({ ext }) => {
  await servePages(ext.context, [cnfansList, mulebuyList, superbuyList]);
  const tab = await ext.context.newPage();
  const seen: string[] = [];
  // Each page's read lands before the next page replaces it (leaving a page stops its script).
  for (const p of [cnfansList, mulebuyList, superbuyList]) {
    await tab.goto(p.url);
    seen.push(...p.expected.result.orders.map((o) => o.orderId));
    await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).map((o) => o.orderId).sort()).toEqual([...seen].sort());
  }
  const orders = await readTable<Order>(ext.worker, 'orders');
  expect(new Set(orders.map((o) => o.site))).toEqual(new Set(['cnfans', 'mulebuy', 'superbuy']));
  expect(orders.filter((o) => o.site === 'mulebuy').every((o) => o.agent?.family === 'cnfans' && o.agent.host === 'mulebuy.com')).toBe(true);

  // The Superbuy order with QC photos: the side panel shows them, and where the item was bought.
  const withQc = orders.find((o) => o.items.some((i) => i.qcPhotos?.length))!;
  const popup = await openExtensionPage(ext, 'popup');
  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await popup.getByRole('button', { name: `Open the case for order ${withQc.orderId} in the side panel` }).click();
  const panel = await panelOpened;
  await expect(panel.locator('.agent-links')).toContainText('Bought via');
  await expect(panel.locator('.qc-photos img')).toHaveCount(withQc.items.flatMap((i) => i.qcPhotos ?? []).length);
  await panel.locator('.qc-photos').first().scrollIntoViewIfNeeded();
  await panel.screenshot({ path: path.join(ARTIFACTS, 'sidepanel-agent-qc.png') });

  // QC photos into a case: the extension asks for the photos' host only, then fetches and hashes the
  // originals. Playwright cannot answer the browser's permission prompt (microsoft/playwright#32755),
  // so the test records what was asked and answers yes at the API; the image host serves a PNG.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN88OBBPQAIFgM5bJ1t2wAAAABJRU5ErkJggg==', 'base64');
  await ext.context.route(/^https:\/\/img\.superbuy\.com\//, (route) => route.fulfill({ contentType: 'image/png', body: png, headers: { 'access-control-allow-origin': '*' } }));
  await panel.evaluate(() => {
    const asked: unknown[] = [];
    (globalThis as unknown as { asked: unknown[] }).asked = asked;
    const permissions = (globalThis as unknown as { chrome: { permissions: { request: (p: unknown) => Promise<boolean> } } }).chrome.permissions;
    permissions.request = (p) => (asked.push(p), Promise.resolve(true));
  });
  await panel.getByRole('combobox', { name: 'What went wrong' }).selectOption('agent_qc_mismatch');
  await panel.getByRole('button', { name: 'Open the case' }).click();
  const qcCount = withQc.items.flatMap((i) => i.qcPhotos ?? []).length;
  await panel.getByRole('button', { name: `Add the agent's QC photos (${qcCount})` }).click();
  await expect(panel.locator('.evidence-item')).toHaveCount(qcCount);
  expect(await panel.evaluate(() => (globalThis as unknown as { asked: unknown[] }).asked)).toEqual([{ origins: ['https://img.superbuy.com/*'] }]);
  await expect(panel.locator('.evidence-item').first()).toContainText('QC photo');
  await expect(panel.locator('.checklist-items li.done').first()).toBeVisible();
  // Added once: the button is gone, and a second case would offer them again.
  await expect(panel.getByRole('button', { name: /Add the agent's QC photos/ })).toHaveCount(0);
});

test('agents: with the warehouse date the 5-day return window and free storage appear in the popup', async ({ ext }) => {
  await servePages(ext.context, [cnfansList]);
  const tab = await ext.context.newPage();
  await tab.goto(cnfansList.url);
  const order = cnfansList.expected.result.orders.find((o) => (o as { marketplace?: { site: string } }).marketplace?.site === 'taobao')!;
  await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).length).toBe(cnfansList.expected.result.orders.length);

  // The list shows no warehouse date: the agent's clocks say which date they need.
  const before = (await readTable<Deadline>(ext.worker, 'deadlines')).find((d) => d.orderId === order.orderId && d.ruleId === 'cnf.return.request');
  expect(before).toMatchObject({ missing: 'warehouse_stored' });

  const popup = await openExtensionPage(ext, 'popup');
  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await popup.getByRole('button', { name: `Open the case for order ${order.orderId} in the side panel` }).click();
  const panel = await panelOpened;
  // The shopper copies the date from the agent's warehouse page: yesterday, 10:00 their time.
  const stored = new Date(Date.now() - 86_400_000);
  stored.setHours(10, 0, 0, 0);
  const local = `${stored.getFullYear()}-${String(stored.getMonth() + 1).padStart(2, '0')}-${String(stored.getDate()).padStart(2, '0')}T10:00`;
  await panel.getByRole('button', { name: "Set the date of stored in the agent's warehouse" }).click();
  await panel.getByRole('textbox', { name: "Set the date of stored in the agent's warehouse" }).fill(local);
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.locator('.deadline[data-rule="cnf.return.request"] .deadline-left')).toHaveText(/^3 d \d+ h left$/);
  await expect(panel.locator('.deadline[data-rule="cnf.storage.free"] .deadline-left')).toHaveText(/^8[89] d \d+ h left$/);
  const deadlines = await readTable<Deadline>(ext.worker, 'deadlines');
  expect(deadlines.find((d) => d.orderId === order.orderId && d.ruleId === 'cnf.return.request')?.dueAt).toBe(new Date(stored.getTime() + 5 * 86_400_000).toISOString());

  // The popup's row for that order leads with the agent's 5-day window.
  await popup.reload();
  const row = popup.locator(`li.order[data-order-id="${order.orderId}"]`);
  await expect(row.locator('.deadline-name')).toHaveText('Ask the agent for a return or exchange (5 days after stored)');
  await expect(row.locator('.ladder-line li[data-rung="agent"]')).toBeVisible();
  await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-agent.png') });
});
