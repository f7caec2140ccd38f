/**
 * 1688 (阿里巴巴批发) buyer order pages: the old server-rendered list on trade.1688.com, the new list on
 * air.1688.com (an SPA of Lit web components, every part in its own open shadow root), the mobile list
 * on trade2.m.1688.com, and the order detail on trade.1688.com.
 *
 * Structure: `../shared/research/marketplaces.md` §0 and §3, and the public 1688 order-export tools that
 * `tests/fixtures/1688/SOURCES.md` names (they gave the new list's component tree). Fixtures, one per
 * layout, are in `tests/fixtures/1688/`.
 *
 * Where the data is. None of these pages carries embedded order JSON we could read instead of the DOM:
 * the old list and detail are server HTML, and the new list draws what it fetches by mtop. The new list's
 * content sits in nested shadow roots (`app-root` → `order-list` → `order-item` → `order-item-entry-*`);
 * a content script reads open shadow roots, so every query here walks them (`deep`). A saved page can
 * only hold that content as declarative shadow DOM (`<template shadowrootmode="open">`), which parsers
 * such as DOMParser leave as inert templates: the walk reads those templates too, so `npm run parse`
 * reads a captured page the way the content script reads the live one.
 *
 * Walls. 1688's anti-bot check redirects to the same address with `/_____tmd_____/punish` appended
 * (§0.4), and an expired session goes to login.1688.com: both give a blocked read, never "no orders".
 *
 * Runs in the content-script bundle: no Zod, no extension APIs, only types from the model. Never throws:
 * what it cannot read is named in each order's `missing`, page problems in `notes`. Every string taken
 * from the page is cleaned and capped to the schema's limits; every link checked against 1688's hosts.
 */
import type { Money, OrderEvent, OrderItem, OrderRead, OrderStatus, Payment, Seller, Tracking } from '../model';
import { cnEvent } from './cn-time';
import { absolute, clean, MAX, priceTextOf } from './dom';
import { parseYuan } from './yuan';
import type { PageKind, PageRead, SiteAdapter } from './types';

// ---------------------------------------------------------------------------------------------------
// Selectors. Each array lists alternatives, tried in order; the comment names the layout each is for.
// Every query goes through `deep`, so a selector matches inside open shadow roots too.
// ---------------------------------------------------------------------------------------------------

/** Anti-bot slider ("nc" no-captcha, baxia dialog) on the punish page or drawn over an order page (§0.4). */
const CAPTCHA = [
  '#nc_1_wrapper', // nc slider
  '.nc-container', // its container
  '#baxia-dialog-content', // baxia punish dialog
  '.baxia-dialog',
  'iframe[src*="_____tmd_____"]', // the punish page framed into the order page
];
/** Punish-page texts. [inferred]: the slider prompts of Alibaba's punish page; only read when no orders show. */
const CAPTCHA_TEXT = /拖动下方滑块|请按住滑块|滑动验证|访问验证|访问受限|unusual traffic|slide to verify/i;
/** A page that only redirects to the punish page, by script (the form a fetch of an order page gets). */
const PUNISH_REDIRECT = /_____tmd_____\/punish/;

