/**
 * Taobao buyer order pages: the order list 已买到的宝贝 (buyertrade.taobao.com) and the order detail
 * (trade_item_detail.htm on trade.taobao.com and buyertrade.taobao.com). Taobao has no English UI.
 *
 * Structure: `../shared/research/marketplaces.md` §0 and §2.2–2.4. Both pages arrive as a server
 * shell with the orders in an inline `var data = JSON.parse('…')`, drawn later by a script bundle;
 * that JSON is read first. The list falls back to the rendered React markup of §2.2 when it has no
 * JSON, and reads cards the JSON lacks (later pages arrive by XHR while the inline JSON still holds
 * page 1). Tmall orders appear in the list too: they keep their own site, `tmall` (§2.3).
 * Fixtures in `tests/fixtures/taobao/` (SOURCES.md says where each comes from).
 *
 * Not read: the 2026 list (§2.6: only a mock API response is known, no page structure), the mobile
 * list (§2.9), refund pages (§2.8: URLs only).
 *
 * Runs in the content-script bundle: no Zod, no extension APIs, only types from the model. Never throws.
 */
import type { OrderEvent, OrderItem, OrderRead, OrderStatus, PageDeadline, Payment, SiteId, Tracking } from '../model';
import { cnEvent } from './cn-time';
import { absolute, clean, has, loadedAt, MAX, q, qa, textOf } from './dom';
import {
  addEvent,
  addTracking,
  at,
  attempt,
  type Ctx,
  eventKindOf,
  finishOrder,
  formatLeft,
  fullImageUrl,
  idOf,
  instantOf,
  itemLink,
  jsonParseVar,
  LEFT_TEXT,
  leftFromText,
  list,
  makeItem,
  mapTradeStatus,
  moneyOf,
  note,
  ORDER_ID,
  orderIdParam,
  quantityOf,
  rec,
  REFUND_RUNNING,
  sellerOf,
  shipByDue,
  siteOfDetailLink,
  skuOf,
  statusWords,
  str,
  TRADE_HOST,
  traceTime,
  wallOf,
  withRefund,
} from './taobao-trade';
import type { PageKind, PageRead, SiteAdapter } from './types';

// ---------------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------------

const LIST_HOST = 'buyertrade.taobao.com';
const LIST_PATH = '/trade/itemlist/list_bought_items.htm';
const DETAIL_HOSTS = new Set(['buyertrade.taobao.com', 'trade.taobao.com']);
const DETAIL_PATH = '/trade/detail/trade_item_detail.htm';

function detect(url: URL): PageKind | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  if (host === LIST_HOST && url.pathname === LIST_PATH) return 'list';
  if (DETAIL_HOSTS.has(host) && url.pathname === DETAIL_PATH) return orderIdParam(url) ? 'detail' : null;
  return null;
}

const rulePrefix = (site: SiteId) => (site === 'tmall' ? 'tm' : 'tb');

// ---------------------------------------------------------------------------------------------------
// Selectors of the rendered list (§2.2, React versions 2016–2025). Hashed class names are matched by
// their stable prefix; each array lists alternatives, tried in order.
// ---------------------------------------------------------------------------------------------------

const LIST_CARD = [
  '.js-order-container', // one card per order
  '[class*="index-mod__order-container"]', // the same card by its module class
];
const CARD_ORDER = ['[class*="bought-wrapper-mod__trade-order"][data-id]']; // first child of the card, data-id = order id
const CARD_HEAD = ['tbody[class*="bought-wrapper-mod__head"]']; // date, "订单号: <id>", shop
const CARD_DATE = ['[class*="bought-wrapper-mod__create-time"]'];
const CARD_SELLER = [
  'a[class*="seller-mod__name"]', // [inferred]: the shop link's module class is not in the research
  'a[href*="view_shop.htm"]', // any link to the shop
];
const ITEM_PIC = ['a[class*="production-mod__pic"]']; // one per goods row; href = item page
const ITEM_TITLE_LINKS = [
  'div[style*="margin-left"] a[href]', // [inferred]: title and "[交易快照]" links beside the picture
  'a[href]:not([class*="production-mod__pic"])', // any other link of the goods cell
];
const ITEM_SKU = ['[class*="production-mod__sku-item"]'];
const CARD_TOTAL = ['strong', '[class*="price-mod__price"]']; // [inferred]: the paid total is the cell's strong figure
const CARD_DETAIL_LINK = ['a[href*="trade_item_detail.htm"]', 'a[href*="orderDetail.htm"]'];
/** The 2026 SPA list (§2.6): containers only, no order markup known. */
const NEW_LIST = ['#__ultron_rootContainer_node', '.ant-pagination-next'];

