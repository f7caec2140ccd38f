import { test as base } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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

  // The real window (not Playwright's emulated viewport) is what a tab screenshot captures: headless
  // makes it 520 px wide, nearly all side panel; a user's is a desktop window.
  const cdp = await ext.context.newCDPSession(tab);
  const { windowId } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number };
  await cdp.send('Browser.setWindowBounds', { windowId, bounds: { width: 1600, height: 1000 } });
  // A screenshot of the order page: refused until the toolbar icon was clicked on that page, then taken.
  await tab.bringToFront();
  await kase.getByRole('button', { name: 'Screenshot this tab' }).click();
  await expect(kase.getByRole('alert')).toContainText('click the Refund Radar icon');
  await clickAction(ext, ext.port, detail.url);
  await tab.bringToFront();
  await kase.getByRole('button', { name: 'Screenshot this tab' }).click();
  await expect(kase.locator('.evidence-item')).toHaveCount(2);
  await expect(kase.locator('.evidence-item').nth(1)).toContainText(detail.url);
  // It shows the page: as wide as the tab beside the panel, with the page's text on it.
  await expect(kase.locator('.evidence-item').nth(1).locator('img.thumb')).toBeVisible();
  const [width, inked] = await panel.evaluate(async () => {
    const img = document.querySelectorAll<HTMLElement>('.evidence-item')[1]!.querySelector<HTMLImageElement>('img.thumb')!;
    const bmp = await createImageBitmap(await (await fetch(img.src)).blob());
    const g = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
    g.drawImage(bmp, 0, 0);
    const px = g.getImageData(0, 0, bmp.width, bmp.height).data;
    let dark = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i]! < 128) dark++;
    return [bmp.width, dark];
  });
  expect(width).toBeGreaterThan(800);
  expect(inked).toBeGreaterThan(500);
  // A photo of about a megabyte, made smaller for a form that takes 200 KB per file; the original stays as stored.
  const photo = await panel.evaluate(async () => {
    const canvas = new OffscreenCanvas(800, 600);
    const g = canvas.getContext('2d')!;
    // Gradients with a little grain, as a photo has: large as PNG, small as JPEG.
    const pixels = g.createImageData(800, 600);
    const grain = new Uint8Array(pixels.data.length);
    for (let i = 0; i < grain.length; i += 65_536) crypto.getRandomValues(grain.subarray(i, i + 65_536));
    for (let i = 0; i < pixels.data.length; i += 4) {
      const x = (i / 4) % 800;
      const y = Math.floor(i / 4 / 800);
      pixels.data[i] = (x / 4 + (grain[i]! & 15)) & 255;
      pixels.data[i + 1] = (y / 3 + (grain[i + 1]! & 15)) & 255;
      pixels.data[i + 2] = ((x + y) / 6 + (grain[i + 2]! & 15)) & 255;
      pixels.data[i + 3] = 255;
    }
    g.putImageData(pixels, 0, 0);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  });
  await kase.getByLabel('Add files').setInputFiles({ name: 'damage.png', mimeType: 'image/png', buffer: Buffer.from(photo, 'base64') });
  const big = kase.locator('.evidence-item', { hasText: 'damage.png' });
  const bigHash = await big.locator('.hash').getAttribute('title');
  await big.locator('.upload-copy summary').click();
  await big.getByRole('spinbutton', { name: "The form's limit per file (MB)" }).fill('0.2');
  const copying = panel.waitForEvent('download');
  await big.getByRole('button', { name: 'Make and download' }).click();
  await expect(big.getByRole('status')).toContainText('Copy downloaded');
  expect((await copying).suggestedFilename()).toBe('damage-upload.jpg');
  await big.getByRole('button', { name: 'Verify' }).click();
  await expect(big.getByRole('status').last()).toHaveText('Unchanged: the bytes match their SHA-256.');
  expect(await big.locator('.hash').getAttribute('title')).toBe(bigHash);

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
  expect(manifest.items.map((i) => i.kind).sort()).toEqual(['photo', 'screenshot', 'video']);
  for (const item of manifest.items) expect(createHash('sha256').update(zip[item.path]!).digest('hex')).toBe(item.sha256);
  const screenshot = manifest.items.find((i) => i.kind === 'screenshot')!;
  expect(screenshot.source).toMatchObject({ type: 'tab_screenshot', url: detail.url, area: 'visible' });
  expect(strFromU8(zip['report.html']!)).toContain(ORDER);
  // The report as a bank would see it: opened from the unpacked archive, and printed to PDF.
  const unpacked = path.join(ARTIFACTS, 'case-export');
  for (const [name, data] of Object.entries(zip)) {
    mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
    writeFileSync(path.join(unpacked, name), data);
  }
  const report = await ext.context.newPage();
  await report.goto(pathToFileURL(path.join(unpacked, 'report.html')).href);
  await expect(report.locator('body')).toContainText(ORDER);
  await expect(report.locator('img').first()).toBeVisible();
  await report.screenshot({ path: path.join(ARTIFACTS, 'case-report.png'), fullPage: true });
  await report.pdf({ path: path.join(ARTIFACTS, 'case-report.pdf') });
  await expect(kase.getByRole('status').last()).toContainText('Exported');

  // The panel follows the order page the user moves to.
  await tab.bringToFront();
  await tab.goto(tmallDetail.url);
  await expect(panel.locator('main')).toHaveAttribute('data-order-id', tmallDetail.expected.result.orders[0]!.orderId);
});