/** Login walls. [inferred]: the research names only login.1688.com (§0.4); these are Alibaba's login form and frames. */
const LOGIN = [
  '#fm-login-id', // Alibaba "fm" login form
  'iframe[src*="login.1688.com"]', // login frame drawn over the page
  'iframe[src*="login.taobao.com"]', // 1688 also signs in through Taobao's login
  'form input[type="password"]', // any password form where orders should be
];
/** A page that only redirects to the login host, by script. */
const LOGIN_REDIRECT = /location(?:\.href)?\s*(?:=|\.replace\(|\.assign\()\s*["'](?:https?:)?\/\/(?:login\.1688\.com|login\.taobao\.com)/;

/** Old list, trade.1688.com/order/buyer_order_list.htm (§3.1). */
const OLD_CARD = [
  '#listBox li.order-item', // `div#listBox li.order-item.fd-clr`, one li per order
  'li.order-item[data-is-plus-order]', // the same li by its data attribute
];
const OLD_EMPTY = [
  '#listBox .empty-list', // [inferred]: no source shows the old list without orders
  '#listBox .no-result',
];
const OLD_ID_INPUT = ['input.tradeId[value]']; // batch checkbox, value = order id
const OLD_ID_ATTR = ['order-comment[data-orderid]']; // memo custom element
const OLD_ID_TEXT = ['span.order-id', '.single-select-checkbox']; // visible id; the checkbox label holds it too
const OLD_DATE = [
  'span.date', // old list
  '.order-date', // mobile list [inferred]
];
const OLD_CORP = [
  'a.bannerCorp', // old list: seller company, name also in data-copytitle
  '.company-name', // mobile list [inferred]
];
const OLD_MEMBER = [
  'a.bannerMember', // old list: seller login id in data-copytitle
];
const OLD_TOTAL = [
  'div.total[data-role="buyer"]', // old list: paid total, amount in title
  '.order-total', // mobile list [inferred]
];
const OLD_STATUS = [
  'td.s7 > div', // old list: the status column's first div holds the words
  '.order-status', // mobile list [inferred]
];
const OLD_PRODUCT = ['a.productName']; // one per item; href carries the offer id
/** The item's row around its title link. [inferred]: a table row on the old list, a block on mobile. */
const OLD_ITEM_ROW = 'tr, .order-entry';
const OLD_ITEM_SPEC = ['.trade-spec', '.entry-spec']; // [inferred]
const OLD_ITEM_PRICE = ['td.s2', '.entry-price']; // [inferred]: unit price column
const OLD_ITEM_QTY = ['td.s3', '.entry-quantity']; // [inferred]: quantity column
const OLD_ITEM_SERVICE = ['.service-status']; // [inferred]: per-item refund words ("退款成功")
const OLD_ITEM_IMG = ['img'];

/** Mobile list, trade2.m.1688.com/page/buyerOrderList.html (§3.3): Rax app in a scroll view. */
const MOBILE_CARD = [
  '.rax-scrollview-vertical .order-item', // one block per order inside the scroll view
  '.order-item',
];

/** New list, air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html (§3.2 and the export tools). */
const NEW_CARD = [
  'order-item', // custom element in order-list's shadow root (div.order-list-content), one per order
  '.order-list-content .order-item',
];
const NEW_EMPTY = [
  '.order-list-empty', // [inferred]: no source shows the new list without orders
];
const NEW_ID = [
  'span.order-id copy-to-clipboard[text]', // header: the id to copy, in the text attribute
  '.order-id',
];
const NEW_TIME = ['span.order-time', '.order-time'];
const NEW_COMPANY = [
  'span.company-name', // order-item-seller-info's shadow root
  '.supplier-name', // the header's seller name, older build
];
const NEW_SELLER_ID = ['span.seller-id-text'];
const NEW_STATUS = ['div.order-status', '.order-status']; // order-item-status's shadow root
const NEW_DETAIL_LINK = ['a.order-detail-action[href]'];
const NEW_ENTRY = ['div.order-item-entry', '.order-item-entry']; // one per item, in order-item's shadow root
const NEW_FOLDED = ['.show-more-entries']; // "展开" control: the list hides the order's further items
const NEW_ENTRY_TITLE = ['a.product-name', '.product-name']; // order-item-entry-product's shadow root
const NEW_ENTRY_IMG = ['a.product-img img', '.product-img img'];
const NEW_ENTRY_SKU = ['div.product-sku-info span.sku-info-item', '.sku-info-item'];
const NEW_ENTRY_PRICE = ['div.actual-unit-price', '.actual-unit-price']; // order-item-entry-unit-price's shadow root
const NEW_ENTRY_QTY = ['span.quantity-amount', '.quantity-amount']; // order-item-entry-quantity-service-status's
const NEW_ENTRY_SERVICE = ['.service-status']; // [inferred]: the "service status" half of that component
const NEW_TOTAL = ['div.total-price', '.total-price']; // order-item-total-price's shadow root
const NEW_LOGISTICS = ['div.order-logistics-container', '.order-logistics-container'];

/** Order detail, trade.1688.com/order/new_step_order_detail.htm?orderId= (§3.3). */
const DETAIL_MARK = [
  '#logisticsTabTitle', // the logistics tab
  'a[href*="offer_snapshot.htm"]', // item snapshot links
  '.order-info-list', // [inferred]
];
/** Labelled rows ("付款时间：…"). `.info-item` is documented for the logistics block; the rest [inferred]. */
const DETAIL_ROWS = '.info-item, .order-info-list > li';
const DETAIL_INFO_VAL = ['.info-item-val'];
const DETAIL_STATUS = ['.order-status .status-text', '.order-status-title']; // [inferred]
const DETAIL_ENTRY = ['tr.order-entry', '.order-entry']; // [inferred]: one row per item
const DETAIL_ENTRY_TITLE = ['a[href*="offer_snapshot.htm"]', '.entry-title'];
const DETAIL_ENTRY_OFFER = ['a[href*="/offer/"]'];
const DETAIL_ENTRY_SPEC = ['.entry-spec'];
const DETAIL_ENTRY_PRICE = ['.entry-price'];
const DETAIL_ENTRY_QTY = ['.entry-quantity'];
const DETAIL_ENTRY_SERVICE = ['.entry-status'];

// ---------------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------------

const SITE = '1688' as const;
const TRADE_HOST = 'trade.1688.com';
const AIR_HOST = 'air.1688.com';
const MOBILE_HOST = 'trade2.m.1688.com';
const OLD_LIST_PATH = '/order/buyer_order_list.htm';
const DETAIL_PATH = '/order/new_step_order_detail.htm';
const NEW_LIST_PATH = '/app/ctf-page/trade-order-list/buyer-order-list.html';
const MOBILE_LIST_PATH = '/page/buyerOrderList.html';
/** 1688 order ids are 19 digits (§0.2); older ones shorter. Strings always: 19 digits exceed 2^53. */
const ORDER_ID = /^\d{8,20}$/;
const ID_IN_TEXT = /(?<!\d)(\d{8,20})(?!\d)/;
const ID_IN_ARGS = /(?:^|[?&;,\s])orderId=(\d{8,20})(?!\d)/;
const PUNISH = '/_____tmd_____/';
const LOGIN_HOSTS = new Set(['login.1688.com', 'login.taobao.com']);

type Layout = 'old' | 'new' | 'mobile';

function orderIdParam(url: URL): string | undefined {
  const id = url.searchParams.get('orderId');
  return id && ORDER_ID.test(id) ? id : undefined;
}

const isPunish = (url: URL) => url.pathname.includes(PUNISH);

/** Which of our pages an address is, and its list layout. A punish address is the page it stands in for. */
function pageOf(url: URL): { kind: PageKind; layout?: Layout } | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  let path = url.pathname;
  const punish = path.indexOf(PUNISH);
  // The punish redirect keeps the original path in front of its own; seen with a doubled leading slash.
  if (punish >= 0) path = path.slice(0, punish).replace(/^\/{2,}/, '/');
  if (host === TRADE_HOST) {
    if (path === OLD_LIST_PATH) return { kind: 'list', layout: 'old' };
    // The punish address drops the query, and with it the order id.
    if (path === DETAIL_PATH) return punish >= 0 || orderIdParam(url) ? { kind: 'detail' } : null;
  }
  if (host === AIR_HOST && path === NEW_LIST_PATH) return { kind: 'list', layout: 'new' };
  if (host === MOBILE_HOST && path === MOBILE_LIST_PATH) return { kind: 'list', layout: 'mobile' };
  return null;
}

function detect(url: URL): PageKind | null {
  return pageOf(url)?.kind ?? null;
}

const isLoginAddress = (url: URL) => LOGIN_HOSTS.has(url.hostname.toLowerCase());

/** The order page a login address returns to, when it is one of ours. [inferred]: the parameter names Alibaba logins use. */
function loginTarget(url: URL): PageKind | null {
  for (const name of ['Done', 'done', 'redirectURL', 'redirect_url', 'return_url']) {
    const r = url.searchParams.get(name);
    if (!r) continue;
    try {
      const kind = detect(new URL(r));
      if (kind) return kind;
    } catch {
      // not an address: try the next parameter
    }
  }
  return null;
}

const detailUrl = (id: string) => `https://${TRADE_HOST}${DETAIL_PATH}?orderId=${id}`;

// ---------------------------------------------------------------------------------------------------
// Open shadow roots
// ---------------------------------------------------------------------------------------------------

/** Bounds the walk on a hostile page; the new list of 50 orders has a few hundred shadow roots. */
const MAX_TREES = 5000;
const MAX_TEXT = 20_000;

/** An element's open shadow tree: the live one, or a declarative one a saved page still holds as a template. */
function shadowOf(el: Element): ParentNode | undefined {
  const live = el.shadowRoot;
  if (live) return live;
  for (const child of Array.from(el.children)) {
    if (child.localName === 'template' && child.getAttribute('shadowrootmode') === 'open') return (child as HTMLTemplateElement).content;
  }
  return undefined;
}

/** `root` and every open shadow tree below it, nested ones too. */
function treesOf(root: ParentNode): ParentNode[] {
  const out: ParentNode[] = [];
  const queue: ParentNode[] = [root];
  if (root.nodeType === 1) {
    const own = shadowOf(root as Element);
    if (own) queue.push(own);
  }
  while (queue.length && out.length < MAX_TREES) {
    const tree = queue.shift() as ParentNode;
    out.push(tree);
    // Live roots hang off their hosts; a saved page's are its hosts' template children, met in the
    // same walk: no look at every element's children (this runs for every card and row).
    for (const el of Array.from(tree.querySelectorAll('*'))) {
      if (el.shadowRoot) queue.push(el.shadowRoot);
      else if (el.localName === 'template' && el.getAttribute('shadowrootmode') === 'open' && !el.parentElement?.shadowRoot && el.parentElement !== root) {
        // (`root`'s own template is its tree, queued above.)
        queue.push((el as HTMLTemplateElement).content);
      }
    }
  }
  return out;
}

interface Deep {
  q(selectors: readonly string[]): Element | null;
  qa(selectors: readonly string[]): Element[];
  /** No shadow tree below the root: its parts can be queried as plain markup. */
  flat: boolean;
}

/**
 * Queries over `root` and the shadow trees inside it: first alternative that matches anything wins.
 * `flat`: the page holds no shadow tree at all (the old and mobile lists), so the walk that finds
 * them is skipped: it cost more than the reading itself on a 50-order page.
 */
function deep(root: ParentNode, flat = false): Deep {
  const trees = flat ? [root] : treesOf(root);
  const qa = (selectors: readonly string[]) => {
    for (const s of selectors) {
      const found = trees.flatMap((t) => Array.from(t.querySelectorAll(s)));
      if (found.length) return found;
    }
    return [];
  };
  const q = (selectors: readonly string[]) => {
    for (const s of selectors) {
      for (const t of trees) {
        const el = t.querySelector(s);
        if (el) return el;
      }
    }
    return null;
  };
  return { qa, q, flat: trees.length === 1 };
}

/** Rendered text of a node, shadow trees included; scripts, styles and inert templates left out. */
function deepText(node: Node | null | undefined): string {
  if (!node) return '';
  let out = '';
  const stack: Node[] = [node];
  while (stack.length && out.length < MAX_TEXT) {
    const n = stack.pop() as Node;
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      continue;
    }
    const next: Node[] = [];
    if (n.nodeType === 1) {
      const el = n as Element;
      if (el.localName === 'script' || el.localName === 'style' || el.localName === 'template') continue;
      const s = shadowOf(el);
      if (s) next.push(s);
    }
    next.push(...Array.from(n.childNodes));
    // Each element's pieces are separated, as the page lays them out in separate boxes.
    if (n.nodeType === 1) out += ' ';
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i] as Node);
  }
  return out;
}