/** Columns of a goods row (§2.2): 宝贝 / 单价 / 数量 / 商品操作 / 实付款 / 交易状态 / 交易操作; the last three only on the first row. */
const COL = { item: 0, price: 1, quantity: 2, total: 4, status: 5, operations: 6 } as const;

// ---------------------------------------------------------------------------------------------------
// List, embedded JSON (§2.2 field table)
// ---------------------------------------------------------------------------------------------------

function listOrderId(m: unknown, base: URL): string | undefined {
  // `mainOrders[].id` and `orderInfo.id` are strings; `extra.id` is a rounded number (§0.2).
  const id = idOf(at(m, 'id'), ORDER_ID) ?? idOf(at(m, 'orderInfo', 'id'), ORDER_ID);
  if (id) return id;
  const u = absolute(str(at(m, 'statusInfo', 'url')), base, TRADE_HOST);
  return u ? orderIdParam(u) : undefined;
}

function listOperations(m: unknown): unknown[] {
  return [...list(at(m, 'operations')), ...list(at(m, 'tradeOperations'))];
}

/** Site of a list order: Tmall orders' detail links go to trade.tmall.com; the Tmall order of the capture also has `orderInfo.b2C`. */
function listSite(m: unknown, base: URL): SiteId {
  const links = [at(m, 'statusInfo', 'url'), ...list(at(m, 'statusInfo', 'operations')).filter((o) => at(o, 'id') === 'viewDetail').map((o) => at(o, 'url'))];
  for (const href of links) {
    const site = siteOfDetailLink(str(href), base);
    if (site) return site;
  }
  return at(m, 'orderInfo', 'b2C') === true ? 'tmall' : 'taobao';
}

