// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OrderReadSchema } from '../model';
import { parseTaobao, taobao, taobaoDetail, taobaoList } from './taobao';
import { readJsString } from './taobao-trade';
import type { PageRead } from './types';
import { covered, expectOneFamilyEach } from '../../tests/site-matches';

// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is the DOM's.
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/taobao');
const TMALL_FIXTURES = path.resolve(FIXTURES, '../tmall');

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const LIST = new URL('https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm');
const DETAIL_ID = '4852360405357890001';
const DETAIL = new URL(`https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${DETAIL_ID}`);
const NOW = new Date('2025-11-08T15:00:00.000Z');

function expectValid(read: PageRead) {
  for (const o of read.orders) OrderReadSchema.parse(o);
}

/** A JSON value as the body of `JSON.parse('…')`, escaped as the page escapes it. */
const literal = (value: unknown) =>
  JSON.stringify(value)
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/"/g, '\\"')
    .replace(/</g, '\\u003C');
const listPage = (data: unknown, body = '') =>
  load(`<!DOCTYPE html><html><head><title>已买到的宝贝</title></head><body id="list-bought-items"><script>var data = JSON.parse('${literal(data)}');</script><div id="J_bought_main">${body}</div></body></html>`);
const detailPage = (data: unknown) =>
  load(`<!DOCTYPE html><html><head><title>交易详情</title></head><body id="trade-order-detail"><div id="detail-panel"></div><script>var data = JSON.parse('${literal(data)}');</script></body></html>`);

