import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readTable } from '../../scripts/lib/extension-browser';
import type { Order } from '../../utils/model';
import { expect, fixturePage, openExtensionPage, popupRow, servePages, test } from './fixtures';

/**
 * Page text is hostile. A saved list page whose seller, item titles and status carry script-like
 * strings (as text, the way a seller can name a shop) goes through the real path: read by the
 * content script, checked by the background, stored, then shown by the popup, the side panel, a
 * case and its draft. Nothing may run, and the strings must show as the text they are.
 */
const list = fixturePage('aliexpress', 'list-old-1');
const PAYLOADS = {
  'Tiny Parts Workshop': '<img src=x onerror="globalThis.pwned=1">Shop',
  'USB-C Cable 1m Fast Charge': '<script>globalThis.pwned=2</script>Cable',
  'Awaiting delivery': '"><svg onload="globalThis.pwned=3">',
};
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

test('script-like text from a page shows inert in the popup, the side panel, a case and its draft', async ({ ext }) => {
  let html = readFileSync(list.file, 'utf8');
  for (const [from, to] of Object.entries(PAYLOADS)) html = html.replaceAll(from, escapeHtml(to));
  await servePages(ext.context, [{ url: list.url, body: html }]);
  const tab = await ext.context.newPage();
  await tab.goto(list.url);
  await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).length).toBe(list.expected.result.orders.length);
  const stored = (await readTable<Order>(ext.worker, 'orders')).find((o) => o.orderId === '8012345678901234')!;
  expect(stored.seller?.name).toBe(PAYLOADS['Tiny Parts Workshop']);
  expect(stored.items[0]?.title).toBe(PAYLOADS['USB-C Cable 1m Fast Charge']);

  const pwned = (p: Page) => p.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned);
  const popup = await openExtensionPage(ext, 'popup');
  const row = await popupRow(popup, '8012345678901234');
  await expect(row.locator('.seller')).toHaveText(PAYLOADS['Tiny Parts Workshop']);
  await expect(row.locator('.item-title')).toHaveText(PAYLOADS['USB-C Cable 1m Fast Charge']);
  expect(await popup.locator('img[src="x"], svg, script:not([src])').count()).toBe(0);

  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await row.getByRole('button', { name: 'Open the case for order 8012345678901234 in the side panel' }).click();
  const panel = await panelOpened;
  await expect(panel.locator('main')).toHaveAttribute('data-order-id', '8012345678901234');
  await expect(panel.locator('.facts')).toContainText(PAYLOADS['Tiny Parts Workshop']);
  await expect(panel.locator('.facts')).toContainText(PAYLOADS['Awaiting delivery']);
  await panel.getByRole('button', { name: 'Open the case' }).click();
  const draft = panel.getByRole('textbox', { name: 'Draft text (edit before sending)' });
  await expect(draft).toHaveValue(/<script>globalThis\.pwned=2<\/script>Cable/);
  await panel.getByRole('button', { name: 'I sent it' }).click();
  await expect(panel.locator('.timeline-entry.origin-draft .entry-text')).toContainText('<script>globalThis.pwned=2</script>Cable');
  expect(await panel.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);

  for (const p of [tab, popup, panel]) expect(await pwned(p)).toBeUndefined();
});