function readJsonOrder(m: unknown, ctx: Ctx, index: number): OrderRead | undefined {
  const orderId = attempt(() => listOrderId(m, ctx.url));
  if (!orderId) {
    note(ctx, `order ${index + 1}: no order id found; skipped`);
    return undefined;
  }
  const site = attempt(() => listSite(m, ctx.url)) ?? 'taobao';
  const missing: string[] = [];
  const subOrders = list(at(m, 'subOrders'));
  const currency = clean(str(at(m, 'payInfo', 'currency')) || str(at(m, 'extra', 'currency')), 3) || 'CNY';
  const symbol = clean(str(at(m, 'payInfo', 'currencySymbol')) || str(at(m, 'extra', 'currencySymbol')), 3) || '￥';

  const code = str(at(m, 'extra', 'tradeStatus'));
  const statusText = clean(str(at(m, 'statusInfo', 'text')), MAX.statusText);
  let status = mapTradeStatus(code, statusText);
  const refundMarks = subOrders.flatMap((s) => list(at(s, 'operations')).map((o) => clean(str(at(o, 'text')), 40))).filter(Boolean);
  const refunding = withRefund(status, refundMarks);
  const mark = refundMarks.find((t) => REFUND_RUNNING.test(t));
  let shownStatus = statusText;
  if (refunding !== status && mark) shownStatus = clean(statusText ? `${statusText} · ${mark}` : mark, MAX.statusText);
  status = refunding;
  if (!code && !statusText) missing.push('status');

  const events: OrderEvent[] = [];
  addEvent(events, attempt(() => cnEvent('ordered', str(at(m, 'orderInfo', 'createTime')) || str(at(m, 'orderInfo', 'createDay')))));
  if (!events.length) missing.push('events.ordered');

  const seller = attempt(() => sellerOf(str(at(m, 'seller', 'shopName')) || str(at(m, 'seller', 'nick')), at(m, 'seller', 'shopUrl'), at(m, 'seller', 'id'), ctx.url));
  if (!seller) missing.push('seller');

  const items: OrderItem[] = [];
  const promises: string[] = [];
  for (const s of subOrders) {
    const item = attempt(() => {
      const info = at(s, 'itemInfo');
      const link = itemLink(at(info, 'itemUrl'), ctx.url);
      const productId = link.productId ?? idOf(at(info, 'id'), /^\d{5,20}$/);
      const promise = list(at(info, 'extra')).find((x) => /^发货时间/.test(str(at(x, 'name'))));
      if (promise) promises.push(str(at(promise, 'value')));
      return makeItem(
        {
          title: at(info, 'title'),
          sku: skuOf(list(at(info, 'skuText')).map((x) => [at(x, 'name'), at(x, 'value')] as const)),
          // The research's table has `quantity.count`; the 2025 capture has the string itself.
          quantity: quantityOf(at(s, 'quantity', 'count') ?? at(s, 'quantity')),
          // `realTotal` is the unit price despite its name: 7.90 × 6 = the order's 47.40 (§2.2).
          unitPrice: moneyOf(at(s, 'priceInfo', 'realTotal'), currency, symbol),
          imageUrl: fullImageUrl(at(info, 'pic'), ctx.url),
          ...link,
          ...(productId ? { productId } : {}),
        },
        items.length,
        missing,
      );
    });
    if (item) items.push(item);
  }
  if (!items.length) missing.push('items');

  const total = attempt(() => moneyOf(at(m, 'payInfo', 'actualFee'), currency, symbol));
  if (!total) missing.push('total');

  const pageDeadlines: PageDeadline[] = [];
  attempt(() => {
    const op = listOperations(m).find((o) => /还剩/.test(str(at(o, 'text'))));
    if (!op) return undefined;
    const text = clean(str(at(op, 'text')), MAX.deadlineText);
    pushCountdown(pageDeadlines, ctx, { orderId, site, status, text, dueMs: leftAt(ctx, text) });
    return undefined;
  });
  pushShipBy(pageDeadlines, { site, status, promises, ordered: events[0]?.at });

  // The page says "paid by credit card" through Alipay (§2.2 `payInfo.icons`); other icons name no channel.
  const payment: Payment | undefined = list(at(m, 'payInfo', 'icons')).some((i) => /信用卡/.test(str(at(i, 'title'))))
    ? { channel: 'card' }
    : undefined;

  return finishOrder({ site, orderId, seller, items, total, status, statusText: shownStatus, events, tracking: [], pageDeadlines, payment, missing });
}

const leftAt = (ctx: Ctx, text: string): number | undefined => {
  const left = leftFromText(text);
  return left === undefined ? undefined : ctx.now.getTime() + left;
};

/** The auto-confirm countdown, only while the order waits for the buyer's receipt: other statuses run other clocks. */
function pushCountdown(
  out: PageDeadline[],
  ctx: Ctx,
  c: { orderId: string; site: SiteId; status: OrderStatus; text: string; dueMs: number | undefined },
) {
  const due = c.dueMs === undefined ? undefined : instantOf(c.dueMs);
  if (!due) return;
  if (c.status !== 'shipped') {
    note(ctx, `order ${c.orderId}: a page countdown for status "${c.status}" was not recorded`);
    return;
  }
  out.push({ ruleId: `${rulePrefix(c.site)}.autoconfirm`, due, text: c.text });
}

