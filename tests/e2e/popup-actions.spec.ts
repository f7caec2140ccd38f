import { readTable } from '../../scripts/lib/extension-browser';
import type { Mark } from '../../utils/model';
import { expect, fixturePage, openExtensionPage, popupEntries, servePages, test } from './fixtures';

const listOld = fixturePage('aliexpress', 'list-old-1');
const ORDER = '8012345678901234';

test('popup actions: mark a deadline done, undo it in the side panel, snooze it', async ({ ext }) => {
  await servePages(ext.context, [listOld]);
  const tab = await ext.context.newPage();
  await tab.goto(listOld.url);
  const popup = await openExtensionPage(ext, 'popup');
  const row = popup.locator(`li.order[data-order-id="${ORDER}"]`);
  await expect(row.locator('.deadline-name')).toHaveText('Buyer protection ends');

  await row.getByRole('button', { name: 'Mark “Buyer protection ends” done' }).click();
  // Its next deadline takes the row; the order no longer leads the list.
  await expect(row.locator('.deadline-name')).not.toHaveText('Buyer protection ends');
  await expect.poll(async () => (await readTable<Mark>(ext.worker, 'marks')).map((m) => m.state)).toEqual(['done']);

  // The side panel says so, and undoes it.
  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await row.getByRole('button', { name: `Open the case for order ${ORDER} in the side panel` }).click();
  const panel = await panelOpened;
  const protection = panel.locator('li', { has: panel.locator('.deadline[data-rule="ae.protection.end"]') });
  await expect(protection.locator('.mark .tag')).toHaveText('marked done');
  await protection.getByRole('button', { name: 'Undo' }).click();
  await expect(protection.locator('.mark')).toHaveCount(0);
  await expect(row.locator('.deadline-name')).toHaveText('Buyer protection ends');

  await row.getByRole('button', { name: 'Snooze 3 d: “Buyer protection ends”' }).click();
  await expect(protection.locator('.mark .tag')).toHaveText(/^snoozed until /);
  await expect(row.locator('.deadline-name')).not.toHaveText('Buyer protection ends');

  // Or until a chosen date: ten days from now.
  await protection.getByRole('button', { name: 'Undo' }).click();
  await expect(row.locator('.deadline-name')).toHaveText('Buyer protection ends');
  const until = new Date(Date.now() + 10 * 86_400_000);
  const day = `${until.getFullYear()}-${String(until.getMonth() + 1).padStart(2, '0')}-${String(until.getDate()).padStart(2, '0')}`;
  await row.getByLabel('Snooze “Buyer protection ends” until a date').fill(day);
  await expect.poll(async () => (await readTable<Mark>(ext.worker, 'marks'))[0]?.until).toBe(new Date(`${day}T00:00`).toISOString());
});

test('popup search: by order number, seller or item, and by site', async ({ ext }) => {
  await servePages(ext.context, [listOld]);
  const tab = await ext.context.newPage();
  await tab.goto(listOld.url);
  const popup = await openExtensionPage(ext, 'popup');
  expect((await popupEntries(popup)).filter((e) => !e.startsWith('#'))).toHaveLength(listOld.expected.result.orders.length);
  const search = popup.getByRole('searchbox', { name: 'Search order no., seller, item, tracking' });
  await search.fill('watch strap');
  await expect(popup.locator('li.order')).toHaveCount(1);
  await expect(popup.locator('li.order')).toHaveAttribute('data-order-id', '8011122233344455');
  await search.fill('no such thing');
  await expect(popup.getByText('No order matches.')).toBeVisible();
  await search.fill('');
  await popup.getByRole('combobox', { name: 'Site' }).selectOption('weidian');
  await expect(popup.getByText('No order matches.')).toBeVisible();
  await popup.getByRole('combobox', { name: 'Site' }).selectOption('aliexpress');
  expect((await popupEntries(popup)).filter((e) => !e.startsWith('#'))).toHaveLength(listOld.expected.result.orders.length);
  await popup.getByRole('combobox', { name: 'Status' }).selectOption('completed');
  await expect(popup.locator('li.order')).toHaveCount(1);
  await expect(popup.locator('li.order')).toHaveAttribute('data-order-id', '8011122233344455');
  await popup.getByRole('combobox', { name: 'Status' }).selectOption('');
  await popup.getByRole('combobox', { name: 'Kind of deadline' }).selectOption('closes');
  await expect(popup.locator('li.order').first()).toBeVisible();
});

test('the popup warns before storage runs out, not after a capture failed', async ({ ext }) => {
  const popup = await ext.context.newPage();
  // The browser's own figure, as a nearly full disk would give it.
  await popup.addInitScript(() => {
    navigator.storage.estimate = () => Promise.resolve({ quota: 200_000_000, usage: 160_000_000 });
  });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(popup.getByRole('alert')).toContainText(/^Storage is nearly full \(40(\.0)? MB left\)/);
  const roomy = await openExtensionPage(ext, 'popup');
  await expect(roomy.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(roomy.getByRole('alert')).toHaveCount(0);
});
