// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadedAt } from './dom';
import {
  fullImageUrl,
  idOf,
  instantOf,
  itemLink,
  jsonParseVar,
  leftFromText,
  mapTradeStatus,
  moneyOf,
  objectVar,
  readJsString,
  sellerOf,
  shipByDue,
  statusWords,
  traceTime,
  withRefund,
} from './taobao-trade';

const BASE = new URL('https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm');
const page = (script: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body><script>${script}</script></body></html>`, 'text/html');

describe('readJsString (the embedded data is decoded, never evaluated)', () => {
  const cases: [string, string][] = [
    [String.raw`'{\"a\":\"b\"}'`, '{"a":"b"}'],
    [String.raw`'\/\/img.alicdn.com\/x.jpg'`, '//img.alicdn.com/x.jpg'],
    [String.raw`'\u5356\u5BB6\u5DF2\u53D1\u8D27'`, '卖家已发货'],
    [String.raw`'\\\"quoted\\\"'`, '\\"quoted\\"'],
    [String.raw`'it\'s'`, "it's"],
    [String.raw`"a\x41\u{1F600}\n\t"`, 'aA😀\n\t'],
    ["'line\\\ncontinued'", 'linecontinued'],
    [String.raw`'\0'`, '\0'],
    [String.raw`'\q'`, 'q'],
    // JSON-compatible bodies take the fast path (the engine's JSON string parser): same answers.
    [String.raw`'\\u4e2d'`, '\\u4e2d'],
    [String.raw`'a\\'`, 'a\\'],
    [String.raw`'\"\\\"'`, '"\\"'],
    [String.raw`'\b\f\r'`, '\b\f\r'],
    [String.raw`'\u2028'`, '\u2028'],
    [String.raw`'tab\there'`, 'tab\there'],
    // A raw double quote inside single quotes is fine in JS, not in JSON: the careful path reads it.
    [String.raw`'say "hi"'`, 'say "hi"'],
  ];
  it.each(cases)('%s', (literal, value) => {
    expect(readJsString(`x(${literal})`, 2)).toEqual({ value, end: literal.length + 2 });
  });
  it('stops at the matching quote only', () => {
    expect(readJsString(`'a"b' + 'c'`, 0)).toEqual({ value: 'a"b', end: 5 });
  });
  it('refuses what the page script would refuse', () => {
    for (const bad of [`'unterminated`, `'raw\nnewline'`, `'raw\rreturn'`, `'\\\\\nafter an escaped backslash'`, String.raw`'\u12'`, String.raw`'\xZ1'`, String.raw`'\u{110000}'`, String.raw`'\12'`, `'ends with \\`, `no quote`]) {
      expect(readJsString(bad, 0), bad).toBeUndefined();
    }
  });
});

describe('embedded variables', () => {
  it('reads var data = JSON.parse(…) from an inline script, 19-digit string ids intact', () => {
    const r = jsonParseVar(page(String.raw`var data = JSON.parse('{\"id\":\"4865640015090004803\",\"n\":4865640015090004803}');`), 'data');
    expect(r.status).toBe('ok');
    expect(r.status === 'ok' && (r.value as { id: string }).id).toBe('4865640015090004803');
  });
  it('says absent, or broken and why', () => {
    expect(jsonParseVar(page('var other = 1;'), 'data')).toEqual({ status: 'absent' });
    expect(jsonParseVar(page(`var data = JSON.parse('{"a":');`), 'data')).toEqual({ status: 'broken', why: 'it is not JSON' });
    expect(jsonParseVar(page(`var data = JSON.parse('{"a":1}`), 'data')).toEqual({ status: 'broken', why: 'its string could not be decoded' });
  });
  it('ignores scripts loaded from elsewhere and a variable of a longer name', () => {
    const doc = new DOMParser().parseFromString(`<script src="//g.alicdn.com/x.js">var data = JSON.parse('{}')</script><script>var mydata = JSON.parse('{}')</script>`, 'text/html');
    expect(jsonParseVar(doc, 'data')).toEqual({ status: 'absent' });
  });
  it('reads var detailData = {…}; with braces and quotes inside strings', () => {
    const r = objectVar(page(`var detailData = {"a":"}{\\"","b":[1,{"c":"'"}]};\nvar next = {};`), 'detailData');
    expect(r).toEqual({ status: 'ok', value: { a: '}{"', b: [1, { c: "'" }] } });
  });
  it('refuses an object literal that is not JSON, or does not end', () => {
    expect(objectVar(page('var detailData = {a: 1};'), 'detailData')).toEqual({ status: 'broken', why: 'it is not JSON' });
    expect(objectVar(page('var detailData = {"a": [1, 2'), 'detailData')).toEqual({ status: 'broken', why: 'it does not end' });
  });
});