/** The seller's ship-by promise (§0.3), while the order waits for shipment; the earliest item's is the first to lapse. */
function pushShipBy(out: PageDeadline[], c: { site: SiteId; status: OrderStatus; promises: string[]; ordered: string | undefined }) {
  if (c.status !== 'awaiting_shipment') return;
  const read = c.promises
    .map((text) => ({ text: clean(text, MAX.deadlineText), due: shipByDue(text, c.ordered) }))
    .filter((p): p is { text: string; due: string } => !!p.due)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))[0];
  if (read) out.push({ ruleId: `${rulePrefix(c.site)}.ship.by`, due: read.due, text: read.text });
}

// ---------------------------------------------------------------------------------------------------
// List, rendered markup (§2.2)
// ---------------------------------------------------------------------------------------------------

function cells(row: Element): Element[] {
  return Array.from(row.children).filter((c) => c.tagName === 'TD');
}

/**
 * Yuan amounts in a cell, in page order. A cell read by its column position must hold a price to
 * count as one: a moved column then yields nothing, not a wrong figure.
 */
function yuanIn(el: Element | undefined): string[] {
  if (!el) return [];
  return Array.from(clean(textOf(el), 400).matchAll(/[¥￥]\s*\d[\d,]*(?:\.\d{1,2})?/g), (m) => m[0]);
}

/** Leaf texts of a cell, without the links every status cell carries. */
function statusTextIn(cell: Element | undefined): string | undefined {
  if (!cell) return undefined;
  return Array.from(cell.querySelectorAll('p, span, a'))
    .filter((e) => !e.querySelector('p, span, a'))
    .map((e) => clean(textOf(e), MAX.statusText))
    .find((t) => t && !/^(订单详情|查看物流|详情)$/.test(t) && !/[¥￥]|^[\d\s.,:：-]+$/.test(t));
}

function domOrderId(card: Element, ctx: Ctx): string | undefined {
  const dataId = attempt(() => clean(q(card, CARD_ORDER)?.getAttribute('data-id'), 40));
  if (dataId && ORDER_ID.test(dataId)) return dataId;
  const head = attempt(() => textOf(q(card, CARD_HEAD) ?? card));
  const inText = /订单号\s*[:：]?\s*(\d{10,20})(?!\d)/.exec(head ?? '')?.[1];
  if (inText) return inText;
  const link = attempt(() => absolute(q(card, CARD_DETAIL_LINK)?.getAttribute('href'), ctx.url, TRADE_HOST));
  return link ? orderIdParam(link) : undefined;
}

