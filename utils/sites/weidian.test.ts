// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OrderReadSchema } from '../model';
import type { PageRead } from './types';
import { mapStatus, PAGE_DATA_ELEMENT_ID, parseWeidian, parseWeidianData, weidian, weidianDetail, weidianList } from './weidian';
import { covered, expectOneFamilyEach } from '../../tests/site-matches';

// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is the DOM's.
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/weidian');

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const page = (body: string) => load(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const LIST = new URL('https://weidian.com/user/order/list.php?type=0');
const DETAIL = new URL('https://weidian.com/user/order-new/detail.php?oid=829104455660202');
const LOGISTICS = new URL('https://weidian.com/user/order-new/logistics.php?oid=829104455660707');
const NOW = new Date('2026-03-02T04:00:00.000Z');

function expectValid(read: PageRead) {
  for (const o of read.orders) OrderReadSchema.parse(o);
}

/** A list record with the documented fields (marketplaces.md §4.3); `over` replaces any of them. */
function record(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    order_id: '829100000000001',
    shop_id: '1234500009',
    shop_name: '测试小店',
    status_desc: '待发货',
    add_time: '2026-03-01 10:00:00',
    pay_time: '2026-03-01 10:01:00',
    total_price: '20.00',
    sub_orders: [{ item_id: '7312009001', item_title: '测试商品', item_sku_title: '红色;L', quantity: 2, price: '10.00', img_head: 'https://si.geilicdn.com/pcitem-test_800_800.jpg' }],
    ...over,
  };
}
const listData = (orders: unknown[], status: unknown = { code: 0, message: 'OK' }) => ({ list: { status, result: { listRespDTOList: orders, lastPage: true } } });
const rocker = (data: unknown) => `<script id="__rocker-render-inject__" type="text/template" data-obj="${JSON.stringify(data).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"></script>`;
const bridge = (text: string) => `<script type="application/json" id="${PAGE_DATA_ELEMENT_ID}">${text}</script>`;

// ---------------------------------------------------------------------------------------------------

describe('fixtures', () => {
  const htmlFiles = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort();

  it('are all there, each with its expected result', () => {
    expect(htmlFiles.length).toBeGreaterThanOrEqual(13);
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
    // The login page is no order page of ours: detect refuses it, parse still recognises the wall.
    if (url.hostname === 'sso.weidian.com') expect(weidian.detect(url)).toBeNull();
    else expect(weidian.detect(url)).toBe(expected.result.kind);
    expect(weidian.ready(doc, expected.result.kind)).toBe(true);
    const read = parseWeidian(doc, url, new Date(expected.now));
    expect(read).toEqual(expected.result);
    expectValid(read);
    // JSON round trip: no undefined values or non-JSON types hide in the record.
    expect(JSON.parse(JSON.stringify(read))).toEqual(read);
    // Ids stay strings of digits, whole.
    for (const o of read.orders) {
      expect(o.orderId).toMatch(/^\d{15}$/);
      for (const i of o.items) if (i.productId !== undefined) expect(i.productId).toMatch(/^\d+$/);
    }
  });

  it('no fixture holds the real ids, accounts or tokens seen in the research sources', () => {
    // Real order ids, an item id, buyer/seller account ids, wdtoken and visitor cookies and an agent's hosts
    // that appear in the public scripts the fixtures are built from.
    const real = ['820970714994581', '821443466442645', '821471599859605', '821334081984405', '821378929334524', '820940821854101', '820777158679610', '5462036736', '1625746264', '1914883825', '1798256885', '58ed060c', '075e7b03', '2ef09da5a6200925', '2584a22f42a4db8a', 'mtkjn', 'unstars'];
    for (const f of readdirSync(FIXTURES)) {
      const text = fixture(f);
      for (const s of real) expect(text, `${f} contains ${s}`).not.toContain(s);
    }
  });

  it('page countdowns count from the injected capture time, not the clock', () => {
    const doc = load(fixture('list-data-ssr.html'));
    const a = parseWeidian(doc, LIST, new Date('2026-03-02T04:00:00Z'));
    const b = parseWeidian(doc, LIST, new Date('2026-03-03T04:00:00Z'));
    const due = (r: PageRead) => r.orders.find((o) => o.orderId === '829104455660202')?.pageDeadlines[0];
    expect(due(a)).toEqual({ ruleId: 'wd.autoconfirm', due: '2026-03-08T08:00:00.000Z', text: '还剩6天4小时自动确认收货' });
    expect(due(b)?.due).toBe('2026-03-09T08:00:00.000Z');
    // A dated promise does not move.
    const shipBy = (r: PageRead) => r.orders[0]?.pageDeadlines[0]?.due;
    expect(shipBy(a)).toBe('2026-03-06T15:59:00.000Z');
    expect(shipBy(b)).toBe('2026-03-06T15:59:00.000Z');
  });

  it('the adapter interface (two arguments) reads the same orders', () => {
    const read = weidian.parse(load(fixture('list-data-ssr.html')), LIST);
    expect(read.orders.map((o) => o.orderId)).toEqual(['829104455660101', '829104455660202', '829104455660303', '829104455660404', '829104455660505']);
  });

  it('a 17-digit item id and a numeric order id come out exact', () => {
    const read = parseWeidian(load(fixture('list-data-script.html')), new URL('https://weidian.com/user/order/list.php?type=3'), NOW);
    const g = read.orders.find((o) => o.orderId === '829104455660707');
    expect(g?.items[0]?.productId).toBe('73120001019876543');
    expect(g?.items[0]?.url).toBe('https://weidian.com/item.html?itemID=73120001019876543');
  });

  it('a picture the lazy loader has not fetched yet is not taken for the item picture', () => {
    const html = fixture('list-dom-judge.html').replace('class="itme_img" lazy="loaded"', 'class="itme_img" lazy="loading"');
    const read = parseWeidian(load(html), new URL('https://weidian.com/user/order/list.php?type=4'), NOW);
    expect(read.orders[0]?.items[0]?.imageUrl).toBeUndefined();
    expect(read.orders[0]?.items[1]?.imageUrl).toBe('https://si.geilicdn.com/pcitem1234500003-1a2b0000018e3c4d5e6f0a21ab32_800_800.jpg');
  });
});

