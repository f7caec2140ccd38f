import type { PageReadMessage } from '../messages';
import { whenReady } from '../page-watch';
import type { PageKind, PageRead, SiteAdapter } from '../sites/types';

/** How long an SPA gets to draw its orders before we stop waiting (slow connections included). */
const READY_TIMEOUT_MS = 30_000;
/** After the first read, later changes (a "View orders" click appending cards) are re-read for this long. */
const FOLLOW_MS = 10 * 60_000;
const FOLLOW_DEBOUNCE_MS = 1_000;

export interface WatchDeps {
  doc: Document;
  send: (msg: PageReadMessage) => Promise<unknown>;
  log: (...args: unknown[]) => void;
  /** After a read is stored (the page's badges show what was just saved). */
  stored?: (read: PageRead) => Promise<void>;
}

/** Runs the adapter, catching everything: one adapter's failure must never break the page. */
export function readPage(adapter: SiteAdapter, doc: Document, url: URL): PageRead | undefined {
  try {
    return adapter.parse(doc, url);
  } catch (error) {
    // Adapters promise not to throw; if one does anyway, the page must not notice.
    console.warn(`[refund-radar:${adapter.id}] parse failed`, error);
    return undefined;
  }
}

const fingerprint = (r: PageRead) => JSON.stringify([r.orders, r.parcels]);

/**
 * Reads the current page once it has drawn, sends what it found, then follows later changes for
 * a bounded time, until `signal` aborts it (page navigation, extension update).
 */
export function watchPage(adapter: SiteAdapter, url: URL, deps: WatchDeps, signal: AbortSignal): void {
  const kind: PageKind | null = adapter.detect(url);
  if (!kind) return;

  let last = '';
  const readAndSend = () => {
    const read = readPage(adapter, deps.doc, url);
    if (!read || signal.aborted) return;
    const fp = fingerprint(read);
    if (fp === last) return;
    last = fp;
    if (!read.orders.length && !read.parcels?.length && !read.blocked && !read.notes.length) return;
    deps
      .send({ type: 'page.read', ...read })
      .then(() => (signal.aborted || !read.orders.length ? undefined : deps.stored?.(read)))
      .catch((e: unknown) => deps.log('send failed', e));
  };

  void whenReady(deps.doc, () => adapter.ready(deps.doc, kind), { timeoutMs: READY_TIMEOUT_MS, signal }).then((ready) => {
    if (signal.aborted) return;
    // Not ready in time still gets one read: a changed layout yields partial orders and notes, not silence.
    readAndSend();
    if (!ready) deps.log('page did not become ready; read what was there');
    follow(deps.doc, readAndSend, signal);
  });
}

function follow(doc: Document, onChange: () => void, signal: AbortSignal) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(onChange, FOLLOW_DEBOUNCE_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(bound);
  };
  const bound = setTimeout(stop, FOLLOW_MS);
  signal.addEventListener('abort', stop, { once: true });
}