function readDomCard(card: Element, ctx: Ctx, index: number): OrderRead | undefined {
  const orderId = domOrderId(card, ctx);
  if (!orderId) {
    note(ctx, `order card ${index + 1}: no order id found; skipped`);
    return undefined;
  }
  const missing: string[] = [];
  const rows = attempt(() => Array.from(card.querySelectorAll('tr')).filter((r) => !r.closest(CARD_HEAD.join(',')) && q(r, ITEM_PIC))) ?? [];
  const first = rows[0] ? cells(rows[0]) : [];

  const site = attempt(() => siteOfDetailLink(q(card, CARD_DETAIL_LINK)?.getAttribute('href'), ctx.url)) ?? 'taobao';

  const statusText = attempt(() => statusTextIn(first[COL.status]));
  let status = mapTradeStatus(undefined, statusText);
  if (!statusText) missing.push('status');
  const marks = rows.map((r) => clean(textOf(cells(r)[3]), 100));
  status = withRefund(status, marks);

  const events: OrderEvent[] = [];
  addEvent(
    events,
    attempt(() => {
      const date = clean(textOf(q(card, CARD_DATE)), 40) || /(\d{4}-\d{2}-\d{2})\s*订单号/.exec(textOf(q(card, CARD_HEAD) ?? card))?.[1];
      return cnEvent('ordered', date);
    }),
  );
  if (!events.length) missing.push('events.ordered');

  const seller = attempt(() => {
    const a = q(card, CARD_SELLER);
    return a ? sellerOf(textOf(a), a.getAttribute('href'), undefined, ctx.url) : undefined;
  });
  if (!seller) missing.push('seller');

  const items: OrderItem[] = [];
  for (const row of rows) {
    const item = attempt(() => {
      const cs = cells(row);
      const box = cs[COL.item] ?? row;
      const pic = q(box, ITEM_PIC);
      const titleEl = qa(box, ITEM_TITLE_LINKS).find((a) => !a.matches(ITEM_PIC.join(',')) && !/^\[?交易快照\]?$/.test(clean(textOf(a), 40)) && clean(textOf(a), 10));
      const link = itemLink(pic?.getAttribute('href'), ctx.url);
      return makeItem(
        {
          title: textOf(titleEl),
          sku: qa(box, ITEM_SKU)
            .map((e) => clean(textOf(e), 200).replace(/\s*[:：]\s*/, ': '))
            .join(', '),
          quantity: quantityOf(textOf(cs[COL.quantity])),
          // [inferred]: a discounted item shows its list price first; the last figure is what was paid.
          unitPrice: moneyOf(yuanIn(cs[COL.price]).pop()),
          imageUrl: fullImageUrl(pic?.querySelector('img')?.getAttribute('src'), ctx.url),
          ...link,
        },
        items.length,
        missing,
      );
    });
    if (item) items.push(item);
  }
  if (!items.length) missing.push('items');

  const total = attempt(() => {
    const cell = first[COL.total];
    return cell ? moneyOf(yuanIn(q(cell, CARD_TOTAL) ?? cell)[0] ?? yuanIn(cell)[0]) : undefined;
  });
  if (!total) missing.push('total');

  const pageDeadlines: PageDeadline[] = [];
  attempt(() => {
    const text = clean(LEFT_TEXT.exec(clean(textOf(first[COL.operations]), 400))?.[0], MAX.deadlineText);
    if (text) pushCountdown(pageDeadlines, ctx, { orderId, site, status, text, dueMs: leftAt(ctx, text) });
    return undefined;
  });

  return finishOrder({ site, orderId, seller, items, total, status, statusText, events, tracking: [], pageDeadlines, missing });
}

// ---------------------------------------------------------------------------------------------------
// List page
// ---------------------------------------------------------------------------------------------------

function readList(doc: Document, ctx: Ctx): OrderRead[] {
  const data = jsonParseVar(doc, 'data');
  const orders: OrderRead[] = [];
  let dropped = 0;
  const add = (o: OrderRead | undefined) => {
    if (!o) return;
    if (orders.some((x) => x.orderId === o.orderId)) return note(ctx, `order ${o.orderId} appears twice; the first was kept`);
    if (orders.length < MAX.orders) orders.push(o);
    else dropped++;
  };

  if (data.status === 'ok') {
    const err = clean(str(at(data.value, 'error')), 100);
    if (err) note(ctx, `the page reports an error: ${err}`);
    if (!rec(data.value) || !Array.isArray(at(data.value, 'mainOrders'))) note(ctx, 'the embedded order data has no order list (the layout may have changed)');
    list(at(data.value, 'mainOrders')).forEach((m, i) => add(attempt(() => readJsonOrder(m, ctx, i))));
  } else if (data.status === 'broken') note(ctx, `the embedded order data could not be read (${data.why})`);

  // Cards the JSON lacks: later pages come by XHR and are only drawn, never embedded.
  const cards = attempt(() => qa(doc, LIST_CARD)) ?? [];
  let fromDom = 0;
  cards.forEach((card, i) => {
    const id = attempt(() => domOrderId(card, ctx));
    if (id && orders.some((o) => o.orderId === id)) return;
    const before = orders.length;
    add(attempt(() => readDomCard(card, ctx, i)));
    fromDom += orders.length - before;
  });
  if (dropped) note(ctx, `the page shows ${orders.length + dropped} orders; only the first ${MAX.orders} were read`);
  if (fromDom && data.status !== 'ok') note(ctx, 'no embedded order data; orders were read from the page markup, which shows fewer fields');

  if (data.status !== 'ok' && !cards.length) {
    if (attempt(() => q(doc, NEW_LIST))) note(ctx, 'this looks like the new order list (2026), which Refund Radar cannot read yet');
    else note(ctx, 'no order data found on the page (the layout may have changed)');
  }
  return orders;
}

