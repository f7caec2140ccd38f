import type { Page } from '@playwright/test';
import { launchWithExtension } from '../scripts/lib/extension-browser';
import type { Deadline, Order } from '../utils/model';
import { computeDeadlines } from '../utils/rules/engine';
import { variedOrders } from './orders';

/**
 * Popup open to first rows rendered, with 5,000 orders and their deadlines in the extension's
 * database: the built extension in Chromium, the rows written as the background would store them.
 */
export async function popupFigure(chrome: string, runs: number): Promise<{ orders: number; deadlines: number; ms: number[] }> {
  const now = new Date();
  const orders: Order[] = variedOrders(5_000).map((o, i) => {
    // Shift the generated dates so the orders' clocks run around today, as a real user's do.
    const shift = now.getTime() - Date.parse('2026-06-01T00:00:00Z') - (i % 300) * 86_400_000 / 3;
    const events = o.events.map((e) => ({ ...e, at: new Date(Date.parse(e.at) + shift).toISOString() }));
    const at = now.toISOString();
    return { ...o, events, firstSeenAt: at, capturedAt: at };
  });
  const deadlines: Deadline[] = orders.flatMap((o) => computeDeadlines(o, { userZone: 'Europe/London' }));

  const ext = await launchWithExtension({ executablePath: chrome, headless: true });
  try {
    const url = `chrome-extension://${ext.extensionId}/popup.html`;
    const seedPage = await ext.context.newPage();
    await seedPage.goto(url);
    await seedPage.locator('main').waitFor();
    for (let i = 0; i < orders.length; i += 1_000) await seed(seedPage, 'orders', orders.slice(i, i + 1_000));
    for (let i = 0; i < deadlines.length; i += 4_000) await seed(seedPage, 'deadlines', deadlines.slice(i, i + 4_000));
    await seedPage.close();

    const ms: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 420, height: 600 });
      // Timed inside the page, from its navigation start to the first row in the DOM.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('li.order')) return;
          (globalThis as unknown as { firstRowAt: number }).firstRowAt = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(url);
      await page.locator('li.order').first().waitFor();
      const at = await page.evaluate(() => (globalThis as unknown as { firstRowAt: number }).firstRowAt);
      if (i >= 2) ms.push(at); // the first opens warm the extension's caches
      await page.close();
    }
    return { orders: orders.length, deadlines: deadlines.length, ms };
  } finally {
    await ext.context.close();
  }
}

function seed(page: Page, table: 'orders' | 'deadlines', rows: unknown[]): Promise<void> {
  return page.evaluate(
    ([name, data]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('refund-radar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          const store = tx.objectStore(name);
          for (const r of data) store.put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [table, rows] as const,
  );
}