describe('mapTradeStatus (§2.3)', () => {
  const cases: [string, string | undefined, string][] = [
    ['WAIT_BUYER_PAY', undefined, 'unpaid'],
    ['WAIT_SELLER_SEND_GOODS', undefined, 'awaiting_shipment'],
    ['SELLER_CONSIGNED_PART', undefined, 'partially_shipped'],
    ['WAIT_BUYER_CONFIRM_GOODS', '卖家已发货', 'shipped'],
    ['TRADE_BUYER_SIGNED', undefined, 'delivered'],
    ['TRADE_FINISHED', '交易成功', 'completed'],
    ['TRADE_CLOSED', '交易关闭', 'refunded'],
    ['CREATE_CLOSED_OF_TAOBAO', '交易关闭', 'cancelled'],
    ['TRADE_CLOSED_BY_TAOBAO', undefined, 'cancelled'],
    ['', '等待买家付款', 'unpaid'],
    ['', '买家已付款', 'awaiting_shipment'],
    ['', '卖家部分发货', 'partially_shipped'],
    ['', '卖家已发货，请查看页面下方物流信息了解宝贝寄送情况', 'shipped'],
    ['', '商家已发货，等待买家确认', 'shipped'],
    ['', '待确认收货', 'shipped'],
    ['', '未确认收货', 'shipped'],
    ['', '买家已签收', 'delivered'],
    ['', '交易成功', 'completed'],
    ['', '退款中', 'in_dispute'],
    ['', '退款成功', 'refunded'],
    ['', '交易关闭', 'cancelled'],
    ['SOMETHING_NEW', '卖家已发货', 'shipped'],
    ['', '新的状态', 'unknown'],
    ['constructor', undefined, 'unknown'],
    ['TO_STRING', undefined, 'unknown'],
  ];
  it.each(cases)('%s / %s → %s', (code, text, status) => {
    expect(mapTradeStatus(code, text)).toBe(status);
  });
  it('reads the refund links of the items', () => {
    expect(withRefund('cancelled', ['查看退款', '投诉卖家'])).toBe('refunded');
    expect(withRefund('cancelled', ['投诉卖家'])).toBe('cancelled');
    expect(withRefund('shipped', ['退款中'])).toBe('in_dispute');
    expect(withRefund('completed', ['查看退款', '申请售后'])).toBe('completed');
    expect(withRefund('unpaid', ['退款中'])).toBe('unpaid');
  });
  it('drops the label of a status sentence and any markup', () => {
    expect(statusWords('当前订单状态：卖家已发货')).toBe('卖家已发货');
    expect(statusWords('<h3>订单状态: 商家已发货，等待买家确认</h3>')).toBe('商家已发货，等待买家确认');
  });
});

describe('clocks', () => {
  it('reads the render time inside traceId', () => {
    expect(traceTime('215046c117627012381957557e0ced')).toBe(1762701238195);
    expect(traceTime('0bb405a417628441322752110e0c4a')).toBe(1762844132275);
    for (const bad of ['', 'nothex!!17627012381957557e0ced', '215046c1999', 12345]) expect(traceTime(bad)).toBeUndefined();
  });
  const lefts: [string, number | undefined][] = [
    ['还剩9天10时', (9 * 24 + 9) * 3600e3],
    ['还剩 2 天 3 小时', (2 * 24 + 2) * 3600e3],
    ['还剩23时15分', (23 * 60 + 14) * 60e3],
    ['还剩3天', 2 * 86_400e3],
    ['还剩0时', 0],
    ['还剩', undefined],
    ['确认收货', undefined],
    ['还剩9天25时', undefined],
  ];
  it.each(lefts)('the coarse list countdown %s is read one unit early', (text, ms) => {
    expect(leftFromText(text)).toBe(ms);
  });
  it('anchors a ship-by promise without a year at the order date, rolling into January', () => {
    expect(shipByDue('11月08日 23:10前发货', '2025-11-06T15:08:55.000Z')).toBe('2025-11-08T15:10:00.000Z');
    expect(shipByDue('01月03日 10:00前发货', '2025-12-30T02:00:00.000Z')).toBe('2026-01-03T02:00:00.000Z');
    expect(shipByDue('2025-12-08 03:46前发货', undefined)).toBe('2025-12-07T19:46:00.000Z');
    expect(shipByDue('11月08日 23:10前发货', undefined)).toBeUndefined();
    expect(shipByDue('48小时内发货', '2025-11-06T15:08:55.000Z')).toBeUndefined();
  });
  it('truncates an instant to the second (the earlier reading)', () => {
    expect(instantOf(1763354377195)).toBe('2025-11-17T04:39:37.000Z');
    expect(instantOf(Number.NaN)).toBeUndefined();
    expect(instantOf(1e16)).toBeUndefined();
  });
  it('takes the load time of a displayed document, and the clock for one without a window', () => {
    expect(loadedAt(document).getTime()).toBe(Math.floor(performance.timeOrigin));
    const before = Date.now();
    expect(loadedAt({ defaultView: null } as unknown as Document).getTime()).toBeGreaterThanOrEqual(before);
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } }) as unknown as Document;
    expect(loadedAt(hostile).getTime()).toBeGreaterThanOrEqual(before);
  });
});