// ---------------------------------------------------------------------------------------------------
// Detail page (§2.4)
// ---------------------------------------------------------------------------------------------------

/** `orderInfo.lines[].content[]` name/value pairs ("订单编号:", "付款时间:"); a value may be a list of text parts. */
function infoPairs(main: unknown): [string, string][] {
  const out: [string, string][] = [];
  for (const line of list(at(main, 'orderInfo', 'lines'))) {
    for (const c of list(at(line, 'content'))) {
      if (str(at(c, 'type')) !== 'namevalue') continue;
      const name = clean(str(at(c, 'value', 'name')), 60).replace(/[:：]\s*$/, '');
      const v = at(c, 'value', 'value');
      const value = Array.isArray(v) ? v.map((p) => str(at(p, 'value'))).join(' ') : str(v);
      out.push([name, clean(value, 200)]);
    }
  }
  return out;
}

/** Text of an operations-guide line, its countdown drawn as the page draws it. */
function lineText(line: unknown, left: string): string {
  return clean(
    list(at(line, 'content'))
      .map((c) => (at(c, 'type') === 'countdown' ? left : str(at(c, 'value')) || str(at(c, 'value', 'text'))))
      .join(''),
    MAX.deadlineText,
  );
}

function countdownLeft(value: unknown, seconds: number): string {
  const [d, h, m, s] = ['day', 'hour', 'minute', 'second'].map((k) => at(value, k));
  return [d, h, m, s].every((x) => typeof x === 'number') ? `${String(d)}天${String(h)}时${String(m)}分${String(s)}秒` : formatLeft(seconds * 1000);
}