const textIn = (el: Element | null | undefined, max: number) => clean(deepText(el), max);

// ---------------------------------------------------------------------------------------------------
// Links, money, numbers
// ---------------------------------------------------------------------------------------------------

const ANY_1688 = /(^|\.)1688\.com$/i;
const IMAGE_HOST = /(^|\.)(alicdn\.com|1688\.com|aliimg\.com)$/i;
/** 1688 sub-domains that are services, not a seller's shop. */
const SERVICE_HOSTS = new Set(['www', 'trade', 'detail', 'air', 'login', 'work', 'passport', 'cart', 'winport']);

/** Full-size image: "….jpg_160x160.jpg_.webp" and "…-cib.220x220.jpg" are thumbnails of "….jpg", "…-cib.jpg". */
export function fullImageUrl(src: string | null | undefined, base: URL): string | undefined {
  const u = absolute(src, base, IMAGE_HOST);
  if (!u) return undefined;
  u.pathname = u.pathname
    .replace(/(\.(?:jpe?g|png|webp|gif))_\d+x\d+[^/]*$/i, '$1')
    .replace(/\.\d+x\d+(\.(?:jpe?g|png|webp|gif))$/i, '$1');
  return u.href;
}

/** Lazy images keep the real address in data-src until scrolled into view; src then holds a placeholder. */
const imageOf = (img: Element | null, base: URL) =>
  img ? (fullImageUrl(img.getAttribute('src'), base) ?? fullImageUrl(img.getAttribute('data-src'), base)) : undefined;

/** Offer page (`detail.1688.com/offer/<id>.html`, mobile `?offerId=`) or the order's item snapshot. */
function offerLink(href: string | null | undefined, base: URL): { url?: string; productId?: string } {
  const u = absolute(href, base, ANY_1688);
  if (!u) return {};
  const host = u.hostname.toLowerCase();
  const id = host === 'detail.1688.com' || host === 'detail.m.1688.com' ? (/^\/offer\/(\d{5,20})\.html$/.exec(u.pathname)?.[1] ?? u.searchParams.get('offerId')) : null;
  if (id && /^\d{5,20}$/.test(id)) return { url: `https://detail.1688.com/offer/${id}.html`, productId: id };
  const entry = u.searchParams.get('order_entry_id');
  if (host === TRADE_HOST && u.pathname === '/order/offer_snapshot.htm' && entry && /^\d{5,25}$/.test(entry)) {
    return { url: `https://${TRADE_HOST}/order/offer_snapshot.htm?order_entry_id=${entry}` };
  }
  return {};
}

/** A seller's shop: its own 1688 sub-domain (`<name>.1688.com`, `shop<n>.1688.com`). */
function shopUrl(href: string | null | undefined, base: URL): string | undefined {
  const u = absolute(href, base, ANY_1688);
  if (!u) return undefined;
  const host = u.hostname.toLowerCase();
  // One label before 1688.com: deeper hosts (trade2.m., detail.m.) are services too.
  const sub = /^([a-z0-9-]{2,63})\.1688\.com$/.exec(host)?.[1];
  return sub && !SERVICE_HOSTS.has(sub) ? `https://${host}/` : undefined;
}

