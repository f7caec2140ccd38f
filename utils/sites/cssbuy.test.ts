// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OrderReadSchema } from '../model';
import { cssbuy, listingOf, parseCssbuy, statusOfTab } from './cssbuy';
import type { PageRead } from './types';
import { covered } from '../../tests/site-matches';

// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is the DOM's.
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/cssbuy');

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const page = (body: string) => load(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const LIST = new URL('https://www.cssbuy.com/?go=m&name=orderlist');
const ARRIVED = new URL('https://www.cssbuy.com/?go=m&name=orderlist&type=arrived');

function expectValid(read: PageRead) {
  for (const o of read.orders) OrderReadSchema.parse(o);
}

/** One item row of the 2020 layout (CSSBuy Suite's selectors), for tests that build their own page. */
function row(id: string, opts: { href?: string; title?: string; options?: string; price?: string; total?: string } = {}) {
  const { href = 'https://item.taobao.com/item.htm?id=675443218907', title = 'Hoodie', options = 'size : L', price = '128.00', total = '138.00' } = opts;
  return `<tr><td><input type="checkbox" class="products" value="${id}" data-total-price="${total}" data-weight="850"></td>
    <td><a href="${href}">${title}</a><span>Shop</span><span>${options}</span></td>
    <td>¥<span>${price}</span></td><td><span>10.00</span></td><td></td><td><span>850</span></td>
    <td><div class="oss-photo-view-button" data-id="${id}"><a href="#qc">QC PIC</a></div></td></tr>`;
}
const list = (rows: string) => page(`<form id="submit_form"><table><tbody>${rows}</tbody></table></form>`);

// ---------------------------------------------------------------------------------------------------

describe('fixtures', () => {
  const htmlFiles = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort();

  it('are all there, each with its expected result', () => {
    expect(htmlFiles.length).toBeGreaterThanOrEqual(6);
    for (const f of htmlFiles) expect(readdirSync(FIXTURES)).toContain(f.replace(/\.html$/, '.expected.json'));
  });

  it.each(htmlFiles)('%s starts with a comment naming its source', (f) => {
    const html = fixture(f);
    expect(html.trimStart().startsWith('<!--')).toBe(true);
    const comment = html.slice(0, html.indexOf('-->'));
    expect(comment).toMatch(/Source:/);
    expect(comment).toMatch(/invented|anonymised/i);
  });

  it.each(htmlFiles)('%s parses to its expected result', (f) => {
    const expected = JSON.parse(fixture(f.replace(/\.html$/, '.expected.json'))) as { url: string; now: string; result: PageRead };
    const url = new URL(expected.url);
    const doc = load(fixture(f));
    expect(cssbuy.detect(url)).toBe(expected.result.kind);
    expect(cssbuy.ready(doc, expected.result.kind)).toBe(true);
    const read = parseCssbuy(doc, url);
    expect(read).toEqual(expected.result);
    expectValid(read);
    // JSON round trip: no undefined values or non-JSON types hide in the record.
    expect(JSON.parse(JSON.stringify(read))).toEqual(read);
  });

  it('hold none of the real ids the source userscripts show (an order number, an item id)', () => {
    for (const f of readdirSync(FIXTURES)) {
      const text = fixture(f);
      for (const s of ['528320', '616820737680']) expect(text, f).not.toContain(s);
    }
  });

  it('the adapter interface reads the same orders', () => {
    const read = cssbuy.parse(load(fixture('list-suite.html')), LIST);
    expect(read.orders.map((o) => o.orderId)).toEqual(['3184052', '3184077', '3184101', '3184130']);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('detect', () => {
  const cases: [string, 'list' | 'warehouse' | null][] = [
    ['https://www.cssbuy.com/?go=m&name=orderlist', 'list'],
    ['https://www.cssbuy.com/?go=m&name=orderlist&type=arrived', 'warehouse'],
    ['https://www.cssbuy.com/?go=m&name=orderlist&type=confirmed', 'list'],
    ['https://www.cssbuy.com/?go=m&name=orderlist&page=2', 'list'],
    ['https://www.cssbuy.com/?name=orderlist&go=m', 'list'],
    ['https://cssbuy.com/?go=m&name=orderlist&type=arrived', 'warehouse'],
    ['http://www.cssbuy.com/?go=m&name=orderlist', 'list'],
    ['https://www.cssbuy.com/m.php?name=orderlist', 'list'],
    ['https://www.cssbuy.com/m.php?name=orderlist&type=arrived', 'warehouse'],
    // Gotchas: the neighbouring account pages, other hosts, lookalikes, a missing or wrong parameter.
    ['https://www.cssbuy.com/?go=m&name=sendorderlist', null],
    ['https://www.cssbuy.com/?go=m&name=edituserinfo', null],
    ['https://www.cssbuy.com/?go=m', null],
    ['https://www.cssbuy.com/?go=page&w=850&m=138', null],
    ['https://www.cssbuy.com/?name=orderlist', null],
    ['https://www.cssbuy.com/?go=x&name=orderlist', null],
    ['https://www.cssbuy.com/?go=m&name=orderlistx', null],
    ['https://www.cssbuy.com/index.php?go=m&name=orderlist', null],
    ['https://www.cssbuy.com/m.php?name=sendorderlist', null],
    ['https://www.cssbuy.com/item-675443218907.html', null],
    ['https://www.cssbuy.com/help-81-storage-period-of-goods.html', null],
    ['https://m.cssbuy.com/?go=m&name=orderlist', null],
    ['https://www.cssbuy.com.evil.example/?go=m&name=orderlist', null],
    ['https://evilcssbuy.com/?go=m&name=orderlist', null],
    ['https://www.cssbuy.com@evil.example/?go=m&name=orderlist', null],
    ['https://evil.example/?go=m&name=orderlist&next=www.cssbuy.com', null],
    ['ftp://www.cssbuy.com/?go=m&name=orderlist', null],
  ];
  it.each(cases)('%s → %s', (url, kind) => {
    expect(cssbuy.detect(new URL(url))).toBe(kind);
  });

  /** Chrome match-pattern semantics, enough for our patterns: scheme `*`, host `*.x` or exact, path glob. */

  it('every page detect accepts is covered by a manifest match pattern', () => {
    for (const [url, kind] of cases) {
      if (!kind) continue;
      expect(
        cssbuy.matches.some((p) => covered(p, new URL(url))),
        url,
      ).toBe(true);
    }
  });

  it('match patterns stay off the rest of the site, the parcel list included', () => {
    for (const url of [
      'https://www.cssbuy.com/',
      'https://www.cssbuy.com/?go=m',
      'https://www.cssbuy.com/?go=m&name=sendorderlist',
      'https://www.cssbuy.com/item-675443218907.html',
      'https://m.cssbuy.com/help-81-storage-period-of-goods.html',
    ]) {
      expect(
        cssbuy.matches.some((p) => covered(p, new URL(url))),
        url,
      ).toBe(false);
    }
  });

  it('uses no wildcard host', () => {
    for (const p of cssbuy.matches) expect(p).not.toMatch(/:\/\/\*/);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('status by tab', () => {
  const cases: [string | null, string][] = [
    ['arrived', 'delivered'],
    [null, 'unknown'],
    ['', 'unknown'],
    ['confirmed', 'unknown'],
    ['ARRIVED', 'unknown'],
    ['constructor', 'unknown'],
    ['__proto__', 'unknown'],
    ['toString', 'unknown'],
  ];
  it.each(cases)('%s → %s', (type, status) => {
    expect(statusOfTab(type)).toBe(status);
  });

  it('every order of the arrived tab is in the warehouse; no status words are invented', () => {
    const r = parseCssbuy(load(fixture('warehouse-suite.html')), ARRIVED);
    for (const o of r.orders) {
      expect(o.status).toBe('delivered');
      expect(o.statusText).toBeUndefined();
      expect(o.events).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------------

describe('marketplace links', () => {
  const cases: [string, { site: string; itemId: string; url: string } | undefined][] = [
    ['https://item.taobao.com/item.htm?id=675443218907', { site: 'taobao', itemId: '675443218907', url: 'https://item.taobao.com/item.htm?id=675443218907' }],
    ['http://item.taobao.com/item.htm?spm=a1z10&id=675443218907&ns=1', { site: 'taobao', itemId: '675443218907', url: 'https://item.taobao.com/item.htm?id=675443218907' }],
    ['//item.taobao.com/item.htm?id=675443218907', { site: 'taobao', itemId: '675443218907', url: 'https://item.taobao.com/item.htm?id=675443218907' }],
    ['https://detail.tmall.com/item.htm?id=702311458826&skuId=1', { site: 'tmall', itemId: '702311458826', url: 'https://detail.tmall.com/item.htm?id=702311458826' }],
    ['https://chaoshi.detail.tmall.com/item.htm?id=702311458826', { site: 'tmall', itemId: '702311458826', url: 'https://detail.tmall.com/item.htm?id=702311458826' }],
    ['https://weidian.com/item.html?itemID=7231456890', { site: 'weidian', itemId: '7231456890', url: 'https://weidian.com/item.html?itemID=7231456890' }],
    ['https://weidian.com/item.html?itemId=7231456890&wfr=c', { site: 'weidian', itemId: '7231456890', url: 'https://weidian.com/item.html?itemID=7231456890' }],
    ['https://detail.1688.com/offer/712345678901.html?spm=x', { site: '1688', itemId: '712345678901', url: 'https://detail.1688.com/offer/712345678901.html' }],
    // CSSBuy's own item pages (agents.md §0.4), absolute and relative.
    ['https://www.cssbuy.com/item-675112093344.html', { site: 'taobao', itemId: '675112093344', url: 'https://item.taobao.com/item.htm?id=675112093344' }],
    ['https://www.cssbuy.com/item-micro-4471203985.html', { site: 'weidian', itemId: '4471203985', url: 'https://weidian.com/item.html?itemID=4471203985' }],
    ['/item-1688-620018273645.html?promotionCode=x', { site: '1688', itemId: '620018273645', url: 'https://detail.1688.com/offer/620018273645.html' }],
    // Links that do not say which listing: never a guessed marketplace.
    ['https://2.taobao.com/item.htm?id=688812340077', undefined],
    ['https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?id=688812340077', undefined],
    ['https://shop123456.taobao.com/', undefined],
    ['https://item.taobao.com/item.htm?spm=a1z10', undefined],
    ['https://item.taobao.com/item.htm?id=12ab', undefined],
    ['https://item.taobao.com/item.htm?id=123', undefined],
    ['https://detail.tmall.com/list.htm?id=702311458826', undefined],
    ['https://weidian.com/?userid=1234567', undefined],
    ['https://detail.1688.com/offer/abc.html', undefined],
    ['https://www.cssbuy.com/item-abc.html', undefined],
    ['https://www.cssbuy.com/item-tb-675112093344.html', undefined],
    ['https://minor-shop.x.yupoo.com/albums/1234567', undefined],
    ['https://item.taobao.com.evil.example/item.htm?id=675443218907', undefined],
    ['https://evil.example/item.htm?id=675443218907&u=item.taobao.com', undefined],
    ['javascript:alert(1)//item.taobao.com/item.htm?id=675443218907', undefined],
    ['', undefined],
  ];
  it.each(cases)('%s', (href, want) => {
    expect(listingOf(href, LIST)).toEqual(want);
  });

  it('an item whose link names no listing gets neither an item nor an order marketplace, and is not "missing" it', () => {
    const r = parseCssbuy(list(row('3184052', { href: 'https://2.taobao.com/item.htm?id=688812340077' })), LIST);
    const o = r.orders[0]!;
    expect(o.marketplace).toBeUndefined();
    expect(o.items[0]?.marketplace).toBeUndefined();
    expect(o.items[0]?.url).toBeUndefined();
    expect(o.missing).toEqual([]);
  });

  it('ids stay strings with every digit, even beyond the safe integer range', () => {
    const r = parseCssbuy(list(row('12345678901234567891', { href: 'https://item.taobao.com/item.htm?id=9007199254740993123' })), LIST);
    expect(r.orders[0]?.orderId).toBe('12345678901234567891');
    expect(r.orders[0]?.items[0]?.marketplace).toEqual({ site: 'taobao', itemId: '9007199254740993123' });
    expectValid(r);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('money', () => {
  it('names the yuan only when the row writes its sign; a bare number stays without a currency', () => {
    const withSign = parseCssbuy(list(row('3184052')), LIST).orders[0]!;
    expect(withSign.items[0]?.unitPrice).toEqual({ amount: 128, currency: 'CNY', text: '¥128.00' });
    expect(withSign.total).toEqual({ amount: 138, currency: 'CNY', text: '138.00' });
    const bare = parseCssbuy(load(fixture('list-reborn.html')), LIST).orders[0]!;
    expect(bare.items[0]?.unitPrice).toEqual({ amount: 79, currency: null, text: '79.00' });
    expect(bare.total).toEqual({ amount: 87, currency: null, text: '87.00' });
  });

  it('takes the span, not other numbers written in the cell', () => {
    const doc = list(row('3184052').replace('<td>¥<span>128.00</span></td>', '<td>x2 <span>128.00</span><span>256.00</span></td>'));
    expect(parseCssbuy(doc, LIST).orders[0]?.items[0]?.unitPrice).toEqual({ amount: 128, currency: null, text: '128.00' });
  });

  it('a display currency written beside the span is kept as shown', () => {
    const doc = list(row('3184052').replace('<td>¥<span>128.00</span></td>', '<td>€<span>16,40</span></td>'));
    const o = parseCssbuy(doc, LIST).orders[0]!;
    expect(o.items[0]?.unitPrice).toEqual({ amount: 16.4, currency: 'EUR', text: '€16,40' });
    // The data attribute carries no sign: it is not called euros.
    expect(o.total?.currency).toBeNull();
  });

  it('refuses a total that is not a plain amount', () => {
    for (const total of ['', 'NaN', '-5', '1e3', '12.345', '９９']) {
      const o = parseCssbuy(list(row('3184052', { total })), LIST).orders[0]!;
      expect(o.total, total).toBeUndefined();
      expect(o.missing).toContain('total');
    }
  });
});

// ---------------------------------------------------------------------------------------------------

describe('QC photos', () => {
  it('are not read from the list: its "QC PIC" button links a page, not photos', () => {
    for (const f of ['warehouse-suite.html', 'warehouse-reborn.html']) {
      const r = parseCssbuy(load(fixture(f)), ARRIVED);
      for (const o of r.orders) expect(o.items[0]?.qcPhotos).toBeUndefined();
    }
  });
});

// ---------------------------------------------------------------------------------------------------

describe('walls and odd pages', () => {
  it('a login form instead of the list is a login wall', () => {
    const doc = page('<form action="/?go=login" method="post"><input name="username"><input type="password" name="password"></form>');
    expect(cssbuy.ready(doc, 'list')).toBe(true);
    expect(parseCssbuy(doc, LIST)).toEqual({ kind: 'list', orders: [], notes: ['CSSBuy asks to log in before showing the orders'], blocked: 'login' });
  });

  it('a login form in the header beside the list is not a wall', () => {
    const html = fixture('list-suite.html').replace('<div class="header">', '<div class="header"><form><input type="password"></form>');
    const r = parseCssbuy(load(html), LIST);
    expect(r.blocked).toBeUndefined();
    expect(r.orders).toHaveLength(4);
  });

  it('is not ready on a page that has drawn nothing of the list', () => {
    expect(cssbuy.ready(page('<div class="header"></div>'), 'list')).toBe(false);
    expect(cssbuy.ready(page(''), 'warehouse')).toBe(false);
  });

  it('keeps the first of two rows with the same order number', () => {
    const r = parseCssbuy(list(row('3184052') + row('3184052', { title: 'Other' }) + row('3184077')), LIST);
    expect(r.orders.map((o) => o.orderId)).toEqual(['3184052', '3184077']);
    expect(r.orders[0]?.items[0]?.title).toBe('Hoodie');
    expect(r.notes).toEqual(['order 3184052 appears twice; the first row was kept']);
  });

  it('reads a row that has only its QC button (no checkbox), in page order', () => {
    const qcOnly = row('3184040').replace(/<input[^>]*>/, '');
    const r = parseCssbuy(list(qcOnly + row('3184052')), LIST);
    expect(r.orders.map((o) => o.orderId)).toEqual(['3184040', '3184052']);
    // The total lives on the checkbox.
    expect(r.orders[0]?.missing).toEqual(['total']);
  });

  it('refuses order numbers that are not numbers', () => {
    for (const id of ['abc123', '12', '3184052; DROP', '']) {
      const doc = list(row(id).replace(/data-id="[^"]*"/, 'data-id=""'));
      const r = parseCssbuy(doc, LIST);
      expect(r.orders, id).toEqual([]);
      expect(r.notes).toEqual(['row 1 shows no order number; skipped']);
    }
  });
});

describe('limits', () => {
  it('reads at most 200 orders per page (the page.read message limit) and says so', () => {
    const doc = list(Array.from({ length: 205 }, (_, i) => row(String(3000000 + i))).join(''));
    const r = parseCssbuy(doc, LIST);
    expect(r.orders).toHaveLength(200);
    expect(r.orders[199]?.orderId).toBe('3000199');
    expect(r.notes).toEqual(['the page shows 205 orders; only the first 200 were read']);
    expectValid(r);
  });
});

describe('never throws', () => {
  it('on an empty document', () => {
    const doc = document.implementation.createHTMLDocument('');
    for (const url of [LIST, ARRIVED]) {
      const r = parseCssbuy(doc, url);
      expect(r.orders).toEqual([]);
      expect(r.blocked).toBeUndefined();
    }
  });

  it('on garbage', () => {
    const doc = load('<<<tr><input class="products" value="3184052"><td class="tabletd3"><a>\u0000\uffff<<script>>></td><table><tr><td><div class="oss-photo-view-button" data-id="1"></p>');
    const r = parseCssbuy(doc, LIST);
    expect(Array.isArray(r.orders)).toBe(true);
    expectValid(r);
  });

  it('on a document whose every method throws', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    ) as unknown as Document;
    expect(() => parseCssbuy(hostile, LIST)).not.toThrow();
    expect(parseCssbuy(hostile, LIST)).toEqual({ kind: 'list', orders: [], notes: ['could not read the page (Error)'] });
    expect(cssbuy.ready(hostile, 'list')).toBe(false);
  });

  it('on an address that is not an order list (reads, with a note)', () => {
    const r = parseCssbuy(load(fixture('list-suite.html')), new URL('https://example.com/saved.html'));
    expect(r.orders).toHaveLength(4);
    expect(r.orders[0]?.agent).toEqual({ family: 'cssbuy', host: 'www.cssbuy.com' });
    expect(r.orders[0]?.url).toBe('https://www.cssbuy.com/?go=m&name=orderlist');
    expect(r.notes).toEqual(['this address is not a CSSBuy order list we know; read as a list']);
  });

  it('turns a hostile row into a valid, capped record of inert text', () => {
    const long = 'A'.repeat(5000);
    const script = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const doc = list(
      row('3184052', {
        href: `javascript:alert(1)//item.taobao.com/item.htm?id=675443218907`,
        title: `${script}${long}`,
        options: `${script}${long}<br>color : ${long}`,
        price: `${'9'.repeat(400)}`,
        total: `"><script>alert(3)</script>`,
      }),
    );
    const r = parseCssbuy(doc, LIST);
    expectValid(r);
    const o = r.orders[0]!;
    const item = o.items[0]!;
    expect(item.title.length).toBe(1000);
    expect(item.title).not.toContain('<');
    expect(item.sku?.length).toBeLessThanOrEqual(500);
    expect(item.url).toBeUndefined();
    expect(item.marketplace).toBeUndefined();
    expect(item.unitPrice).toBeUndefined();
    expect(o.total).toBeUndefined();
    expect(o.missing).toEqual(['items[0].unitPrice', 'total']);
    expect(JSON.stringify(r)).not.toMatch(/<script|onerror/);
  });
});