function readDetail(data: unknown, ctx: Ctx): OrderRead | undefined {
  const main = at(data, 'mainOrder');
  if (!rec(main)) {
    note(ctx, 'order detail not found in the embedded data (the layout may have changed)');
    return undefined;
  }
  const pairs = attempt(() => infoPairs(main)) ?? [];
  const urlId = orderIdParam(ctx.url);
  const pageId = idOf(at(main, 'id'), ORDER_ID) ?? idOf(pairs.find(([n]) => n === '订单编号')?.[1], ORDER_ID);
  const orderId = pageId ?? urlId;
  if (!orderId) {
    note(ctx, 'order detail: no order id found; skipped');
    return undefined;
  }
  if (pageId && urlId && pageId !== urlId) note(ctx, `the page shows order ${pageId} at the address of order ${urlId}`);
  // [inferred]: `detailExtra.b2c` is the detail's twin of the list's `orderInfo.b2C`, set on the Tmall order of the capture.
  const site: SiteId = at(data, 'detailExtra', 'b2c') === true ? 'tmall' : 'taobao';
  const missing: string[] = [];
  const subOrders = list(at(main, 'subOrders'));

  const code = str(at(main, 'tradeStatus'));
  const words = statusWords(at(main, 'statusInfo', 'text'));
  let status = mapTradeStatus(code, words);
  const marks = subOrders.flatMap((s) => list(at(s, 'tradeStatus')).flatMap((l) => list(at(l, 'content')).map((c) => clean(str(at(c, 'value')), 40))));
  if (at(data, 'detailExtra', 'inRefund') === true) marks.push('退款中');
  status = withRefund(status, marks);
  if (!code && !words) missing.push('status');

  const events: OrderEvent[] = [];
  attempt(() => {
    for (const n of list(at(data, 'orderBar', 'nodes'))) {
      const label = clean(str(at(n, 'text')), 40);
      const kind = eventKindOf(label);
      const date = str(at(n, 'date'));
      if (kind && date) addEvent(events, cnEvent(kind, `${label} ${date}`));
    }
    for (const [name, value] of pairs) {
      const kind = eventKindOf(name);
      if (kind) addEvent(events, cnEvent(kind, `${name}: ${value}`));
    }
    return undefined;
  });
  if (!events.some((e) => e.kind === 'ordered')) missing.push('events.ordered');

  const seller = attempt(() => sellerOf(str(at(main, 'seller', 'nick')) || str(at(data, 'deliveryInfo', 'sellerNick')), undefined, at(main, 'seller', 'id'), ctx.url));
  if (!seller) missing.push('seller');

  const items: OrderItem[] = [];
  const promises: string[] = [];
  for (const s of subOrders) {
    const item = attempt(() => {
      const info = at(s, 'itemInfo');
      const sku = list(at(info, 'skuText')).flatMap((l) => list(at(l, 'content')).map((c) => [at(c, 'value', 'name'), at(c, 'value', 'value')] as const));
      const promise = list(at(info, 'extra')).find((x) => /^发货时间/.test(str(at(x, 'name'))));
      if (promise) promises.push(str(at(promise, 'value')));
      const link = itemLink(at(info, 'itemUrl'), ctx.url);
      return makeItem(
        {
          title: at(info, 'title'),
          sku: skuOf(sku),
          quantity: quantityOf(at(s, 'quantity')),
          unitPrice: moneyOf(at(s, 'priceInfo')),
          imageUrl: fullImageUrl(at(info, 'pic'), ctx.url),
          ...(link.url ? link : itemLink(at(info, 'auctionUrl'), ctx.url)),
        },
        items.length,
        missing,
      );
    });
    if (item) items.push(item);
  }
  if (!items.length) missing.push('items');

  const total = attempt(() => moneyOf(at(main, 'payInfo', 'actualFee', 'value')));
  if (!total) missing.push('total');

  const tracking: Tracking[] = [];
  attempt(() => addTracking(tracking, at(data, 'deliveryInfo', 'logisticsNum'), at(data, 'deliveryInfo', 'logisticsName')));

  const pageDeadlines: PageDeadline[] = [];
  attempt(() => {
    // The server's render time is inside traceId; a saved page without it falls back to the capture time.
    const rendered = traceTime(at(data, 'traceId')) ?? ctx.now.getTime();
    for (const group of list(at(data, 'operationsGuide'))) {
      for (const line of list(at(group, 'lines'))) {
        const cd = list(at(line, 'content')).find((c) => at(c, 'type') === 'countdown');
        if (!cd) continue;
        const seconds = Number(str(at(cd, 'value', 'countDown')));
        if (!Number.isFinite(seconds) || seconds < 0 || seconds > 400 * 86_400) continue;
        const text = lineText(line, countdownLeft(at(cd, 'value'), seconds));
        if (!/确认收货/.test(text)) {
          note(ctx, `order ${orderId}: a page countdown that is not the auto-confirm was not recorded`);
          continue;
        }
        pushCountdown(pageDeadlines, ctx, { orderId, site, status, text, dueMs: rendered + seconds * 1000 });
      }
    }
    return undefined;
  });
  pushShipBy(pageDeadlines, { site, status, promises, ordered: events.find((e) => e.kind === 'ordered')?.at });

  return finishOrder({ site, orderId, seller, items, total, status, statusText: words || undefined, events, tracking, pageDeadlines, missing });
}

// ---------------------------------------------------------------------------------------------------
// Page
// ---------------------------------------------------------------------------------------------------

