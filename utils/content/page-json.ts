/**
 * Some pages never put their data in the document: their own script fetches it as JSON and draws
 * from it (Superbuy's parcel and warehouse pages, `../shared/research/agents.md` §2 "JSON endpoints").
 * We never send a request with the user's cookies. Instead a few lines in the page's own world
 * (`hookPageJson`, a MAIN-world content script) copy the text of the responses the page itself
 * received from the few addresses an adapter reads, and post it to our isolated content script
 * (`keepPageJson`), which keeps the latest copy in an inert `<script type="application/json">`, as
 * keep-server-data.ts does, so the adapter stays a pure function of the document.
 *
 * The page owns the MAIN world: it can see or undo the hook and post the same message itself. So the
 * receiver trusts a message exactly as much as page text: only from this window and origin, a string
 * of bounded size, from an address the adapter accepts; the adapter then reads the JSON as
 * defensively as any markup, and the background validates what it yields (utils/messages.ts).
 * Checked by hand, not with Zod: these run on every such page and Zod alone is 19 KB minified.
 */

export const PAGE_JSON_MESSAGE = 'refund-radar:page-json';
/** A response larger than this is not one page of parcels or items: not copied. */
export const MAX_PAGE_JSON_CHARS = 4_000_000;
const MAX_URL_CHARS = 2048;

export interface PageJsonMessage {
  type: typeof PAGE_JSON_MESSAGE;
  /** The address the response came from (after redirects). */
  url: string;
  body: string;
}

/** What the hook touches of the page's window (a test passes a stand-in). */
interface PageWindow {
  location: Pick<Location, 'href' | 'origin'>;
  postMessage(message: unknown, targetOrigin: string): void;
  fetch?: typeof fetch;
  XMLHttpRequest?: typeof XMLHttpRequest;
}

/**
 * Runs in the page's world at document_start, before the page's scripts. Wraps `fetch` and
 * `XMLHttpRequest.prototype.open` so that responses from an address `wanted` matches are copied;
 * the page's calls, their results and their errors stay exactly as they were (the page gets the very
 * promise the browser returned), and every failure of ours is swallowed.
 */
export function hookPageJson(win: PageWindow, wanted: RegExp): void {
  const post = (url: string, body: unknown) => {
    if (typeof body === 'string' && body.length <= MAX_PAGE_JSON_CHARS && url.length <= MAX_URL_CHARS) {
      win.postMessage({ type: PAGE_JSON_MESSAGE, url, body } satisfies PageJsonMessage, win.location.origin);
    }
  };
  const match = (raw: unknown): string | undefined => {
    try {
      const href = new URL(String(raw), win.location.href).href;
      return wanted.test(href) ? href : undefined;
    } catch {
      return undefined;
    }
  };

  const pageFetch = win.fetch;
  if (typeof pageFetch === 'function') {
    win.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
      const answer = pageFetch.apply(this, args);
      try {
        const input = args[0];
        const url = match(typeof input === 'object' && input && 'url' in input ? input.url : input);
        // Our reaction is attached before the page's, so the clone is taken before the page reads the body.
        if (url) answer.then((r) => r.clone().text().then((text) => post(r.url || url, text))).catch(() => undefined);
      } catch {
        // The page's request goes on untouched.
      }
      return answer;
    } as typeof fetch;
  }

  const open = win.XMLHttpRequest?.prototype.open;
  if (win.XMLHttpRequest && typeof open === 'function') {
    win.XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const url = match(args[1]);
        if (url) {
          this.addEventListener('load', () => {
            try {
              const type = this.responseType;
              post(this.responseURL || url, type === '' || type === 'text' ? this.responseText : type === 'json' ? JSON.stringify(this.response) : undefined);
            } catch {
              // A response we cannot read is not copied.
            }
          });
        }
      } catch {
        // As above: the page's request is not ours to break.
      }
      return (open as (...a: unknown[]) => void).apply(this, args);
    } as XMLHttpRequest['open'];
  }
}

/**
 * Isolated world, started at document_start (before the page's requests can come back): keeps the
 * latest accepted response in `<script type="application/json" id={targetId} data-url=…>`.
 */
export function keepPageJson(win: Window, doc: Document, accepts: (url: URL) => boolean, targetId: string, signal: AbortSignal): void {
  win.addEventListener(
    'message',
    (e: MessageEvent) => {
      if (e.source !== win || e.origin !== win.location.origin) return;
      const m = e.data as Partial<PageJsonMessage> | null;
      if (!m || typeof m !== 'object' || m.type !== PAGE_JSON_MESSAGE) return;
      if (typeof m.url !== 'string' || m.url.length > MAX_URL_CHARS || typeof m.body !== 'string' || m.body.length > MAX_PAGE_JSON_CHARS) return;
      let url: URL;
      try {
        url = new URL(m.url);
      } catch {
        return;
      }
      if (accepts(url)) writePageJson(doc, targetId, url.href, m.body);
    },
    { signal },
  );
}

/** Puts a response where the adapter reads it (also how tests and saved pages get it there). */
export function writePageJson(doc: Document, targetId: string, url: string, body: string): void {
  // Ours is the script with that id; a page element of the same id is left alone.
  let target = doc.querySelector(`script#${targetId}`);
  if (!target) {
    target = doc.createElement('script');
    target.id = targetId;
    doc.documentElement.append(target);
  }
  // Inert: a JSON script is never run, and textContent keeps the body data, never markup.
  target.setAttribute('type', 'application/json');
  target.setAttribute('data-url', url);
  target.textContent = body;
}
