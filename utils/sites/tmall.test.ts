// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OrderReadSchema } from '../model';
import { objectVar } from './taobao-trade';
import { parseTmall, tmall } from './tmall';
import type { PageRead } from './types';
import { covered } from '../../tests/site-matches';

// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is the DOM's.
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/tmall');

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const ID = '4853472194746890001';
const DETAIL = new URL(`https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`);

function expectValid(read: PageRead) {
  for (const o of read.orders) OrderReadSchema.parse(o);
}

/** A Tmall detail page around `var detailData = {…};`; `<` escaped so no string ends the script. */
const detailPage = (data: unknown) =>
  load(`<!DOCTYPE html><html><body><div id="detail-panel"></div><script>\nvar detailData = ${JSON.stringify(data).replace(/</g, '\\u003C')};\n</script></body></html>`);

/** The shipped fixture's embedded object, to vary one field at a time. */
function detailData(): Record<string, unknown> {
  const r = objectVar(load(fixture('detail-shipped.html')), 'detailData');
  if (r.status !== 'ok') throw new Error('fixture unreadable');
  return r.value as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------------

describe('fixtures', () => {
  const htmlFiles = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort();

  it('are all there, each with its expected result', () => {
    expect(htmlFiles.length).toBeGreaterThanOrEqual(3);
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
    expect(tmall.detect(url)).toBe(expected.result.kind);
    expect(tmall.ready(doc, expected.result.kind)).toBe(true);
    // The page's clock is absolute: the capture time plays no part.
    const read = parseTmall(doc, url);
    expect(read).toEqual(expected.result);
    expect(tmall.parse(doc, url)).toEqual(expected.result);
    expectValid(read);
    expect(JSON.parse(JSON.stringify(read))).toEqual(read);
  });

  it('keeps the order id a string of all its digits although the data has it as a rounded number', () => {
    expect(fixture('detail-shipped.html')).toContain(`"id":${ID}`);
    const o = parseTmall(load(fixture('detail-shipped.html')), DETAIL).orders[0];
    expect(o?.orderId).toBe(ID);
    // The auto-confirm deadline is the page's targetTime: shipment 2025-11-07 15:34:47 + 10 × 24 h, China time.
    expect(o?.pageDeadlines).toEqual([{ ruleId: 'tm.autoconfirm', due: '2025-11-17T07:34:47.000Z', text: '您还有6天0时39分14秒;来确认收货,超时订单自动确认收货' }]);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('detect', () => {
  const cases: [string, 'detail' | null][] = [
    [`https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`, 'detail'],
    [`https://trade.tmall.com/detail/orderDetail.htm?spm=a1z09.2.0.0&bizOrderId=${ID}&route_to=tm1`, 'detail'],
    [`https://trade.tmall.com/detail/orderDetail.htm?biz_order_id=${ID}`, 'detail'],
    [`http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`, 'detail'],
    // Gotchas: neighbouring pages, other hosts, lookalikes, missing or malformed ids.
    ['https://trade.tmall.com/detail/orderDetail.htm', null],
    ['https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=abc', null],
    [`https://trade.tmall.com/detail/orderDetail.htm?orderId=${ID}`, null],
    [`https://trade.tmall.com/order/confirmGoods.htm?biz_order_id=${ID}`, null],
    [`https://trade.tmall.com/detail/orderDetail.html?bizOrderId=${ID}`, null],
    [`https://refund2.tmall.com/dispute/applyRouter.htm?bizOrderId=${ID}`, null],
    [`https://detail.tmall.com/item.htm?id=819225492008`, null],
    [`https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${ID}`, null],
    [`https://trade.tmall.com.evil.example/detail/orderDetail.htm?bizOrderId=${ID}`, null],
    [`https://eviltrade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`, null],
    [`https://trade.tmall.hk/detail/orderDetail.htm?bizOrderId=${ID}`, null],
    [`ftp://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`, null],
  ];
  it.each(cases)('%s → %s', (url, kind) => {
    expect(tmall.detect(new URL(url))).toBe(kind);
  });


  it('every page detect accepts is covered by a manifest match pattern', () => {
    for (const [url, kind] of cases) if (kind) expect(tmall.matches.some((p) => covered(p, new URL(url))), url).toBe(true);
  });

  it('match patterns stay off unrelated pages', () => {
    for (const url of ['https://www.tmall.com/', 'https://detail.tmall.com/item.htm?id=1', `https://trade.tmall.com/order/confirmGoods.htm?biz_order_id=${ID}`, `https://refund2.tmall.com/dispute/detail.htm?bizOrderId=${ID}`]) {
      expect(tmall.matches.some((p) => covered(p, new URL(url))), url).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------------

describe('detail', () => {
  it('records no auto-confirm while a refund runs on an item, and says so', () => {
    const data = detailData();
    const [parcel] = (data.orders as { list: { status: { statusInfo: unknown[] }[] }[] }).list;
    parcel!.status[0]!.statusInfo[0] = { text: '退款中', type: 'label' };
    const read = parseTmall(detailPage(data), DETAIL);
    expect(read.orders[0]?.status).toBe('in_dispute');
    expect(read.orders[0]?.pageDeadlines).toEqual([]);
    expect(read.notes).toEqual([`order ${ID}: a page countdown for status "in_dispute" was not recorded`]);
  });

  it('uses an item countdown when the order-level prompt has none', () => {
    const data = detailData();
    (data.overStatus as Record<string, unknown>).prompt = [];
    expect(parseTmall(detailPage(data), DETAIL).orders[0]?.pageDeadlines).toEqual([{ ruleId: 'tm.autoconfirm', due: '2025-11-17T07:34:47.000Z', text: '6天0时39分14秒' }]);
  });

  it('leaves the seller out when the page shows only a masked name', () => {
    const data = detailData();
    const lists = (data.basic as { lists: { key: string; content: { text: string }[] }[] }).lists;
    const shop = lists.find((l) => l.key === '商家')!;
    shop.content[0]!.text = "<span class='short-dd-nick' title='3**'>3**</span>";
    const o = parseTmall(detailPage(data), DETAIL).orders[0];
    expect(o?.seller).toBeUndefined();
    expect(o?.missing).toEqual(['seller']);
    shop.content[0]!.text = "<span class='J_WangWang' data-nick='A&amp;B旗舰店'></span>";
    expect(parseTmall(detailPage(data), DETAIL).orders[0]?.seller).toEqual({ name: 'A&B旗舰店' });
  });

  it('notes a page showing another order than its address names', () => {
    const url = new URL('https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4800000000000000001');
    const read = parseTmall(load(fixture('detail-shipped.html')), url);
    expect(read.orders[0]?.orderId).toBe(ID);
    expect(read.notes).toEqual([`the page shows order ${ID} at the address of order 4800000000000000001`]);
  });

  it('takes the id from the address when the data has none, and notes what it lacks', () => {
    const read = parseTmall(detailPage({ basic: { lists: [] }, orders: { list: [] } }), DETAIL);
    expect(read.orders).toEqual([
      {
        site: 'tmall',
        orderId: ID,
        url: `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`,
        items: [],
        status: 'unknown',
        events: [],
        tracking: [],
        pageDeadlines: [],
        missing: ['status', 'events.ordered', 'seller', 'items', 'total'],
      },
    ]);
  });

  it('a page without the data, or with data it cannot read, yields no order and a note', () => {
    expect(parseTmall(load('<!DOCTYPE html><html><body><h1>页面不存在</h1></body></html>'), DETAIL)).toEqual({
      kind: 'detail',
      orders: [],
      notes: ['order detail not found on the page (the layout may have changed)'],
    });
    expect(parseTmall(load('<script>var detailData = {basic: 1};</script>'), DETAIL).notes).toEqual(['the embedded order data could not be read (it is not JSON)']);
    expect(parseTmall(detailPage({ other: 1 }), DETAIL).notes).toEqual(['order detail not found in the embedded data (the layout may have changed)']);
  });

  it('on an address that is not a Tmall order page (reads, with a note)', () => {
    const read = parseTmall(load(fixture('detail-shipped.html')), new URL('https://example.com/saved.html'));
    expect(read.orders).toHaveLength(1);
    expect(read.notes).toEqual(['this address is not a Tmall order page we know; read as a detail']);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('walls', () => {
  it('a captcha with no order data is a captcha wall', () => {
    const doc = load('<!DOCTYPE html><html><body><div id="nc_1_wrapper"></div></body></html>');
    expect(tmall.ready(doc, 'detail')).toBe(true);
    expect(parseTmall(doc, DETAIL)).toEqual({ kind: 'detail', orders: [], notes: ['Tmall shows a captcha instead of the order'], blocked: 'captcha' });
  });

  it('a header login link above the order data is not a wall', () => {
    const read = parseTmall(load(fixture('detail-shipped.html')), DETAIL);
    expect(read.blocked).toBeUndefined();
    expect(read.orders).toHaveLength(1);
  });

  it('is not ready before the data arrives', () => {
    expect(tmall.ready(load('<!DOCTYPE html><html><body><div id="detail-panel"></div></body></html>'), 'detail')).toBe(false);
  });
});

describe('never throws', () => {
  it('on an empty document', () => {
    const r = parseTmall(document.implementation.createHTMLDocument(''), DETAIL);
    expect(r.orders).toEqual([]);
    expect(r.blocked).toBeUndefined();
  });

  it('on garbage and on data of the wrong shapes', () => {
    expectValid(parseTmall(load('<<<script>var detailData = {"a": [</script>\u0000<<script>>>'), DETAIL));
    for (const data of [null, 42, 'x', [], { basic: 'x' }, { basic: { lists: [null, 1, { key: '订单编号', content: 'x' }] }, orders: { list: [null, { status: 'x' }] } }]) {
      expectValid(parseTmall(detailPage(data), DETAIL));
    }
  });

  it('on a document whose every method throws', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } }) as unknown as Document;
    expect(parseTmall(hostile, DETAIL)).toEqual({ kind: 'detail', orders: [], notes: ['could not read the page (Error)'] });
    expect(tmall.ready(hostile, 'detail')).toBe(false);
  });

  it('turns hostile embedded data into a valid, capped record of inert text', () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(1)</script>'.padEnd(5000, 'A');
    const data = {
      tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS',
      basic: {
        lists: [
          { key: '订单编号', content: [{ text: ID }, { moreList: [{ key: '付款时间', content: [{ text: evil }] }] }] },
          { key: '商家', content: [{ text: `<span data-nick='${evil.replace(/'/g, '')}'></span>` }] },
        ],
      },
      overStatus: { status: { content: [{ text: `<h3>订单状态: ${evil}</h3>` }] }, prompt: [{ content: [{ type: 'countdown', targetTime: 'soon', preText: evil }] }] },
      stepbar: { options: [{ content: evil, time: evil }] },
      orders: {
        list: [
          {
            logistic: { content: [{ type: 'logistic', mailNo: evil, companyName: evil }] },
            status: [{ statusInfo: [{ text: evil }], subOrders: [{ itemInfo: { title: evil, pic: 'javascript:alert(1)', auctionUrl: '//evil.example/item.htm?id=1', skuText: [{ key: evil, content: [{ text: evil }] }] }, priceInfo: [{ text: evil }], quantity: '-1' }] }],
          },
        ],
      },
      amount: { count: [[{ content: [{ data: { titleLink: { text: '实付款' }, money: { text: '￥' + '9'.repeat(400) } } }] }]] },
    };
    const r = parseTmall(detailPage(data), DETAIL);
    expectValid(r);
    const o = r.orders[0]!;
    expect(o.statusText).toHaveLength(200);
    expect(o.seller?.name).toHaveLength(300);
    expect(o.items[0]?.title).toBe(evil.slice(0, 1000));
    expect(o.items[0]?.imageUrl).toBeUndefined();
    expect(o.items[0]?.url).toBeUndefined();
    expect(o.tracking).toEqual([]);
    expect(o.pageDeadlines).toEqual([]);
    expect(o.missing).toEqual(['events.ordered', 'items[0].quantity', 'items[0].unitPrice', 'total']);
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });
});
