import { readTable } from '../../scripts/lib/extension-browser';
import type { Order } from '../../utils/model';
import { expect, fixturePage, openExtensionPage, servePages, test } from './fixtures';

const weidianList = fixturePage('weidian', 'list-data-ssr');
const aliexpressOld = fixturePage('aliexpress', 'list-old-1');

test('options: a site switched off is not read; the language can differ from the browser’s; settings persist', async ({ ext }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Refund Radar options');
  await options.getByRole('checkbox', { name: 'Weidian' }).uncheck();
  await options.getByRole('checkbox', { name: '6 h before' }).check();
  await options.getByRole('combobox', { name: 'Language' }).selectOption('zh_CN');

  await servePages(ext.context, [weidianList, aliexpressOld]);
  const tab = await ext.context.newPage();
  await tab.goto(weidianList.url);
  // Give the switched-off site's script time to be refused before leaving its page.
  await tab.waitForTimeout(1_500);
  await tab.goto(aliexpressOld.url);
  await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).length).toBe(aliexpressOld.expected.result.orders.length);
  expect((await readTable<Order>(ext.worker, 'orders')).every((o) => o.site === 'aliexpress')).toBe(true);

  // The settings survive a reload of the page, and the popup follows the chosen language.
  await options.reload();
  await expect(options.getByRole('checkbox', { name: '微店' })).not.toBeChecked();
  await expect(options.getByRole('checkbox', { name: '提前 6 小时' })).toBeChecked();
  const popup = await openExtensionPage(ext, 'popup');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('即将到期');
});

test('options: dates can be shown in China time (or any zone) instead of the computer’s', async ({ ext }) => {
  await servePages(ext.context, [aliexpressOld]);
  const tab = await ext.context.newPage();
  await tab.goto(aliexpressOld.url);
  await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).length).toBe(aliexpressOld.expected.result.orders.length);

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const zone = options.getByRole('combobox', { name: 'Time zone for dates' });
  await expect(zone).toHaveValue('auto');
  await zone.selectOption('Asia/Shanghai');

  const popup = await openExtensionPage(ext, 'popup');
  await expect(popup.getByText('Times shown in time zone Asia/Shanghai.')).toBeVisible();
  await expect(popup.locator('.deadline-due').first()).toContainText('GMT+8');

  await zone.selectOption('America/New_York');
  await popup.reload();
  await expect(popup.getByText('Times shown in time zone America/New_York.')).toBeVisible();
  await expect(popup.locator('.deadline-due').first()).toContainText(/E[SD]T/);
});
