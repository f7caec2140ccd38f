/**
 * Weidian (微店) buyer order pages: the order list (weidian.com/user/order/list.php?type=N), the order
 * detail (weidian.com/user/order-new/detail.php?oid=…, also on shop sub-domains), the logistics page,
 * and the older i.weidian.com list and detail.
 *
 * Structure: `../shared/research/marketplaces.md` §0 and §4, and the public copy of Weidian's own
 * order-list bundle (`tests/fixtures/weidian/SOURCES.md` names every source and what each gave).
 *
 * Where the order data is. The server writes the page data, HTML-escaped, into
 * `<script id="__rocker-render-inject__" data-obj="{…}">`; the page's own script copies it into
 * `window.getData`, removes that element, and draws the list. An isolated-world content script cannot
 * read `window.getData`, so `parseWeidian` looks, in this order, for:
 *   1. the server's data while it is still in the document (a read before the page's script ran, or a
 *      saved page): the rocker element, or an inline `window.getData = {…}` / `var getData = …` script.
 *      Parsed as JSON only, never evaluated;
 *   2. the copy of that data our content script keeps at document_start, before the page removes the
 *      rocker element (`utils/content/keep-server-data.ts`; element at `PAGE_DATA_ELEMENT_ID`);
 *   3. the rendered DOM. The current list cards carry no order id at all (a card opens its order by
 *      script), so a list read from the DOM alone yields no orders, only notes; the "待评价" list links
 *      each order, and the detail and logistics pages carry the id in their address.
 * `parseWeidianData` maps the data object alone, for a caller that has it from elsewhere.
 *
 * Runs in the content-script bundle: no Zod, no extension APIs, only types from the model. Never
 * throws: what it cannot read is named in each order's `missing`, page problems in `notes`.
 */
import type { Money, OrderEvent, OrderItem, OrderRead, OrderStatus, PageDeadline, Seller, Tracking } from '../model';
import { CN_ZONE, cnEvent, parseCnDate, parseEpoch } from './cn-time';
import { absolute, clean, has, loadedAt, MAX, priceTextOf, q, qa, textOf } from './dom';
import { parseJsonKeepingIds } from './json';
import { parseYuan } from './yuan';
import type { PageKind, PageRead, SiteAdapter } from './types';

// ---------------------------------------------------------------------------------------------------
// Selectors. Each array lists alternatives, tried in order; the comment names the layout each one is for.
// ---------------------------------------------------------------------------------------------------

/**
 * Id of the element where our content script keeps the rocker element's data: a `<script
 * type="application/json" id="refund-radar-page-data">` whose text is the `data-obj` JSON, the very
 * object the page keeps as `window.getData` (`{ list: { status, result }, count, detail, orderLogistics }`).
 * A script of type application/json is neither run nor rendered. The page could forge it like any
 * other markup, so it gets the same distrust as the DOM.
 */
export const PAGE_DATA_ELEMENT_ID = 'refund-radar-page-data';

/** Server-rendered page data; the page's bundle reads it into `window.getData` and then removes it. */
const ROCKER_DATA = ['script#__rocker-render-inject__[data-obj]'];
const BRIDGE_DATA = [`script#${PAGE_DATA_ELEMENT_ID}[type="application/json"]`];

/** The sso.weidian.com login form, by the ids a login-filling userscript uses; any password form as a last resort. */
const LOGIN = ['#login_pwd_input', '#login_isRegiTele_input', '#login_init_by_login', '#login_pwd_submit', 'form input[type="password"]'];

/** Current list (Weidian's order-list bundle: order-list-item.vue, judge-order-list.vue, new-shop-info.vue). */
const LIST_CARD = [
  '.order_item_info > ul > li', // one li per order, all tabs
];
const LIST_EMPTY = [
  '.order_item_info .order_none', // "没有相关订单"
];
const LIST_TAB_ACTIVE = [
  '.tab_content li span.choice', // the selected status tab
];
const CARD_DETAIL_LINK = [
  'a.to_order_detail[href*="oid="]', // "查看订单" on the 待评价 tab
  'a[href*="oid="]', // any order link in the card
];
const SHOP_NAME = [
  '.shop_info .shop_name .icon_shape', // the shop name itself
  '.shop_info .shop_name', // the whole block, icon included
];
const SHOP_STATUS = [
  '.shop_info > .status_des', // status_desc beside the shop name (a debt notice nests another .status_des: not this one)
];

/** One item block (new-item-single-column.vue, shared by the list and, [inferred], the detail page). */
const ITEM = ['.item_info .item_info_warp'];
const ITEM_TITLE = ['.item_title'];
const ITEM_SKU = ['.item_sku'];
const ITEM_IMG = ['img.itme_img']; // [sic]: Weidian's class name
const ITEM_PRICE = ['.item_price .price'];
const ITEM_QTY = ['.item_price .quantity'];
const ITEM_REFUND = ['.desc_info .refund_desc']; // sub_order_desc, per-item refund words
const ITEM_TIPS = ['.desc_info .pre_sell']; // tips[0] and presale ship time
const CARD_TOTAL = [
  '.order_all_price .total_price_text', // "总价 ¥128.50", also inside the changed-price line
];

/** Detail page. `#detail` is the container a screenshot scraper waits for; what is inside is [inferred]. */
const DETAIL = ['#detail'];
const DETAIL_STATUS = [
  '.order_status .status_text', // [inferred] status header
  '.shop_info > .status_des', // the shared shop line, as on the list
];
const DETAIL_STATUS_TIPS = [
  '.order_status .status_tips', // [inferred] the countdown line under the status
];

/** Logistics page: Weidian's pages draw into #app; the rows inside are [inferred] (only the data path is documented). */
const LOGISTICS = ['#app'];

// ---------------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------------

const SITE = 'weidian' as const;
const MAIN_HOST = 'weidian.com';
const OLD_HOST = 'i.weidian.com';
const SSO_HOST = 'sso.weidian.com';
const ANY_WEIDIAN = /(^|\.)weidian\.com$/i;
const IMAGE_HOST = /(^|\.)(geilicdn\.com|weidian\.com|vdian\.com)$/i;
const ORDER_ID = /^\d{8,20}$/;
const ITEM_ID = /^\d{1,30}$/;
const SHOP_ID = /^\d{4,20}$/;

type PageType = 'list' | 'detail' | 'logistics';
interface Page {
  kind: PageKind;
  type: PageType;
  oid?: string;
}

function oidParam(url: URL): string | undefined {
  const id = url.searchParams.get('oid');
  return id && ORDER_ID.test(id) ? id : undefined;
}

