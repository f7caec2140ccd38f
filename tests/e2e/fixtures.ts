import { test as base, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, servePages, type ExtensionBrowser } from '../../scripts/lib/extension-browser';

// Lets Playwright attach to the real side panel, which Chromium opens as its own target
// (microsoft/playwright#26693; the switch scrape-similar's e2e suite uses too).
process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';

export const ARTIFACTS = path.resolve('tests/artifacts');

/**
 * A saved page of `tests/fixtures/<site>/` with the address and capture time its expected JSON names,
 * and for a page read from the JSON it loads, that request's address and response file.
 */
export function fixturePage(
  site: string,
  name: string,
): { url: string; file: string; expected: { url: string; now: string; response?: { url: string; file: string }; result: { orders: { orderId: string }[] } } } {
  const file = path.resolve('tests/fixtures', site, `${name}.html`);
  const expected = JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8'));
  return { url: expected.url, file, expected };
}

// `locale` is Playwright's own option (test.use({ locale: 'zh-CN' })): pages see it as navigator.language.
export const test = base.extend<{ ext: ExtensionBrowser }>({
  ext: async ({ locale }, use) => {
    const ext = await launchWithExtension({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      locale,
    });
    await use(ext);
    await ext.context.close();
  },
});

export async function openExtensionPage(ext: ExtensionBrowser, name: 'popup' | 'sidepanel'): Promise<Page> {
  const page = await ext.context.newPage();
  // The popup's own size in the toolbar; the side panel's default width.
  await page.setViewportSize(name === 'popup' ? { width: 420, height: 600 } : { width: 400, height: 900 });
  await page.goto(`chrome-extension://${ext.extensionId}/${name}.html`);
  return page;
}

/**
 * The popup's list is virtualised: only rows near the view exist. This scrolls it top to bottom (and
 * lets it load its next pages) and returns every entry in order: group heads as '#<group>', rows as
 * their order numbers.
 */
export async function popupEntries(popup: Page): Promise<string[]> {
  await popup.locator('.list li[data-index]').first().waitFor();
  return popup.evaluate(async () => {
    const list = document.querySelector<HTMLElement>('.list')!;
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // First let every page load (new pages can regroup rows), then read the settled list.
    for (let settled = 0; settled < 3; ) {
      const before = list.scrollHeight;
      list.scrollTop = list.scrollHeight;
      await frames();
      await new Promise((r) => setTimeout(r, 100));
      settled = list.scrollHeight === before ? settled + 1 : 0;
    }
    const seen = new Map<number, string>();
    for (list.scrollTop = 0; ; list.scrollTop += list.clientHeight / 2) {
      await frames();
      for (const li of list.querySelectorAll<HTMLElement>('li[data-index]')) {
        seen.set(Number(li.dataset.index), li.classList.contains('group-head') ? `#${li.dataset.group}` : li.dataset.orderId!);
      }
      if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) break;
    }
    list.scrollTop = 0;
    await frames();
    return [...seen].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
  });
}

/** Scrolls the popup's virtualised list until the order's row exists, and returns it. */
export async function popupRow(popup: Page, orderId: string) {
  const row = popup.locator(`li.order[data-order-id="${orderId}"]`);
  await popup.locator('.list li[data-index]').first().waitFor();
  await popup.evaluate(async (id) => {
    const list = document.querySelector<HTMLElement>('.list')!;
    list.scrollTop = 0;
    for (let i = 0; i < 500 && !list.querySelector(`li.order[data-order-id="${id}"]`); i++) {
      list.scrollTop += list.clientHeight / 2;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  }, orderId);
  await row.scrollIntoViewIfNeeded();
  return row;
}

export { expect } from '@playwright/test';
export { servePages };
