import path from 'node:path';
import { ARTIFACTS, expect, fixturePage, openExtensionPage, servePages, test } from './fixtures';

test.use({ locale: 'zh-CN' });

test('a browser in Simplified Chinese gets the popup and side panel in Chinese', async ({ ext }) => {
  const detailOld = fixturePage('aliexpress', 'detail-old-2014');
  await servePages(ext.context, [detailOld]);
  const tab = await ext.context.newPage();
  await tab.goto(detailOld.url);

  const popup = await openExtensionPage(ext, 'popup');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('即将到期');
  const row = popup.locator('li.order[data-order-id="62312345678901"]');
  await expect(row.locator('.deadline-name')).toHaveText('买家保护期结束');
  await expect(row.locator('.deadline-left')).toHaveText(/^已过期 \d+ 天$/);
  await expect(row.locator('.deadline-due')).toContainText('2014年8月2日');
  await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-zh.png') });

  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await row.getByRole('button', { name: '打开案件：订单 62312345678901（侧边栏）' }).click();
  const panel = await panelOpened;
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('订单 62312345678901');
  await expect(panel.getByText('期限', { exact: true })).toBeVisible();
});