function pageOf(url: URL): Page | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  const oid = oidParam(url);
  if (host === MAIN_HOST) {
    // order-new/list.php: the address another buyer tool opens for the same list.
    if (path === '/user/order/list.php' || path === '/user/order-new/list.php') return { kind: 'list', type: 'list' };
    // order/detail.php: where the order-list bundle's own "查看订单" links point.
    if (path === '/user/order/detail.php') return oid ? { kind: 'detail', type: 'detail', oid } : null;
    if (path === '/user/order-new/logistics.php') return oid ? { kind: 'detail', type: 'logistics', oid } : null;
  }
  // Shop sub-domains (shop<id>.v.weidian.com) serve the same detail page.
  if (ANY_WEIDIAN.test(host) && host !== SSO_HOST && path === '/user/order-new/detail.php') return oid ? { kind: 'detail', type: 'detail', oid } : null;
  if (host === OLD_HOST) {
    if (path === '/order/list.php') return { kind: 'list', type: 'list' };
    if (path === '/order/detail.php') return oid ? { kind: 'detail', type: 'detail', oid } : null;
  }
  return null;
}

function detect(url: URL): PageKind | null {
  return pageOf(url)?.kind ?? null;
}

const isLoginAddress = (url: URL) => url.hostname.toLowerCase() === SSO_HOST && url.pathname.startsWith('/login');

/** The order page a login address will return to (`?redirect=`), when it is one of ours. */
function redirectTarget(url: URL): Page | null {
  try {
    const r = url.searchParams.get('redirect');
    return r ? pageOf(new URL(r)) : null;
  } catch {
    return null;
  }
}

const detailUrl = (id: string) => `https://${MAIN_HOST}/user/order-new/detail.php?oid=${id}`;
const itemUrl = (id: string) => `https://${MAIN_HOST}/item.html?itemID=${id}`;
const shopUrl = (id: string) => `https://${MAIN_HOST}/?userid=${id}`;

/** The status tabs of the list (`type` in the address); a tab is a status filter, so it names the status of what it lists. */
const TAB_STATUS: Readonly<Record<string, string>> = { '1': '待付款', '2': '待发货', '3': '待收货', '4': '待评价' };

// ---------------------------------------------------------------------------------------------------
// Text, ids, links, money, dates
// ---------------------------------------------------------------------------------------------------

/**
 * Titles in Weidian's data carry HTML entities (`&amp;`, `&#39;`) that the page prints as they are;
 * decoded once into plain text (never parsed as HTML), so a data read and a DOM read name an item alike.
 */
function decodeEntities(s: string): string {
  return s.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi, (all, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase()] ?? all;
    const cp = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : all;
  });
}

const cleanText = (s: string | null | undefined, max: number) => clean(decodeEntities(clean(s, max * 2)), max);

/** An id from a string of digits, or from a number only while it is exact (below 2^53). */
function idOf(v: unknown, re: RegExp): string | undefined {
  if (typeof v === 'string') {
    const t = v.trim();
    return re.test(t) ? t : undefined;
  }
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) {
    const t = String(v);
    return re.test(t) ? t : undefined;
  }
  return undefined;
}


/** A price field of the data: "59.90" or 59.9. The page prints it after "¥". */
function moneyOf(v: unknown): Money | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return parseYuan(`¥${v}`);
  if (typeof v === 'string' && /^\s*\d{1,12}(?:\.\d{1,4})?\s*$/.test(v)) return parseYuan(`¥${v.trim()}`);
  return undefined;
}

function quantityOf(v: unknown): number | undefined {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? clean(v, 40) : '';
  const m = /(\d{1,7})/.exec(s);
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n > 0 && n <= 1_000_000 ? n : undefined;
}

/** Item picture: the page asks the CDN for a resized `.webp` copy (`….jpg.webp?w=400&h=400`); the original is the same path without either. */
function imageUrl(src: string | null | undefined, base: URL): string | undefined {
  const u = absolute(src, base, IMAGE_HOST);
  if (!u) return undefined;
  u.search = '';
  u.hash = '';
  u.pathname = u.pathname.replace(/(\.(?:jpe?g|png|gif|webp))\.webp$/i, '$1');
  return u.href;
}

function itemIdFromUrl(href: string | null | undefined, base: URL): string | undefined {
  const u = absolute(href, base, ANY_WEIDIAN);
  if (!u) return undefined;
  const id = u.searchParams.get('itemID') ?? u.searchParams.get('itemId') ?? /^\/i\/(\d{1,30})$/.exec(u.pathname)?.[1];
  return id && ITEM_ID.test(id) ? id : undefined;
}

function sellerFrom(name: string, id: string | undefined, href: string | null | undefined, base: URL): Seller | undefined {
  const n = cleanText(name, MAX.sellerName);
  if (!n) return undefined;
  const fromLink = absolute(href, base, ANY_WEIDIAN)?.searchParams.get('userid') ?? undefined;
  const sid = id ?? (fromLink && SHOP_ID.test(fromLink) ? fromLink : undefined);
  return sid ? { name: n, id: sid, url: shopUrl(sid) } : { name: n };
}