function sellerFrom(name: string | null | undefined, id: string | null | undefined, href: string | null | undefined, base: URL): Seller | undefined {
  const n = clean(name, MAX.sellerName);
  if (!n) return undefined;
  const seller: Seller = { name: n };
  const sid = clean(id, MAX.id);
  if (sid) seller.id = sid;
  const url = shopUrl(href, base);
  if (url) seller.url = url;
  return seller;
}

/** "¥325.00（含运费¥15.00）": the amount comes before the bracket, which only says what it includes. */
function cny(raw: string | null | undefined): Money | undefined {
  const before = clean(raw, 1000).split(/[（(]/)[0] ?? '';
  return parseYuan(/\d/.test(before) ? before : raw);
}

/** "20", "x20", "20件", "100.0" (wholesale quantities come as decimals) → integer; "2.5" (kilograms) → undefined. */
function quantityOf(raw: string | null | undefined): number | undefined {
  const t = clean(raw, 100).replace(/[,，](?=\d{3}(?!\d))/g, '');
  const m = /(?<![\d.])(\d{1,7})(?:\.0+)?(?![\d.])/.exec(t);
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n > 0 && n <= 1_000_000 ? n : undefined;
}

const WAYBILL_LABEL = '(?:运单号码|运单编号|运单号|物流单号|物流编号|快递单号)';
const WAYBILL_IN_TEXT = new RegExp(`${WAYBILL_LABEL}\\s*[:：]?\\s*([A-Za-z0-9][A-Za-z0-9-]{4,39})(?![A-Za-z0-9-])`, 'g');
const CARRIER_BEFORE = /([\u4e00-\u9fa5A-Za-z]{1,16}(?:快递|速递|物流|快运|速运|邮政|EMS))[\s|｜,，;；:：]*$/i;

/** Not a waybill: the order id, another 19-digit order id, or text without a digit. */
function waybillOk(number: string, orderId: string): boolean {
  return /\d/.test(number) && number !== orderId && !/^\d{19,}$/.test(number) && number.length <= MAX.tracking;
}

/** Waybills in free text ("圆通速递 运单号：YT7512345678901"), each with the carrier named just before it. */
function trackingFrom(text: string, orderId: string): Tracking[] {
  const out: Tracking[] = [];
  for (const m of text.matchAll(WAYBILL_IN_TEXT)) {
    const number = m[1] ?? '';
    if (!waybillOk(number, orderId) || out.some((t) => t.number === number)) continue;
    const carrier = clean(CARRIER_BEFORE.exec(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index))?.[1], MAX.carrier);
    out.push(carrier ? { number, carrier } : { number });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Status
// ---------------------------------------------------------------------------------------------------

/** Status codes (§3.4, 1688 open API): list tabs use them in the address (`status=`, `tradeStatus=`). */
const STATUS_CODES: Readonly<Record<string, OrderStatus>> = {
  waitbuyerpay: 'unpaid',
  waitsellersend: 'awaiting_shipment',
  // 等待物流揽收: the seller has shipped in 1688's sense (waybill entered); the carrier has yet to collect.
  waitlogisticstakein: 'shipped',
  waitbuyerreceive: 'shipped',
  waitbuyerconfirmgoods: 'shipped',
  waitbuyersign: 'shipped',
  send_goods_but_not_fund: 'shipped',
  signinsuccess: 'delivered',
  confirm_goods: 'delivered',
  confirm_goods_but_not_fund: 'delivered',
  success: 'completed',
  cancel: 'cancelled',
  terminated: 'cancelled',
  // Refund codes (open API): an open request, or the money returned.
  waitselleragree: 'in_dispute',
  waitbuyermodify: 'in_dispute',
  waitbuyersend: 'in_dispute',
  waitsellerreceive: 'in_dispute',
  refundsuccess: 'refunded',
  // A closed refund request leaves the order as it was; staged-payment states (分阶段) say nothing of shipping.
  refundclose: 'unknown',
  waitselleract: 'unknown',
  waitbuyerconfirmaction: 'unknown',
  waitsellerpush: 'unknown',
  waitactivate: 'unknown',
};

/** Display words, first match wins: refund words before the order words they may sit beside. */
const STATUS_TEXTS: ReadonlyArray<readonly [RegExp, OrderStatus]> = [
  [/退款成功|已退款|退款完成|^refunded/i, 'refunded'],
  [/退款中|申请退款|退款申请|退货中|售后中|等待卖家(?:同意|处理|确认收货)|等待买家(?:退货|修改)|纠纷|投诉|^refund|disput/i, 'in_dispute'],
  [/^(?:等待买家付款|待付款|待支付|等待付款)|^(?:awaiting|waiting for|pending) payment|^unpaid/i, 'unpaid'],
  [/部分发货|partially shipped/i, 'partially_shipped'],
  [/^(?:等待卖家发货|待发货)|^(?:awaiting|waiting for) (?:shipment|dispatch)/i, 'awaiting_shipment'],
  [/^(?:等待买家(?:确认)?收货|待收货|卖家已发货|已发货|等待物流揽[收件]|等待买家签收)|^shipped|^(?:awaiting|waiting for) (?:delivery|receipt)/i, 'shipped'],
  [/^(?:已收货|买家已签收|已签收)|^delivered|^received/i, 'delivered'],
  [/^(?:交易成功|交易完成|已完成)|^completed?|^(?:transaction )?successful/i, 'completed'],
  [/^(?:交易取消|已取消|交易关闭|已关闭|交易终止|订单关闭)|^cancel+ed|^closed|^terminated/i, 'cancelled'],
];

export function mapStatus(raw: string | null | undefined): OrderStatus {
  const t = clean(raw, MAX.statusText);
  if (!t) return 'unknown';
  const code = t.toLowerCase();
  if (/^[a-z_]+$/.test(code) && Object.hasOwn(STATUS_CODES, code)) return STATUS_CODES[code] ?? 'unknown';
  for (const [re, status] of STATUS_TEXTS) if (re.test(t)) return status;
  return 'unknown';
}

/** The status tab of a list address: every order it lists has that status. */
function tabStatus(url: URL): OrderStatus | undefined {
  for (const name of ['status', 'tradeStatus', 'trade_status']) {
    const v = url.searchParams.get(name)?.toLowerCase() ?? '';
    const status = Object.hasOwn(STATUS_CODES, v) ? STATUS_CODES[v] : undefined;
    if (status && status !== 'unknown') return status;
  }
  return undefined;
}

/**
 * The order's status from its own words, sharpened by the items' refund words (one entry per item that
 * shows any): an open refund is the fact deadlines hang on, and an order closed because every item was
 * refunded is refunded, not cancelled. Other per-item words ("已发货") add nothing to the order's.
 */
function statusOf(text: string | undefined, itemWords: string[], itemCount: number, ctx: Ctx, missing: string[]): { status: OrderStatus; statusText?: string } {
  const own = clean(text, MAX.statusText);
  let status: OrderStatus = own ? mapStatus(own) : 'unknown';
  if (!own) {
    const tab = tabStatus(ctx.url);
    if (tab) status = tab;
    missing.push(tab ? 'statusText' : 'status');
  }
  const mapped = itemWords.map(mapStatus);
  if (mapped.includes('in_dispute')) status = 'in_dispute';
  else if (itemCount > 0 && mapped.length === itemCount && mapped.every((s) => s === 'refunded')) status = 'refunded';
  const refundWords = itemWords.filter((_, i) => mapped[i] === 'refunded' || mapped[i] === 'in_dispute');
  const statusText = clean([own, ...new Set(refundWords)].filter(Boolean).join(' · '), MAX.statusText);
  return statusText ? { status, statusText } : { status };
}

// ---------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------

interface Ctx {
  url: URL;
  notes: string[];
  /** The document holds no shadow tree (`Deep.flat`). */
  flat?: boolean;
}

/** Runs one field's extraction; a throw (a layout surprise) counts as "not found". */
function attempt<T>(f: () => T | undefined): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

function note(ctx: Ctx, text: string) {
  if (ctx.notes.length < MAX.notes) ctx.notes.push(clean(text, MAX.note));
}

interface OrderParts {
  orderId: string;
  seller?: Seller;
  items: OrderItem[];
  total?: Money;
  status: OrderStatus;
  statusText?: string;
  events: OrderEvent[];
  tracking: Tracking[];
  payment?: Payment;
  missing: string[];
}

/** The record, in one key order whichever layout filled it, with every list capped to the schema. */
function finishOrder(o: OrderParts): OrderRead {
  const events = [...o.events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return {
    site: SITE,
    orderId: o.orderId,
    url: detailUrl(o.orderId),
    ...(o.seller ? { seller: o.seller } : {}),
    items: o.items.slice(0, MAX.items),
    ...(o.total ? { total: o.total } : {}),
    status: o.status,
    ...(o.statusText ? { statusText: o.statusText } : {}),
    events: events.slice(0, MAX.events),
    tracking: o.tracking.slice(0, MAX.trackingCount),
    pageDeadlines: [],
    ...(o.payment ? { payment: o.payment } : {}),
    missing: [...new Set(o.missing)].slice(0, MAX.missing),
  };
}

interface ItemParts {
  title?: string;
  sku?: string;
  quantity?: number;
  unitPrice?: Money;
  imageUrl?: string;
  url?: string;
  productId?: string;
}

function makeItem(parts: ItemParts, index: number, missing: string[]): OrderItem | undefined {
  const title = clean(parts.title, MAX.title);
  if (!title) return undefined;
  const item: OrderItem = { title };
  const sku = clean(parts.sku, MAX.sku);
  if (sku) item.sku = sku;
  if (parts.quantity !== undefined) item.quantity = parts.quantity;
  else missing.push(`items[${index}].quantity`);
  if (parts.unitPrice) item.unitPrice = parts.unitPrice;
  else missing.push(`items[${index}].unitPrice`);
  if (parts.imageUrl) item.imageUrl = parts.imageUrl;
  if (parts.url) item.url = parts.url;
  if (parts.productId) item.productId = clean(parts.productId, MAX.id);
  return item;
}

/** Spec parts ("颜色：黑色", "尺码：XL") as one line; a block without parts is read whole. */
function specOf(parts: Element[], block: Element | null): string {
  const each = parts.map((p) => textIn(p, 200)).filter(Boolean);
  return each.length ? each.join(', ') : textIn(block, MAX.sku);
}

function orderedEvent(text: string | undefined, missing: string[]): OrderEvent[] {
  const e = attempt(() => cnEvent('ordered', text));
  if (e) return [e];
  missing.push('events.ordered');
  return [];
}

// --- old and mobile list ---------------------------------------------------------------------------

function readOldCard(card: Element, ctx: Ctx, index: number): OrderRead | undefined {
  const d = deep(card, ctx.flat);
  const orderId =
    attempt(() => ID_IN_TEXT.exec(clean(d.q(OLD_ID_INPUT)?.getAttribute('value'), 40))?.[1]) ??
    attempt(() => ID_IN_TEXT.exec(clean(d.q(OLD_ID_ATTR)?.getAttribute('data-orderid'), 40))?.[1]) ??
    attempt(() => ID_IN_TEXT.exec(textIn(d.q(OLD_ID_TEXT), 100))?.[1]);
  if (!orderId) {
    note(ctx, `order card ${index + 1}: no order id found; skipped`);
    return undefined;
  }
  const missing: string[] = [];
  const events = orderedEvent(attempt(() => textIn(d.q(OLD_DATE), MAX.eventText)), missing);

  const seller = attempt(() => {
    const corp = d.q(OLD_CORP);
    if (!corp) return undefined;
    const member = d.q(OLD_MEMBER);
    const link = corp.closest('a[href]');
    return sellerFrom(corp.getAttribute('data-copytitle') || textIn(corp, MAX.sellerName), member?.getAttribute('data-copytitle') || textIn(member, MAX.id), link?.getAttribute('href'), ctx.url);
  });
  if (!seller) missing.push('seller');

  const items: OrderItem[] = [];
  const service: string[] = [];
  for (const a of attempt(() => d.qa(OLD_PRODUCT)) ?? []) {
    const item = attempt(() => {
      const row = a.closest(OLD_ITEM_ROW) ?? a.parentElement ?? a;
      const r = deep(row, ctx.flat);
      const spec = r.q(OLD_ITEM_SPEC);
      const made = makeItem(
        {
          title: a.getAttribute('title') || textIn(a, MAX.title),
          sku: specOf(spec ? Array.from(spec.querySelectorAll('span')) : [], spec),
          unitPrice: cny(textIn(r.q(OLD_ITEM_PRICE), MAX.moneyText)),
          quantity: quantityOf(textIn(r.q(OLD_ITEM_QTY), 100)),
          imageUrl: imageOf(r.q(OLD_ITEM_IMG), ctx.url),
          ...offerLink(a.getAttribute('href'), ctx.url),
        },
        items.length,
        missing,
      );
      return made && { item: made, words: textIn(r.q(OLD_ITEM_SERVICE), MAX.statusText) };
    });
    if (!item) continue;
    items.push(item.item);
    if (item.words) service.push(item.words);
  }
  if (!items.length) missing.push('items');

  const { status, statusText } = statusOf(attempt(() => textIn(d.q(OLD_STATUS), MAX.statusText)), service, items.length, ctx, missing);

  const total = attempt(() => {
    const el = d.q(OLD_TOTAL);
    return el ? (cny(el.getAttribute('title')) ?? cny(textIn(el, MAX.moneyText))) : undefined;
  });
  if (!total) missing.push('total');

  return finishOrder({ orderId, seller, items, total, status, statusText, events, tracking: [], missing });
}

// --- new list --------------------------------------------------------------------------------------

function readNewCard(card: Element, ctx: Ctx, index: number): OrderRead | undefined {
  const d = deep(card, ctx.flat);
  const orderId =
    attempt(() => {
      const el = d.q(NEW_ID);
      return ID_IN_TEXT.exec(clean(el?.getAttribute('text'), 40) || textIn(el, 100))?.[1];
    }) ??
    attempt(() => ID_IN_ARGS.exec(clean(card.getAttribute('data-tracker-args'), 500))?.[1]) ??
    attempt(() => {
      const u = absolute(d.q(NEW_DETAIL_LINK)?.getAttribute('href'), ctx.url, ANY_1688);
      return u ? orderIdParam(u) : undefined;
    });
  if (!orderId) {
    note(ctx, `order card ${index + 1}: no order id found; skipped`);
    return undefined;
  }
  const missing: string[] = [];
  const events = orderedEvent(attempt(() => textIn(d.q(NEW_TIME), MAX.eventText)), missing);

  const seller = attempt(() => {
    const company = d.q(NEW_COMPANY);
    if (!company) return undefined;
    const link = company.closest('a[href]') ?? company.querySelector('a[href]');
    return sellerFrom(textIn(company, MAX.sellerName), textIn(d.q(NEW_SELLER_ID), MAX.id), link?.getAttribute('href'), ctx.url);
  });
  if (!seller) missing.push('seller');

  const items: OrderItem[] = [];
  const service: string[] = [];
  for (const entry of attempt(() => d.qa(NEW_ENTRY)) ?? []) {
    const item = attempt(() => {
      const e = deep(entry, ctx.flat);
      const a = e.q(NEW_ENTRY_TITLE);
      const price = e.q(NEW_ENTRY_PRICE);
      const made = makeItem(
        {
          title: a?.getAttribute('title') || textIn(a, MAX.title),
          sku: specOf(e.qa(NEW_ENTRY_SKU), null),
          unitPrice: price ? cny(priceTextOf(price)) : undefined,
          quantity: quantityOf(textIn(e.q(NEW_ENTRY_QTY), 100)),
          imageUrl: imageOf(e.q(NEW_ENTRY_IMG), ctx.url),
          ...offerLink(a?.getAttribute('href'), ctx.url),
        },
        items.length,
        missing,
      );
      return made && { item: made, words: textIn(e.q(NEW_ENTRY_SERVICE), MAX.statusText) };
    });
    if (!item) continue;
    items.push(item.item);
    if (item.words) service.push(item.words);
  }
  if (!items.length) missing.push('items');
  if (attempt(() => d.q(NEW_FOLDED))) note(ctx, `order ${orderId}: the list folds some of its items away; its detail page lists them all`);

  const { status, statusText } = statusOf(attempt(() => textIn(d.q(NEW_STATUS), MAX.statusText)), service, items.length, ctx, missing);

  const total = attempt(() => {
    const el = d.q(NEW_TOTAL);
    return el ? cny(priceTextOf(el)) : undefined;
  });
  if (!total) missing.push('total');

  const tracking = attempt(() => trackingFrom(d.qa(NEW_LOGISTICS).map((el) => textIn(el, 1000)).join(' | '), orderId)) ?? [];

  return finishOrder({ orderId, seller, items, total, status, statusText, events, tracking, missing });
}

// --- detail ----------------------------------------------------------------------------------------

interface Row {
  label: string;
  value: string;
  el: Element;
}

/** "付款时间：2025-11-03 09:20:11" → label and value; rows without a short label are not labelled rows. */
function rowOf(el: Element): Row | undefined {
  const m = /^([^:：\d]{2,12}?)\s*[:：]\s*(.+)$/.exec(textIn(el, 600));
  if (!m) return undefined;
  return { label: (m[1] ?? '').replace(/\s+/g, ''), value: clean(m[2], 500), el };
}

const LABEL = {
  orderId: /^(?:订单号|订单编号)$/,
  status: /^(?:订单状态|交易状态|当前状态|当前订单状态)$/,
  seller: /^(?:供应商|卖家|商家|卖家公司|公司名称|供应商名称)$/,
  sellerId: /^(?:卖家会员名|卖家账号|卖家旺旺|旺旺)$/,
  total: /^(?:实付款|实付金额|实付总额|实付|订单总额|订单总价|应付总额)$/,
  carrier: /^(?:物流公司|快递公司|承运公司)$/,
  waybill: new RegExp(`^${WAYBILL_LABEL}$`),
  payment: /^(?:支付方式|付款方式)$/,
};

/** Dated rows; "收货时间" alone is left out: it could be the buyer's confirmation or the carrier's sign-for. */
const EVENT_LABELS: ReadonlyArray<readonly [RegExp, OrderEvent['kind']]> = [
  [/^(?:下单|创建|拍下)时间$/, 'ordered'],
  [/^(?:付款|支付)时间$/, 'paid'],
  [/^发货时间$/, 'seller_shipped'],
  [/^签收时间$/, 'signed_for'],
  [/^(?:确认收货|成交|交易成功|完成)时间$/, 'completed'],
  [/^(?:申请退款|退款申请)时间$/, 'dispute_opened'],
  [/^(?:退款成功|退款)时间$/, 'refund_issued'],
];

function paymentOf(text: string): Payment | undefined {
  if (!text) return undefined;
  if (/支付宝|alipay/i.test(text)) return { channel: 'alipay' };
  if (/银联|unionpay/i.test(text)) return { channel: 'card', network: 'unionpay' };
  if (/信用卡|借记卡|银行卡|网银/.test(text)) return { channel: 'card' };
  return { channel: 'other' };
}

function readDetail(d: Deep, ctx: Ctx): OrderRead | undefined {
  const rows = (attempt(() => d.qa([DETAIL_ROWS])) ?? []).map((el) => attempt(() => rowOf(el))).filter((r): r is Row => !!r);
  const entries = attempt(() => d.qa(DETAIL_ENTRY)) ?? [];
  if (!rows.length && !entries.length && !attempt(() => d.q(DETAIL_MARK))) {
    note(ctx, 'order detail not found on the page (the layout may have changed)');
    return undefined;
  }
  const row = (re: RegExp) => rows.find((r) => re.test(r.label));

  const urlId = orderIdParam(ctx.url);
  const pageId = attempt(() => ID_IN_TEXT.exec(row(LABEL.orderId)?.value ?? '')?.[1]);
  const orderId = pageId ?? urlId;
  if (!orderId) {
    note(ctx, 'order detail: no order id found; skipped');
    return undefined;
  }
  if (pageId && urlId && pageId !== urlId) note(ctx, `the page shows order ${pageId} at the address of order ${urlId}`);
  const missing: string[] = [];

  const events: OrderEvent[] = [];
  for (const r of rows) {
    const kind = EVENT_LABELS.find(([re]) => re.test(r.label))?.[1];
    if (!kind || events.some((e) => e.kind === kind)) continue;
    const e = attempt(() => cnEvent(kind, `${r.label}：${r.value}`));
    if (e) events.push(e);
  }
  if (!events.some((e) => e.kind === 'ordered')) missing.push('events.ordered');

  const seller = attempt(() => {
    const r = row(LABEL.seller);
    if (!r) return undefined;
    return sellerFrom(r.value, row(LABEL.sellerId)?.value, r.el.querySelector('a[href]')?.getAttribute('href'), ctx.url);
  });
  if (!seller) missing.push('seller');

  const items: OrderItem[] = [];
  const service: string[] = [];
  for (const entry of entries) {
    const item = attempt(() => {
      const e = deep(entry, ctx.flat);
      const a = e.q(DETAIL_ENTRY_TITLE);
      const offer = offerLink(e.q(DETAIL_ENTRY_OFFER)?.getAttribute('href'), ctx.url);
      const spec = e.q(DETAIL_ENTRY_SPEC);
      const made = makeItem(
        {
          title: a?.getAttribute('title') || textIn(a, MAX.title),
          sku: specOf(spec ? Array.from(spec.querySelectorAll('span')) : [], spec),
          unitPrice: cny(textIn(e.q(DETAIL_ENTRY_PRICE), MAX.moneyText)),
          quantity: quantityOf(textIn(e.q(DETAIL_ENTRY_QTY), 100)),
          imageUrl: imageOf(e.q(['img']), ctx.url),
          // The live offer page when linked; else the snapshot of the item as bought.
          ...(offer.url ? offer : offerLink(a?.getAttribute('href'), ctx.url)),
        },
        items.length,
        missing,
      );
      return made && { item: made, words: textIn(e.q(DETAIL_ENTRY_SERVICE), MAX.statusText) };
    });
    if (!item) continue;
    items.push(item.item);
    if (item.words) service.push(item.words);
  }
  if (!items.length) missing.push('items');

  const statusWords = attempt(() => textIn(d.q(DETAIL_STATUS), MAX.statusText)) || row(LABEL.status)?.value;
  const { status, statusText } = statusOf(statusWords, service, items.length, ctx, missing);

  const total = attempt(() => cny(row(LABEL.total)?.value));
  if (!total) missing.push('total');

  const tracking: Tracking[] = [];
  attempt(() => {
    let carrier = '';
    for (const r of rows) {
      if (LABEL.carrier.test(r.label)) carrier = clean(r.value, MAX.carrier);
      else if (LABEL.waybill.test(r.label)) {
        const number = /^[A-Za-z0-9][A-Za-z0-9-]{4,79}/.exec(r.value.replace(/\s+/g, ''))?.[0] ?? '';
        if (waybillOk(number, orderId) && !tracking.some((t) => t.number === number)) tracking.push(carrier ? { number, carrier } : { number });
      }
    }
    if (!tracking.length && d.q(['#logisticsTabTitle'])) {
      // A script that read this page took the waybill as the third value of the logistics block (§3.3).
      const number = textIn(d.qa(DETAIL_INFO_VAL)[2], 100).replace(/\s+/g, '');
      if (/^[A-Za-z0-9][A-Za-z0-9-]{4,79}$/.test(number) && waybillOk(number, orderId)) tracking.push({ number });
    }
    return undefined;
  });

  const payment = attempt(() => paymentOf(row(LABEL.payment)?.value ?? ''));

  return finishOrder({ orderId, seller, items, total, status, statusText, events, tracking, payment, missing });
}

// ---------------------------------------------------------------------------------------------------
// Page
// ---------------------------------------------------------------------------------------------------

const LIST_CONTENT = [...OLD_CARD, ...OLD_EMPTY, ...NEW_CARD, ...NEW_EMPTY, ...MOBILE_CARD];

/** Orders, or the page's own "no orders" state: either way not a wall. */
const hasContent = (d: Deep) => !!d.q([...LIST_CONTENT, ...DETAIL_MARK]);

function blockedBy(doc: Document, url: URL, d: Deep): 'captcha' | 'login' | undefined {
  if (isPunish(url)) return 'captcha';
  if (isLoginAddress(url)) return 'login';
  if (d.q(CAPTCHA)) return 'captcha';
  if (hasContent(d)) return undefined;
  const scripts = Array.from(doc.scripts ?? [])
    .map((s) => s.textContent ?? '')
    .join('\n');
  if (PUNISH_REDIRECT.test(scripts) || CAPTCHA_TEXT.test(textIn(doc.body, 2000))) return 'captcha';
  if (d.q(LOGIN) || LOGIN_REDIRECT.test(scripts)) return 'login';
  return undefined;
}

function ready(doc: Document, kind: PageKind): boolean {
  try {
    const d = deep(doc);
    if (blockedBy(doc, new URL(doc.URL), d)) return true;
    return !!d.q(kind === 'list' ? LIST_CONTENT : DETAIL_MARK);
  } catch {
    return false;
  }
}

const CARDS: Readonly<Record<Layout, readonly string[]>> = { old: OLD_CARD, new: NEW_CARD, mobile: MOBILE_CARD };

type CardReader = (card: Element, ctx: Ctx, index: number) => OrderRead | undefined;

/**
 * What reads each kind of page: each page family's content script carries only its own readers (the
 * bundle budget, bench/RESULTS.md); a saved page read whole (`parse1688`) gets every layout.
 */
interface Readers {
  cards?: Partial<Record<Layout, CardReader>>;
  detail?: typeof readDetail;
  /** A saved login page: which of our pages it stands in for (content scripts never run on the login hosts). */
  loginTarget?: typeof loginTarget;
}

function readList(doc: Document, d: Deep, ctx: Ctx, layout: Layout | undefined, readers: Partial<Record<Layout, CardReader>>): OrderRead[] {
  let found: { cards: Element[]; read: CardReader } | undefined;
  // The address names the layout; a saved page at another address is tried against each.
  for (const l of layout ? [layout] : (['old', 'new', 'mobile'] as const)) {
    const read = readers[l];
    const cards = read ? d.qa(CARDS[l]) : [];
    if (read && cards.length) {
      found = { cards, read };
      break;
    }
  }
  if (!found) {
    if (!d.q([...OLD_EMPTY, ...NEW_EMPTY])) {
      const closed = layout === 'new' && doc.querySelector('app-root') && !shadowOf(doc.querySelector('app-root') as Element);
      note(ctx, closed ? 'the order list has not drawn its content (its shadow root is closed or empty)' : 'no order cards found on the page (the layout may have changed)');
    }
    return [];
  }
  const { cards, read } = found;
  if (cards.length > MAX.orders) note(ctx, `the page shows ${cards.length} orders; only the first ${MAX.orders} were read`);
  const orders: OrderRead[] = [];
  cards.slice(0, MAX.orders).forEach((card, i) => {
    const o = attempt(() => read(card, ctx, i));
    if (!o) return;
    if (orders.some((x) => x.orderId === o.orderId)) return note(ctx, `order ${o.orderId} appears twice; the first card was kept`);
    orders.push(o);
  });
  return orders;
}

function readPage(doc: Document, url: URL, readers: Readers): PageRead {
  const ctx: Ctx = { url, notes: [] };
  let kind: PageKind = 'list';
  try {
    const page = pageOf(url);
    const d = deep(doc);
    ctx.flat = d.flat;
    if (page) kind = page.kind;
    else if (isLoginAddress(url)) kind = readers.loginTarget?.(url) ?? 'list';
    else {
      kind = d.q(DETAIL_MARK) ? 'detail' : 'list';
      note(ctx, `this address is not a 1688 order page we know; read as a ${kind}`);
    }
    const blocked = blockedBy(doc, url, d);
    if (blocked) {
      note(ctx, blocked === 'captcha' ? '1688 shows its anti-bot slider check instead of the orders' : '1688 asks to log in before showing the orders');
      return { kind, orders: [], notes: ctx.notes, blocked };
    }
    let orders: OrderRead[];
    if (kind === 'list') orders = readers.cards ? readList(doc, d, ctx, page?.layout, readers.cards) : [];
    else {
      const read = readers.detail;
      const o = read && attempt(() => read(d, ctx));
      orders = o ? [o] : [];
    }
    return { kind, orders, notes: ctx.notes };
  } catch (error) {
    note(ctx, `could not read the page (${error instanceof Error ? error.name : 'error'})`);
    return { kind, orders: [], notes: ctx.notes };
  }
}

/** Reads a 1688 order page, any layout, or the wall standing in its place. Never throws. */
export function parse1688(doc: Document, url: URL): PageRead {
  return readPage(doc, url, { cards: { old: readOldCard, new: readNewCard, mobile: readOldCard }, detail: readDetail, loginTarget });
}

/** One page family: the addresses its content script is registered for, and the readers it carries. */
function family(matches: string[], kindAt: (url: URL) => PageKind | null, readers: Readers): SiteAdapter {
  return { id: SITE, matches, detect: kindAt, ready, parse: (doc, url) => readPage(doc, url, readers) };
}

const layoutOnly = (layouts: readonly (Layout | undefined)[]) => (url: URL) => {
  const page = pageOf(url);
  return page && layouts.includes(page.layout) ? page.kind : null;
};

/** The old list on trade.1688.com and the mobile list: server markup, one reader. */
export const alibaba1688List = family(
  [
    '*://trade.1688.com/order/buyer_order_list.htm*', // old list (and its punish address, which extends the path)
    '*://trade2.m.1688.com/page/buyerOrderList.html*', // mobile list
    // Punish addresses with the doubled slash Alibaba's redirect has been seen to write.
    '*://trade.1688.com//order/buyer_order_list.htm/_____tmd_____/*',
    '*://trade2.m.1688.com//page/buyerOrderList.html/_____tmd_____/*',
  ],
  layoutOnly(['old', 'mobile']),
  { cards: { old: readOldCard, mobile: readOldCard } },
);

/** The new list on air.1688.com: web components in shadow roots. */
export const alibaba1688AirList = family(
  ['*://air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html*', '*://air.1688.com//app/ctf-page/trade-order-list/buyer-order-list.html/_____tmd_____/*'],
  layoutOnly(['new']),
  { cards: { new: readNewCard } },
);

/** The order detail on trade.1688.com. */
export const alibaba1688Detail = family(
  ['*://trade.1688.com/order/new_step_order_detail.htm*', '*://trade.1688.com//order/new_step_order_detail.htm/_____tmd_____/*'],
  layoutOnly([undefined]),
  { detail: readDetail },
);

/** The whole site: the background's check of who may report its orders, `npm run parse` and the tests. */
export const alibaba1688: SiteAdapter = {
  id: SITE,
  matches: /* @__PURE__ */ [alibaba1688List, alibaba1688AirList, alibaba1688Detail].flatMap((f) => f.matches),
  detect,
  ready,
  parse: parse1688,
};