// ---------------------------------------------------------------------------------------------------

describe('detect', () => {
  const cases: [string, 'list' | 'detail' | null][] = [
    ['https://weidian.com/user/order/list.php?type=0', 'list'],
    ['https://weidian.com/user/order/list.php?type=3&spider_token=8ab3', 'list'],
    ['https://weidian.com/user/order/list.php', 'list'],
    ['http://weidian.com/user/order/list.php?type=2', 'list'],
    ['https://weidian.com/user/order-new/list.php?type=0', 'list'],
    ['https://i.weidian.com/order/list.php?type=0', 'list'],
    ['https://weidian.com/user/order-new/detail.php?oid=829104455660202', 'detail'],
    ['https://weidian.com/user/order-new/detail.php?wfr=wx&oid=829104455660202&purchaseAction=x', 'detail'],
    ['https://shop1234500002.v.weidian.com/user/order-new/detail.php?oid=829104455660202', 'detail'],
    ['https://weidian.com/user/order/detail.php?oid=829104455660202', 'detail'],
    ['https://weidian.com/user/order-new/logistics.php?oid=829104455660707', 'detail'],
    ['https://i.weidian.com/order/detail.php?oid=829104455661313', 'detail'],
    // Gotchas: neighbouring pages, other sites, lookalike hosts, malformed ids.
    ['https://weidian.com/user/order-new/detail.php', null],
    ['https://weidian.com/user/order-new/detail.php?oid=abc', null],
    ['https://weidian.com/user/order-new/detail.php?orderId=829104455660202', null],
    ['https://weidian.com/user/order-new/logistics.php', null],
    ['https://weidian.com/user/order/detail.php', null],
    ['https://i.weidian.com/order/detail.php?oid=12', null],
    ['https://weidian.com/user/order-new/searchList?key=x', null],
    ['https://weidian.com/user/order/refundList?type=5', null],
    ['https://weidian.com/user/order/list.php/x', null],
    ['https://weidian.com/user/index.php', null],
    ['https://weidian.com/item.html?itemID=7312000101', null],
    ['https://weidian.com/?userid=1234500001', null],
    ['https://weidian.com/buy/add-order/index.php', null],
    ['https://h5.weidian.com/miniapp/uni-user/index.html', null],
    ['https://sso.weidian.com/login/index.php?redirect=https%3A%2F%2Fweidian.com%2Fuser%2Forder%2Flist.php', null],
    ['https://sso.weidian.com/user/order-new/detail.php?oid=829104455660202', null],
    ['https://shop1.v.weidian.com/user/order/list.php', null],
    ['https://www.weidian.com/user/order/list.php', null],
    ['https://weidian.com.evil.example/user/order/list.php', null],
    ['https://evilweidian.com/user/order-new/detail.php?oid=829104455660202', null],
    ['https://weidian.com@evil.example/user/order/list.php', null],
    ['https://evil.example/user/order/list.php?next=weidian.com', null],
    ['https://koudai.com/user/order/list.php', null],
    ['ftp://weidian.com/user/order/list.php', null],
  ];
  it.each(cases)('%s → %s', (url, kind) => {
    expect(weidian.detect(new URL(url))).toBe(kind);
  });

  /** Chrome match-pattern semantics, enough for our patterns: scheme `*`, host `*.x` or exact, path glob. */

  it('every page detect accepts is covered by a manifest match pattern (the script gets injected there)', () => {
    for (const [url, kind] of cases) {
      if (!kind) continue;
      expect(weidian.matches.some((p) => covered(p, new URL(url))), url).toBe(true);
    }
  });

  it('each page is read by exactly one page family, whose own content script is registered there', () => {
    expectOneFamilyEach(weidian, [weidianList, weidianDetail], cases);
  });

  it('match patterns stay off unrelated pages', () => {
    for (const url of ['https://weidian.com/item.html?itemID=1', 'https://weidian.com/user/index.php', 'https://weidian.com/buy/add-order/index.php', 'https://sso.weidian.com/login/index.php', 'https://h5.weidian.com/miniapp/uni-user/index.html', 'https://weidian.com/?userid=1']) {
      expect(weidian.matches.some((p) => covered(p, new URL(url))), url).toBe(false);
    }
  });

  it('asks for no host wildcard broader than the detail page', () => {
    for (const p of weidian.matches) expect(p).toMatch(/^\*:\/\/(\*\.)?[a-z.]*weidian\.com\/(user|order)\/[a-z-]+\/?[a-z-]*\.php\*$/);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('mapStatus', () => {
  const cases: [string, string][] = [
    ['待付款', 'unpaid'],
    ['等待买家付款', 'unpaid'],
    ['待发货', 'awaiting_shipment'],
    ['买家已付款', 'awaiting_shipment'],
    ['部分发货', 'partially_shipped'],
    ['卖家部分发货', 'partially_shipped'],
    ['已发货', 'shipped'],
    ['待收货', 'shipped'],
    ['卖家已发货', 'shipped'],
    ['已签收', 'delivered'],
    ['已完成', 'completed'],
    ['交易成功', 'completed'],
    ['待评价', 'completed'],
    ['已关闭', 'cancelled'],
    ['交易关闭', 'cancelled'],
    ['已取消', 'cancelled'],
    ['退款中', 'in_dispute'],
    ['退款申请中', 'in_dispute'],
    ['待买家处理退货', 'in_dispute'],
    ['待商家处理退货', 'in_dispute'],
    ['售后中', 'in_dispute'],
    ['退款成功', 'refunded'],
    ['已退款', 'refunded'],
    ['退款关闭', 'unknown'],
    ['售后已撤销', 'unknown'],
    ['售后完成', 'unknown'],
    ['退款完成', 'refunded'],
    ['拼团中', 'unknown'],
    ['', 'unknown'],
    ['constructor', 'unknown'],
    ['Completed', 'unknown'],
  ];
  it.each(cases)('%s → %s', (text, status) => {
    expect(mapStatus(text)).toBe(status);
  });

  it('folds per-item refund words into the order: one open refund is a dispute, all refunded is refunded, some refunded is neither', () => {
    const sub = (desc: string) => ({ item_id: '1', item_title: `item ${desc}`, quantity: 1, price: '1.00', sub_order_desc: desc });
    const read = (subs: unknown[]) => parseWeidianData(listData([record({ status_desc: '已完成', sub_orders: subs })]), LIST, NOW).orders[0];
    expect(read([sub('退款中'), sub('')])).toMatchObject({ status: 'in_dispute', statusText: '已完成 · 退款中' });
    expect(read([sub('退款成功'), sub('退款成功')])).toMatchObject({ status: 'refunded', statusText: '已完成 · 退款成功' });
    expect(read([sub('退款成功'), sub('')])).toMatchObject({ status: 'completed', statusText: '已完成 · 退款成功' });
    expect(read([sub('退款关闭')])).toMatchObject({ status: 'completed', statusText: '已完成 · 退款关闭' });
  });
});

// ---------------------------------------------------------------------------------------------------

describe('parseWeidianData', () => {
  it('maps a list record with every documented field', () => {
    const r = parseWeidianData(listData([record({ express_time: '2026-03-01 18:00:00', modified_total_price: '18.00' })]), LIST, NOW);
    expect(r.notes).toEqual([]);
    expect(r.orders).toEqual([
      {
        site: 'weidian',
        orderId: '829100000000001',
        url: 'https://weidian.com/user/order-new/detail.php?oid=829100000000001',
        seller: { name: '测试小店', id: '1234500009', url: 'https://weidian.com/?userid=1234500009' },
        items: [
          {
            title: '测试商品',
            sku: '红色;L',
            quantity: 2,
            unitPrice: { amount: 10, currency: 'CNY', text: '¥10.00' },
            imageUrl: 'https://si.geilicdn.com/pcitem-test_800_800.jpg',
            url: 'https://weidian.com/item.html?itemID=7312009001',
            productId: '7312009001',
          },
        ],
        total: { amount: 18, currency: 'CNY', text: '¥18.00' },
        status: 'awaiting_shipment',
        statusText: '待发货',
        events: [
          { kind: 'ordered', at: '2026-03-01T02:00:00.000Z', dateOnly: false, zone: 'Asia/Shanghai', text: '2026-03-01 10:00:00' },
          { kind: 'paid', at: '2026-03-01T02:01:00.000Z', dateOnly: false, zone: 'Asia/Shanghai', text: '2026-03-01 10:01:00' },
          { kind: 'seller_shipped', at: '2026-03-01T10:00:00.000Z', dateOnly: false, zone: 'Asia/Shanghai', text: '2026-03-01 18:00:00' },
        ],
        tracking: [],
        pageDeadlines: [],
        missing: [],
      },
    ]);
  });

  it('reads the 待评价 records (commentOrders, camelCase items) and the older items[] form', () => {
    const comment = { orderId: '829100000000002', shopName: '评价小店', items: [{ itemTitle: '评价商品', itemSkuTitle: '蓝', imgHead: 'https://si.geilicdn.com/x.jpg', quantity: '1', price: 5 }] };
    const r = parseWeidianData({ list: { status: { code: 0 }, result: { commentOrders: [comment] } } }, new URL('https://weidian.com/user/order/list.php?type=4'), NOW);
    expect(r.orders[0]).toMatchObject({ orderId: '829100000000002', seller: { name: '评价小店' }, status: 'completed', statusText: '待评价', items: [{ title: '评价商品', sku: '蓝', quantity: 1, unitPrice: { amount: 5, currency: 'CNY', text: '¥5' } }] });
    const old = parseWeidianData(listData([record({ sub_orders: undefined, items: [{ item_id: 99, item_title: '旧接口商品', item_sku_title: '', quantity: 1, price: '3.50' }] })]), new URL('https://i.weidian.com/order/list.php?type=0'), NOW);
    expect(old.orders[0]?.items).toEqual([{ title: '旧接口商品', quantity: 1, unitPrice: { amount: 3.5, currency: 'CNY', text: '¥3.50' }, url: 'https://weidian.com/item.html?itemID=99', productId: '99' }]);
  });

  it('reads a detail and a logistics object, and says when the page shows another order than its address', () => {
    const detail = parseWeidianData({ detail: { status: { code: 0 }, result: record({ order_id: '829100000000003', logisticsInfo: { express_no: 'SF1234567890', express_company: '顺丰速运' } }) } }, DETAIL, NOW);
    expect(detail.kind).toBe('detail');
    expect(detail.orders[0]).toMatchObject({ orderId: '829100000000003', tracking: [{ number: 'SF1234567890', carrier: '顺丰速运' }] });
    expect(detail.notes).toEqual(['the page shows order 829100000000003 at the address of order 829104455660202']);
    // A detail object without its own id takes the address's.
    const { order_id: _drop, ...noId } = record();
    expect(parseWeidianData({ detail: { status: { code: 0 }, result: noId } }, DETAIL, NOW).orders[0]?.orderId).toBe('829104455660202');
    const log = parseWeidianData({ orderLogistics: { status: { code: 0 }, result: { deliver_list: [{ expressNo: 'YT0000000001', expressCompany: '圆通速递' }, { express_no: '<b>' }] } } }, LOGISTICS, NOW);
    expect(log.orders).toEqual([
      { site: 'weidian', orderId: '829104455660707', url: 'https://weidian.com/user/order-new/detail.php?oid=829104455660707', items: [], status: 'unknown', events: [], tracking: [{ number: 'YT0000000001', carrier: '圆通速递' }], pageDeadlines: [], missing: [] },
    ]);
  });

  it('takes the kind from the data when the address is not one of ours', () => {
    const r = parseWeidianData({ detail: { status: { code: 0 }, result: record() } }, new URL('https://example.com/saved.html'), NOW);
    expect(r.kind).toBe('detail');
    expect(r.orders).toHaveLength(1);
    expect(r.notes).toEqual(['this address is not a Weidian order page we know; read as a detail']);
  });

  it('turns the gateway answers into a login wall or a note', () => {
    expect(parseWeidianData(listData([], { code: 2, message: 'LOGIN ERROR' }), LIST, NOW)).toEqual({ kind: 'list', orders: [], notes: ['Weidian asks to log in before showing the orders'], blocked: 'login' });
    expect(parseWeidianData(listData([record()], { code: 1001, message: '系统开小差了, 请稍后再试' }), LIST, NOW)).toEqual({
      kind: 'list',
      orders: [],
      notes: ['Weidian answered the page with an error (code 1001: 系统开小差了, 请稍后再试)'],
    });
    expect(parseWeidianData(listData([]), LIST, NOW)).toEqual({ kind: 'list', orders: [], notes: [] });
  });

  it('keeps ids exact or refuses them: an unsafe numeric id is not rounded into another order', () => {
    const r = parseWeidianData(listData([record({ order_id: Number('8291044556601011234') }), record({ order_id: 829100000000004 })]), LIST, NOW);
    expect(r.orders.map((o) => o.orderId)).toEqual(['829100000000004']);
    expect(r.notes).toEqual(['order 1: its id is not a usable order number; skipped']);
  });

  it('keeps the first of two records with the same id', () => {
    const r = parseWeidianData(listData([record(), record({ status_desc: '已关闭' })]), LIST, NOW);
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0]?.status).toBe('awaiting_shipment');
    expect(r.notes).toEqual(['order 829100000000001 appears twice; the first was kept']);
  });

  it('reads at most 200 orders per page and says so', () => {
    const many = Array.from({ length: 205 }, (_, i) => record({ order_id: String(829100000001000 + i) }));
    const r = parseWeidianData(listData(many), LIST, NOW);
    expect(r.orders).toHaveLength(200);
    expect(r.orders[199]?.orderId).toBe('829100000001199');
    expect(r.notes).toEqual(['the page data holds 205 orders; only the first 200 were read']);
    expectValid(r);
  });

  it('reads page deadlines from the page words: countdowns from now, dated promises with or without a year', () => {
    const tips = (t: string[], now = NOW) => parseWeidianData(listData([record({ sub_orders: [{ item_title: 'x', quantity: 1, price: '1', tips: t }] })]), LIST, now).orders[0]?.pageDeadlines;
    expect(tips(['还剩2天3小时15分自动确认收货'])).toEqual([{ ruleId: 'wd.autoconfirm', due: '2026-03-04T07:15:00.000Z', text: '还剩2天3小时15分自动确认收货' }]);
    expect(tips(['剩余10小时卖家未发货将自动退款'])).toEqual([{ ruleId: 'wd.ship.by', due: '2026-03-02T14:00:00.000Z', text: '剩余10小时卖家未发货将自动退款' }]);
    expect(tips(['03月06日 23:59前发货'])?.[0]?.due).toBe('2026-03-06T15:59:00.000Z');
    expect(tips(['2026年3月6日前发货'])?.[0]?.due).toBe('2026-03-05T16:00:00.000Z');
    // Late December: "1月3日" is next January.
    expect(tips(['01月03日 12:00前发货'], new Date('2025-12-30T04:00:00Z'))?.[0]?.due).toBe('2026-01-03T04:00:00.000Z');
    // Words that are no deadline, or a countdown beyond any clock, give nothing.
    expect(tips(['7天无理由退货', '还剩999天自动确认收货', '库存仅剩3件'])).toEqual([]);
  });

  it('never throws on garbage', () => {
    const hostileGetter = Object.defineProperty({}, 'list', { enumerable: true, get: () => { throw new Error('boom'); } });
    const throwingProxy = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); }, getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
    const cyclic: Record<string, unknown> = {};
    cyclic.list = { status: { code: 0 }, result: { listRespDTOList: [cyclic, record({ sub_orders: [cyclic] })] } };
    const bigArray = { list: { status: { code: 0 }, result: { listRespDTOList: new Array(1e6) } } };
    for (const data of [null, undefined, 42, 'list', [], [record()], {}, { list: 'x' }, { list: { result: { listRespDTOList: 'x' } } }, { list: { result: { listRespDTOList: [null, 1, 'x', [], { order_id: {} }] } } }, hostileGetter, throwingProxy, cyclic, bigArray]) {
      let r: PageRead | undefined;
      expect(() => (r = parseWeidianData(data, LIST, NOW))).not.toThrow();
      expect(Array.isArray(r?.orders)).toBe(true);
      expectValid(r!);
    }
    expect(parseWeidianData(throwingProxy, LIST, NOW)).toEqual({ kind: 'list', orders: [], notes: ['could not read the page data (Error)'] });
    expect(parseWeidianData(cyclic, LIST, NOW).orders.map((o) => o.orderId)).toEqual(['829100000000001']);
  });

  it('turns hostile values into inert, capped text and refuses foreign links', () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const long = 'A'.repeat(5000);
    const r = parseWeidianData(
      listData([
        record({
          shop_name: evil + long,
          shop_id: 'javascript:alert(1)',
          shop_url: 'javascript:alert(1)//weidian.com/?userid=1234500009',
          status_desc: evil + '已完成'.repeat(200),
          add_time: evil,
          total_price: '9'.repeat(400),
          sub_orders: [{ item_id: '1; DROP TABLE', item_title: evil + long, item_sku_title: long, quantity: 99999999, price: '-5', img_head: 'https://tracker.evil.example/p.jpg', url: 'https://evil.example/item.html?itemID=123', tips: [evil, '还剩1天自动确认收货' + evil] }],
          logisticsInfo: { expressNo: evil, expressCompany: evil },
        }),
      ]),
      LIST,
      NOW,
    );
    expectValid(r);
    const o = r.orders[0]!;
    expect(o.seller).toEqual({ name: (evil + long).slice(0, 300) });
    expect(o.statusText?.length).toBeLessThanOrEqual(200);
    expect(o.status).toBe('unknown');
    expect(o.items[0]?.title).toBe((evil + long).slice(0, 1000));
    expect(o.items[0]?.sku?.length).toBe(500);
    expect(o.items[0]).not.toHaveProperty('imageUrl');
    expect(o.items[0]).not.toHaveProperty('url');
    expect(o.items[0]).not.toHaveProperty('productId');
    expect(o.items[0]).not.toHaveProperty('quantity');
    expect(o.items[0]).not.toHaveProperty('unitPrice');
    expect(o.total).toBeUndefined();
    expect(o.tracking).toEqual([]);
    expect(o.pageDeadlines).toEqual([{ ruleId: 'wd.autoconfirm', due: '2026-03-03T04:00:00.000Z', text: ('还剩1天自动确认收货' + evil).slice(0, 300) }]);
    expect(o.missing).toEqual(['items[0].quantity', 'items[0].unitPrice', 'total', 'events.ordered']);
  });
});