/** A date field: "2026-03-01 10:15:00" (China time) or an epoch stamp. */
function dataEvent(kind: OrderEvent['kind'], v: unknown): OrderEvent | undefined {
  if (typeof v === 'number' || (typeof v === 'string' && /^\s*\d{10,13}\s*$/.test(v))) {
    const d = parseEpoch(typeof v === 'string' ? v.trim() : v);
    return d ? { kind, at: d.at, dateOnly: false, zone: CN_ZONE } : undefined;
  }
  return typeof v === 'string' ? cnEvent(kind, clean(v, MAX.eventText)) : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Status
// ---------------------------------------------------------------------------------------------------

/**
 * Display texts, tested in order; first match wins. Seen on the page: "已完成", "已关闭" (the list greys
 * them out) and the tab names; the refund words come from Weidian's refund list. The rest is Chinese
 * trade vocabulary shared with Taobao ([inferred] for Weidian).
 */
const STATUS_TEXTS: ReadonlyArray<readonly [RegExp, OrderStatus]> = [
  [/^(待付款|待支付|等待买家付款|未付款)/, 'unpaid'],
  [/部分发货/, 'partially_shipped'],
  [/^(待发货|等待卖家发货|待商家发货|买家已付款|已付款)/, 'awaiting_shipment'],
  [/^(已签收)/, 'delivered'],
  [/^(待收货|已发货|卖家已发货|商家已发货|等待买家收货|等待买家确认收货|运输中|配送中)/, 'shipped'],
  [/^(已退款|退款成功|退款完成|退款已完成)/, 'refunded'],
  // A refund closed or withdrawn leaves the order where it was, and "售后完成" does not say whether money came back.
  [/(退款|售后)(已)?(关闭|撤销|取消|完成|结束)/, 'unknown'],
  [/退款|退货|售后|维权|投诉|纠纷/, 'in_dispute'],
  [/^(已完成|交易成功|交易完成|待评价|已评价|已收货|已确认收货)/, 'completed'],
  [/^(已关闭|交易关闭|订单关闭|订单已关闭|已取消|订单已取消)/, 'cancelled'],
];

export function mapStatus(raw: string | null | undefined): OrderStatus {
  const t = clean(raw, MAX.statusText);
  if (!t) return 'unknown';
  for (const [re, status] of STATUS_TEXTS) if (re.test(t)) return status;
  return 'unknown';
}

/**
 * Order status with the per-item refund words ("退款中", "退款成功"; `itemRefunds[i]` is item i's, or
 * empty) folded in: an open refund on any item is the more urgent fact; a refund on every item means
 * the money came back whatever the order line says.
 */
function statusWithRefunds(statusText: string | undefined, itemRefunds: string[], missing: string[]): { status: OrderStatus; statusText?: string } {
  const own = clean(statusText, MAX.statusText);
  let status = own ? mapStatus(own) : 'unknown';
  const kinds = itemRefunds.map((r) => (r ? mapStatus(r) : undefined));
  if (kinds.includes('in_dispute')) status = 'in_dispute';
  else if (kinds.length > 0 && kinds.every((k) => k === 'refunded')) status = 'refunded';
  const words = [...new Set(itemRefunds.map((r) => clean(r, 60)).filter(Boolean))];
  const text = clean([own, ...words].filter(Boolean).join(' · '), MAX.statusText);
  if (!own) missing.push('status');
  return text ? { status, statusText: text } : { status };
}

// ---------------------------------------------------------------------------------------------------
// Deadlines the page shows
// ---------------------------------------------------------------------------------------------------

const COUNTDOWN = /(?:还剩|剩余|仅剩|剩)\s*((?:\d{1,4}\s*(?:天|小时|时|分钟|分|秒)\s*)+)/;
const UNIT_MS: Readonly<Record<string, number>> = { 天: 86_400_000, 小时: 3_600_000, 时: 3_600_000, 分钟: 60_000, 分: 60_000, 秒: 1000 };
const FULL_DATE_SHIP_BY = /(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*(?:之)?前\s*发货/;
const MONTH_DAY_SHIP_BY = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(\d{1,2}:\d{2})?\s*(?:之)?前\s*发货/;
const HALF_YEAR_MS = 183 * 86_400_000;

/** "12月08日 03:46前发货" has no year: the year that puts the date nearest the page's clock. */
function monthDayInstant(mo: number, d: number, time: string | undefined, renderAt: Date): string | undefined {
  const year = new Date(renderAt.getTime() + 8 * 3_600_000).getUTCFullYear();
  for (const y of [year, year + 1, year - 1]) {
    const r = parseCnDate(`${y}-${mo}-${d}${time ? ` ${time}` : ''}`);
    if (r && Math.abs(Date.parse(r.at) - renderAt.getTime()) <= HALF_YEAR_MS) return r.at;
  }
  return undefined;
}

/**
 * A deadline in the page's words: a countdown ("还剩6天23小时自动确认收货", counted from the render
 * time) or a dated ship-by promise ("2026-03-06 23:59前发货"; a date alone counts from the start of
 * that day, the earlier reading). Undefined for text that is neither; a countdown for a clock we have
 * no rule for (the unpaid order's auto-close) gives a note instead.
 */
function deadlineFrom(raw: string, orderId: string, ctx: Ctx): PageDeadline | undefined {
  const text = clean(raw, MAX.deadlineText);
  const cd = COUNTDOWN.exec(text);
  if (cd) {
    let ms = 0;
    for (const m of (cd[1] ?? '').matchAll(/(\d{1,4})\s*(天|小时|时|分钟|分|秒)/g)) ms += Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? 0);
    if (ms <= 0 || ms > 400 * 86_400_000) return undefined;
    const ruleId = /确认收货/.test(text) ? 'wd.autoconfirm' : /发货/.test(text) ? 'wd.ship.by' : undefined;
    if (!ruleId) {
      note(ctx, `order ${orderId}: a page countdown ("${text}") has no rule; not recorded`);
      return undefined;
    }
    const due = new Date(Math.floor((ctx.now.getTime() + ms) / 1000) * 1000).toISOString();
    return { ruleId, due, text };
  }
  const full = FULL_DATE_SHIP_BY.exec(text);
  const at = full ? parseCnDate(full[1])?.at : undefined;
  if (at) return { ruleId: 'wd.ship.by', due: at, text };
  const md = MONTH_DAY_SHIP_BY.exec(text);
  const mdAt = md ? monthDayInstant(Number(md[1]), Number(md[2]), md[3], ctx.now) : undefined;
  return mdAt ? { ruleId: 'wd.ship.by', due: mdAt, text } : undefined;
}

function deadlinesFrom(texts: string[], orderId: string, ctx: Ctx): PageDeadline[] {
  const out: PageDeadline[] = [];
  for (const t of texts) {
    const d = attempt(() => deadlineFrom(t, orderId, ctx));
    if (d && !out.some((o) => o.ruleId === d.ruleId)) out.push(d);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------

interface Ctx {
  url: URL;
  page: Page | null;
  now: Date;
  notes: string[];
}

/** Runs one field's extraction; a throw (a layout surprise, a hostile getter) counts as "not found". */
function attempt<T>(f: () => T | undefined): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

function note(ctx: Ctx, text: string) {
  const t = clean(text, MAX.note);
  if (ctx.notes.length < MAX.notes && !ctx.notes.includes(t)) ctx.notes.push(t);
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
  pageDeadlines: PageDeadline[];
  missing: string[];
}

/** The record, in one key order whichever layout filled it, with every list capped to the schema. */
function finishOrder(o: OrderParts): OrderRead {
  return {
    site: SITE,
    orderId: o.orderId,
    url: detailUrl(o.orderId),
    ...(o.seller ? { seller: o.seller } : {}),
    items: o.items.slice(0, MAX.items),
    ...(o.total ? { total: o.total } : {}),
    status: o.status,
    ...(o.statusText ? { statusText: o.statusText } : {}),
    events: o.events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).slice(0, MAX.events),
    tracking: o.tracking.slice(0, MAX.trackingCount),
    pageDeadlines: o.pageDeadlines.slice(0, 50),
    missing: [...new Set(o.missing)].slice(0, MAX.missing),
  };
}

function makeItem(
  parts: { title?: string; sku?: string; quantity?: number; unitPrice?: Money; imageUrl?: string; productId?: string },
  index: number,
  missing: string[],
): OrderItem | undefined {
  const title = cleanText(parts.title, MAX.title);
  if (!title) return undefined;
  const item: OrderItem = { title };
  const sku = cleanText(parts.sku, MAX.sku);
  if (sku) item.sku = sku;
  if (parts.quantity !== undefined) item.quantity = parts.quantity;
  else missing.push(`items[${index}].quantity`);
  if (parts.unitPrice) item.unitPrice = parts.unitPrice;
  else missing.push(`items[${index}].unitPrice`);
  if (parts.imageUrl) item.imageUrl = parts.imageUrl;
  if (parts.productId) {
    item.url = itemUrl(parts.productId);
    item.productId = parts.productId;
  }
  return item;
}

function pushTracking(out: Tracking[], number: string | undefined, carrier: string | undefined) {
  const n = clean(number, 200);
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{2,79}$/.test(n) || out.some((t) => t.number === n)) return;
  const c = cleanText(carrier, MAX.carrier);
  out.push(c ? { number: n, carrier: c } : { number: n });
}

// --- page data (window.getData) --------------------------------------------------------------------

type Rec = Record<string, unknown>;

const rec = (v: unknown): Rec | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : undefined);