/** Script by script: joining them copied the 300 KB data literal once more on every read. */
const hasEmbedded = (doc: Document) => Array.from(doc.querySelectorAll('script:not([src])')).some((s) => /\bvar\s+data\s*=\s*JSON\.parse\(/.test(s.textContent ?? ''));

function ready(doc: Document, kind: PageKind): boolean {
  try {
    if (hasEmbedded(doc) || wallOf(doc, false)) return true;
    return kind === 'list' && has(doc, LIST_CARD);
  } catch {
    return false;
  }
}

/**
 * What reads each kind of page: each page family's content script carries only its own reader (the
 * bundle budget, bench/RESULTS.md); a saved page read whole (`parseTaobao`) gets both.
 */
interface Readers {
  list?: typeof readList;
  detail?: typeof readDetail;
}

function readPage(doc: Document, url: URL, now: Date, readers: Readers): PageRead {
  let kind: PageKind = 'list';
  const ctx: Ctx = { url, now, notes: [] };
  try {
    const detected = detect(url);
    if (detected) kind = detected;
    else {
      kind = /trade_item_detail/.test(url.pathname) || doc.body?.id === 'trade-order-detail' ? 'detail' : 'list';
      note(ctx, 'this address is not a Taobao order page we know; read as a ' + kind);
    }
    const embedded = kind === 'detail' ? jsonParseVar(doc, 'data') : undefined;
    const content = embedded ? embedded.status !== 'absent' : hasEmbedded(doc) || has(doc, LIST_CARD);
    const blocked = wallOf(doc, content);
    if (blocked) {
      note(ctx, blocked === 'captcha' ? 'Taobao shows a captcha instead of the orders' : 'Taobao asks to log in before showing the orders');
      return { kind, orders: [], notes: ctx.notes, blocked };
    }
    if (kind === 'list') return { kind, orders: readers.list?.(doc, ctx) ?? [], notes: ctx.notes };
    if (embedded?.status !== 'ok') {
      note(ctx, embedded?.status === 'broken' ? `the embedded order data could not be read (${embedded.why})` : 'order detail not found on the page (the layout may have changed)');
      return { kind, orders: [], notes: ctx.notes };
    }
    const read = readers.detail;
    const o = read && attempt(() => read(embedded.value, ctx));
    return { kind, orders: o ? [o] : [], notes: ctx.notes };
  } catch (error) {
    note(ctx, `could not read the page (${error instanceof Error ? error.name : 'error'})`);
    return { kind, orders: [], notes: ctx.notes };
  }
}

/**
 * Reads a Taobao order page. `now` is when the page was rendered: the list's countdowns count from it
 * (the detail carries its own render time). Never throws.
 */
export function parseTaobao(doc: Document, url: URL, now: Date = new Date()): PageRead {
  return readPage(doc, url, now, { list: readList, detail: readDetail });
}

/** Tmall orders appear in Taobao's list (one trade system): they are stored as Tmall's. */
const SITES: SiteId[] = ['taobao', 'tmall'];
const kindOnly = (kind: PageKind) => (url: URL) => (detect(url) === kind ? kind : null);

/** The list 已买到的宝贝. */
export const taobaoList: SiteAdapter = {
  id: 'taobao',
  sites: SITES,
  matches: ['*://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm*'],
  detect: kindOnly('list'),
  ready,
  parse: (doc, url) => readPage(doc, url, loadedAt(doc), { list: readList }),
};

/** The order detail: a separate document from the list, so a separate content script. */
export const taobaoDetail: SiteAdapter = {
  id: 'taobao',
  sites: SITES,
  matches: [
    '*://buyertrade.taobao.com/trade/detail/trade_item_detail.htm*', // the list's own link
    '*://trade.taobao.com/trade/detail/trade_item_detail.htm*', // canonical host
  ],
  detect: kindOnly('detail'),
  ready,
  parse: (doc, url) => readPage(doc, url, loadedAt(doc), { detail: readDetail }),
};

/** The whole site: the background's check of who may report its orders, `npm run parse` and the tests. */
export const taobao: SiteAdapter = {
  id: 'taobao',
  sites: SITES,
  matches: /* @__PURE__ */ [taobaoList, taobaoDetail].flatMap((f) => f.matches),
  detect,
  ready,
  parse: (doc, url) => parseTaobao(doc, url, loadedAt(doc)),
};
