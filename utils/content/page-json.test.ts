// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hookPageJson, keepPageJson, MAX_PAGE_JSON_CHARS, PAGE_JSON_MESSAGE, writePageJson } from './page-json';

const PAGE = 'https://www.superbuy.com/en/page/account/myparcel/';
const WANTED = /^https:\/\/front\.superbuy\.com\/package\/package\/list(?:[?#]|$)/;
const ENDPOINT = 'https://front.superbuy.com/package/package/list?status=all&page=1';
const flush = () => new Promise((r) => setTimeout(r, 0));

/** The page's world as the hook sees it: its own fetch and XMLHttpRequest, and where messages go. */
function pageWorld(answer: (url: string) => Response | Promise<Response>) {
  const posted: unknown[] = [];
  class FakeXhr {
    responseType = '';
    responseText = '';
    response: unknown = '';
    responseURL = '';
    private listeners: (() => void)[] = [];
    opened: unknown[] = [];
    open(...args: unknown[]) {
      this.opened = args;
    }
    addEventListener(type: string, f: () => void) {
      if (type === 'load') this.listeners.push(f);
    }
    load(body: unknown, type = '') {
      this.responseType = type;
      if (type === 'json') this.response = body;
      else this.responseText = String(body);
      for (const f of this.listeners) f();
    }
  }
  const pageFetch = vi.fn(async (input: RequestInfo | URL) => answer(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url));
  const win = {
    location: new URL(PAGE),
    postMessage: (m: unknown, origin: string) => void posted.push([m, origin]),
    fetch: pageFetch as unknown as typeof fetch,
    XMLHttpRequest: FakeXhr as unknown as typeof XMLHttpRequest,
  };
  const xhr = () => new win.XMLHttpRequest() as unknown as FakeXhr;
  return { win, posted, pageFetch, xhr };
}

describe('hookPageJson (page world)', () => {
  it('copies the text of a wanted fetch response and hands the page the very same response', async () => {
    const { win, posted, pageFetch } = pageWorld(() => new Response('{"state":0}', { headers: { 'content-type': 'application/json' } }));
    hookPageJson(win, WANTED);
    const res = await win.fetch!(ENDPOINT, { credentials: 'include' });
    // The page still reads its body (our copy is a clone).
    expect(await res.json()).toEqual({ state: 0 });
    await flush();
    expect(pageFetch).toHaveBeenCalledWith(ENDPOINT, { credentials: 'include' });
    expect(posted).toEqual([[{ type: PAGE_JSON_MESSAGE, url: ENDPOINT, body: '{"state":0}' }, 'https://www.superbuy.com']]);
  });

  it('accepts a Request, a URL and a relative address, and copies nothing else', async () => {
    const { win, posted } = pageWorld(() => new Response('{}'));
    hookPageJson(win, WANTED);
    await win.fetch!(new Request(ENDPOINT));
    await win.fetch!(new URL(ENDPOINT));
    await win.fetch!('/en/page/account/myparcel/data.json');
    await win.fetch!('https://front.superbuy.com/package/package/listing');
    await win.fetch!('https://front.superbuy.com.evil.example/package/package/list');
    await flush();
    expect(posted.map((p) => (p as [{ url: string }])[0].url)).toEqual([ENDPOINT, ENDPOINT]);
  });

  it('leaves the page its errors and its timing, and swallows its own', async () => {
    const failing = pageWorld(() => Promise.reject(new TypeError('Failed to fetch')));
    hookPageJson(failing.win, WANTED);
    await expect(failing.win.fetch!(ENDPOINT)).rejects.toThrow('Failed to fetch');
    // A body that cannot be read again (already used) is not copied, and nothing is thrown at the page.
    const used = new Response('{"a":1}');
    await used.text();
    const spent = pageWorld(() => used);
    hookPageJson(spent.win, WANTED);
    await expect(spent.win.fetch!(ENDPOINT)).resolves.toBe(used);
    await flush();
    expect(spent.posted).toEqual([]);
  });

  it('does not copy a body over the size limit', async () => {
    const { win, posted } = pageWorld(() => new Response('x'.repeat(MAX_PAGE_JSON_CHARS + 1)));
    hookPageJson(win, WANTED);
    await win.fetch!(ENDPOINT);
    await flush();
    expect(posted).toEqual([]);
  });

  it('copies a wanted XMLHttpRequest response, as text or as the JSON the page asked for', () => {
    const { win, posted, xhr } = pageWorld(() => new Response(''));
    hookPageJson(win, WANTED);
    const a = xhr();
    a.open('GET', ENDPOINT, true);
    expect(a.opened).toEqual(['GET', ENDPOINT, true]);
    a.load('{"state":0}');
    const b = xhr();
    b.open('GET', ENDPOINT);
    b.load({ state: 0, data: [] }, 'json');
    const c = xhr();
    c.open('GET', 'https://www.superbuy.com/ajax/check-login');
    c.load('{"code":"sucess"}');
    const d = xhr();
    d.open('GET', ENDPOINT);
    d.load(new ArrayBuffer(4), 'arraybuffer');
    expect(posted.map((p) => (p as [{ body: string }])[0].body)).toEqual(['{"state":0}', '{"state":0,"data":[]}']);
  });

  it('does nothing on a page without fetch or XMLHttpRequest', () => {
    const win = { location: new URL(PAGE), postMessage: () => undefined };
    expect(() => hookPageJson(win, WANTED)).not.toThrow();
  });
});

describe('keepPageJson (isolated world)', () => {
  afterEach(() => {
    document.documentElement.innerHTML = '<head></head><body></body>';
  });
  const accepts = (u: URL) => WANTED.test(u.href);
  const post = (data: unknown, init: Partial<MessageEventInit> = {}) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin: window.location.origin, source: window, ...init }));

  it('keeps the latest accepted response, inert, in its element', () => {
    const ac = new AbortController();
    keepPageJson(window, document, accepts, 'kept-json', ac.signal);
    post({ type: PAGE_JSON_MESSAGE, url: ENDPOINT, body: '{"n":1,"x":"</script><img src=x onerror=alert(1)>"}' });
    post({ type: PAGE_JSON_MESSAGE, url: ENDPOINT, body: '{"n":2,"x":"</script><img src=x onerror=alert(1)>"}' });
    const kept = document.querySelectorAll('script#kept-json');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.getAttribute('type')).toBe('application/json');
    expect(kept[0]!.getAttribute('data-url')).toBe(ENDPOINT);
    expect(JSON.parse(kept[0]!.textContent!)).toEqual({ n: 2, x: '</script><img src=x onerror=alert(1)>' });
    expect(document.querySelector('img')).toBeNull();
    ac.abort();
    post({ type: PAGE_JSON_MESSAGE, url: ENDPOINT, body: '{"n":3}' });
    expect(JSON.parse(document.getElementById('kept-json')!.textContent!)).toEqual({ n: 2, x: '</script><img src=x onerror=alert(1)>' });
  });

  it('ignores messages from elsewhere, of another shape, too large, or from an address the adapter refuses', () => {
    const ac = new AbortController();
    keepPageJson(window, document, accepts, 'kept-json', ac.signal);
    const ok = { type: PAGE_JSON_MESSAGE, url: ENDPOINT, body: '{}' };
    post(ok, { origin: 'https://evil.example' });
    post(ok, { source: null });
    post({ ...ok, type: 'other' });
    post({ ...ok, body: { not: 'text' } });
    post({ ...ok, body: 'x'.repeat(MAX_PAGE_JSON_CHARS + 1) });
    post({ ...ok, url: 'not an address' });
    post({ ...ok, url: 'https://front.superbuy.com/user/info/about-info' });
    post({ ...ok, url: `${ENDPOINT}&${'x'.repeat(3000)}` });
    post(null);
    post('refund-radar:page-json');
    expect(document.getElementById('kept-json')).toBeNull();
    ac.abort();
  });

  it('writes into its own script, never into a page element that took its id', () => {
    document.body.innerHTML = '<div id="kept-json">page text</div>';
    writePageJson(document, 'kept-json', ENDPOINT, '{}');
    expect(document.querySelector('div#kept-json')?.textContent).toBe('page text');
    expect(document.querySelector('script#kept-json')?.textContent).toBe('{}');
  });
});
