import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Loads the built extension into Chromium and serves saved order pages at the real sites'
 * addresses, so the manifest's `matches` decide injection exactly as they do for a user.
 * Shared by the e2e tests, `npm start` and the benchmarks (`../shared/e2e-recipe.md`).
 */
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

export async function launchWithExtension(opts: {
  executablePath: string;
  headless: boolean;
  userDataDir?: string;
  /** The user's preferred language, e.g. 'zh-CN' (what pages see as navigator.language). */
  locale?: string;
  /**
   * A port for a second DevTools connection that may click the toolbar icon (`clickAction`): the
   * only way a test can give the extension the activeTab grant a user's click gives.
   */
  actionPort?: number;
}): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(opts.userDataDir ?? '', {
    headless: opts.headless,
    executablePath: opts.executablePath,
    viewport: { width: 1280, height: 900 },
    locale: opts.locale,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // Without these Chromium floods a closed network with connections that are refused.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(opts.actionPort ? ['--enable-unsafe-extension-debugging', `--remote-debugging-port=${opts.actionPort}`] : []),
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/**
 * Clicks the extension's toolbar icon on the tab showing `url`, as a user would (Chromium's
 * `Extensions.triggerAction`): the popup opens and the extension gets activeTab on that tab.
 */
export async function clickAction(ext: ExtensionBrowser, port: number, url: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as unknown as { targetInfos: { targetId: string; url: string }[] };
  const tab = targetInfos.find((t) => t.url === url);
  if (!tab) throw new Error(`no tab shows ${url}`);
  await cdp.send('Extensions.triggerAction' as never, { id: ext.extensionId, targetId: tab.targetId } as never);
  await cdp.detach();
}

/** A saved page (a file, or HTML built by a test) and the real address it is served at. */
export type ServedPage = { url: string } & ({ file: string } | { body: string });

// A neutral grey square stands in for product photos, which are not saved with the fixtures.
const PLACEHOLDER_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN88OBBPQAIFgM5bJ1t2wAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Routes every request of the context: the saved pages at their addresses, images to a
 * placeholder, everything else aborted, so nothing reaches the network and nothing waits on a time-out.
 */
export async function servePages(context: BrowserContext, pages: ServedPage[]): Promise<void> {
  const byUrl = new Map(pages.map((p) => [p.url, 'body' in p ? p.body : readFileSync(p.file, 'utf8')]));
  await context.route(/^https?:\/\//, (route) => {
    const req = route.request();
    const body = byUrl.get(req.url());
    if (body !== undefined) return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
    if (req.resourceType() === 'image') return route.fulfill({ contentType: 'image/png', body: PLACEHOLDER_PNG });
    return route.abort();
  });
}

/**
 * Runs in the service worker. Kept as source text, not a function: tsx (used by `npm start` and the
 * bench) wraps named inner functions in an `__name()` helper that does not exist in the worker, and
 * the resulting error inside an IndexedDB callback would leave the call hanging.
 */
const READ_TABLE_SOURCE = `async (name) => {
  // Opening a database that does not exist would create it: look first.
  const dbs = await indexedDB.databases();
  if (!dbs.some((d) => d.name === 'refund-radar')) return [];
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('refund-radar');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(name)) {
        db.close();
        return resolve([]);
      }
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => {
        db.close();
        resolve(req.result);
      };
      req.onerror = () => reject(req.error);
    };
  });
}`;

/** Reads a table of the extension's IndexedDB from inside the service worker. */
export async function readTable<T>(worker: Worker, table: 'orders' | 'deadlines' | 'marks' | 'parcels'): Promise<T[]> {
  return worker.evaluate(`(${READ_TABLE_SOURCE})(${JSON.stringify(table)})`) as Promise<T[]>;
}
