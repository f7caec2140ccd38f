import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readTable } from '../../scripts/lib/extension-browser';
import type { Order } from '../../utils/model';
import { expect, fixturePage, openExtensionPage, servePages, test } from './fixtures';

const list = fixturePage('aliexpress', 'list-old-1');

/** Serious and critical findings of axe-core on the page as it stands (WCAG 2.1 A and AA). */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup, side panel with a case, and options pass axe-core in the ${scheme} theme`, async ({ ext }) => {
    await servePages(ext.context, [list]);
    const tab = await ext.context.newPage();
    await tab.goto(list.url);
    await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).length).toBe(list.expected.result.orders.length);

    const popup = await openExtensionPage(ext, 'popup');
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.locator('li.order').first()).toBeVisible();
    expect(await violations(popup)).toEqual([]);

    const orderId = list.expected.result.orders[0]!.orderId;
    const panel = await openExtensionPage(ext, 'sidepanel');
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.evaluate((id) => (globalThis as unknown as { chrome: { storage: { session: { set: (v: object) => Promise<void> } } } }).chrome.storage.session.set({ selectedOrder: { site: 'aliexpress', orderId: id } }), orderId);
    await expect(panel.locator('main')).toHaveAttribute('data-order-id', orderId);
    await panel.getByRole('button', { name: 'Open the case' }).click();
    await expect(panel.locator('.case-workspace')).toBeVisible();
    expect(await violations(panel)).toEqual([]);

    const options = await ext.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await violations(options)).toEqual([]);
  });
}

test('the popup works from the keyboard alone: search, move through a row, open its case', async ({ ext }) => {
  await servePages(ext.context, [list]);
  const tab = await ext.context.newPage();
  await tab.goto(list.url);
  await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).length).toBe(list.expected.result.orders.length);
  const popup = await openExtensionPage(ext, 'popup');
  await expect(popup.locator('li.order').first()).toBeVisible();
  // Tab from the top reaches the search box, the filters, then the first row's controls, its case button among them.
  const seen: string[] = [];
  for (let i = 0; i < 40 && !seen.some((s) => s.startsWith('Open the case for order')); i++) {
    await popup.keyboard.press('Tab');
    seen.push(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? ''));
  }
  expect(seen).toContain('Search order no., seller, item, tracking');
  expect(seen.indexOf('Search order no., seller, item, tracking')).toBeLessThan(seen.findIndex((s) => s.startsWith('Mark “')));
  expect(seen.at(-1)).toMatch(/^Open the case for order \d+ in the side panel$/);
  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await popup.keyboard.press('Enter');
  await panelOpened;
});
