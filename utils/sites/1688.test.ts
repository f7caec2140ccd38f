// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OrderReadSchema } from '../model';
import { alibaba1688, alibaba1688AirList, alibaba1688Detail, alibaba1688List, fullImageUrl, mapStatus, parse1688 } from './1688';
import type { PageRead } from './types';
import { covered, expectOneFamilyEach } from '../../tests/site-matches';

// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is the DOM's.
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/1688');

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const page = (body: string) => load(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const OLD_LIST = new URL('https://trade.1688.com/order/buyer_order_list.htm');
const NEW_LIST = new URL('https://air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html?status=all&page=1&pageSize=50');
const DETAIL = new URL('https://trade.1688.com/order/new_step_order_detail.htm?orderId=3618254907731234567');

function expectValid(read: PageRead) {
  for (const o of read.orders) OrderReadSchema.parse(o);
}

/**
 * Turns declarative shadow DOM into real open shadow roots, as a browser does when it parses a page: the
 * shape the live new list has. happy-dom 21 (like DOMParser in browsers) leaves the templates inert.
 */
function attachShadowRoots(root: ParentNode): void {
  for (const t of Array.from(root.querySelectorAll('template[shadowrootmode="open"]'))) {
    const host = t.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append((t as HTMLTemplateElement).content);
    t.remove();
    attachShadowRoots(shadow);
  }
}

function live(html: string): Document {
  const doc = load(html);
  attachShadowRoots(doc);
  return doc;
}

interface Expected {
  url: string;
  now: string;
  result: PageRead;
}

// ---------------------------------------------------------------------------------------------------

describe('fixtures', () => {
  const htmlFiles = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const expectedOf = (f: string) => JSON.parse(fixture(f.replace(/\.html$/, '.expected.json'))) as Expected;

  it('are all there, each with its expected result', () => {
    expect(htmlFiles.length).toBeGreaterThanOrEqual(11);
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
    const expected = expectedOf(f);
    const url = new URL(expected.url);
    const doc = load(fixture(f));
    // The login page is not one of ours (no match pattern): the read still names the page it stands in for.
    expect(alibaba1688.detect(url)).toBe(url.hostname === 'login.1688.com' ? null : expected.result.kind);
    expect(alibaba1688.ready(doc, expected.result.kind)).toBe(true);
    const read = parse1688(doc, url);
    expect(read).toEqual(expected.result);
    expectValid(read);
    // JSON round trip: no undefined values or non-JSON types hide in the record.
    expect(JSON.parse(JSON.stringify(read))).toEqual(read);
  });

  const newList = htmlFiles.filter((f) => f.startsWith('list-new'));

  it.each(newList)('%s reads the same with real shadow roots (the live page) as from its templates', (f) => {
    const expected = expectedOf(f);
    const doc = live(fixture(f));
    expect(doc.querySelector('template[shadowrootmode]')).toBeNull();
    expect(doc.querySelector('app-root')?.shadowRoot).toBeTruthy();
    expect(alibaba1688.ready(doc, 'list')).toBe(true);
    expect(parse1688(doc, new URL(expected.url))).toEqual(expected.result);
  });

  it('happy-dom does not attach declarative shadow roots, so the content really is out of reach of plain queries', () => {
    const doc = load(fixture('list-new.html'));
    expect(doc.querySelector('app-root')?.shadowRoot).toBeNull();
    expect(doc.querySelectorAll('order-item')).toHaveLength(0);
    const attached = live(fixture('list-new.html'));
    expect(attached.querySelectorAll('order-item')).toHaveLength(0);
    expect(parse1688(attached, NEW_LIST).orders).toHaveLength(3);
  });

  it('keeps 19-digit order ids exact, as strings (they exceed 2^53)', () => {
    const reads = ['list-old-statuses.html', 'list-new.html', 'detail-shipped.html'].map((f) => parse1688(load(fixture(f)), new URL(expectedOf(f).url)));
    const ids = reads.flatMap((r) => r.orders.map((o) => o.orderId));
    expect(ids).toContain('3618254907731234567');
    for (const id of ids) {
      expect(typeof id).toBe('string');
      expect(id).toMatch(/^\d{19}$/);
      expect(Number(id) > Number.MAX_SAFE_INTEGER).toBe(true);
    }
  });

  it('carries none of the buyer data on the pages (buyer account, receiver, phone, address)', () => {
    for (const f of htmlFiles) {
      const json = JSON.stringify(parse1688(load(fixture(f)), new URL(expectedOf(f).url)));
      for (const s of ['test_buyer_01', '测试收货人', '138****0000', '示例路', 'x5secdata']) expect(json, f).not.toContain(s);
    }
  });

  it('reads an order detail also with its labelled rows drawn inside a shadow root', () => {
    const html = fixture('detail-shipped.html').replace('<div id="doc">', '<detail-app><template shadowrootmode="open"><div id="doc">').replace('</body>', '</template></detail-app></body>');
    const doc = live(html);
    const expected = expectedOf('detail-shipped.html');
    expect(doc.querySelector('.order-info-list')).toBeNull();
    expect(parse1688(doc, new URL(expected.url))).toEqual(expected.result);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('detect', () => {
  const cases: [string, 'list' | 'detail' | null][] = [
    ['https://trade.1688.com/order/buyer_order_list.htm', 'list'],
    ['https://trade.1688.com/order/buyer_order_list.htm?tracelog=work_2_m_buyList', 'list'],
    ['https://trade.1688.com/order/buyer_order_list.htm?trade_status=waitbuyerreceive&page=2&page_size=10', 'list'],
    ['http://trade.1688.com/order/buyer_order_list.htm', 'list'],
    ['https://trade.1688.com/order/new_step_order_detail.htm?orderId=3618254907731234567', 'detail'],
    ['https://trade.1688.com/order/new_step_order_detail.htm?orderId=3618254907731234567&tracelog=20120313bscentertologisticsbuyer#logisticsTabTitle', 'detail'],
    ['https://air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html', 'list'],
    ['https://air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html?status=waitbuyerpay&page=1&pageSize=50', 'list'],
    ['https://trade2.m.1688.com/page/buyerOrderList.html?status=waitsellersend', 'list'],
    // Punish addresses stand for the page they replaced; the detail's drops its query.
    ['https://trade.1688.com/order/buyer_order_list.htm/_____tmd_____/punish?x5secdata=abc&x5step=1', 'list'],
    ['https://trade.1688.com//order/buyer_order_list.htm/_____tmd_____/punish?x5secdata=abc', 'list'],
    ['https://trade.1688.com/order/new_step_order_detail.htm/_____tmd_____/punish?x5secdata=abc', 'detail'],
    ['https://air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html/_____tmd_____/punish?x5secdata=abc', 'list'],
    // Gotchas: neighbouring pages, other sites, lookalike hosts, malformed ids.
    ['https://trade.1688.com/order/new_step_order_detail.htm', null],
    ['https://trade.1688.com/order/new_step_order_detail.htm?orderId=abc', null],
    ['https://trade.1688.com/order/new_step_order_detail.htm?order_id=3618254907731234567', null],
    ['https://trade.1688.com/order/offer_snapshot.htm?order_entry_id=3618254907731234568', null],
    ['https://trade.1688.com/order/seller_order_list.htm', null],
    ['https://trade.1688.com/order/buyer_order_list.html', null],
    ['https://trade.1688.com/order/', null],
    ['https://air.1688.com/app/ctf-page/trade-order-list/seller-order-list.html', null],
    ['https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=3618254907731234567', null],
    ['https://work.1688.com/?tracelog=login_target_is_blank_1688', null],
    ['https://detail.1688.com/offer/712345678901.html', null],
    ['https://s.1688.com/selloffer/offer_search.htm/_____tmd_____/punish', null],
    ['https://login.1688.com/member/signin.htm?Done=https%3A%2F%2Ftrade.1688.com%2Forder%2Fbuyer_order_list.htm', null],
    ['https://trade.1688.com.evil.example/order/buyer_order_list.htm', null],
    ['https://eviltrade.1688.com/order/buyer_order_list.htm', null],
    ['https://trade.1688.com@evil.example/order/buyer_order_list.htm', null],
    ['https://evil.example/order/buyer_order_list.htm?next=trade.1688.com', null],
    ['https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm', null],
    ['ftp://trade.1688.com/order/buyer_order_list.htm', null],
  ];
  it.each(cases)('%s → %s', (url, kind) => {
    expect(alibaba1688.detect(new URL(url))).toBe(kind);
  });

  /** Chrome match-pattern semantics, enough for our patterns: scheme `*`, host `*.x` or exact, path glob. */

  it('every page detect accepts is covered by a manifest match pattern (the script gets injected there)', () => {
    for (const [url, kind] of cases) {
      if (!kind) continue;
      expect(alibaba1688.matches.some((p) => covered(p, new URL(url))), url).toBe(true);
    }
  });

  it('each page is read by exactly one page family, whose own content script is registered there', () => {
    expectOneFamilyEach(alibaba1688, [alibaba1688List, alibaba1688AirList, alibaba1688Detail], cases);
  });

  it('match patterns stay off unrelated pages and use no host wildcard', () => {
    for (const p of alibaba1688.matches) expect(p).not.toMatch(/:\/\/\*/);
    for (const url of [
      'https://trade.1688.com/order/offer_snapshot.htm?order_entry_id=1',
      'https://detail.1688.com/offer/712345678901.html',
      'https://air.1688.com/app/ctf-page/trade-order-list/seller-order-list.html',
      'https://www.1688.com/',
      'https://login.1688.com/member/signin.htm',
    ]) {
      expect(alibaba1688.matches.some((p) => covered(p, new URL(url))), url).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------------

describe('mapStatus', () => {
  const cases: [string, string][] = [
    ['等待买家付款', 'unpaid'],
    ['待付款', 'unpaid'],
    ['等待卖家发货', 'awaiting_shipment'],
    ['待发货', 'awaiting_shipment'],
    ['部分发货', 'partially_shipped'],
    ['等待买家收货', 'shipped'],
    ['等待买家确认收货', 'shipped'],
    ['待收货', 'shipped'],
    ['卖家已发货', 'shipped'],
    ['等待物流揽收', 'shipped'],
    ['已收货', 'delivered'],
    ['买家已签收', 'delivered'],
    ['交易成功', 'completed'],
    ['交易取消', 'cancelled'],
    ['已取消', 'cancelled'],
    ['交易关闭', 'cancelled'],
    ['交易终止', 'cancelled'],
    ['退款中', 'in_dispute'],
    ['等待卖家同意退款', 'in_dispute'],
    ['等待卖家确认收货', 'in_dispute'],
    ['售后中', 'in_dispute'],
    ['退款成功', 'refunded'],
    ['已退款', 'refunded'],
    ['waitbuyerpay', 'unpaid'],
    ['waitsellersend', 'awaiting_shipment'],
    ['waitbuyerreceive', 'shipped'],
    ['waitlogisticstakein', 'shipped'],
    ['waitbuyerconfirmgoods', 'shipped'],
    ['confirm_goods', 'delivered'],
    ['success', 'completed'],
    ['cancel', 'cancelled'],
    ['terminated', 'cancelled'],
    ['waitselleragree', 'in_dispute'],
    ['refundsuccess', 'refunded'],
    // Staged-payment states say nothing about shipping: not guessed.
    ['waitselleract', 'unknown'],
    ['waitsellerpush', 'unknown'],
    ['refundclose', 'unknown'],
    ['Awaiting payment', 'unpaid'],
    ['Shipped', 'shipped'],
    ['Completed', 'completed'],
    ['Refunded', 'refunded'],
    ['新的状态', 'unknown'],
    ['constructor', 'unknown'],
    ['__proto__', 'unknown'],
    ['', 'unknown'],
  ];
  it.each(cases)('%s → %s', (text, status) => {
    expect(mapStatus(text)).toBe(status);
  });

  it('keeps an unknown status text without calling it missing', () => {
    const doc = load(fixture('list-old-statuses.html').replace('>等待卖家发货<', '>等待月亮升起<'));
    const o = parse1688(doc, OLD_LIST).orders[1];
    expect(o?.status).toBe('unknown');
    expect(o?.statusText).toBe('等待月亮升起');
    expect(o?.missing).toEqual([]);
  });

  it('without status words, falls back to the status tab of the address and names statusText missing', () => {
    const doc = load(fixture('list-old-statuses.html').replace('<div class="trade-status">等待卖家发货</div>', ''));
    const tab = parse1688(doc, new URL('https://trade.1688.com/order/buyer_order_list.htm?trade_status=waitsellersend')).orders[1];
    expect(tab?.status).toBe('awaiting_shipment');
    expect(tab?.statusText).toBeUndefined();
    expect(tab?.missing).toEqual(['statusText']);
    for (const url of [OLD_LIST, new URL('https://trade.1688.com/order/buyer_order_list.htm?trade_status=waitselleract')]) {
      const none = parse1688(doc, url).orders[1];
      expect(none?.status).toBe('unknown');
      expect(none?.missing).toEqual(['status']);
    }
  });
});

describe('helpers', () => {
  it('fullImageUrl strips both thumbnail suffixes and refuses foreign hosts', () => {
    expect(fullImageUrl('//cbu01.alicdn.com/img/ibank/O1CN01a_!!22-0-cib.220x220.jpg', OLD_LIST)).toBe('https://cbu01.alicdn.com/img/ibank/O1CN01a_!!22-0-cib.jpg');
    expect(fullImageUrl('https://cbu01.alicdn.com/img/ibank/O1CN01a_!!22-0-cib.jpg_160x160.jpg_.webp', OLD_LIST)).toBe('https://cbu01.alicdn.com/img/ibank/O1CN01a_!!22-0-cib.jpg');
    expect(fullImageUrl('https://tracker.evil.example/pixel.jpg', OLD_LIST)).toBeUndefined();
    expect(fullImageUrl('javascript:alert(1)', OLD_LIST)).toBeUndefined();
    expect(fullImageUrl('data:image/gif;base64,R0lGODlhAQABAAAAACw=', OLD_LIST)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------

describe('walls and odd pages', () => {
  it('the punish address is a captcha wall whatever the page shows', () => {
    const url = new URL('https://trade.1688.com//order/new_step_order_detail.htm/_____tmd_____/punish?x5secdata=abc');
    expect(parse1688(page('<p>loading</p>'), url)).toEqual({ kind: 'detail', orders: [], notes: ['1688 shows its anti-bot slider check instead of the orders'], blocked: 'captcha' });
  });

  it('an order address that only redirects to the punish page by script is a captcha wall, not "no orders"', () => {
    const doc = page('<script>window.location.replace("https://trade.1688.com/order/buyer_order_list.htm/_____tmd_____/punish?x5secdata=abc");</script>');
    expect(alibaba1688.ready(doc, 'list')).toBe(true);
    expect(parse1688(doc, OLD_LIST).blocked).toBe('captcha');
  });

  it('a slider dialog drawn over the orders is a wall', () => {
    const html = fixture('list-old-statuses.html').replace('<div id="content">', '<div class="baxia-dialog"><div id="baxia-dialog-content"></div></div><div id="content">');
    const r = parse1688(load(html), OLD_LIST);
    expect(r.blocked).toBe('captcha');
    expect(r.orders).toEqual([]);
  });

  it('slider words with no orders are a wall', () => {
    expect(parse1688(page('<div>亲，请拖动下方滑块完成验证</div>'), NEW_LIST).blocked).toBe('captcha');
  });

  it('a login frame or a redirect to login.1688.com instead of the orders is a login wall', () => {
    const frame = page('<iframe src="https://login.1688.com/member/signin.htm?Done=x"></iframe>');
    expect(alibaba1688.ready(frame, 'list')).toBe(true);
    expect(parse1688(frame, OLD_LIST)).toEqual({ kind: 'list', orders: [], notes: ['1688 asks to log in before showing the orders'], blocked: 'login' });
    const script = page('<script>location.href = "https://login.1688.com/member/signin.htm?Done=" + encodeURIComponent(location.href);</script>');
    expect(parse1688(script, DETAIL).blocked).toBe('login');
  });

  it('a login address returning to a detail page reads as a blocked detail', () => {
    const url = new URL(`https://login.1688.com/member/signin.htm?Done=${encodeURIComponent(DETAIL.href)}`);
    expect(parse1688(page(''), url)).toEqual({ kind: 'detail', orders: [], notes: ['1688 asks to log in before showing the orders'], blocked: 'login' });
  });

  it('a login link in the page header beside real orders is not a wall', () => {
    const html = fixture('list-old-statuses.html').replace('<div id="content">', '<form style="display:none"><input type="password"></form><a href="https://login.1688.com/member/signin.htm">请登录</a><div id="content">');
    const r = parse1688(load(html), OLD_LIST);
    expect(r.blocked).toBeUndefined();
    expect(r.orders).toHaveLength(6);
  });

  it('is not ready while the new list has drawn only its shell, and says why when read', () => {
    const shell = page('<article><app-root data-tracker="app-root"></app-root></article>');
    expect(alibaba1688.ready(shell, 'list')).toBe(false);
    expect(parse1688(shell, NEW_LIST)).toEqual({ kind: 'list', orders: [], notes: ['the order list has not drawn its content (its shadow root is closed or empty)'] });
    expect(alibaba1688.ready(page('<div id="doc"></div>'), 'detail')).toBe(false);
    expect(alibaba1688.ready(page(''), 'list')).toBe(false);
  });

  it('a list without cards and without an empty state gives a note, not silence', () => {
    expect(parse1688(page('<div id="listBox"><ul></ul></div>'), OLD_LIST)).toEqual({ kind: 'list', orders: [], notes: ['no order cards found on the page (the layout may have changed)'] });
  });

  it('a detail address showing something else yields no order and a note', () => {
    expect(parse1688(page('<h1>页面不存在</h1>'), DETAIL)).toEqual({ kind: 'detail', orders: [], notes: ['order detail not found on the page (the layout may have changed)'] });
  });

  it('notes a detail page showing another order than its address names', () => {
    const url = new URL('https://trade.1688.com/order/new_step_order_detail.htm?orderId=3600000000000000001');
    const r = parse1688(load(fixture('detail-shipped.html')), url);
    expect(r.orders[0]?.orderId).toBe('3618254907731234567');
    expect(r.notes).toEqual(['the page shows order 3618254907731234567 at the address of order 3600000000000000001']);
  });

  it('takes the waybill as the third logistics value when its label is not one it knows (the documented reading)', () => {
    const html = fixture('detail-shipped.html').replace('物流公司：', '承运商：').replace('运单号码：', '面单：');
    const o = parse1688(load(html), DETAIL).orders[0];
    expect(o?.tracking).toEqual([{ number: 'YT7512345678901' }]);
  });

  it('keeps the first of two cards with the same order id', () => {
    const html = fixture('list-old-statuses.html');
    const first = /<li class="order-item[\s\S]*?<\/li>/.exec(html)?.[0];
    expect(first).toBeTruthy();
    const r = parse1688(load(html.replace(first!, first! + first!)), OLD_LIST);
    expect(r.orders).toHaveLength(6);
    expect(r.notes).toEqual(['order 3618254907731234567 appears twice; the first card was kept']);
  });

  it('reads a saved page at an unknown address by its content, with a note', () => {
    const r = parse1688(load(fixture('list-new.html')), new URL('https://example.com/saved.html'));
    expect(r.orders).toHaveLength(3);
    expect(r.notes[0]).toBe('this address is not a 1688 order page we know; read as a list');
    const d = parse1688(load(fixture('detail-refunded.html')), new URL('file:///tmp/saved.html'));
    expect(d.kind).toBe('detail');
    expect(d.orders[0]?.orderId).toBe('3614400099988877712');
  });
});

describe('limits', () => {
  it('reads at most 200 orders per page (the page.read message limit) and says so', () => {
    const card = (i: number) =>
      `<li class="order-item fd-clr" data-is-plus-order="false"><input class="tradeId" value="${3600000000000000000n + BigInt(i)}"><span class="date">2025-11-01 10:00:00</span><table><tr><td class="s7"><div>交易成功</div></td></tr></table></li>`;
    const doc = page(`<div id="listBox"><ul>${Array.from({ length: 205 }, (_, i) => card(i)).join('')}</ul></div>`);
    const r = parse1688(doc, OLD_LIST);
    expect(r.orders).toHaveLength(200);
    expect(r.orders[199]?.orderId).toBe('3600000000000000199');
    expect(r.notes).toEqual(['the page shows 205 orders; only the first 200 were read']);
    expectValid(r);
  });

  it('reads through deeply nested shadow roots without recursing on the call stack', () => {
    let html = '<span class="order-id">3618254907731234567</span>';
    for (let i = 0; i < 300; i++) html = `<x-wrap><template shadowrootmode="open">${html}</template></x-wrap>`;
    const doc = page(`<order-item><template shadowrootmode="open">${html}</template></order-item>`);
    attachShadowRoots(doc);
    const r = parse1688(doc, NEW_LIST);
    expect(r.orders.map((o) => o.orderId)).toEqual(['3618254907731234567']);
    expectValid(r);
  });
});

describe('never throws', () => {
  it('on an empty document', () => {
    const doc = document.implementation.createHTMLDocument('');
    for (const url of [OLD_LIST, NEW_LIST, DETAIL, new URL('https://trade2.m.1688.com/page/buyerOrderList.html')]) {
      const r = parse1688(doc, url);
      expect(r.orders).toEqual([]);
      expect(r.blocked).toBeUndefined();
    }
  });

  it('on garbage', () => {
    const doc = load('<<<li class="order-item"><order-item><template shadowrootmode="open"><<script>>>\u0000\uffff<table><tr class="order-entry"></p></template></div>');
    for (const url of [OLD_LIST, NEW_LIST, DETAIL]) {
      const r = parse1688(doc, url);
      expect(Array.isArray(r.orders)).toBe(true);
      expectValid(r);
    }
  });

  it('on a document whose every method throws', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } }) as unknown as Document;
    expect(parse1688(hostile, OLD_LIST)).toEqual({ kind: 'list', orders: [], notes: ['could not read the page (Error)'] });
    expect(alibaba1688.ready(hostile, 'list')).toBe(false);
  });

  it('turns a hostile card into a valid, capped record with inert text', () => {
    const long = 'A'.repeat(5000);
    const evil = '&lt;img src=x onerror=alert(1)&gt;';
    const doc = page(`
      <div id="listBox"><ul><li class="order-item fd-clr" data-is-plus-order="false">
        <input class="tradeId" value="3618254907731234567">
        <span class="date">${evil}</span>
        <a class="bannerCorp" data-copytitle="${long}" href="javascript:alert(1)//evil.1688.com/">x</a>
        <a class="bannerMember" data-copytitle="${evil}${long}">x</a>
        <table><tr>
          <td class="s1"><img src="https://tracker.evil.example/p.jpg"><a class="productName" href="https://detail.1688.com.evil.example/offer/712345678901.html" title="${evil}${long}\u0007">x</a>
            <div class="trade-spec">${long}</div></td>
          <td class="s2">¥NaN</td><td class="s3">99999999</td>
          <td class="s5"><div class="total" data-role="buyer" title="${'9'.repeat(400)}">¥—</div></td>
          <td class="s7"><div>${'交易成功'.repeat(100)}</div></td>
        </tr></table>
      </li></ul></div>`);
    const r = parse1688(doc, OLD_LIST);
    expectValid(r);
    const o = r.orders[0]!;
    expect(o.orderId).toBe('3618254907731234567');
    expect(o.statusText?.length).toBeLessThanOrEqual(200);
    expect(o.seller?.name).toBe('A'.repeat(300));
    expect(o.seller?.url).toBeUndefined();
    expect(o.seller?.id).toBe(`<img src=x onerror=alert(1)>${'A'.repeat(72)}`);
    expect(o.items[0]?.title.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
    expect(o.items[0]?.title.length).toBe(1000);
    expect(o.items[0]?.sku?.length).toBe(500);
    expect(o.items[0]?.imageUrl).toBeUndefined();
    expect(o.items[0]?.url).toBeUndefined();
    expect(o.items[0]?.quantity).toBeUndefined();
    expect(o.total).toBeUndefined();
    expect(o.missing).toEqual(['events.ordered', 'items[0].quantity', 'items[0].unitPrice', 'total']);
  });
});