/** The first of `keys` that the object itself holds with a value (own properties only: `constructor` is no field). */
function get(o: Rec | undefined, ...keys: string[]): unknown {
  if (!o) return undefined;
  for (const k of keys) {
    if (!Object.hasOwn(o, k)) continue;
    const v = o[k];
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

const arr = (v: unknown, cap: number): unknown[] => (Array.isArray(v) ? v.slice(0, cap) : []);
const str = (v: unknown, max: number): string => (typeof v === 'string' ? cleanText(v, max) : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');
const strings = (v: unknown, cap: number): string[] => arr(v, cap).filter((s): s is string => typeof s === 'string');

/** One `sub_orders[]` entry (list and detail), an older `items[]` entry, or a 待评价 entry (camelCase, as the page's item component accepts). */
function dataItem(r: Rec, index: number, missing: string[], base: URL): OrderItem | undefined {
  const productId = idOf(get(r, 'str_item_id', 'item_id', 'itemId'), ITEM_ID) ?? itemIdFromUrl(str(get(r, 'url'), MAX.url), base);
  return makeItem(
    {
      title: str(get(r, 'item_title', 'itemTitle', 'itemName'), MAX.title),
      sku: str(get(r, 'item_sku_title', 'itemSkuTitle'), MAX.sku),
      quantity: quantityOf(get(r, 'quantity')),
      unitPrice: moneyOf(get(r, 'price')),
      imageUrl: imageUrl(str(get(r, 'img_head', 'imgHead', 'img', 'headImg'), MAX.url), base),
      productId,
    },
    index,
    missing,
  );
}

/** An order of the list (`listRespDTOList[]`, `commentOrders[]`) or the detail (`detail.result`). */
function dataOrder(r: Rec, ctx: Ctx, index: number, fallbackId?: string): OrderRead | undefined {
  const ownId = get(r, 'order_id', 'orderId');
  const id = idOf(ownId, ORDER_ID);
  if (ownId !== undefined && !id) note(ctx, `order ${index + 1}: its id is not a usable order number; skipped`);
  const orderId = id ?? (ownId === undefined ? fallbackId : undefined);
  if (!orderId) {
    if (ownId === undefined) note(ctx, `order ${index + 1}: no order id in the page data; skipped`);
    return undefined;
  }
  if (id && fallbackId && id !== fallbackId) note(ctx, `the page shows order ${id} at the address of order ${fallbackId}`);
  const missing: string[] = [];

  const seller = attempt(() => {
    const shop = rec(get(r, 'shopInfo', 'shop_info'));
    const name = str(get(r, 'shop_name', 'shopName') ?? get(shop, 'shop_name', 'shopName'), MAX.sellerName);
    const sid = idOf(get(r, 'shop_id', 'shopId') ?? get(shop, 'shop_id', 'shopId', 'seller_id'), SHOP_ID);
    return sellerFrom(name, sid, str(get(r, 'shop_url', 'shopUrl'), MAX.url), ctx.url);
  });
  if (!seller) missing.push('seller');

  const items: OrderItem[] = [];
  const refunds: string[] = [];
  const tips: string[] = [];
  for (const raw of arr(get(r, 'sub_orders', 'items'), MAX.items)) {
    attempt(() => {
      const s = rec(raw);
      if (!s) return undefined;
      const item = dataItem(s, items.length, missing, ctx.url);
      if (!item) return undefined;
      items.push(item);
      refunds.push(str(get(s, 'sub_order_desc'), 100));
      tips.push(...strings(get(s, 'tips'), 5), str(get(s, 'presellShipTime'), 200));
      return undefined;
    });
  }
  if (!items.length) missing.push('items');

  const total = attempt(() => {
    // The seller may change the price after the order: the changed total is what the buyer pays ("0" when unchanged).
    const changed = moneyOf(get(r, 'modified_total_price'));
    return changed && changed.amount > 0 ? changed : moneyOf(get(r, 'total_price', 'totalPrice'));
  });
  if (!total) missing.push('total');

  const own = str(get(r, 'status_desc', 'statusDesc'), MAX.statusText) || (ctx.page?.type === 'list' ? tabStatus(ctx.url) : '');
  const { status, statusText } = statusWithRefunds(own, refunds, missing);

  const events: OrderEvent[] = [];
  for (const [kind, keys] of [
    ['ordered', ['add_time', 'addTime']],
    ['paid', ['pay_time', 'payTime']],
    [shippedKind(status), ['express_time', 'expressTime']],
  ] as const) {
    const e = attempt(() => dataEvent(kind, get(r, ...keys)));
    if (e) events.push(e);
  }
  if (!events.some((e) => e.kind === 'ordered')) missing.push('events.ordered');

  const tracking: Tracking[] = [];
  attempt(() => {
    const li = rec(get(r, 'logisticsInfo', 'logistics_info'));
    pushTracking(tracking, str(get(li, 'expressNo', 'express_no'), 200), str(get(li, 'expressCompany', 'express_company'), MAX.carrier));
    return undefined;
  });

  tips.push(str(get(rec(get(r, 'pre_sell')), 'pre_sell_ship_time'), 200));
  const pageDeadlines = deadlinesFrom(tips.filter(Boolean), orderId, ctx);

  return finishOrder({ orderId, seller, items, total, status, statusText, events, tracking, pageDeadlines, missing });
}

/** On a partly shipped order the shipping time is that of the first parcel, not of the whole order. */
const shippedKind = (status: OrderStatus): OrderEvent['kind'] => (status === 'partially_shipped' ? 'seller_shipped_partial' : 'seller_shipped');

function tabStatus(url: URL): string {
  return TAB_STATUS[url.searchParams.get('type') ?? ''] ?? '';
}

/** A Weidian gateway answer `{ status: { code, message }, result }`; code 2 is "LOGIN ERROR". */
function sectionOf(data: Rec, key: string, ctx: Ctx): { result?: Rec; login?: true; present: boolean } {
  const section = rec(get(data, key));
  if (!section) return { present: false };
  const status = rec(get(section, 'status'));
  const code = get(status, 'code');
  if (code === 2 || code === '2') return { login: true, present: true };
  if (code !== undefined && code !== 0 && code !== '0') {
    const msg = str(get(status, 'message', 'description'), 100);
    note(ctx, `Weidian answered the page with an error (code ${str(code, 20)}${msg ? `: ${msg}` : ''})`);
    return { present: true };
  }
  return { result: rec(get(section, 'result')), present: true };
}

interface DataRead {
  orders: OrderRead[];
  blocked?: 'login';
  /** Order records the data holds, read or skipped. */
  records?: number;
}

function readDataList(data: Rec, ctx: Ctx): DataRead {
  const sec = sectionOf(data, 'list', ctx);
  if (sec.login) return { orders: [], blocked: 'login' };
  if (!sec.present) {
    note(ctx, 'the page data holds no order list (the layout may have changed)');
    return { orders: [] };
  }
  if (!sec.result) return { orders: [] };
  const raw = get(sec.result, 'listRespDTOList', 'commentOrders');
  if (!Array.isArray(raw)) {
    note(ctx, 'the page data holds no order list we know (the layout may have changed)');
    return { orders: [] };
  }
  if (raw.length > MAX.orders) note(ctx, `the page data holds ${raw.length} orders; only the first ${MAX.orders} were read`);
  const orders: OrderRead[] = [];
  raw.slice(0, MAX.orders).forEach((o, i) => {
    const r = rec(o);
    const read = r ? attempt(() => dataOrder(r, ctx, i)) : undefined;
    if (!r) note(ctx, `order ${i + 1}: not an order record; skipped`);
    if (!read) return;
    if (orders.some((x) => x.orderId === read.orderId)) return note(ctx, `order ${read.orderId} appears twice; the first was kept`);
    orders.push(read);
  });
  return { orders, records: raw.length };
}

function readDataDetail(data: Rec, ctx: Ctx): DataRead {
  const sec = sectionOf(data, 'detail', ctx);
  if (sec.login) return { orders: [], blocked: 'login' };
  if (!sec.result) {
    if (!sec.present) note(ctx, 'the page data holds no order detail (the layout may have changed)');
    return { orders: [] };
  }
  const o = attempt(() => dataOrder(sec.result as Rec, ctx, 0, ctx.page?.oid));
  return { orders: o ? [o] : [] };
}

/** The logistics page: parcels of one order (`orderLogistics.result.deliver_list[]`). */
function readDataLogistics(data: Rec, ctx: Ctx): DataRead {
  const sec = sectionOf(data, 'orderLogistics', ctx);
  if (sec.login) return { orders: [], blocked: 'login' };
  if (!sec.present) note(ctx, 'the page data holds no logistics (the layout may have changed)');
  if (!sec.result) return { orders: [] };
  const orderId = idOf(get(sec.result, 'order_id', 'orderId'), ORDER_ID) ?? ctx.page?.oid;
  if (!orderId) {
    note(ctx, 'logistics: no order id found; skipped');
    return { orders: [] };
  }
  const tracking: Tracking[] = [];
  for (const p of arr(get(sec.result, 'deliver_list'), MAX.trackingCount)) {
    attempt(() => {
      const d = rec(p);
      pushTracking(tracking, str(get(d, 'express_no', 'expressNo'), 200), str(get(d, 'express_company', 'expressCompany'), MAX.carrier));
      return undefined;
    });
  }
  return { orders: [logisticsOrder(orderId, tracking)] };
}

/** The logistics page names parcels only; everything else about the order comes from its other pages. */
function logisticsOrder(orderId: string, tracking: Tracking[]): OrderRead {
  return finishOrder({ orderId, items: [], status: 'unknown', events: [], tracking, pageDeadlines: [], missing: tracking.length ? [] : ['tracking'] });
}

function readData(data: Rec, ctx: Ctx, type: PageType): DataRead {
  return ALL_PAGES.data[type]?.(data, ctx) ?? { orders: [] };
}

/** Which page a data object is for when the address does not say. */
function typeOfData(data: Rec): PageType {
  if (get(data, 'detail') !== undefined) return 'detail';
  if (get(data, 'orderLogistics') !== undefined) return 'logistics';
  return 'list';
}

const SECTION: Readonly<Record<PageType, string>> = { list: 'list', detail: 'detail', logistics: 'orderLogistics' };

/**
 * Maps the page's data object (`window.getData`) to orders. Checks its shape by hand: any input,
 * never throws. `now` is the render time that page countdowns count from.
 */
export function parseWeidianData(data: unknown, url: URL, now: Date = new Date()): PageRead {
  const ctx: Ctx = { url, page: null, now, notes: [] };
  let kind: PageKind = 'list';
  try {
    ctx.page = pageOf(url);
    const d = rec(data);
    const type = ctx.page?.type ?? (d ? typeOfData(d) : 'list');
    kind = type === 'list' ? 'list' : 'detail';
    if (!ctx.page) note(ctx, `this address is not a Weidian order page we know; read as a ${kind}`);
    if (!d) {
      note(ctx, 'the page data is not an object; nothing read');
      return { kind, orders: [], notes: ctx.notes };
    }
    const r = readData(d, ctx, type);
    if (r.blocked) {
      note(ctx, 'Weidian asks to log in before showing the orders');
      return { kind, orders: [], notes: ctx.notes, blocked: r.blocked };
    }
    return { kind, orders: r.orders, notes: ctx.notes };
  } catch (error) {
    note(ctx, `could not read the page data (${error instanceof Error ? error.name : 'error'})`);
    return { kind, orders: [], notes: ctx.notes };
  }
}

// --- finding the data in the document ---------------------------------------------------------------

/** Page data larger than this is not Weidian's first page of orders. */
const MAX_DATA_CHARS = 4_000_000;

/** From `{` to its matching `}`, skipping strings: the object literal of `window.getData = {…};`. */
function objectLiteral(s: string): string | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return s.slice(0, i + 1);
      if (depth < 0) return undefined;
    }
  }
  return undefined;
}

