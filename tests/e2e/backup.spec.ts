import type { Page, Worker } from '@playwright/test';
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { launchWithExtension, readTable } from '../../scripts/lib/extension-browser';
import type { Deadline, Order } from '../../utils/model';
import { expect, fixturePage, openExtensionPage, popupRow, servePages, test } from './fixtures';

const detail = fixturePage('taobao', 'detail-shipped');
const ORDER = '4852360405357890001';
const VIDEO = Buffer.from('a stand-in for an unboxing video, kept byte for byte');

/**
 * The stores a backup restores, read in the service worker; each evidence file as its SHA-256
 * (a Blob cannot leave the worker). Source text, as READ_TABLE_SOURCE in extension-browser.ts explains.
 */
const READ_STORES = `async () => {
  const db = await new Promise((resolve, reject) => {
    const r = indexedDB.open('refund-radar');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const out = {};
  for (const name of ['orders', 'deadlines', 'parcels', 'marks', 'cases', 'evidence', 'evidenceBlobs', 'reminders']) {
    out[name] = await new Promise((resolve, reject) => {
      const q = db.transaction(name).objectStore(name).getAll();
      q.onsuccess = () => resolve(q.result);
      q.onerror = () => reject(q.error);
    });
  }
  db.close();
  for (const row of out.evidenceBlobs) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await row.blob.arrayBuffer()));
    row.sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    delete row.blob;
  }
  return out;
}`;
type Stores = Record<'orders' | 'deadlines' | 'parcels' | 'marks' | 'cases' | 'evidence' | 'evidenceBlobs' | 'reminders', Record<string, unknown>[]>;
const readStores = (worker: Worker) => worker.evaluate(`(${READ_STORES})()`) as Promise<Stores>;
const storedSettings = (worker: Worker) => worker.evaluate<{ leadHours: number[]; disabledSites: string[] } | undefined>("chrome.storage.local.get('settings').then((r) => r.settings)");

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Backup and restore' })).toBeVisible();
}

async function restoreFile(options: Page, file: { name: string; buffer: Buffer }, mode: 'merge' | 'replace') {
  await options.getByRole('radio', { name: mode === 'merge' ? /^merge with what is here/ : /^replace everything here/ }).check();
  if (mode === 'replace') options.once('dialog', (d) => void d.accept());
  const choosing = options.waitForEvent('filechooser');
  await options.getByRole('button', { name: 'Restore from a file…' }).click();
  await (await choosing).setFiles({ ...file, mimeType: 'application/zip' });
}

test('backup and restore: an order, its case and evidence file, and the options, into a fresh profile; a damaged file changes nothing', async ({ ext }, info) => {
  test.setTimeout(180_000);
  await servePages(ext.context, [detail]);
  const tab = await ext.context.newPage();
  await tab.goto(detail.url);
  await expect.poll(async () => (await readTable<Order>(ext.worker, 'orders')).some((o) => o.orderId === ORDER)).toBe(true);

  // A case with one evidence file, as a user makes it in the side panel.
  const popup = await openExtensionPage(ext, 'popup');
  const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await (await popupRow(popup, ORDER)).getByRole('button', { name: `Open the case for order ${ORDER} in the side panel` }).click();
  const panel = await panelOpened;
  await popup.close();
  const kase = panel.locator('section.case');
  await kase.getByRole('combobox', { name: 'What went wrong' }).selectOption('damaged');
  await kase.getByRole('button', { name: 'Open the case' }).click();
  const video = kase.locator('.checklist-items li[data-item="unboxing_video"]');
  await video.locator('input[type=file]').setInputFiles({ name: 'unboxing.mp4', mimeType: 'video/mp4', buffer: VIDEO });
  await expect(kase.locator('.evidence-item')).toHaveCount(1);

  // An option changed, then the backup downloaded; its bytes read where the page hands them to the download.
  const options = await ext.context.newPage();
  await openOptions(options, ext.extensionId);
  await options.getByRole('checkbox', { name: '6 h before' }).check();
  await options.getByRole('checkbox', { name: 'Weidian' }).uncheck();
  await expect.poll(async () => (await storedSettings(ext.worker))?.leadHours).toContain(6);
  await options.evaluate(() => {
    const make = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => ((globalThis as unknown as { lastBackup: Blob }).lastBackup = blob) && make(blob);
  });
  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Download a backup' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^refund-radar-backup-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(options.getByRole('status')).toContainText('Backup downloaded');
  const b64 = await options.evaluate(async () => {
    const buf = new Uint8Array(await (globalThis as unknown as { lastBackup: Blob }).lastBackup.arrayBuffer());
    let s = '';
    for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
    return btoa(s);
  });
  const backup = Buffer.from(b64, 'base64');
  const zip = unzipSync(new Uint8Array(backup));
  const sha = createHash('sha256').update(VIDEO).digest('hex');
  expect(createHash('sha256').update(zip[`evidence/${sha}`]!).digest('hex')).toBe(sha);
  expect(JSON.parse(strFromU8(zip['backup.json']!))).toMatchObject({ format: 'refund-radar-backup', orders: [{ orderId: ORDER }], cases: [{ orderId: ORDER, reason: 'damaged' }], evidence: [{ sha256: sha, mime: 'video/mp4' }] });
  const original = await readStores(ext.worker);
  await ext.context.close();

  // A fresh profile: nothing stored, default options. Restore, replacing.
  const fresh = await launchWithExtension({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, userDataDir: info.outputPath('fresh-profile') });
  try {
    const page = await fresh.context.newPage();
    await openOptions(page, fresh.extensionId);
    await restoreFile(page, { name: 'refund-radar-backup.zip', buffer: backup }, 'replace');
    await expect(page.getByRole('status')).toHaveText('Restored. Orders: 1, cases: 1, evidence files: 1.');
    const restored = await readStores(fresh.worker);
    for (const store of ['orders', 'parcels', 'marks', 'cases', 'evidence', 'evidenceBlobs', 'reminders'] as const) expect(restored[store], store).toEqual(original[store]);
    // Deadlines are recomputed, not copied: the same ones.
    const byId = (ds: Record<string, unknown>[]) => [...(ds as Deadline[])].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(restored.deadlines)).toEqual(byId(original.deadlines));
    expect(restored.deadlines.length).toBeGreaterThan(0);
    expect(restored.evidenceBlobs).toEqual([{ id: (original.evidence[0] as { id: string }).id, sha256: sha }]);
    expect(await storedSettings(fresh.worker)).toMatchObject({ leadHours: expect.arrayContaining([6]), disabledSites: ['weidian'] });
    await expect(page.getByRole('checkbox', { name: '6 h before' })).toBeChecked();

    // A damaged copy (one byte changed in the middle): refused with the reason, and nothing changes.
    const damaged = Buffer.from(backup);
    damaged[damaged.length >> 1]! ^= 0x5a;
    await restoreFile(page, { name: 'damaged.zip', buffer: damaged }, 'merge');
    await expect(page.getByRole('alert')).toContainText('The file is damaged. Nothing was changed.');
    await expect(page.getByRole('alert')).toContainText('its checksum does not match');
    expect(await readStores(fresh.worker)).toEqual(restored);
    await page.screenshot({ path: info.outputPath('options-backup.png'), fullPage: true });
  } finally {
    await fresh.context.close();
  }
});
