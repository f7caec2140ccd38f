import { readTable } from '../../scripts/lib/extension-browser';
import type { Deadline } from '../../utils/model';
import { expect, openExtensionPage, test } from './fixtures';

test('an order added by hand, at an agent we do not read, gets the same deadlines and shows in the popup', async ({ ext }) => {
  const popup = await openExtensionPage(ext, 'popup');
  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await popup.getByRole('button', { name: 'Add an order by hand' }).click();
  const panel = await panelOpened;
  const form = panel.getByRole('form', { name: 'Add an order by hand' });
  await form.getByRole('combobox', { name: 'Site' }).selectOption('kakobuy');
  await form.getByRole('textbox', { name: 'Order number' }).fill('KB20260301001');
  await form.getByRole('textbox', { name: 'Item (optional)' }).fill('Washed hoodie');
  await form.getByRole('combobox', { name: 'Marketplace' }).selectOption('weidian');
  // Stored in the agent's warehouse yesterday, 10:00 the user's time.
  const stored = new Date(Date.now() - 86_400_000);
  stored.setHours(10, 0, 0, 0);
  const local = `${stored.getFullYear()}-${String(stored.getMonth() + 1).padStart(2, '0')}-${String(stored.getDate()).padStart(2, '0')}T10:00`;
  await form.getByLabel("stored in the agent's warehouse").fill(local);
  await form.getByRole('button', { name: 'Add order' }).click();

  // The panel switches to the new order, with the agent's 5-day window counted from that date.
  await expect(panel.locator('main')).toHaveAttribute('data-order-id', 'KB20260301001');
  await expect(panel.locator('.deadline[data-rule="gen.return.request"] .deadline-left')).toHaveText(/^3 d \d+ h left$/);
  const deadlines = await readTable<Deadline>(ext.worker, 'deadlines');
  expect(deadlines.find((d) => d.id === 'kakobuy:KB20260301001:gen.return.request')?.dueAt).toBe(new Date(stored.getTime() + 5 * 86_400_000).toISOString());
  expect(deadlines.some((d) => d.id === 'kakobuy:KB20260301001:wd.7day.window')).toBe(true);

  await popup.reload();
  const row = popup.locator('li.order[data-order-id="KB20260301001"]');
  await expect(row.locator('.site')).toHaveText('Kakobuy');
  await expect(row.locator('.item-title')).toHaveText('Washed hoodie');
});