/** The text of a JavaScript string literal at the start of `s` ('…' or "…"), escapes resolved. */
function jsStringLiteral(s: string): string | undefined {
  const quote = s[0];
  if (quote !== '"' && quote !== "'") return undefined;
  let out = '';
  for (let i = 1; i < s.length; i++) {
    const c = s[i];
    if (c === quote) return out;
    if (c === '\n') return undefined;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = s[++i] ?? '';
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };
    if (Object.hasOwn(simple, e)) out += simple[e];
    else if (e === 'x' || e === 'u') {
      const braced = e === 'u' && s[i + 1] === '{' ? /^\{([0-9a-fA-F]{1,6})\}/.exec(s.slice(i + 1)) : null;
      const hex = (braced ? braced[1] : s.slice(i + 1, i + (e === 'x' ? 3 : 5))) ?? '';
      const cp = (braced || hex.length === (e === 'x' ? 2 : 4)) && /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : NaN;
      if (!Number.isFinite(cp) || cp > 0x10ffff) return undefined;
      out += String.fromCodePoint(cp);
      i += braced ? braced[0].length : hex.length;
    } else if (e === '\r' || e === '\n') {
      if (e === '\r' && s[i + 1] === '\n') i++;
    } else out += e;
  }
  return undefined;
}

const ASSIGN = /(?:\bwindow\s*\.\s*getData|\b(?:var|let|const)\s+getData)\s*=\s*/;