// ---------------------------------------------------------------------------------------------------


// ---------------------------------------------------------------------------------------------------

describe('where the data is found', () => {
  const cardsDoc = (extra: string) => page(`${extra}<div id="app"><div class="order_item_info"><ul><li><div class="shop_info flex"><span class="flex_auto shop_name"><span class="icon_shape">DOM 小店</span></span> <span class="status_des">已完成</span></div></li></ul></div></div>`);

  it("prefers the server's data to the bridge's copy, and both to the DOM", () => {
    const server = listData([record({ order_id: '829100000000011' })]);
    const bridged = listData([record({ order_id: '829100000000012' })]);
    const r = parseWeidian(cardsDoc(rocker(server) + bridge(JSON.stringify(bridged))), LIST, NOW);
    expect(r.orders.map((o) => o.orderId)).toEqual(['829100000000011']);
    const r2 = parseWeidian(cardsDoc(bridge(JSON.stringify(bridged))), LIST, NOW);
    expect(r2.orders.map((o) => o.orderId)).toEqual(['829100000000012']);
  });

  it("passes over data that holds another page's section", () => {
    const countOnly = { count: { status: { code: 0 }, result: { statusCounts: { '0': 1 } } } };
    const r = parseWeidian(cardsDoc(rocker(countOnly) + bridge(JSON.stringify(listData([record()])))), LIST, NOW);
    expect(r.orders.map((o) => o.orderId)).toEqual(['829100000000001']);
  });

  it('reads the inline assignment forms, and never runs them', () => {
    const json = JSON.stringify(listData([record()]));
    for (const script of [`window.getData = ${json};`, `var getData=${json}\nwindow.x = 1;`, `  window . getData =  JSON.parse('${json.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}');`, `let getData = JSON.parse("${json.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}")`]) {
      const r = parseWeidian(page(`<script>${script}</script><div id="app"></div>`), LIST, NOW);
      expect(r.orders.map((o) => o.orderId), script.slice(0, 40)).toEqual(['829100000000001']);
    }
    const g = globalThis as { getData?: unknown };
    expect(g.getData).toBeUndefined();
  });

  it('notes data it cannot read and falls back to the next source', () => {
    const r = parseWeidian(cardsDoc(`<script>window.getData = {list: {status: {code: 0}}};</script>${bridge('{not json')}`), LIST, NOW);
    expect(r.orders).toEqual([]);
    expect(r.notes).toEqual([
      "the page's embedded data is not JSON; not read",
      'the bridged data is not JSON; not read',
      'order card 1: the card shows no order id; skipped',
      "this list layout shows no order ids: the orders are read from the page's data, or from each order's page",
    ]);
  });

  it('ignores JSON scripts that are not ours and scripts of other types', () => {
    const json = JSON.stringify(listData([record()]));
    const r = parseWeidian(cardsDoc(`<script type="application/json" id="other">${json}</script><script type="text/template">window.getData = ${json}</script>`), LIST, NOW);
    expect(r.orders).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('walls and odd pages', () => {
  it('a login form instead of the orders is a login wall, and ready', () => {
    const doc = page('<form><input id="login_isRegiTele_input"><input id="login_pwd_input" type="password"></form>');
    expect(weidian.ready(doc, 'list')).toBe(true);
    expect(parseWeidian(doc, LIST, NOW)).toEqual({ kind: 'list', orders: [], notes: ['Weidian asks to log in before showing the orders'], blocked: 'login' });
  });

  it('a hidden login form beside real orders is not a wall', () => {
    const html = fixture('list-bridge.html').replace('<div id="app">', '<form style="display:none"><input type="password"></form><div id="app">');
    const r = parseWeidian(load(html), new URL('https://weidian.com/user/order/list.php?type=1'), NOW);
    expect(r.blocked).toBeUndefined();
    expect(r.orders).toHaveLength(2);
  });

  it('the login page takes its kind from the page it returns to', () => {
    const url = new URL('https://sso.weidian.com/login/index.php?redirect=https%3A%2F%2Fweidian.com%2Fuser%2Forder-new%2Fdetail.php%3Foid%3D829104455660202');
    expect(parseWeidian(page(''), url, NOW)).toEqual({ kind: 'detail', orders: [], notes: ['Weidian asks to log in before showing the orders'], blocked: 'login' });
  });

  it('is not ready while the page has drawn only its shell', () => {
    expect(weidian.ready(page('<div id="appSt"><div class="order_skeleton"></div></div><div id="app"></div>'), 'list')).toBe(false);
    expect(weidian.ready(page('<div id="detail"></div>'), 'detail')).toBe(false);
    expect(weidian.ready(page('<div id="app"></div>'), 'detail')).toBe(false);
    expect(weidian.ready(page(''), 'list')).toBe(false);
  });

  it('a shell with no cards and no empty state gives a note, not silence', () => {
    expect(parseWeidian(page('<div id="app"><div class="tab"></div></div>'), LIST, NOW)).toEqual({ kind: 'list', orders: [], notes: ['no order cards found on the page (the layout may have changed)'] });
  });

  it('a detail or logistics address showing something else yields no order and a note', () => {
    expect(parseWeidian(page('<h1>页面不存在</h1>'), DETAIL, NOW)).toEqual({ kind: 'detail', orders: [], notes: ['order detail not found on the page (the layout may have changed)'] });
    expect(parseWeidian(page('<div id="app"><p>暂无物流信息</p></div>'), LOGISTICS, NOW)).toEqual({ kind: 'detail', orders: [], notes: ['no tracking number found on the logistics page (the layout may have changed)'] });
  });

  it('reads a drawn logistics page by its labelled rows', () => {
    const doc = page('<div id="app"><div class="pkg"><p>物流公司：顺丰速运</p><p>运单号：SF1402233445566 <a>复制</a></p></div><div class="pkg"><p>物流公司：极兔速递</p><p>运单号：JT5098765432109</p></div></div>');
    expect(weidian.ready(doc, 'detail')).toBe(true);
    expect(parseWeidian(doc, LOGISTICS, NOW).orders[0]?.tracking).toEqual([
      { number: 'SF1402233445566', carrier: '顺丰速运' },
      { number: 'JT5098765432109', carrier: '极兔速递' },
    ]);
  });

  it('notes a drawn detail showing another order than its address names', () => {
    const url = new URL('https://shop1234500002.v.weidian.com/user/order-new/detail.php?oid=829100000000099');
    const r = parseWeidian(load(fixture('detail-dom.html')), url, NOW);
    expect(r.orders[0]?.orderId).toBe('829104455660202');
    expect(r.notes).toEqual(['the page shows order 829104455660202 at the address of order 829100000000099']);
  });

  it('reads a saved page at an address that is not an order page, with a note', () => {
    const r = parseWeidian(load(fixture('list-data-ssr.html')), new URL('https://example.com/saved.html'), NOW);
    expect(r.orders).toHaveLength(5);
    expect(r.notes).toEqual(['this address is not a Weidian order page we know; read as a list']);
  });

  it('keeps the first of two cards with the same order id', () => {
    const html = fixture('list-dom-judge.html');
    const first = /<li><div class="shop_info[\s\S]*?<\/li>/.exec(html)?.[0];
    expect(first).toBeTruthy();
    const r = parseWeidian(load(html.replace(first!, first! + first!)), new URL('https://weidian.com/user/order/list.php?type=4'), NOW);
    expect(r.orders.map((o) => o.orderId)).toEqual(['829104455660303', '829104455661212']);
    expect(r.notes).toEqual(['order 829104455660303 appears twice; the first card was kept']);
  });
});

describe('never throws', () => {
  it('on an empty document', () => {
    const doc = document.implementation.createHTMLDocument('');
    for (const url of [LIST, DETAIL, LOGISTICS, new URL('https://i.weidian.com/order/list.php')]) {
      const r = parseWeidian(doc, url, NOW);
      expect(r.orders).toEqual([]);
      expect(r.blocked).toBeUndefined();
    }
  });

  it('on garbage', () => {
    const doc = load(`<<<div class="order_item_info"><ul><li><<script>>>\u0000\uffff<script id="__rocker-render-inject__" data-obj="{&quot;list&quot;:"></script>${bridge('[[[')}<div id="detail"><p>订单编号：</p>`);
    for (const url of [LIST, DETAIL, LOGISTICS]) {
      const r = parseWeidian(doc, url, NOW);
      expect(Array.isArray(r.orders)).toBe(true);
      expectValid(r);
    }
  });

  it('on a document whose every method throws', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } }) as unknown as Document;
    expect(parseWeidian(hostile, LIST, NOW)).toEqual({ kind: 'list', orders: [], notes: ['could not read the page (Error)'] });
    expect(weidian.ready(hostile, 'list')).toBe(false);
    expect(weidian.ready(hostile, 'detail')).toBe(false);
  });

  it('turns a hostile drawn card into a valid, capped record', () => {
    const long = 'A'.repeat(5000);
    const doc = page(`
      <div class="order_item_info judge_order_info"><ul><li>
        <div class="shop_info flex"><span class="flex_auto shop_name"><span class="icon_shape">${long}</span></span>
          <a class="to_order_detail" href="https://weidian.com/user/order/detail.php?oid=829100000000077">查看订单</a></div>
        <div class="item_info"><div class="item_info_warp"><div class="flex item_info_conten">
          <img class="itme_img" src="https://tracker.evil.example/p.jpg">
          <span class="item_title">&lt;script&gt;alert(1)&lt;/script&gt;${long}\u0007</span><span class="item_sku">${long}</span>
          <span class="item_price"><span class="price">¥NaN</span><span class="quantity">×99999999</span></span>
        </div></div></div>
        <div class="order_all_price"><em class="total_price_text">¥${'9'.repeat(400)}</em></div>
      </li></ul></div>`);
    const r = parseWeidian(doc, new URL('https://weidian.com/user/order/list.php?type=0'), NOW);
    expectValid(r);
    const o = r.orders[0]!;
    expect(o.seller).toEqual({ name: 'A'.repeat(300) });
    expect(o.items[0]?.title.startsWith('<script>alert(1)</script>AAA')).toBe(true);
    expect(o.items[0]?.title.length).toBe(1000);
    expect(o.items[0]?.sku?.length).toBe(500);
    expect(o.items[0]?.imageUrl).toBeUndefined();
    expect(o.items[0]?.quantity).toBeUndefined();
    expect(o.total).toBeUndefined();
    expect(o.status).toBe('unknown');
    expect(o.missing).toEqual(['items[0].quantity', 'items[0].unitPrice', 'total', 'status', 'events.ordered']);
  });

  it('a card link to another site does not give an order id', () => {
    const doc = page('<div class="order_item_info"><ul><li><a class="to_order_detail" href="https://evil.example/user/order/detail.php?oid=829100000000077">x</a></li></ul></div>');
    expect(parseWeidian(doc, LIST, NOW).orders).toEqual([]);
  });
});
