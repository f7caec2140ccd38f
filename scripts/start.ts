// `npm start`: build the extension and open Chromium with it and the demo order pages, served at the
// real sites' addresses. With a display the browser stays open for you; without one the same
// tour runs headless, prints what was captured and writes screenshots to start-artifacts/.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Deadline, Order } from '../utils/model';
import { formatInstant, timeLeft } from '../utils/format';
import { translate } from '../utils/i18n';
import { compareDeadlines } from '../utils/rules/engine';
import { ruleById } from '../utils/rules/index';
import { ensureBrowser } from './lib/browser-path';
import { launchWithExtension, readTable, servePages, type ServedPage } from './lib/extension-browser';
import { run } from './lib/run';

/** The bundled demo pages: saved order pages with invented values (each site's tests/fixtures/<site>/SOURCES.md). */
const DEMO: [site: string, page: string][] = [
  ['aliexpress', 'list-current-1'],
  ['aliexpress', 'detail-current-1'],
  ['aliexpress', 'list-old-1'],
  ['aliexpress', 'detail-old-2014'],
  ['taobao', 'list-dom'],
  ['taobao', 'detail-shipped'],
  ['tmall', 'detail-shipped'],
  ['1688', 'list-old-statuses'],
  ['1688', 'list-new'],
  ['weidian', 'list-data-ssr'],
  ['weidian', 'detail-data-ssr'],
];
const OUT = path.resolve('start-artifacts');

// Lets Playwright attach to the real side panel (microsoft/playwright#26693).
process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';

const headed = process.platform === 'darwin' || process.platform === 'win32' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
const chrome = ensureBrowser();
run('wxt', ['build']);

const pages: (ServedPage & { orders: number })[] = DEMO.map(([site, name]) => {
  const file = path.resolve('tests/fixtures', site, `${name}.html`);
  const expected = JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8'));
  return { url: expected.url, file, orders: expected.result.orders.length };
});

const ext = await launchWithExtension({
  executablePath: chrome,
  headless: !headed,
  // A fresh profile each time, so the demo starts from an empty extension database.
  userDataDir: mkdtempSync(path.join(os.tmpdir(), 'refund-radar-demo-')),
});
await servePages(ext.context, pages);

console.log(`\nRefund Radar demo (${headed ? 'headed' : 'headless: no display found'}) in ${chrome}`);
const tab = await ext.context.newPage();
for (const p of pages) {
  console.log(`  reading ${p.url}`);
  const before = await readTable<Order>(ext.worker, 'orders');
  await tab.goto(p.url);
  // Wait for the content script's read to land (the page's orders stored or updated), at most 15 s.
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const now = await readTable<Order>(ext.worker, 'orders');
    if (now.length > before.length || now.some((o) => !before.some((b) => b.orderId === o.orderId && b.capturedAt === o.capturedAt))) break;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const orders = await readTable<Order>(ext.worker, 'orders');
const deadlines = await readTable<Deadline>(ext.worker, 'deadlines');
const now = new Date();
console.log(`\nCaptured ${orders.length} orders (times in your zone, ${Intl.DateTimeFormat().resolvedOptions().timeZone}):`);
for (const o of orders) {
  console.log(`\n  ${o.site} ${o.orderId}  ${o.seller?.name ?? '(seller not read)'}  status ${o.status}${o.statusText ? ` ("${o.statusText}")` : ''}`);
  if (o.items[0]) console.log(`    ${o.items[0].title}${o.items.length > 1 ? ` (+${o.items.length - 1} more)` : ''}`);
  if (o.missing.length) console.log(`    not read from the page: ${o.missing.join(', ')}`);
  for (const d of deadlines.filter((x) => x.orderId === o.orderId).sort(compareDeadlines)) {
    const name = ruleById.get(d.ruleId)?.name.en ?? d.ruleId;
    if (!d.dueAt) {
      console.log(`    - ${name}: unknown (${d.missing === 'protectionDays' ? translate('en', 'needsProtectionDays') : translate('en', 'needsEvent', { event: translate('en', `event_${d.missing ?? d.from}`) })})`);
      continue;
    }
    const left = timeLeft(d.dueAt, now);
    const when = left.past ? `passed ${left.days} d ago` : `${left.days} d ${left.hours} h left`;
    console.log(`    - ${name}: ${formatInstant(d.dueAt, 'en')} (${when}${d.basis === 'page' ? ', from the page' : ''}${d.estimate ? ', estimate' : ''})`);
  }
}

mkdirSync(OUT, { recursive: true });
const popup = await ext.context.newPage();
await popup.setViewportSize({ width: 420, height: 600 });
await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
await popup.locator('li.order').first().waitFor();
await popup.screenshot({ path: path.join(OUT, 'popup.png') });
const panelOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html'), timeout: 10_000 });
await popup.locator('li.order').first().getByRole('button', { name: /^Open the case for order/ }).click();
const panel = await panelOpened.catch(() => undefined);
if (panel) {
  await panel.locator('main[data-order-id]').waitFor();
  await panel.screenshot({ path: path.join(OUT, 'sidepanel.png') });
}
await tab.screenshot({ path: path.join(OUT, 'order-page.png') });
console.log(`\nScreenshots: ${path.join(OUT, 'popup.png')}, sidepanel.png, order-page.png`);

if (headed) {
  await tab.goto(pages[0]!.url);
  await tab.bringToFront();
  console.log('\nThe browser stays open: click the Refund Radar toolbar button (pin it from the puzzle menu). Close the window to stop.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
} else {
  await ext.context.close();
}