/** JSON text of an inline `window.getData = {…}` or `var getData = JSON.parse('…')` script. */
function inlineAssignment(doc: Document): string | undefined {
  const scripts = Array.from(doc.querySelectorAll('script:not([src])')).slice(0, 300);
  for (const s of scripts) {
    const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
    if (type && !/javascript|ecmascript|^module$/.test(type)) continue;
    const text = (s.textContent ?? '').slice(0, MAX_DATA_CHARS);
    const m = ASSIGN.exec(text);
    if (!m) continue;
    const rest = text.slice(m.index + m[0].length).trimStart();
    if (rest.startsWith('{')) return objectLiteral(rest);
    const parsed = /^JSON\s*\.\s*parse\s*\(\s*/.exec(rest);
    if (parsed) return jsStringLiteral(rest.slice(parsed[0].length));
  }
  return undefined;
}

type DataSource = 'server' | 'bridge';

/** Candidates in the order we trust them, read only when needed: the server's own data, then the bridge's copy. */
const EMBEDDED: ReadonlyArray<readonly [DataSource, (doc: Document) => string | null | undefined]> = [
  ['server', (doc) => q(doc, ROCKER_DATA)?.getAttribute('data-obj')],
  ['server', (doc) => inlineAssignment(doc)],
  ['bridge', (doc) => q(doc, BRIDGE_DATA)?.textContent],
];

/** The first embedded data object that holds this page's section (or its login answer). */
function embeddedData(doc: Document, type: PageType | null, ctx: Ctx): Rec | undefined {
  for (const [source, read] of EMBEDDED) {
    const t = attempt(() => read(doc)?.trim());
    if (!t) continue;
    if (t.length > MAX_DATA_CHARS) {
      note(ctx, `the ${source === 'bridge' ? 'bridged' : "page's embedded"} data is too large to read`);
      continue;
    }
    let data: Rec | undefined;
    try {
      data = rec(parseJsonKeepingIds(t));
    } catch {
      note(ctx, `the ${source === 'bridge' ? 'bridged' : "page's embedded"} data is not JSON; not read`);
      continue;
    }
    if (!data) continue;
    const key = SECTION[type ?? typeOfData(data)];
    if (get(data, key) !== undefined) return data;
  }
  return undefined;
}

// --- rendered DOM -----------------------------------------------------------------------------------

function domItems(root: ParentNode, ctx: Ctx, missing: string[], refunds: string[], tips: string[]): OrderItem[] {
  const items: OrderItem[] = [];
  for (const el of attempt(() => qa(root, ITEM)) ?? []) {
    if (items.length >= MAX.items) break;
    const item = attempt(() => {
      const img = q(el, ITEM_IMG);
      // The lazy loader shows a placeholder until the picture is on screen (`lazy="loading"`).
      const lazy = img?.getAttribute('lazy');
      const priceEl = q(el, ITEM_PRICE);
      return makeItem(
        {
          title: textOf(q(el, ITEM_TITLE)),
          sku: textOf(q(el, ITEM_SKU)),
          quantity: quantityOf(textOf(q(el, ITEM_QTY))),
          unitPrice: priceEl ? parseYuan(priceTextOf(priceEl)) : undefined,
          imageUrl: !lazy || lazy === 'loaded' ? imageUrl(img?.getAttribute('src'), ctx.url) : undefined,
        },
        items.length,
        missing,
      );
    });
    if (!item) continue;
    items.push(item);
    refunds.push(clean((attempt(() => qa(el, ITEM_REFUND)) ?? []).map((r) => clean(textOf(r), 100)).join(' '), 100));
    for (const t of attempt(() => qa(el, ITEM_TIPS)) ?? []) tips.push(clean(textOf(t), 200));
  }
  return items;
}

/** A drawn card's order, or null when the card shows no order id. */
function domCard(card: Element, ctx: Ctx, index: number): OrderRead | null | undefined {
  const orderId = attempt(() => {
    const u = absolute(q(card, CARD_DETAIL_LINK)?.getAttribute('href'), ctx.url, ANY_WEIDIAN);
    return u ? oidParam(u) : undefined;
  });
  if (!orderId) {
    note(ctx, `order card ${index + 1}: the card shows no order id; skipped`);
    return null;
  }
  const missing: string[] = [];
  const seller = attempt(() => sellerFrom(textOf(q(card, SHOP_NAME)), undefined, undefined, ctx.url));
  if (!seller) missing.push('seller');
  const refunds: string[] = [];
  const tips: string[] = [];
  const items = domItems(card, ctx, missing, refunds, tips);
  if (!items.length) missing.push('items');
  const total = attempt(() => {
    const el = q(card, CARD_TOTAL);
    return el ? parseYuan(priceTextOf(el)) : undefined;
  });
  if (!total) missing.push('total');
  const shown = attempt(() => clean(textOf(q(card, SHOP_STATUS)), MAX.statusText)) || activeTab(card.ownerDocument);
  const { status, statusText } = statusWithRefunds(shown, refunds, missing);
  // The list shows no dates.
  missing.push('events.ordered');
  const pageDeadlines = deadlinesFrom(tips.filter(Boolean), orderId, ctx);
  return finishOrder({ orderId, seller, items, total, status, statusText, events: [], tracking: [], pageDeadlines, missing });
}

/** The selected tab names the status of every card under it, except "全部" (all). */
function activeTab(doc: Document): string {
  const t = attempt(() => clean(textOf(q(doc, LIST_TAB_ACTIVE)), 20).replace(/\d+\+?$/, '').trim()) ?? '';
  return t && t !== '全部' && mapStatus(t) !== 'unknown' ? t : '';
}

function domList(doc: Document, ctx: Ctx): OrderRead[] {
  const cards = qa(doc, LIST_CARD);
  if (!cards.length) {
    if (!has(doc, LIST_EMPTY)) note(ctx, 'no order cards found on the page (the layout may have changed)');
    return [];
  }
  if (cards.length > MAX.orders) note(ctx, `the page shows ${cards.length} orders; only the first ${MAX.orders} were read`);
  const orders: OrderRead[] = [];
  let withoutId = 0;
  cards.slice(0, MAX.orders).forEach((card, i) => {
    const o = attempt(() => domCard(card, ctx, i));
    if (o === null) withoutId++;
    if (!o) return;
    if (orders.some((x) => x.orderId === o.orderId)) return note(ctx, `order ${o.orderId} appears twice; the first card was kept`);
    orders.push(o);
  });
  if (withoutId) note(ctx, "this list layout shows no order ids: the orders are read from the page's data, or from each order's page");
  return orders;
}

/** "订单编号：8291…", "下单时间：2026-…": a labelled line, the innermost element that holds one. */
const LABELLED = /^\s*([^:：\s]{2,8})\s*[:：]\s*(.+?)\s*(?:复制)?\s*$/;
type Label = 'id' | 'ordered' | 'paid' | 'shipped' | 'completed' | 'trackingNo' | 'carrier' | 'total';
const LABELS: ReadonlyArray<readonly [RegExp, Label]> = [
  [/^(订单编号|订单号)$/, 'id'],
  [/^(下单时间|创建时间)$/, 'ordered'],
  [/^(付款时间|支付时间)$/, 'paid'],
  [/^(发货时间)$/, 'shipped'],
  [/^(成交时间|完成时间|确认收货时间)$/, 'completed'],
  [/^(运单号|运单编号|快递单号|物流单号)$/, 'trackingNo'],
  [/^(快递公司|物流公司|承运公司)$/, 'carrier'],
  [/^(实付款|实付金额|实付|订单总价|订单金额|合计)$/, 'total'],
];

function labelledRows(root: Element): { label: Label; value: string; text: string }[] {
  const rows: { label: Label; value: string; text: string }[] = [];
  const labelOf = (el: Element) => {
    const text = clean(textOf(el), 300);
    if (!text || text.length > 200) return undefined;
    const m = LABELLED.exec(text);
    const label = m ? LABELS.find(([re]) => re.test(m[1] ?? ''))?.[1] : undefined;
    return m && label ? { label, value: m[2] ?? '', text } : undefined;
  };
  for (const el of Array.from(root.querySelectorAll('*')).slice(0, 5000)) {
    const row = labelOf(el);
    if (!row || Array.from(el.children).some((c) => labelOf(c))) continue;
    rows.push(row);
  }
  return rows;
}

const CN_EVENT_OF: Readonly<Partial<Record<Label, OrderEvent['kind']>>> = { ordered: 'ordered', paid: 'paid', completed: 'completed' };

function trackingFromRows(rows: { label: Label; value: string }[]): Tracking[] {
  const numbers = rows.filter((r) => r.label === 'trackingNo').map((r) => /[A-Za-z0-9][A-Za-z0-9-]{2,79}/.exec(r.value)?.[0]);
  const carriers = rows.filter((r) => r.label === 'carrier').map((r) => r.value);
  const out: Tracking[] = [];
  // A carrier belongs to a number only when the page pairs them one to one.
  numbers.forEach((n, i) => pushTracking(out, n, numbers.length === carriers.length ? carriers[i] : undefined));
  return out;
}

function domDetail(doc: Document, ctx: Ctx): OrderRead | undefined {
  const root = q(doc, DETAIL);
  if (!root || !root.children.length) {
    note(ctx, 'order detail not found on the page (the layout may have changed)');
    return undefined;
  }
  const rows = attempt(() => labelledRows(root)) ?? [];
  const shownId = rows.find((r) => r.label === 'id')?.value.match(/\d{8,20}/)?.[0];
  const urlId = ctx.page?.oid;
  const orderId = shownId ?? urlId;
  if (!orderId) {
    note(ctx, 'order detail: no order id found; skipped');
    return undefined;
  }
  if (shownId && urlId && shownId !== urlId) note(ctx, `the page shows order ${shownId} at the address of order ${urlId}`);
  const missing: string[] = [];
  const seller = attempt(() => sellerFrom(textOf(q(root, SHOP_NAME)), undefined, undefined, ctx.url));
  if (!seller) missing.push('seller');
  const refunds: string[] = [];
  const tips: string[] = [];
  const items = domItems(root, ctx, missing, refunds, tips);
  if (!items.length) missing.push('items');
  const total = attempt(() => {
    const row = rows.find((r) => r.label === 'total');
    if (row) return parseYuan(row.value);
    const el = q(root, CARD_TOTAL);
    return el ? parseYuan(priceTextOf(el)) : undefined;
  });
  if (!total) missing.push('total');
  const { status, statusText } = statusWithRefunds(attempt(() => clean(textOf(q(root, DETAIL_STATUS)), MAX.statusText)), refunds, missing);
  const events: OrderEvent[] = [];
  for (const row of rows) {
    const kind = row.label === 'shipped' ? shippedKind(status) : CN_EVENT_OF[row.label];
    if (!kind || events.some((e) => e.kind === kind)) continue;
    const e = cnEvent(kind, row.text);
    if (e) events.push(e);
  }
  if (!events.some((e) => e.kind === 'ordered')) missing.push('events.ordered');
  const tracking = trackingFromRows(rows);
  for (const t of attempt(() => qa(root, DETAIL_STATUS_TIPS)) ?? []) tips.push(clean(textOf(t), 200));
  const pageDeadlines = deadlinesFrom(tips.filter(Boolean), orderId, ctx);
  return finishOrder({ orderId, seller, items, total, status, statusText, events, tracking, pageDeadlines, missing });
}

function domLogistics(doc: Document, ctx: Ctx): OrderRead | undefined {
  const orderId = ctx.page?.oid;
  const root = q(doc, LOGISTICS) ?? doc.body;
  if (!orderId || !root) return undefined;
  const tracking = trackingFromRows(attempt(() => labelledRows(root)) ?? []);
  if (!tracking.length) {
    note(ctx, 'no tracking number found on the logistics page (the layout may have changed)');
    return undefined;
  }
  return logisticsOrder(orderId, tracking);
}

// ---------------------------------------------------------------------------------------------------
// Page
// ---------------------------------------------------------------------------------------------------

/** Orders, data, or the page's own "no orders" state: either way not a wall. */
function hasContent(doc: Document): boolean {
  if (has(doc, [...LIST_CARD, ...LIST_EMPTY, ...ROCKER_DATA, ...BRIDGE_DATA])) return true;
  const detail = q(doc, DETAIL);
  return !!detail && detail.children.length > 0;
}

function blockedBy(doc: Document, url: URL): 'login' | undefined {
  if (isLoginAddress(url)) return 'login';
  if (hasContent(doc)) return undefined;
  return q(doc, LOGIN) ? 'login' : undefined;
}

function ready(doc: Document, kind: PageKind): boolean {
  try {
    if (has(doc, [...ROCKER_DATA, ...BRIDGE_DATA]) || inlineAssignment(doc) !== undefined) return true;
    if (!hasContent(doc) && q(doc, LOGIN)) return true;
    if (kind === 'list') return has(doc, [...LIST_CARD, ...LIST_EMPTY]);
    const detail = q(doc, DETAIL);
    if (detail) return detail.children.length > 0;
    // The logistics page: ready once a tracking number is drawn.
    return /(运单号|运单编号|快递单号|物流单号)\s*[:：]/.test(textOf(doc.body));
  } catch {
    return false;
  }
}

/**
 * What reads each type of page, from its data and from its drawn markup: each page family's content
 * script carries only its own readers (the bundle budget, bench/RESULTS.md); a saved page read whole
 * (`parseWeidian`) gets them all.
 */
interface Readers {
  data: Partial<Record<PageType, (data: Rec, ctx: Ctx) => DataRead>>;
  dom: Partial<Record<PageType, (doc: Document, ctx: Ctx) => OrderRead[]>>;
}

const detailPage = (doc: Document, ctx: Ctx) => one(domDetail(doc, ctx));
const logisticsPage = (doc: Document, ctx: Ctx) => one(domLogistics(doc, ctx));
const one = (o: OrderRead | undefined) => (o ? [o] : []);
// Plain references only: a property read at module level would keep every reader in every bundle.
const LIST_PAGES: Readers = { data: { list: readDataList }, dom: { list: domList } };
const DETAIL_PAGES: Readers = { data: { detail: readDataDetail, logistics: readDataLogistics }, dom: { detail: detailPage, logistics: logisticsPage } };
const ALL_PAGES: Readers = {
  data: { list: readDataList, detail: readDataDetail, logistics: readDataLogistics },
  dom: { list: domList, detail: detailPage, logistics: logisticsPage },
};

/**
 * Reads a Weidian order page. `now` is the capture time: page countdowns count from it. Never throws.
 */
export function parseWeidian(doc: Document, url: URL, now: Date = new Date()): PageRead {
  return readPage(doc, url, now, ALL_PAGES);
}

function readPage(doc: Document, url: URL, now: Date, readers: Readers): PageRead {
  let kind: PageKind = 'list';
  const ctx: Ctx = { url, page: null, now, notes: [] };
  try {
    const login = isLoginAddress(url);
    ctx.page = pageOf(url) ?? (login ? redirectTarget(url) : null);
    if (ctx.page) kind = ctx.page.kind;
    if (login || blockedBy(doc, url)) {
      note(ctx, 'Weidian asks to log in before showing the orders');
      return { kind, orders: [], notes: ctx.notes, blocked: 'login' };
    }

    const data = embeddedData(doc, ctx.page?.type ?? null, ctx);
    const type = ctx.page?.type ?? (data ? typeOfData(data) : q(doc, DETAIL) ? 'detail' : 'list');
    kind = type === 'list' ? 'list' : 'detail';
    if (!ctx.page) note(ctx, `this address is not a Weidian order page we know; read as a ${kind}`);

    if (data) {
      const r = readers.data[type]?.(data, ctx) ?? { orders: [] };
      if (r.blocked) {
        note(ctx, 'Weidian asks to log in before showing the orders');
        return { kind, orders: [], notes: ctx.notes, blocked: r.blocked };
      }
      if (type === 'list') {
        const shown = attempt(() => qa(doc, LIST_CARD).length) ?? 0;
        const held = r.records ?? 0;
        if (shown > held) note(ctx, `the page shows ${shown} order cards; its data holds ${held} (later pages load separately and were not read)`);
      }
      return { kind, orders: r.orders, notes: ctx.notes };
    }

    const read = readers.dom[type];
    // A list's own failure is the page's; one order's page that fails yields no order.
    const orders = (type === 'list' ? read?.(doc, ctx) : attempt(() => read?.(doc, ctx))) ?? [];
    return { kind, orders, notes: ctx.notes };
  } catch (error) {
    note(ctx, `could not read the page (${error instanceof Error ? error.name : 'error'})`);
    return { kind, orders: [], notes: ctx.notes };
  }
}

/** One page family: the addresses its content script is registered for, and the readers it carries. */
function family(matches: string[], types: PageType[], readers: Readers): SiteAdapter {
  return {
    id: SITE,
    matches,
    detect: (url) => {
      const page = pageOf(url);
      return page && types.includes(page.type) ? page.kind : null;
    },
    ready,
    // A countdown printed into the page counts from when it was loaded, not from a later re-read.
    parse: (doc, url) => readPage(doc, url, loadedAt(doc), readers),
  };
}

/** The order list, every status tab, at its addresses old and new. */
export const weidianList = family(
  [
    '*://weidian.com/user/order/list.php*', // order list, every status tab
    '*://weidian.com/user/order-new/list.php*', // the same list at its newer address
    '*://i.weidian.com/order/list.php*', // older list
  ],
  ['list'],
  LIST_PAGES,
);

/** One order's pages: its detail and its parcels. */
export const weidianDetail = family(
  [
    '*://*.weidian.com/user/order-new/detail.php*', // order detail, on weidian.com and shop sub-domains
    '*://weidian.com/user/order/detail.php*', // order detail, where the list's own links point
    '*://weidian.com/user/order-new/logistics.php*', // parcels of one order
    '*://i.weidian.com/order/detail.php*', // older detail
  ],
  ['detail', 'logistics'],
  DETAIL_PAGES,
);

/** The whole site: the background's check of who may report its orders, `npm run parse` and the tests. */
export const weidian: SiteAdapter = {
  id: SITE,
  matches: /* @__PURE__ */ [weidianList, weidianDetail].flatMap((f) => f.matches),
  detect,
  ready,
  parse: (doc, url) => parseWeidian(doc, url, loadedAt(doc)),
};
