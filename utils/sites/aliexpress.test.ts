// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OrderReadSchema } from '../model';
import { aliexpress, aliexpressCurrent, aliexpressOldDetail, aliexpressOldList, fullImageUrl, mapStatus, monthOf, parseAeDate, parseAliExpress } from './aliexpress';
import type { PageRead } from './types';
import { covered, expectOneFamilyEach } from '../../tests/site-matches';

// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is the DOM's.
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/aliexpress');

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const page = (body: string) => load(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);
const LIST = new URL('https://www.aliexpress.com/p/order/index.html');
const NOW = new Date('2026-03-10T12:00:00.000Z');

function expectValid(read: PageRead) {
  for (const o of read.orders) OrderReadSchema.parse(o);
}

// ---------------------------------------------------------------------------------------------------

describe('fixtures', () => {
  const htmlFiles = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort();

  it('are all there, each with its expected result', () => {
    expect(htmlFiles.length).toBeGreaterThanOrEqual(10);
    for (const f of htmlFiles) expect(readdirSync(FIXTURES)).toContain(f.replace(/\.html$/, '.expected.json'));
  });

  it.each(htmlFiles)('%s starts with a comment naming its source', (f) => {
    const html = readFileSync(path.join(FIXTURES, f), 'utf8');
    expect(html.trimStart().startsWith('<!--')).toBe(true);
    const comment = html.slice(0, html.indexOf('-->'));
    expect(comment).toMatch(/Source:/);
    expect(comment).toMatch(/invented|anonymised/i);
  });

  it.each(htmlFiles)('%s parses to its expected result', (f) => {
    const html = readFileSync(path.join(FIXTURES, f), 'utf8');
    const expected = JSON.parse(readFileSync(path.join(FIXTURES, f.replace(/\.html$/, '.expected.json')), 'utf8')) as {
      url: string;
      now: string;
      result: PageRead;
    };
    const url = new URL(expected.url);
    const doc = load(html);
    expect(aliexpress.detect(url)).toBe(expected.result.kind);
    expect(aliexpress.ready(doc, expected.result.kind)).toBe(true);
    const read = parseAliExpress(doc, url, new Date(expected.now));
    expect(read).toEqual(expected.result);
    expectValid(read);
    // JSON round trip: no undefined values or non-JSON types hide in the record.
    expect(JSON.parse(JSON.stringify(read))).toEqual(read);
  });

  it('the anonymised 2014 page keeps none of the real personal data of the capture', () => {
    const html = readFileSync(path.join(FIXTURES, 'detail-old-2014.html'), 'utf8');
    for (const s of ['Saedis', 'Sigurdardottir', 'Mosarimi', 'Reykjavik', '3548674454', '867-4454', 'vipprice520', 'Dibbie', '116643298', '8pctgRBMALNxydttvKgPk5uyQ7ZrQMg7', 'RI002972278CN', '62386252923552']) {
      expect(html).not.toContain(s);
    }
  });

  it('the old-list timer counts from the injected capture time, not the clock', () => {
    const doc = load(readFileSync(path.join(FIXTURES, 'list-old-1.html'), 'utf8'));
    const url = new URL('https://trade.aliexpress.com/orderList.htm');
    const a = parseAliExpress(doc, url, new Date('2017-03-15T18:00:00Z'));
    const b = parseAliExpress(doc, url, new Date('2017-03-16T18:00:00Z'));
    expect(a.orders[0]?.pageDeadlines[0]?.due).toBe('2017-04-08T18:00:00.000Z');
    expect(b.orders[0]?.pageDeadlines[0]?.due).toBe('2017-04-09T18:00:00.000Z');
  });

  it('the adapter interface (two arguments) reads the same orders', () => {
    const doc = load(readFileSync(path.join(FIXTURES, 'list-current-1.html'), 'utf8'));
    const read = aliexpress.parse(doc, LIST);
    expect(read.orders.map((o) => o.orderId)).toEqual(['3071845526021947', '3070112345678901', '3071845526141947', '3069987654321098']);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('detect', () => {
  const cases: [string, 'list' | 'detail' | null][] = [
    ['https://www.aliexpress.com/p/order/index.html', 'list'],
    ['https://www.aliexpress.com/p/order/index.html?spm=a2g0o.home.headerAcount.2', 'list'],
    ['https://es.aliexpress.com/p/order/index.html', 'list'],
    ['https://aliexpress.com/p/order/index.html', 'list'],
    ['https://www.aliexpress.us/p/order/index.html', 'list'],
    ['https://www.aliexpress.com/p/order/detail.html?orderId=3071845526021947', 'detail'],
    ['https://www.aliexpress.com/p/order/detail.html?spm=a2g0o.order_list.0&orderId=3071845526021947&_t=1', 'detail'],
    ['https://fr.aliexpress.com/p/order/detail.html?orderId=3071845526021947', 'detail'],
    ['https://trade.aliexpress.com/orderList.htm', 'list'],
    ['https://trade.aliexpress.com/order_list.htm?page=2', 'list'],
    ['http://trade.aliexpress.com/orderList.htm', 'list'],
    ['https://trade.aliexpress.com/order_detail.htm?orderId=62312345678901', 'detail'],
    // Gotchas: neighbouring pages, other sites, lookalike hosts, malformed ids.
    ['https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=3071845526021947', null],
    ['https://www.aliexpress.com/item/1005006123456789.html', null],
    ['https://www.aliexpress.com/p/order/detail.html', null],
    ['https://www.aliexpress.com/p/order/detail.html?orderId=abc', null],
    ['https://www.aliexpress.com/p/order/detail.html?tradeOrderId=3071845526021947', null],
    ['https://www.aliexpress.com/p/order/', null],
    ['https://www.aliexpress.com/p/order/index.htm', null],
    ['https://aliexpress.ru/order-list', null],
    ['https://www.aliexpress.ru/p/order/index.html', null],
    ['https://login.aliexpress.com/p/order/index.html', null],
    ['https://login.aliexpress.com/?return_url=https%3A%2F%2Fwww.aliexpress.com%2Fp%2Forder%2Findex.html', null],
    ['https://m.aliexpress.com/p/order/index.html', null],
    ['https://aliexpress.com.evil.example/p/order/index.html', null],
    ['https://www.aliexpress.com.evil.example/p/order/index.html', null],
    ['https://evilaliexpress.com/p/order/index.html', null],
    ['https://www.aliexpress.com@evil.example/p/order/index.html', null],
    ['https://evil.example/p/order/index.html?next=www.aliexpress.com', null],
    ['https://trade.aliexpress.com/issue/issueList.htm', null],
    ['https://trade.aliexpress.com/orderList.html', null],
    ['https://trade.aliexpress.com/order_detail.htm', null],
    ['https://track.aliexpress.com/logisticsdetail.htm?tradeId=3071845526021947', null],
    ['ftp://www.aliexpress.com/p/order/index.html', null],
  ];
  it.each(cases)('%s → %s', (url, kind) => {
    expect(aliexpress.detect(new URL(url))).toBe(kind);
  });

  /** Chrome match-pattern semantics, enough for our patterns: scheme `*`, host `*.x` or exact, path glob. */

  it('every page detect accepts is covered by a manifest match pattern (the script gets injected there)', () => {
    for (const [url, kind] of cases) {
      if (!kind || url.startsWith('http://trade')) continue;
      expect(aliexpress.matches.some((p) => covered(p, new URL(url))), url).toBe(true);
    }
  });

  it('each page is read by exactly one page family, whose own content script is registered there', () => {
    expectOneFamilyEach(aliexpress, [aliexpressCurrent, aliexpressOldList, aliexpressOldDetail], cases, (url) => url.startsWith('http://trade'));
  });

  it('match patterns stay off unrelated pages', () => {
    for (const url of ['https://www.aliexpress.com/item/1.html', 'https://www.aliexpress.com/p/tracking/index.html', 'https://aliexpress.ru/order-list', 'https://trade.aliexpress.com/issue/issueList.htm']) {
      expect(aliexpress.matches.some((p) => covered(p, new URL(url))), url).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------------

describe('parseAeDate (America/Los_Angeles wall clock → UTC)', () => {
  it('converts a July time with daylight saving (UTC−7) and a January time without (UTC−8)', () => {
    expect(parseAeDate('2026-07-15 10:00:00')).toEqual({ at: '2026-07-15T17:00:00.000Z', dateOnly: false });
    expect(parseAeDate('2026-01-15 10:00:00')).toEqual({ at: '2026-01-15T18:00:00.000Z', dateOnly: false });
  });
  it('switches on the right days (8 March and 1 November 2026)', () => {
    expect(parseAeDate('2026-03-07 12:00')?.at).toBe('2026-03-07T20:00:00.000Z');
    expect(parseAeDate('2026-03-09 12:00')?.at).toBe('2026-03-09T19:00:00.000Z');
    expect(parseAeDate('2026-10-31 12:00')?.at).toBe('2026-10-31T19:00:00.000Z');
    expect(parseAeDate('2026-11-02 12:00')?.at).toBe('2026-11-02T20:00:00.000Z');
  });
  it('reads a date alone as the start of that day there, flagged', () => {
    expect(parseAeDate('Order date: Feb 21, 2026')).toEqual({ at: '2026-02-21T08:00:00.000Z', dateOnly: true });
    expect(parseAeDate('Order placed on: Jul 4, 2026')).toEqual({ at: '2026-07-04T07:00:00.000Z', dateOnly: true });
  });
  const cases: [string, string, boolean][] = [
    ['2014-06-03 02:20:13', '2014-06-03T09:20:13.000Z', false],
    ['12:36 Dec. 12 2012', '2012-12-12T20:36:00.000Z', false],
    ['10:52 PM Jan. 06 2017', '2017-01-07T06:52:00.000Z', false],
    ['12:05 AM Jan. 06 2017', '2017-01-06T08:05:00.000Z', false],
    ['February 21st, 2026', '2026-02-21T08:00:00.000Z', true],
    ['Fecha del pedido: 21 feb 2026', '2026-02-21T08:00:00.000Z', true],
    ['21 de febrero de 2026', '2026-02-21T08:00:00.000Z', true],
    ['21 févr. 2026', '2026-02-21T08:00:00.000Z', true],
    ['21. Okt. 2026', '2026-10-21T07:00:00.000Z', true],
    ['2026年2月21日', '2026-02-21T08:00:00.000Z', true],
    ['2026. 2. 21.', '2026-02-21T08:00:00.000Z', true],
    ['21 мая 2026 г.', '2026-05-21T07:00:00.000Z', true],
  ];
  it.each(cases)('%s', (text, at, dateOnly) => {
    expect(parseAeDate(text)).toEqual({ at, dateOnly });
  });
  it('gives up rather than guess', () => {
    for (const t of ['21/02/2026', '02/21/2026', 'Feb 30, 2026', '21 jui 2026', 'yesterday', '', '25:00 Feb. 20 2017', 'Order ID: 3071845526021947']) {
      expect(parseAeDate(t), t).toBeUndefined();
    }
  });
  it('knows months by unambiguous prefixes only', () => {
    expect(monthOf('Juil.')).toBe(7);
    expect(monthOf('juin')).toBe(6);
    expect(monthOf('jui')).toBeUndefined();
    expect(monthOf('ma')).toBeUndefined();
    expect(monthOf('Dic.')).toBe(12);
  });
});

describe('mapStatus', () => {
  const cases: [string, string][] = [
    ['Awaiting payment', 'unpaid'],
    ['Awaiting shipment', 'awaiting_shipment'],
    ['Awaiting delivery', 'shipped'],
    ['Awaiting Receipt', 'shipped'],
    ['Delivered', 'delivered'],
    ['Completed', 'completed'],
    ['Finished', 'completed'],
    ['Closed', 'cancelled'],
    ['Cancelled', 'cancelled'],
    ['Expired', 'cancelled'],
    ['In dispute', 'in_dispute'],
    ['Dispute', 'in_dispute'],
    ['Refund in progress', 'in_dispute'],
    ['Refunded', 'refunded'],
    ['Esperando entrega', 'shipped'],
    ['Esperando el envío', 'awaiting_shipment'],
    ['Completado', 'completed'],
    ['Cerrado', 'cancelled'],
    ['待付款', 'unpaid'],
    ['待发货', 'awaiting_shipment'],
    ['待收货', 'shipped'],
    ['交易成功', 'completed'],
    ['交易关闭', 'cancelled'],
    ['WAIT_BUYER_CONFIRM_GOODS', 'shipped'],
    ['WAIT_SELLER_SEND_GOODS', 'awaiting_shipment'],
    ['SELLER_PART_SEND_GOODS', 'partially_shipped'],
    ['PLACE_ORDER_SUCCESS', 'unpaid'],
    ['FINISH', 'completed'],
    ['IN_CANCEL', 'cancelled'],
    ['IN_ISSUE', 'in_dispute'],
    ['FUND_PROCESSING', 'completed'],
    ['Something new', 'unknown'],
    ['constructor', 'unknown'],
    ['TO_STRING', 'unknown'],
  ];
  it.each(cases)('%s → %s', (text, status) => {
    expect(mapStatus(text)).toBe(status);
  });
  it('keeps an unknown status text without calling it missing', () => {
    const doc = load(
      readFileSync(path.join(FIXTURES, 'list-current-1.html'), 'utf8').replace('>Awaiting delivery<', '>Waiting for the moon<'),
    );
    const o = parseAliExpress(doc, LIST, NOW).orders[0];
    expect(o?.status).toBe('unknown');
    expect(o?.statusText).toBe('Waiting for the moon');
    expect(o?.missing).toEqual([]);
  });
});

describe('helpers', () => {
  it('fullImageUrl strips thumbnail suffixes and refuses foreign hosts', () => {
    expect(fullImageUrl('//ae01.alicdn.com/kf/x.jpg_220x220q75.jpg_.avif', LIST)).toBe('https://ae01.alicdn.com/kf/x.jpg');
    expect(fullImageUrl('http://g02.a.alicdn.com/kf/UT8.jpg_50x50.jpg', LIST)).toBe('https://g02.a.alicdn.com/kf/UT8.jpg');
    expect(fullImageUrl('https://tracker.evil.example/pixel.jpg', LIST)).toBeUndefined();
    expect(fullImageUrl('javascript:alert(1)', LIST)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------

describe('walls and odd pages', () => {
  it('a bare "slide to verify" text with no orders is a captcha', () => {
    const r = parseAliExpress(page('<div class="comet-checkbox-group"></div><p>Please slide to verify</p>'), LIST, NOW);
    expect(r.blocked).toBe('captcha');
    expect(r.orders).toEqual([]);
  });

  it('a login form instead of the orders is a login wall', () => {
    const doc = page('<form action="https://login.aliexpress.com/x"><input id="fm-login-id"><input type="password"></form>');
    expect(aliexpress.ready(doc, 'list')).toBe(true);
    const r = parseAliExpress(doc, LIST, NOW);
    expect(r.blocked).toBe('login');
    expect(r.orders).toEqual([]);
  });

  it('a hidden header login form beside real orders is not a wall', () => {
    const html = readFileSync(path.join(FIXTURES, 'list-current-1.html'), 'utf8').replace('<div id="root">', '<form style="display:none"><input type="password"></form><div id="root">');
    const r = parseAliExpress(load(html), LIST, NOW);
    expect(r.blocked).toBeUndefined();
    expect(r.orders).toHaveLength(4);
  });

  it('is not ready while the SPA has drawn only its shell', () => {
    expect(aliexpress.ready(page('<div id="root"><div class="comet-checkbox-group"></div></div>'), 'list')).toBe(false);
    expect(aliexpress.ready(page('<div id="root"><div class="order-wrap"></div></div>'), 'detail')).toBe(false);
    expect(aliexpress.ready(page(''), 'list')).toBe(false);
  });

  it('a shell with no cards and no empty state gives a note, not silence', () => {
    const r = parseAliExpress(page('<div class="comet-checkbox-group"></div>'), LIST, NOW);
    expect(r).toEqual({ kind: 'list', orders: [], notes: ['no order cards found on the page (the layout may have changed)'] });
  });

  it('a detail address showing something else yields no order and a note', () => {
    const url = new URL('https://www.aliexpress.com/p/order/detail.html?orderId=3071845526021947');
    const r = parseAliExpress(page('<h1>Page not found</h1>'), url, NOW);
    expect(r.orders).toEqual([]);
    expect(r.notes).toEqual(['order detail not found on the page (the layout may have changed)']);
  });

  it('notes a detail page showing another order than its address names', () => {
    const html = readFileSync(path.join(FIXTURES, 'detail-current-1.html'), 'utf8');
    const url = new URL('https://www.aliexpress.com/p/order/detail.html?orderId=3000000000000001');
    const r = parseAliExpress(load(html), url, NOW);
    expect(r.orders[0]?.orderId).toBe('3071845526141947');
    expect(r.notes).toEqual(['the page shows order 3071845526141947 at the address of order 3000000000000001']);
  });

  it('keeps the first of two cards with the same order id', () => {
    const html = readFileSync(path.join(FIXTURES, 'list-current-3.html'), 'utf8');
    const card = /<div class="order-item">[\s\S]*?<\/div>\s*<\/div>\s*<\/div>\s*<\/div>\s*(?=\n\s*<div class="order-item">)/.exec(html)?.[0];
    expect(card).toBeTruthy();
    const r = parseAliExpress(load(html.replace(card!, card! + card!)), LIST, NOW);
    expect(r.orders.map((o) => o.orderId)).toEqual(['3072000033344455', '3070700088899900', '3070600011100011']);
    expect(r.notes).toEqual(['order 3072000033344455 appears twice; the first card was kept']);
  });
});

describe('limits', () => {
  it('reads at most 200 orders per page (the page.read message limit) and says so', () => {
    const card = (i: number) =>
      `<div class="order-item"><span class="order-item-header-status-text">Completed</span><div class="order-item-header-right-info"><div>Order date: Feb 21, 2026</div><div>Order ID: ${3000000000000000 + i}</div></div></div>`;
    const doc = page(`<div class="comet-checkbox-group">${Array.from({ length: 205 }, (_, i) => card(i)).join('')}</div>`);
    const r = parseAliExpress(doc, LIST, NOW);
    expect(r.orders).toHaveLength(200);
    expect(r.orders[199]?.orderId).toBe('3000000000000199');
    expect(r.notes).toEqual(['the page shows 205 orders; only the first 200 were read']);
    expectValid(r);
  });
});

describe('never throws', () => {
  it('on an empty document', () => {
    const doc = document.implementation.createHTMLDocument('');
    for (const url of [LIST, new URL('https://www.aliexpress.com/p/order/detail.html?orderId=3071845526021947'), new URL('https://trade.aliexpress.com/orderList.htm')]) {
      const r = parseAliExpress(doc, url, NOW);
      expect(r.orders).toEqual([]);
      expect(r.blocked).toBeUndefined();
    }
  });

  it('on garbage', () => {
    const doc = load('<<<div class="order-item"><div class="order-item"><<script>>>\u0000\uffff<table><tbody class="order-item-wraper"></p></div>');
    const r = parseAliExpress(doc, LIST, NOW);
    expect(Array.isArray(r.orders)).toBe(true);
    expectValid(r);
  });

  it('on a document whose every method throws', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } }) as unknown as Document;
    expect(() => parseAliExpress(hostile, LIST, NOW)).not.toThrow();
    expect(parseAliExpress(hostile, LIST, NOW)).toEqual({ kind: 'list', orders: [], notes: ['could not read the page (Error)'] });
    expect(aliexpress.ready(hostile, 'list')).toBe(false);
  });

  it('on an address that is not an order page (reads, with a note)', () => {
    const html = readFileSync(path.join(FIXTURES, 'list-current-1.html'), 'utf8');
    const r = parseAliExpress(load(html), new URL('https://example.com/saved.html'), NOW);
    expect(r.orders).toHaveLength(4);
    expect(r.notes).toEqual(['this address is not an AliExpress order page we know; read as a list']);
  });

  it('turns a hostile card into a valid, capped record', () => {
    const long = 'A'.repeat(5000);
    const doc = page(`
      <div class="comet-checkbox-group"><div class="order-item">
        <span class="order-item-header-status-text">${'Completed '.repeat(100)}</span>
        <div class="order-item-header-right-info"><div>Order date: Feb 21, 2026</div><div>Order ID: 3071845526021947</div></div>
        <span class="order-item-store-name"><a href="javascript:alert(1)//store/123">${long}</a></span>
        <div class="order-item-content-img" style="background-image:url('https://tracker.evil.example/p.jpg')"></div>
        <div class="order-item-content-info-name"><a href="https://evil.example/item/1005006123456789.html"><span title="${long}\u0007">x</span></a></div>
        <div class="order-item-content-info-sku">${long}</div>
        <div class="order-item-content-info-number">US $NaN<span class="order-item-content-info-number-quantity">x99999999</span></div>
        <span class="order-item-content-opt-price-total">Total: US $${'9'.repeat(400)}</span>
      </div></div>`);
    const r = parseAliExpress(doc, LIST, NOW);
    expectValid(r);
    const o = r.orders[0]!;
    expect(o.statusText?.length).toBeLessThanOrEqual(200);
    expect(o.seller).toEqual({ name: 'A'.repeat(300) });
    expect(o.items[0]?.title.length).toBe(1000);
    expect(o.items[0]?.sku?.length).toBe(500);
    expect(o.items[0]?.imageUrl).toBeUndefined();
    expect(o.items[0]?.url).toBeUndefined();
    expect(o.items[0]?.quantity).toBeUndefined();
    expect(o.total).toBeUndefined();
    expect(o.missing).toEqual(['items[0].quantity', 'items[0].unitPrice', 'total']);
  });
});
