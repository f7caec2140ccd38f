import { test as base } from '@playwright/test';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { clickAction, launchWithExtension, readTable, servePages, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { ManifestSchema } from '../../utils/evidence/schema';
import type { Order } from '../../utils/model';
import { ARTIFACTS, expect, fixturePage, openExtensionPage, popupRow } from './fixtures';

const detail = fixturePage('taobao', 'detail-shipped');
const tmallDetail = fixturePage('tmall', 'detail-shipped');
const ORDER = '4852360405357890001';

/** A free local port for the second DevTools connection that clicks the toolbar icon. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

const test = base.extend<{ ext: ExtensionBrowser & { port: number } }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern: none here.
  ext: async ({}, use) => {
    const port = await freePort();
    const ext = await launchWithExtension({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, actionPort: port });
    await use({ ...ext, port });
    await ext.context.close();
  },
});

test('a case from an order: reason, checklist, a file attached, a screenshot of the page, a Chinese draft copied and logged, the evidence exported', async ({ ext }) => {
  await servePages(ext.context, [detail, tmallDetail]);
  const tab = await ext.context.newPage();
  await tab.goto(detail.url);
  await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).some((o) => o.orderId === ORDER)).toBe(true);

  const popup = await openExtensionPage(ext, 'popup');
  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await (await popupRow(popup, ORDER)).getByRole('button', { name: `Open the case for order ${ORDER} in the side panel` }).click();
  const panel = await panelOpened;
  await panel.setViewportSize({ width: 400, height: 1600 });
  await popup.close();

  // Open a case: the item arrived damaged.
  const kase = panel.locator('section.case');
  await kase.getByRole('combobox', { name: 'What went wrong' }).selectOption('damaged');
  await kase.getByRole('button', { name: 'Open the case' }).click();
  await expect(kase.locator('.case-workspace')).toBeVisible();
  // A Taobao order starts with the seller; the checklist is that reason's on that channel.
  await expect(kase.getByRole('combobox', { name: 'Where you ask' })).toHaveValue('seller_chat');
  const items = kase.locator('.checklist-items li');
  expect(await items.count()).toBeGreaterThan(1);
  await expect(kase.locator('.checklist-items li.done')).toHaveCount(0);
  const video = kase.locator('.checklist-items li[data-item="unboxing_video"]');
  await expect(video).toBeVisible();

  // Attach a video for the unboxing item: it ticks, and progress moves.
  const bytes = Buffer.from('a stand-in for an unboxing video, kept byte for byte');
  await video.locator('input[type=file]').setInputFiles({ name: 'unboxing.mp4', mimeType: 'video/mp4', buffer: bytes });
  await expect(video).toHaveClass(/done/);
  await expect(kase.locator('.checklist-progress')).toContainText(/all: 1 of \d+/);
  const stored = kase.locator('.evidence-item').first();
  await expect(stored).toContainText('unboxing.mp4');
  await expect(stored.locator('.hash')).toHaveAttribute('title', createHash('sha256').update(bytes).digest('hex'));

  // A screenshot of the order page: refused until the toolbar icon was clicked on that page, then taken.
  await tab.bringToFront();
  await kase.getByRole('button', { name: 'Screenshot this tab' }).click();
  await expect(kase.getByRole('alert')).toContainText('click the Refund Radar icon');
  await clickAction(ext, ext.port, detail.url);
  await tab.bringToFront();
  await kase.getByRole('button', { name: 'Screenshot this tab' }).click();
  await expect(kase.locator('.evidence-item')).toHaveCount(2);
  await expect(kase.locator('.evidence-item').nth(1)).toContainText(detail.url);

  // The first message to a Taobao seller, in Chinese as a buyer writes it; copied, then logged as sent.
  const draft = kase.getByRole('textbox', { name: 'Draft text (edit before sending)' });
  await expect(draft).toHaveValue(/^亲，您好！订单号4852360405357890001/);
  await kase.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(kase.getByText('Copied.')).toBeVisible();
  // What a user does next: paste it into the seller chat (here, a box on the order page).
  await tab.bringToFront();
  await tab.evaluate(() => document.body.prepend(Object.assign(document.createElement('textarea'), { id: 'chat-box' })));
  await tab.locator('#chat-box').focus();
  await tab.keyboard.press('Control+V');
  await expect(tab.locator('#chat-box')).toHaveValue(/^亲，您好！订单号4852360405357890001/);
  await kase.getByRole('button', { name: 'I sent it' }).click();
  await expect(kase.locator('.timeline-entry.origin-draft')).toHaveCount(1);
  await expect(kase.locator('.timeline-entry.origin-draft .entry-text')).toContainText('亲，您好');
  // The captured dates are on the timeline too.
  await expect(kase.locator('.timeline-entry.origin-captured')).not.toHaveCount(0);
  await panel.screenshot({ path: path.join(ARTIFACTS, 'sidepanel-case.png'), fullPage: true });

  // Export: one ZIP, whose manifest validates and whose every file matches its hash.
  // The archive's bytes are read where the page hands them to the download (the second DevTools
  // connection that clicked the toolbar icon redirects where Chromium saves downloads).
  await panel.evaluate(() => {
    const make = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => ((globalThis as unknown as { lastExport: Blob }).lastExport = blob) && make(blob);
  });
  const downloading = panel.waitForEvent('download');
  await kase.getByRole('button', { name: 'Export ZIP' }).click();
  expect((await downloading).suggestedFilename()).toBe(`refund-radar-taobao-${ORDER}.zip`);
  const b64 = await panel.evaluate(async () => {
    const buf = new Uint8Array(await (globalThis as unknown as { lastExport: Blob }).lastExport.arrayBuffer());
    let s = '';
    for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
    return btoa(s);
  });
  const zip = unzipSync(new Uint8Array(Buffer.from(b64, 'base64')));
  const manifest = ManifestSchema.parse(JSON.parse(strFromU8(zip['manifest.json']!)));
  expect(manifest.order).toEqual({ site: 'taobao', orderId: ORDER });
  expect(manifest.items.map((i) => i.kind).sort()).toEqual(['screenshot', 'video']);
  for (const item of manifest.items) expect(createHash('sha256').update(zip[item.path]!).digest('hex')).toBe(item.sha256);
  const screenshot = manifest.items.find((i) => i.kind === 'screenshot')!;
  expect(screenshot.source).toMatchObject({ type: 'tab_screenshot', url: detail.url, area: 'visible' });
  expect(strFromU8(zip['report.html']!)).toContain(ORDER);
  await expect(kase.getByRole('status').last()).toContainText('Exported');

  // The panel follows the order page the user moves to.
  await tab.bringToFront();
  await tab.goto(tmallDetail.url);
  await expect(panel.locator('main')).toHaveAttribute('data-order-id', tmallDetail.expected.result.orders[0]!.orderId);
});
