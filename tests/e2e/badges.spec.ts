import path from 'node:path';
import { ARTIFACTS, expect, fixturePage, servePages, test } from './fixtures';

const listCurrent = fixturePage('aliexpress', 'list-current-1');
const listOld = fixturePage('aliexpress', 'list-old-1');

test('each order on the page gets a deadline badge that opens its case, without moving the page’s layout', async ({ ext }) => {
  await servePages(ext.context, [listCurrent, listOld]);

  // The page as the shopper sees it without us: the same file with the badges' host hidden is not
  // possible (they are ours), so the reference is the card boxes before any badge has appeared.
  const tab = await ext.context.newPage();
  await tab.setViewportSize({ width: 1280, height: 900 });
  await tab.goto(listOld.url);
  const badges = tab.locator('refund-radar-badge');
  await expect(badges).toHaveCount(3);
  // The shipped order with the page's countdown first; the other two cannot be dated yet.
  // Text set as text inside a shadow root; the order with 24 days of protection left says so.
  const first = badges.first().locator('button');
  await expect(first).toHaveText(/^2[34] d left$/);
  await expect(first).toHaveAttribute('title', /^Buyer protection ends: /);
  await expect(first).toHaveClass('later');
  await expect(badges.nth(1).locator('button')).toHaveText('set dates');
  await expect(badges.nth(1).locator('button')).toHaveClass('unknown');
  await tab.screenshot({ path: path.join(ARTIFACTS, 'badges-old-list.png') });

  await tab.goto(listCurrent.url);
  await expect(badges).toHaveCount(4);
  // Each badge sits inside its own order's card, on the line with its order number.
  for (const id of listCurrent.expected.result.orders.map((o) => o.orderId)) {
    const card = tab.locator('div.order-item', { hasText: id });
    await expect(card.locator('refund-radar-badge')).toHaveCount(1);
    const line = card.locator('refund-radar-badge').locator('xpath=..');
    await expect(line).toContainText(id);
  }
  // The badge adds no line: each card's height stays what it was with the badge removed.
  const heights = async () => tab.locator('div.order-item').evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().height)));
  const withBadges = await heights();
  await tab.evaluate(() => document.querySelectorAll('refund-radar-badge').forEach((b) => ((b as HTMLElement).style.display = 'none')));
  const without = await heights();
  await tab.evaluate(() => document.querySelectorAll('refund-radar-badge').forEach((b) => (b as HTMLElement).style.setProperty('display', 'inline-block', 'important')));
  withBadges.forEach((h, i) => expect(Math.abs(h - without[i]!)).toBeLessThanOrEqual(2));
  await tab.screenshot({ path: path.join(ARTIFACTS, 'badges-list.png') });

  // A click opens the real side panel on that order.
  const orderId = listCurrent.expected.result.orders[0]!.orderId;
  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await tab.locator('div.order-item', { hasText: orderId }).locator('refund-radar-badge button').click();
  const panel = await panelOpened;
  await expect(panel.locator('main')).toHaveAttribute('data-order-id', orderId);
  // The page did not follow the card's own link.
  expect(tab.url()).toBe(listCurrent.url);
});