/** The detail fixture's embedded object, to vary one field at a time. */
function detailData(): Record<string, unknown> {
  const html = fixture('detail-shipped.html');
  const start = html.lastIndexOf("var data = JSON.parse('") + 'var data = JSON.parse('.length;
  return JSON.parse(readJsString(html, start)?.value ?? 'null') as Record<string, unknown>;
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
    expect(taobao.detect(url)).toBe(expected.result.kind);
    expect(taobao.ready(doc, expected.result.kind)).toBe(true);
    const read = parseTaobao(doc, url, new Date(expected.now));
    expect(read).toEqual(expected.result);
    expectValid(read);
    // JSON round trip: no undefined values or non-JSON types hide in the record.
    expect(JSON.parse(JSON.stringify(read))).toEqual(read);
  });

  it('no fixture keeps the personal data of the captures', () => {
    const files = [
      ...readdirSync(FIXTURES).map((f) => path.join(FIXTURES, f)),
      ...readdirSync(TMALL_FIXTURES).map((f) => path.join(TMALL_FIXTURES, f)),
    ];
    const original = [
      // seller nicknames and shop names
      'tb5202729578', '77纯手工穿戴甲', '阿秋cd', '波若手工坊', '3dsway旗舰店', '戚万杰', '戚七', '廖张爱帅敏', '七七手工穿戴美甲', '任意魔主',
      '依依手工穿戴甲', '秋风落叶', '壹号轮胎城', '余美琪', '奥特斯专业对讲机店', 'tb105537051766', '美仁甲', '淡定的jy', 'Ay手工穿戴甲片',
      // seller ids
      '2217059899873', '3932652573', '2211900559174', '2981191547', '2367574281', '1097730455', '1136154864', '2408160291', '2219089111529', '2457659142',
      // order ids (every captured id ends in the buyer's 4803), Alipay trade numbers, tracking numbers
      '4865640015090004803', '4863471516469004803', '4864583305858004803', '4843213524625004803', '2025110622001159201403696346',
      '2025110722001159201411668682', 'YT7582835343069', 'YT7582890600202',
      // address, buyer note, seller memo and masks, chat and tracking tokens
      '圣天', '洪梅镇', '商业街62号', 'A882', '發35', '0518-', '7252', 'RAzN8HWSrSLxyp2jVHsLKnzHaYL4vqeDpr3gRF2uwPwSuD4MA92', 'nFnRDhBr7TtYO1L8Wngx4w',
      '820glpv28', 'ARyJnytTVg9p178UJ', 'eb3ff786e3ae3', '911178585754', '819225492008',
    ];
    for (const file of files) {
      const raw = readFileSync(file, 'utf8');
      // The embedded JSON writes non-ASCII as \uXXXX: check the decoded text too.
      const text = raw + raw.replace(/\\u([0-9A-Fa-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
      for (const s of original) expect(text.includes(s), `${path.basename(file)} contains ${s}`).toBe(false);
      expect(/\d{15}4803(?!\d)/.test(text), `${path.basename(file)} keeps a captured order id`).toBe(false);
    }
  });

  it('every order id stays a string of all its digits', () => {
    const read = parseTaobao(load(fixture('list-2025.html')), LIST, NOW);
    for (const o of read.orders) {
      expect(typeof o.orderId).toBe('string');
      expect(o.orderId).toMatch(/^\d{19}$/);
      expect(o.url.endsWith(o.orderId)).toBe(true);
    }
    expect(read.orders.map((o) => o.orderId)).toContain('4832102413513890001');
  });

  it('a Tmall order of the list keeps its own site, link and rule', () => {
    const read = parseTaobao(load(fixture('list-2025.html')), LIST, NOW);
    const tmall = read.orders.filter((o) => o.site === 'tmall');
    expect(tmall.map((o) => o.orderId)).toEqual(['4853472194746890001']);
    expect(tmall[0]?.url).toBe('https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4853472194746890001');
    expect(tmall[0]?.pageDeadlines[0]?.ruleId).toBe('tm.autoconfirm');
  });

  it('the adapter interface (two arguments) reads the same orders', () => {
    const list = taobao.parse(load(fixture('list-multi-item.html')), LIST);
    expect(list.orders.map((o) => o.orderId)).toEqual(['4852654345548890001', '4832102413513890001', '4866000000001000001']);
    // The detail carries its render time (traceId): the capture time does not matter.
    const expected = JSON.parse(fixture('detail-shipped.expected.json')) as { result: PageRead };
    expect(taobao.parse(load(fixture('detail-shipped.html')), DETAIL)).toEqual(expected.result);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('detect', () => {
  const cases: [string, 'list' | 'detail' | null][] = [
    ['https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm', 'list'],
    ['https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?action=itemlist/BoughtQueryAction&event_submit_do_query=1&tabCode=waitConfirm', 'list'],
    ['http://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm', 'list'],
    ['https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4863471516469004803', 'detail'],
    ['https://buyertrade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4863471516469004803', 'detail'],
    ['https://buyertrade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4864583305858004803&route_to=tm1', 'detail'],
    ['https://trade.taobao.com/trade/detail/trade_item_detail.htm?spm=a1z09.2.0.0&biz_order_id=4863471516469004803', 'detail'],
    // Gotchas: neighbouring pages, other hosts, lookalikes, missing or malformed ids.
    ['https://buyertrade.taobao.com/trade/itemlist/list_recyled_items.htm', null],
    ['https://buyertrade.taobao.com/trade/itemlist/asyncBought.htm?action=itemlist/BoughtQueryAction', null],
    ['https://trade.taobao.com/trade/itemlist/list_bought_items.htm', null],
    ['https://trade.taobao.com/trade/itemlist/listBoughtItems.htm', null],
    ['https://buyertrade.taobao.com/trade/detail/tradeSnap.htm?tradeID=4863471516469004803', null],
    ['https://trade.taobao.com/trade/detail/trade_item_detail.htm', null],
    ['https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=abc', null],
    ['https://trade.taobao.com/trade/detail/trade_item_detail.htm?orderId=4863471516469004803', null],
    ['https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803', null],
    ['https://refund2.taobao.com/dispute/applyRouter.htm?bizOrderId=4863471516469004803', null],
    ['https://login.taobao.com/member/login.jhtml?redirectURL=https%3A%2F%2Fbuyertrade.taobao.com%2Ftrade%2Fitemlist%2Flist_bought_items.htm', null],
    ['https://h5.m.taobao.com/mlapp/olist.html?tabCode=waitConfirm', null],
    ['https://buyertrade.taobao.com.evil.example/trade/itemlist/list_bought_items.htm', null],
    ['https://evilbuyertrade.taobao.com/trade/itemlist/list_bought_items.htm', null],
    ['https://evil.example/trade/itemlist/list_bought_items.htm?next=buyertrade.taobao.com', null],
    ['ftp://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm', null],
  ];
  it.each(cases)('%s → %s', (url, kind) => {
    expect(taobao.detect(new URL(url))).toBe(kind);
  });

  /** Chrome match-pattern semantics, enough for our patterns: scheme `*`, host `*.x` or exact, path glob. */

  it('every page detect accepts is covered by a manifest match pattern (the script gets injected there)', () => {
    for (const [url, kind] of cases) {
      if (kind) expect(taobao.matches.some((p) => covered(p, new URL(url))), url).toBe(true);
    }
  });

  it('each page is read by exactly one page family, whose own content script is registered there', () => {
    expectOneFamilyEach(taobao, [taobaoList, taobaoDetail], cases);
  });

  it('match patterns stay off unrelated pages', () => {
    for (const url of ['https://www.taobao.com/', 'https://item.taobao.com/item.htm?id=1', 'https://buyertrade.taobao.com/trade/itemlist/list_recyled_items.htm', 'https://refund2.taobao.com/dispute/detail.htm?bizOrderId=1', 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=1']) {
      expect(taobao.matches.some((p) => covered(p, new URL(url))), url).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------------

describe('list', () => {
  it('counts the list countdown from the render time it is given, not the clock', () => {
    const doc = load(fixture('list-2025.html'));
    const a = parseTaobao(doc, LIST, new Date('2025-11-08T15:00:00.000Z'));
    const b = parseTaobao(doc, LIST, new Date('2025-11-09T15:00:00.000Z'));
    // "还剩9天9时", read as 9 days 8 hours: the page may truncate or round its last unit.
    expect(a.orders[0]?.pageDeadlines[0]?.due).toBe('2025-11-17T23:00:00.000Z');
    expect(b.orders[0]?.pageDeadlines[0]?.due).toBe('2025-11-18T23:00:00.000Z');
  });

  it('also reads cards drawn after an XHR page change, which the inline JSON (page 1) lacks', () => {
    const cards = /<div id="tp-bought-root">([\s\S]*)<\/div>\s*<\/div>\s*<\/div>\s*<script/.exec(fixture('list-dom.html'))?.[1];
    expect(cards).toBeTruthy();
    const html = fixture('list-multi-item.html').replace('<div id="J_bought_main" style="margin-left:120px;min-height: 600px;">', `<div id="J_bought_main"><div id="tp-bought-root">${cards}</div>`);
    const read = parseTaobao(load(html), LIST, NOW);
    expect(read.orders.map((o) => o.orderId)).toEqual([
      '4852654345548890001',
      '4832102413513890001',
      '4866000000001000001',
      '4861000000001000001',
      '4861000000002000001',
      '4861000000003000001',
    ]);
    expect(read.notes).toEqual([]);
    expectValid(read);
  });

  it('does not read a drawn card twice when the JSON has its order', () => {
    const html = fixture('list-dom.html').replace('<div id="tp-bought-root">', `<script>var data = JSON.parse('${literal({ error: '', mainOrders: [{ id: '4861000000001000001', extra: { tradeStatus: 'TRADE_FINISHED' }, statusInfo: { text: '交易成功' }, subOrders: [] }] })}');</script><div id="tp-bought-root">`);
    const read = parseTaobao(load(html), LIST, NOW);
    expect(read.orders.map((o) => [o.orderId, o.status])).toEqual([
      ['4861000000001000001', 'completed'],
      ['4861000000002000001', 'shipped'],
      ['4861000000003000001', 'refunded'],
    ]);
    expect(read.notes).toEqual([]);
  });

  it('keeps the first of two orders with the same id', () => {
    const o = { id: '4865640015090004803', extra: { tradeStatus: 'TRADE_FINISHED' }, statusInfo: { text: '交易成功' }, subOrders: [] };
    const read = parseTaobao(listPage({ error: '', mainOrders: [o, { ...o, statusInfo: { text: '交易关闭' } }] }), LIST, NOW);
    expect(read.orders.map((x) => x.statusText)).toEqual(['交易成功']);
    expect(read.notes).toEqual(['order 4865640015090004803 appears twice; the first was kept']);
  });

  it('skips an order without an id (a rounded number is not one) and says so', () => {
    const rounded = Number('4865640015090004803');
    const read = parseTaobao(listPage({ error: '', mainOrders: [{ id: rounded, extra: { id: rounded } }, { orderInfo: { id: '4865640015090004803' } }] }), LIST, NOW);
    expect(read.orders.map((o) => o.orderId)).toEqual(['4865640015090004803']);
    expect(read.notes).toEqual(['order 1: no order id found; skipped']);
  });

  it('passes on an error the page reports', () => {
    const read = parseTaobao(listPage({ error: '系统繁忙', mainOrders: [] }), LIST, NOW);
    expect(read).toEqual({ kind: 'list', orders: [], notes: ['the page reports an error: 系统繁忙'] });
  });

  it('notes a data object without an order list', () => {
    expect(parseTaobao(listPage({ error: '', list: [] }), LIST, NOW).notes).toEqual(['the embedded order data has no order list (the layout may have changed)']);
  });

  it('reads at most 200 orders per page (the page.read message limit) and says so', () => {
    const orders = Array.from({ length: 205 }, (_, i) => ({ id: String(4865640015090004803n + BigInt(i)), extra: { tradeStatus: 'TRADE_FINISHED' }, subOrders: [] }));
    const read = parseTaobao(listPage({ error: '', mainOrders: orders }), LIST, NOW);
    expect(read.orders).toHaveLength(200);
    expect(read.orders[199]?.orderId).toBe('4865640015090005002');
    expect(read.notes).toEqual(['the page shows 205 orders; only the first 200 were read']);
    expectValid(read);
  });

  it('a shell without data or cards gives a note, and names the 2026 list when it sees it', () => {
    const shell = load('<!DOCTYPE html><html><body id="list-bought-items"><div id="J_bought_main"><div id="J_tradeBought_loading"></div></div></body></html>');
    expect(taobao.ready(shell, 'list')).toBe(false);
    expect(parseTaobao(shell, LIST, NOW)).toEqual({ kind: 'list', orders: [], notes: ['no order data found on the page (the layout may have changed)'] });
    const spa = load('<!DOCTYPE html><html><body><div id="__ultron_rootContainer_node"><ul class="ant-pagination"><li class="ant-pagination-next"></li></ul></div></body></html>');
    expect(parseTaobao(spa, LIST, NOW).notes).toEqual(['this looks like the new order list (2026), which Refund Radar cannot read yet']);
  });

  it('says when the embedded data cannot be decoded', () => {
    const doc = load(`<!DOCTYPE html><html><body><script>var data = JSON.parse('{\\"mainOrders\\":[\\u12]}');</script></body></html>`);
    expect(parseTaobao(doc, LIST, NOW).notes).toEqual(['the embedded order data could not be read (its string could not be decoded)', 'no order data found on the page (the layout may have changed)']);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('detail', () => {
  it('counts the countdown from the render time in traceId, whatever the capture time', () => {
    const doc = load(fixture('detail-shipped.html'));
    const a = parseTaobao(doc, DETAIL, new Date('2025-11-09T15:14:00.000Z'));
    const b = parseTaobao(doc, DETAIL, new Date('2025-11-12T00:00:00.000Z'));
    expect(a.orders[0]?.pageDeadlines[0]?.due).toBe('2025-11-17T04:39:37.000Z');
    expect(b.orders[0]?.pageDeadlines).toEqual(a.orders[0]?.pageDeadlines);
    // Shipped 2025-11-07 12:39:38 China time: the page's clock ends within a second of shipment + 10 × 24 h.
    expect(Date.parse('2025-11-17T04:39:38.000Z') - Date.parse(a.orders[0]?.pageDeadlines[0]?.due ?? '')).toBe(1000);
  });

  it('falls back to the capture time without a traceId', () => {
    const data = detailData();
    delete data.traceId;
    const read = parseTaobao(detailPage(data), DETAIL, new Date('2025-11-09T15:13:58.000Z'));
    expect(read.orders[0]?.pageDeadlines[0]?.due).toBe('2025-11-17T04:39:37.000Z');
  });

  it('records no auto-confirm while a refund is open (it pauses the clock) and says so', () => {
    const data = detailData();
    (data.detailExtra as Record<string, unknown>).inRefund = true;
    const read = parseTaobao(detailPage(data), DETAIL, NOW);
    expect(read.orders[0]?.status).toBe('in_dispute');
    expect(read.orders[0]?.pageDeadlines).toEqual([]);
    expect(read.notes).toEqual([`order ${DETAIL_ID}: a page countdown for status "in_dispute" was not recorded`]);
  });

  it('records no countdown that is not the auto-confirm', () => {
    const data = detailData();
    const guide = data.operationsGuide as { lines: { content: { type: string; value: unknown }[] }[] }[];
    guide[0]!.lines = [{ content: [{ type: 'text', value: '您还有 ' }, { type: 'countdown', value: { countDown: 3600 } }, { type: 'text', value: '来付款' }] }];
    const read = parseTaobao(detailPage(data), DETAIL, NOW);
    expect(read.orders[0]?.pageDeadlines).toEqual([]);
    expect(read.notes).toEqual([`order ${DETAIL_ID}: a page countdown that is not the auto-confirm was not recorded`]);
  });

  it('keeps a Tmall order shown on the Taobao detail (b2c) under its own site and rule', () => {
    const data = detailData();
    (data.detailExtra as Record<string, unknown>).b2c = true;
    const o = parseTaobao(detailPage(data), DETAIL, NOW).orders[0];
    expect(o?.site).toBe('tmall');
    expect(o?.url).toBe(`https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${DETAIL_ID}`);
    expect(o?.pageDeadlines.map((d) => d.ruleId)).toEqual(['tm.autoconfirm']);
  });

  it('records the ship-by promise of an order still waiting for shipment', () => {
    const data = detailData();
    const main = data.mainOrder as Record<string, unknown>;
    main.tradeStatus = 'WAIT_SELLER_SEND_GOODS';
    main.statusInfo = { text: '当前订单状态：买家已付款，等待卖家发货' };
    data.operationsGuide = [];
    data.orderBar = { nodes: [{ text: '拍下宝贝', date: '2025-11-06 23:08:55' }, { text: '付款到支付宝', date: '2025-11-06 23:09:33' }, { text: '卖家发货' }] };
    const o = parseTaobao(detailPage(data), DETAIL, NOW).orders[0];
    expect(o?.status).toBe('awaiting_shipment');
    expect(o?.pageDeadlines).toEqual([{ ruleId: 'tb.ship.by', due: '2025-11-08T15:10:00.000Z', text: '11月08日 23:10前发货' }]);
    expect(o?.events.map((e) => e.kind)).toEqual(['ordered', 'paid']);
  });

  it('notes a page showing another order than its address names', () => {
    const url = new URL('https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4800000000000000001');
    const read = parseTaobao(load(fixture('detail-shipped.html')), url, NOW);
    expect(read.orders[0]?.orderId).toBe(DETAIL_ID);
    expect(read.notes).toEqual([`the page shows order ${DETAIL_ID} at the address of order 4800000000000000001`]);
  });

  it('takes the id from the address when the data has none, and notes what it lacks', () => {
    const read = parseTaobao(detailPage({ mainOrder: { subOrders: [] } }), DETAIL, NOW);
    expect(read.orders).toEqual([
      {
        site: 'taobao',
        orderId: DETAIL_ID,
        url: `https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${DETAIL_ID}`,
        items: [],
        status: 'unknown',
        events: [],
        tracking: [],
        pageDeadlines: [],
        missing: ['status', 'events.ordered', 'seller', 'items', 'total'],
      },
    ]);
  });

  it('a detail address showing something else yields no order and a note', () => {
    expect(parseTaobao(load('<!DOCTYPE html><html><body><h1>页面不存在</h1></body></html>'), DETAIL, NOW)).toEqual({
      kind: 'detail',
      orders: [],
      notes: ['order detail not found on the page (the layout may have changed)'],
    });
    expect(parseTaobao(detailPage({ other: 1 }), DETAIL, NOW).notes).toEqual(['order detail not found in the embedded data (the layout may have changed)']);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('walls and odd pages', () => {
  it('a login form drawn beside the order data is not a wall', () => {
    const html = fixture('list-multi-item.html').replace('<div id="J_bought_main"', '<form style="display:none"><input type="password"></form><div id="J_bought_main"');
    const read = parseTaobao(load(html), LIST, NOW);
    expect(read.blocked).toBeUndefined();
    expect(read.orders).toHaveLength(3);
  });

  it('a captcha text with no orders is a captcha wall, on the detail too', () => {
    const doc = load('<!DOCTYPE html><html><body><p>亲，请拖动下方滑块完成验证</p></body></html>');
    expect(taobao.ready(doc, 'detail')).toBe(true);
    expect(parseTaobao(doc, DETAIL, NOW)).toEqual({ kind: 'detail', orders: [], notes: ['Taobao shows a captcha instead of the orders'], blocked: 'captcha' });
  });

  it('on an address that is not an order page (reads, with a note)', () => {
    const read = parseTaobao(load(fixture('detail-shipped.html')), new URL('https://example.com/saved.html'), NOW);
    expect(read.kind).toBe('detail');
    expect(read.orders).toHaveLength(1);
    expect(read.notes).toEqual(['this address is not a Taobao order page we know; read as a detail']);
  });
});

describe('never throws', () => {
  it('on an empty document', () => {
    const doc = document.implementation.createHTMLDocument('');
    for (const url of [LIST, DETAIL]) {
      const r = parseTaobao(doc, url, NOW);
      expect(r.orders).toEqual([]);
      expect(r.blocked).toBeUndefined();
    }
  });

  it('on garbage', () => {
    const doc = load(`<<<div class="js-order-container"><table><tr><td><a class="production-mod__pic___x">\u0000\uffff<script>var data = JSON.parse('{');</script><<script>>>`);
    for (const url of [LIST, DETAIL]) {
      const r = parseTaobao(doc, url, NOW);
      expect(Array.isArray(r.orders)).toBe(true);
      expectValid(r);
    }
  });

  it('on data of the wrong shapes', () => {
    for (const data of [null, 42, 'x', [], { mainOrders: 'x' }, { mainOrders: [null, 1, 'x', [], { id: {} }] }, { mainOrder: [] }, { mainOrder: { id: [], subOrders: {}, orderInfo: 'x' } }]) {
      for (const [doc, url] of [[listPage(data), LIST], [detailPage(data), DETAIL]] as const) {
        const r = parseTaobao(doc, url, NOW);
        expectValid(r);
      }
    }
  });

  it('on a document whose every method throws', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } }) as unknown as Document;
    expect(() => parseTaobao(hostile, LIST, NOW)).not.toThrow();
    expect(parseTaobao(hostile, LIST, NOW)).toEqual({ kind: 'list', orders: [], notes: ['could not read the page (Error)'] });
    expect(taobao.ready(hostile, 'list')).toBe(false);
  });

  it('turns hostile embedded data into a valid, capped record of inert text', () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(1)</script>'.padEnd(5000, 'A');
    const data = {
      error: '',
      mainOrders: [
        {
          id: '4865640015090004803',
          orderInfo: { createTime: '2025-11-08 03:44:47' },
          extra: { tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS' },
          statusInfo: { text: evil, url: 'javascript:alert(1)' },
          seller: { shopName: evil, shopUrl: 'javascript:alert(1)//?user_number_id=1', id: Number('4865640015090004803') },
          payInfo: { actualFee: 'NaN', icons: 'x' },
          operations: [{ text: { toString: 1 } }],
          subOrders: [
            {
              itemInfo: { title: evil, pic: 'https://tracker.evil.example/p.jpg', itemUrl: '//evil.example/item.htm?id=1', skuText: [{ name: evil, value: evil }], extra: 'x' },
              priceInfo: { realTotal: '9'.repeat(400) },
              quantity: '99999999',
            },
            null,
            'x',
          ],
        },
      ],
    };
    const r = parseTaobao(listPage(data), LIST, NOW);
    expectValid(r);
    const o = r.orders[0]!;
    expect(o.statusText).toHaveLength(200);
    expect(o.seller).toEqual({ name: evil.slice(0, 300) });
    expect(o.items).toHaveLength(1);
    expect(o.items[0]?.title).toBe(evil.slice(0, 1000));
    expect(o.items[0]?.sku?.length).toBeLessThanOrEqual(500);
    expect(o.items[0]?.imageUrl).toBeUndefined();
    expect(o.items[0]?.url).toBeUndefined();
    expect(o.total).toBeUndefined();
    expect(o.missing).toEqual(['items[0].quantity', 'items[0].unitPrice', 'total']);
    // Page text stays text: nothing was parsed into the document.
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('turns a hostile drawn card into a valid, capped record', () => {
    const long = 'A'.repeat(5000);
    const doc = load(`<!DOCTYPE html><html><body><div class="js-order-container"><div class="bought-wrapper-mod__trade-order___x" data-id="4861000000001000001"><table>
      <tbody class="bought-wrapper-mod__head___x"><tr><td>2025-11-06订单号: 4861000000001000001 <a class="seller-mod__name___x" href="javascript:alert(1)">${long}</a></td></tr></tbody>
      <tbody><tr><td><a class="production-mod__pic___x" href="https://evil.example/item.htm?id=1"><img src="https://tracker.evil.example/p.jpg"></a><div style="margin-left:90px"><p><a href="//item.taobao.com/item.htm?id=1"><span>&lt;script&gt;${long}</span></a></p></div></td>
      <td>￥${'9'.repeat(300)}</td><td>99999999</td><td></td><td><strong>￥NaN</strong></td><td><p><span>${'卖家已发货'.repeat(100)}</span></p></td><td><span>还剩999天23时</span></td></tr></tbody></table></div></div></body></html>`);
    const r = parseTaobao(doc, LIST, NOW);
    expectValid(r);
    const o = r.orders[0]!;
    expect(o.seller).toEqual({ name: 'A'.repeat(300) });
    expect(o.items[0]?.title).toBe(`<script>${long}`.slice(0, 1000));
    expect(o.items[0]?.imageUrl).toBeUndefined();
    expect(o.items[0]?.url).toBeUndefined();
    expect(o.statusText).toHaveLength(200);
    expect(o.missing).toEqual(['items[0].quantity', 'items[0].unitPrice', 'total']);
  });
});
