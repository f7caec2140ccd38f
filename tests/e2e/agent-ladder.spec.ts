import path from 'node:path';
import type { Page } from '@playwright/test';
import { readTable } from '../../scripts/lib/extension-browser';
import type { Deadline, Order } from '../../utils/model';
import { ARTIFACTS, expect, openExtensionPage, test } from './fixtures';

/**
 * An order bought through a shopping agent carries three sets of clocks (rules.md §4): the
 * marketplace seller's 7 days from the warehouse's sign-for, the agent's own window from "stored",
 * and the payment channel's. The side panel shows them as one ladder.
 *
 * No agent adapter reads pages yet (issue 6), so the test writes the order as a capture would have
 * stored it, straight into the extension's database; everything after that is the product's own
 * path: the user says how they paid, the background recomputes, the panel draws the ladder.
 */

const DAY = 86_400_000;
const now = Date.now();
const iso = (ms: number) => new Date(ms).toISOString();
const paid = now - 12 * DAY;
const signed = now - 3 * DAY;
const stored = now - 2 * DAY;

const order: Order = {
  site: 'taobao',
  orderId: '4100000000000000001',
  url: 'https://buyertrade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4100000000000000001',
  seller: { name: '示例店铺' },
  items: [{ title: '示例商品 (example item)', quantity: 1 }],
  status: 'delivered',
  events: [
    { kind: 'paid', at: iso(paid), dateOnly: false, zone: 'Asia/Shanghai' },
    { kind: 'signed_for', at: iso(signed), dateOnly: false, zone: 'Asia/Shanghai' },
    { kind: 'warehouse_stored', at: iso(stored), dateOnly: false, zone: 'Asia/Shanghai' },
  ],
  tracking: [],
  pageDeadlines: [],
  agent: { family: 'cnfans', host: 'cnfans.com' },
  missing: [],
  firstSeenAt: iso(stored),
  capturedAt: iso(stored),
};

async function seed(page: Page, o: Order) {
  await page.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('refund-radar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('orders', 'readwrite');
          tx.objectStore('orders').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    o,
  );
}

test('an agent order’s side panel shows the whole ladder: marketplace, agent, payment, consumer body', async ({ ext }) => {
  // The popup opens the database (creating its stores) before the seed writes into it.
  const popup = await openExtensionPage(ext, 'popup');
  await expect(popup.getByRole('heading', { name: 'No orders yet' })).toBeVisible();
  await seed(popup, order);
  await popup.reload();

  // The real side panel, opened from the popup: only it (not a tab) may send corrections.
  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await popup.getByRole('button', { name: `Open the case for order ${order.orderId} in the side panel` }).click();
  const panel = await panelOpened;
  await panel.setViewportSize({ width: 400, height: 1400 });
  await expect(panel.locator('main')).toHaveAttribute('data-order-id', order.orderId);
  // Before the user says how they paid there is no payment rung.
  await expect(panel.locator('.rung[data-rung="payment"]')).toHaveCount(0);

  await panel.getByRole('combobox', { name: 'Paid with' }).selectOption('paypal');
  await expect(panel.locator('.rung[data-rung="payment"]')).toBeVisible();

  const deadlines = await readTable<Deadline>(ext.worker, 'deadlines');
  const due = (ruleId: string) => deadlines.find((d) => d.orderId === order.orderId && d.ruleId === ruleId)?.dueAt;
  // The agent's window is elapsed time: stored + 5 × 24 h exactly.
  expect(due('cnf.return.request')).toBe(iso(stored + 5 * DAY));
  expect(due('tb.7day.window')).toBeDefined();
  expect(due('pp.dispute.open')).toBeDefined();

  const step = (id: string) => panel.locator(`.step[data-step="${id}"]`);
  const rungs = panel.locator('.rung');
  await expect(rungs).toHaveCount(5);
  await expect(rungs.locator('.rung-name')).toHaveText(['Seller', 'Platform', 'Agent', 'Payment', 'Consumer body']);
  await expect(step('tb.step.return')).toHaveClass(/step-open/);
  await expect(step('tb.step.return').locator('.step-state')).toHaveText(/^open until /);
  await expect(step('tb.step.platform').locator('.step-state')).toHaveText('no deadline known');
  await expect(step('cnf.step.return')).toHaveClass(/step-open/);
  await expect(step('cnf.step.claim').locator('.step-state')).toHaveText('starts when: parcel shipped internationally');
  await expect(step('pp.step.dispute')).toHaveClass(/step-open/);
  await expect(step('pp.step.claim').locator('.step-state')).toHaveText(/^starts when: /);
  await expect(step('cn.step.complaint').locator('.step-state')).toHaveText(/^starts when: /);
  // The agent's window closes before the seller's (days in transit to the shelf are lost).
  await step('cnf.step.return').locator('summary').click();
  await expect(step('cnf.step.return').locator('.window[data-rule="cnf.return.request"]')).toBeVisible();
  await panel.screenshot({ path: path.join(ARTIFACTS, 'sidepanel-agent-ladder.png'), fullPage: false });

  // The popup row carries the same ladder in one line.
  await popup.reload();
  const row = popup.locator(`li.order[data-order-id="${order.orderId}"]`);
  await expect(row.locator('.ladder-line li')).toHaveText([/^Seller · /, /^Agent · /, /^Payment · /]);
  await expect(row.locator('.deadline-source')).toContainText('Confidence');

  // The user opens a dispute with the agent: the agent's stages start, the seller and agent steps are taken.
  const stored2 = (await readTable<Order>(ext.worker, 'orders')).find((o) => o.orderId === order.orderId)!;
  await seed(popup, { ...stored2, status: 'in_dispute', events: [...stored2.events, { kind: 'dispute_opened', at: iso(now - DAY), dateOnly: false, zone: 'Asia/Shanghai' }] });
  await panel.getByRole('combobox', { name: 'Paid with' }).selectOption('card_visa');
  await expect(step('visa.step.chargeback')).toHaveClass(/step-open/);
  await expect(step('cnf.step.return').locator('.step-state')).toHaveText('done');
  const stages = panel.locator('.flow[data-flow="cnf.flow.dispute"]');
  await expect(stages.locator('.stage[data-stage="cnf.stage.review"] .stage-state')).toHaveText('in progress');
  await expect(stages.locator('.stage[data-stage="cnf.stage.review"] .tag')).toHaveText('third-party figure: 24 h–48 h');
  await panel.screenshot({ path: path.join(ARTIFACTS, 'sidepanel-agent-stages.png'), fullPage: false });
});