describe('values', () => {
  it('keeps ids as strings and refuses a rounded number', () => {
    expect(idOf('4865640015090004803')).toBe('4865640015090004803');
    expect(idOf(4865640015090005000)).toBeUndefined();
    expect(idOf(2217059899873)).toBe('2217059899873');
    expect(idOf('12ab')).toBeUndefined();
  });
  it('prices in yuan', () => {
    expect(moneyOf('￥9.90')).toEqual({ amount: 9.9, currency: 'CNY', text: '￥9.90' });
    expect(moneyOf('47.40')).toEqual({ amount: 47.4, currency: 'CNY', text: '￥47.40' });
    expect(moneyOf('12.00', 'HKD', 'HK$')).toEqual({ amount: 12, currency: 'HKD', text: 'HK$12.00' });
    expect(moneyOf('-￥23.00')).toBeUndefined();
    expect(moneyOf('NaN')).toBeUndefined();
  });
  it('canonicalises item links and keeps snapshots', () => {
    expect(itemLink('//item.taobao.com/item.htm?id=911178585754&_u=820glpv28seed8', BASE)).toEqual({ url: 'https://item.taobao.com/item.htm?id=911178585754', productId: '911178585754' });
    expect(itemLink('//detail.tmall.com/item.htm?spm=x&id=819225492008', BASE)).toEqual({ url: 'https://detail.tmall.com/item.htm?id=819225492008', productId: '819225492008' });
    expect(itemLink('//trade.taobao.com/trade/detail/tradeSnap.htm?trade_id=4863471516469004803&x=1', BASE)).toEqual({ url: 'https://trade.taobao.com/trade/detail/tradeSnap.htm?trade_id=4863471516469004803' });
    for (const bad of ['//item.taobao.com.evil.example/item.htm?id=1', 'javascript:alert(1)', '//item.taobao.com/item.htm?id=abc', '//evil.example/item.htm?id=911178585754']) expect(itemLink(bad, BASE), bad).toEqual({});
  });
  it('keeps images on Alibaba hosts at full size', () => {
    expect(fullImageUrl('//img.alicdn.com/imgextra/i3/1/O1CN01x_!!1.jpg_80x80.jpg', BASE)).toBe('https://img.alicdn.com/imgextra/i3/1/O1CN01x_!!1.jpg');
    expect(fullImageUrl('//img.alicdn.com/imgextra/i4/1/O1CN01y_!!1.jpg_sum.jpg', BASE)).toBe('https://img.alicdn.com/imgextra/i4/1/O1CN01y_!!1.jpg');
    expect(fullImageUrl('https://tracker.evil.example/p.jpg', BASE)).toBeUndefined();
  });
  it('builds the shop link from the seller id only', () => {
    expect(sellerOf('样例店', '//store.taobao.com/shop/view_shop.htm?user_number_id=2200000000101', 1, BASE)).toEqual({
      name: '样例店',
      id: '2200000000101',
      url: 'https://store.taobao.com/shop/view_shop.htm?user_number_id=2200000000101',
    });
    expect(sellerOf('样例店', 'javascript:alert(1)', undefined, BASE)).toEqual({ name: '样例店' });
    expect(sellerOf('', '//store.taobao.com/shop/view_shop.htm?user_number_id=1', 1, BASE)).toBeUndefined();
  });
});
