import { test as base, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, servePages, type ExtensionBrowser } from '../../scripts/lib/extension-browser';

// Lets Playwright attach to the real side panel, which Chromium opens as its own target
// (microsoft/playwright#26693; the switch scrape-similar's e2e suite uses too).
process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';

export const ARTIFACTS = path.resolve('tests/artifacts');

/** A saved page of `tests/fixtures/<site>/` with the address and capture time its expected JSON names. */
export function fixturePage(site: string, name: string): { url: string; file: string; expected: { url: string; now: string; result: { orders: { orderId: string }[] } } } {
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

export { expect } from '@playwright/test';
export { servePages };
