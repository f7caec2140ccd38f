/**
 * The Superbuy platform family: Superbuy, AllChinaBuy and Wegobuy run one front-end on their own
 * hosts (`../shared/research/agents.md` §0.1, §2, §3, §9). One parser, one adapter per brand; each
 * brand keeps its own order numbers.
 *
 * Read:
 *  - the shopping-agent order list, `https://www.<brand>.com/order/` (`?page=N`), server-rendered
 *    (§2 "Order-list DOM", where two independent scrapers agree). When the page also holds its orders
 *    as an inline `order_lists = eval([…])` script (one third-party parser expects it; unconfirmed
 *    against a live page), that data is read first and the drawn list fills what it lacks (order date,
 *    detail link, prices with their currency sign, each item's status);
 *  - My Parcels, `/en/page/account/myparcel/` (kind `parcel`), from the JSON its own script fetches
 *    from `front.<brand>.com/package/package/list` (§2 "JSON endpoints" 2; the scraper that calls it
 *    sends this page as its Referer): each parcel's number, tracking and carrier, status words, shipped
 *    and delivered dates, and the orders it holds;
 *  - My Warehouse, `/account/parcel/` (kind `warehouse`; the older header's address, §2 URL patterns),
 *    from `front.<brand>.com/package/parcel/app-list` (§2 "JSON endpoints" 1): each stored item's
 *    warehouse arrival, the end of its free storage and of storage altogether, its QC photos, link and
 *    price. That endpoint is documented as the app's; that the web page loads it is [inferred].
 *  The JSON reaches the document through `utils/content/page-json.ts`: a page-world hook copies the
 *    page's own responses, the isolated script keeps the latest in an inert element
 *    (`PAGE_JSON_ELEMENT_ID`). We never request anything ourselves. The hook needs a MAIN-world
 *    content script: Chromium, and Firefox from 128.
 *  AllChinaBuy's and Wegobuy's pages and `front.` hosts mirror Superbuy's (§3, §9 [inferred]).
 *
 * Not read, so not claimed by `detect` or the match patterns:
 *  - the order detail (`/en/page/account/order/detail?orderId=`): the research has its address only;
 *  - the other parcel pages (`/account/package/`, `/en/page/buy/shipmentlist/`): nothing says which
 *    data they load;
 *  - transshipment ("DIY") orders at `/order/diybuy/`: nothing says they share the list's markup;
 *  - the mobile gateway (`api.superbuy.com`), which only the app calls.
 *
 * Fixtures, one per layout or response, in `tests/fixtures/superbuy/` (SOURCES.md names each one's
 * source). Runs in the content-script bundle: no Zod, no extension APIs, only types from the model.
 * Never throws: what it cannot read is named in each order's `missing`, page problems in `notes`.
 */
import type { AgentSite, AgentSource, MarketplaceItem, Money, OrderEvent, OrderItem, OrderRead, OrderStatus, ParcelRead, QcPhoto } from '../model';
import { CN_ZONE, cnEvent, parseEpoch } from './cn-time';
import { absolute, clean, has, MAX, priceTextOf, q, qa, textOf } from './dom';
import { parseMoney } from './money';
import type { PageKind, PageRead, SiteAdapter } from './types';
import { parseJsonKeepingIds } from './json';

// ---------------------------------------------------------------------------------------------------
// Selectors. Each array lists alternatives, tried in order; the comment names the layout each one is for.
// ---------------------------------------------------------------------------------------------------

/** One order: `<div id="div{numeric order id}">` around its table (§2; both scrapers start here). */
const ORDER_BLOCK = ['div[id^="div"]'];
const ORDER_TABLE = [
  'table.user_orderlist', // §2, both scrapers
];
const ORDER_HEAD = ['thead'];
/** The totals cell spans the item rows: "Postage Inclusive: ￥10.00 Total Amount: ￥266.00". */
const ORDER_TOTALS = ['td[rowspan]'];
const ITEM_ROW = ['tbody tr'];
/** An item row is one that has the item picture (the PHP scraper's test) or, failing that, its title. */
const ITEM_MARK = ['.js-item-img', '.js-item-title'];
const ITEM_IMG = ['img.js-item-img', '.js-item-img img'];
const ITEM_TITLE = [
  '.js-item-title', // §2, both scrapers
  'a[href*="item.htm"]', // the extension's fallback: any marketplace item link in the row
];
const ITEM_SPEC = [
  '.user_orderlist_txt', // §2
  '.goods-sku', // the extension's fallback
];
const ITEM_QTY = ['.qty-div'];
const ITEM_STATUS = ['.show_status'];
const QC_PHOTO = ['.pic-list li'];
const QC_FULL = ['a.lookPic[href]'];
const QC_THUMB = ['img[src]'];

/** Tencent captcha that guards Superbuy's login (the Logistix automation's selectors). */
const CAPTCHA = ['iframe[src*="turing.captcha"]', 'iframe[src*="tcaptcha"]', '#tcaptcha_iframe', '#tcWrap', '.tc-captcha'];
/**
 * Login walls. The PHP scraper treats a page whose HTML has `<title>Login` or `loginUser` as an
 * expired session; the element forms are [inferred] from that name.
 */
const LOGIN = ['#loginUser', '[name="loginUser"]', 'form input[type="password"]'];

// ---------------------------------------------------------------------------------------------------
// Brands and addresses
// ---------------------------------------------------------------------------------------------------

export type SuperbuyBrand = Extract<AgentSite, 'superbuy' | 'allchinabuy' | 'wegobuy'>;

/** Each brand's page host (§2 Hosts; AllChinaBuy and Wegobuy mirror it, §3, §9 [inferred]). */
const BRAND_HOSTS: Readonly<Record<SuperbuyBrand, string>> = {
  superbuy: 'www.superbuy.com',
  allchinabuy: 'www.allchinabuy.com',
  wegobuy: 'www.wegobuy.com',
};
const BRANDS = Object.keys(BRAND_HOSTS) as SuperbuyBrand[];

/** Hosts of the family's own pages and pictures (dotdotbuy.com is Superbuy's legacy brand). */
const FAMILY_HOST = /(^|\.)(superbuy|allchinabuy|wegobuy|dotdotbuy)\.com$/i;
/** Item pictures: the family's own, or the marketplaces' CDNs the agent copies them from. */
const IMAGE_HOST = /(^|\.)(superbuy\.com|allchinabuy\.com|wegobuy\.com|dotdotbuy\.com|alicdn\.com|taobaocdn\.com|geilicdn\.com)$/i;
/** Marketplace listings an item can link to (§0.4, §10). */
const MARKET_HOST = /^(item\.taobao\.com|detail\.tmall\.com|(?:[a-z0-9-]+\.)*weidian\.com|detail\.1688\.com)$/i;
const LINK_HOST = new RegExp(`${FAMILY_HOST.source}|${MARKET_HOST.source}`, 'i');

/** Order numbers as the list shows them ("Order No: <alphanumeric>", §2). */
const ORDER_NO = /^[0-9A-Za-z_-]{4,40}$/;
/** The scrapers read `[A-Z0-9]+` after the label: a hyphen or underscore ends the number. */
const ORDER_NO_IN_HEAD = /(?:order\s*no\.?|订单号|订单编号)\s*[:：]\s*([0-9A-Za-z]{4,40})(?![0-9A-Za-z])/i;
const DATE_IN_HEAD = /(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?![\d:])/;

export function brandOf(url: URL): SuperbuyBrand | undefined {
  const host = url.hostname.toLowerCase();
  return BRANDS.find((b) => BRAND_HOSTS[b] === host);
}

/** The page of each kind we read, without its trailing slash (§2 URL patterns). */
const PAGE_PATHS: Readonly<Record<'list' | 'parcel' | 'warehouse', string>> = {
  list: '/order',
  parcel: '/en/page/account/myparcel',
  warehouse: '/account/parcel',
};

function detect(url: URL): PageKind | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!brandOf(url) || url.username || url.password || url.port) return null;
  const path = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname;
  for (const kind of ['list', 'parcel', 'warehouse'] as const) if (path === PAGE_PATHS[kind]) return kind;
  return null;
}

/** One page, with and without its trailing slash and query, never the pages below it. */
const pagePatterns = (host: string, path: string) => [`*://${host}${path}`, `*://${host}${path}?*`, `*://${host}${path}/`, `*://${host}${path}/?*`];

/** The order list's match patterns: its content script runs at document_idle, when the server-rendered list is complete. */
export const listMatches = (brand: SuperbuyBrand): string[] => pagePatterns(BRAND_HOSTS[brand], PAGE_PATHS.list);
/** The pages read from the JSON they load: their scripts start at document_start, before that JSON comes back. */
export const jsonPageMatches = (brand: SuperbuyBrand): string[] => [...pagePatterns(BRAND_HOSTS[brand], PAGE_PATHS.parcel), ...pagePatterns(BRAND_HOSTS[brand], PAGE_PATHS.warehouse)];

const detailUrl = (host: string, numericId: string) => `https://${host}/en/page/account/order/detail?orderId=${numericId}`;
const listUrl = (host: string) => `https://${host}/order/`;
const parcelsUrl = (host: string) => `https://${host}${PAGE_PATHS.parcel}/`;

// ---------------------------------------------------------------------------------------------------
// Marketplace items, pictures
// ---------------------------------------------------------------------------------------------------

const ITEM_ID = /^\d{4,25}$/;

/** The listing's canonical address, the same whichever link form named it. */
export function listingUrl(m: MarketplaceItem): string {
  switch (m.site) {
    case 'taobao':
      return `https://item.taobao.com/item.htm?id=${m.itemId}`;
    case 'tmall':
      return `https://detail.tmall.com/item.htm?id=${m.itemId}`;
    case 'weidian':
      return `https://weidian.com/item.html?itemID=${m.itemId}`;
    case '1688':
      return `https://detail.1688.com/offer/${m.itemId}.html`;
  }
}

function fromMarketLink(u: URL): MarketplaceItem | undefined {
  const host = u.hostname.toLowerCase();
  const pick = (site: AgentSource, id: string | null | undefined) => (id && ITEM_ID.test(id) ? { site, itemId: id } : undefined);
  if (host === 'item.taobao.com' && u.pathname === '/item.htm') return pick('taobao', u.searchParams.get('id'));
  if (host === 'detail.tmall.com' && u.pathname === '/item.htm') return pick('tmall', u.searchParams.get('id'));
  if (/(^|\.)weidian\.com$/.test(host) && u.pathname === '/item.html') {
    return pick('weidian', u.searchParams.get('itemID') ?? u.searchParams.get('itemId'));
  }
  if (host === 'detail.1688.com') return pick('1688', /^\/offer\/(\d+)\.html$/.exec(u.pathname)?.[1]);
  return undefined;
}

/**
 * The marketplace listing an item link names: a Taobao `item.htm?id=`, a Tmall `detail.tmall.com`,
 * a Weidian `item.html?itemID=` (or `itemId=`), a 1688 `/offer/N.html`, or the brand's own product
 * page wrapping one of those in its `url=` parameter (`/en/page/buy/?…&url=…`, also after a `#/`
 * mobile route, §0.4). Undefined when the link says nothing certain: never guessed.
 */
export function marketplaceItemOf(href: string | null | undefined, base: URL): MarketplaceItem | undefined {
  const u = absolute(href, base, LINK_HOST);
  if (!u) return undefined;
  if (MARKET_HOST.test(u.hostname)) return fromMarketLink(u);
  const hashQuery = u.hash.includes('?') ? new URLSearchParams(u.hash.slice(u.hash.indexOf('?') + 1)) : undefined;
  const inner = u.searchParams.get('url') ?? hashQuery?.get('url');
  if (!inner) return undefined;
  const v = absolute(inner, base, MARKET_HOST);
  return v ? fromMarketLink(v) : undefined;
}

/** A QC photo without its query and fragment: one photo whether linked full-size or as a resized thumbnail. */
export function bareQcUrl(url: string): string {
  return url.replace(/[?#].*$/, '');
}

// ---------------------------------------------------------------------------------------------------
// Status
// ---------------------------------------------------------------------------------------------------

/**
 * Item status words, tested in order on the lower-cased text; first match wins. Documented on the
 * list: "Stored in Warehouse", "Completed", "Order withdrawn", and the scrapers' "ship" / "transit"
 * (§2). The rest, and every Chinese form, are [inferred] from the agents' common vocabulary.
 * On an agent order, "delivered" means the agent's warehouse has the item (model: IMPLIED_BY_STATUS).
 */
const STATUS_TEXTS: ReadonlyArray<readonly [RegExp, OrderStatus]> = [
  [/^(pending payment|payment pending|awaiting payment|unpaid|to be paid)|^待付款|^待支付|^未付款/, 'unpaid'],
  [/^refunded|^refund (completed|successful)|^已退款|^退款成功/, 'refunded'],
  [/withdrawn|^cancel+ed|^closed|^invalid|^已撤单|^已撤销|^已取消|^已关闭|^交易关闭/, 'cancelled'],
  [/^return|refund|after-?sales|exchang|^退货|^退款|^换货|^售后/, 'in_dispute'],
  [/stored in (the )?warehouse|^in (the )?warehouse|^arrived|^stocked in|^已入库|^已到货|^已签收|^仓库已签收/, 'delivered'],
  // Before "ship": "Awaiting shipment" has not shipped.
  [/^(purchasing|processing|purchased|ordered|awaiting (purchase|shipment)|waiting for (the )?seller)|^采购中|^待采购|^已采购|^已下单|^待发货|^处理中/, 'awaiting_shipment'],
  [/ship|transit|^已发货|^卖家已发货|^运输中/, 'shipped'],
  [/^completed?$|^completed|^finished|^已完成|^交易完成|^交易成功/, 'completed'],
];

export function mapStatus(raw: string | null | undefined): OrderStatus {
  const t = clean(raw, MAX.statusText).toLowerCase();
  if (!t) return 'unknown';
  for (const [re, status] of STATUS_TEXTS) if (re.test(t)) return status;
  return 'unknown';
}

const PROGRESS: readonly OrderStatus[] = ['unpaid', 'awaiting_shipment', 'shipped', 'delivered', 'completed'];

/**
 * The list gives each item its own status; the order takes the one that decides its clocks.
 * Withdrawn or refunded items leave the order; an open return makes it a dispute; otherwise the order
 * is as far as its least advanced item, and items still waiting beside sent ones make it partial.
 */
export function orderStatusOf(itemStatuses: readonly OrderStatus[]): OrderStatus {
  if (!itemStatuses.length) return 'unknown';
  const live = itemStatuses.filter((s) => s !== 'cancelled' && s !== 'refunded');
  if (!live.length) return itemStatuses.includes('refunded') ? 'refunded' : 'cancelled';
  if (live.includes('in_dispute')) return 'in_dispute';
  if (live.some((s) => !PROGRESS.includes(s))) return 'unknown';
  const ranks = live.map((s) => PROGRESS.indexOf(s));
  const least = Math.min(...ranks);
  if (PROGRESS[least] === 'awaiting_shipment' && Math.max(...ranks) >= PROGRESS.indexOf('shipped')) return 'partially_shipped';
  return PROGRESS[least] ?? 'unknown';
}

// ---------------------------------------------------------------------------------------------------
// Reading context, small helpers
// ---------------------------------------------------------------------------------------------------

interface Ctx {
  url: URL;
  site: SuperbuyBrand;
  host: string;
  now: Date;
  notes: string[];
  /** Hosts of QC photos we refused, noted once each: the research never captured the real one. */
  refusedQcHosts: Set<string>;
}

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

/**
 * A displayed price. Superbuy shows yuan as "￥12.50" (agents.md §10): on these pages a bare ¥ is
 * CNY. Any other display currency ("€", "US $") names itself; a bare "$" stays unknown. A figure
 * without any currency sign is not a price here (a size, a count).
 */
function priceOf(raw: string | null | undefined): Money | undefined {
  const m = parseMoney(raw);
  if (!m) return undefined;
  if (m.currency) return m;
  if (/[¥￥]/.test(m.text)) return { ...m, currency: 'CNY' };
  return /\$/.test(m.text) ? m : undefined;
}

/** A bare amount of the page data (`unitPrice`, `totalAmount`): no currency is given, so none is named. */
function dataAmount(v: unknown): Money | undefined {
  const t = typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (!/^\d{1,12}(?:\.\d{1,4})?$/.test(t)) return undefined;
  return { amount: Number(t), currency: null, text: t };
}

function quantityOf(raw: unknown): number | undefined {
  // A number of the data is the count itself: -3 is no quantity, not 3.
  if (typeof raw === 'number') return Number.isInteger(raw) && raw > 0 && raw <= 1_000_000 ? raw : undefined;
  const t = clean(typeof raw === 'string' ? raw : '', 100);
  const m = /(?<![\d.])(\d{1,7})(?![\d.])/.exec(t);
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n > 0 && n <= 1_000_000 ? n : undefined;
}

/** Text of an element with its text nodes spaced apart: "<span>Order No: X</span><span>2024-03-15</span>" keeps the two apart. */
function spacedText(el: Element | null): string {
  if (!el) return '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < 4000; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    parts.push(v);
    length += v.length;
  }
  return parts.join(' ');
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');

/** An order number of the page data: a string, or an integer small enough to be exact. */
function orderNoOf(v: unknown): string | undefined {
  const t = typeof v === 'number' ? (Number.isSafeInteger(v) && v >= 0 ? String(v) : '') : typeof v === 'string' ? v.trim() : '';
  return ORDER_NO.test(t) ? t : undefined;
}

function imageOf(src: string | null | undefined, ctx: Ctx): string | undefined {
  return absolute(src, ctx.url, IMAGE_HOST)?.href;
}

/** QC photos as linked (raw: query kept), one per photo by its bare address; refused hosts noted. */
function qcPhotosOf(raws: readonly string[], ctx: Ctx): QcPhoto[] {
  const out: QcPhoto[] = [];
  const seen = new Set<string>();
  const seenAt = ctx.now.toISOString();
  for (const raw of raws) {
    const href = clean(raw, MAX.url);
    if (!href || /^javascript:/i.test(href)) continue;
    const u = absolute(href, ctx.url, FAMILY_HOST);
    if (!u) {
      const host = attempt(() => new URL(href, ctx.url).hostname);
      if (host && !ctx.refusedQcHosts.has(host)) {
        ctx.refusedQcHosts.add(host);
        note(ctx, `QC photos on ${host} were not kept (not one of the agent's own hosts)`);
      }
      continue;
    }
    const bare = bareQcUrl(u.href);
    if (seen.has(bare)) continue;
    seen.add(bare);
    out.push({ url: u.href, seenAt });
    if (out.length >= 100) break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Draft orders: what one source (the drawn list or the page data) says; merged, then finished
// ---------------------------------------------------------------------------------------------------

interface DraftItem {
  title: string;
  sku?: string;
  quantity?: number;
  unitPrice?: Money;
  imageUrl?: string;
  marketplace?: MarketplaceItem;
  qcPhotos: QcPhoto[];
  statusText?: string;
  /** The item had a link at all: one that names no marketplace (a shop page) is not a layout fault. */
  linked: boolean;
}

interface Draft {
  orderId: string;
  /** The numeric id the detail page's address takes (`div{id}`). */
  numericId?: string;
  statusText?: string;
  total?: Money;
  ordered?: OrderEvent;
  items: DraftItem[];
}

function finishItem(d: DraftItem, index: number, missing: string[]): OrderItem {
  const item: OrderItem = { title: d.title };
  if (d.sku) item.sku = d.sku;
  if (d.quantity !== undefined) item.quantity = d.quantity;
  else missing.push(`items[${index}].quantity`);
  if (d.unitPrice) item.unitPrice = d.unitPrice;
  else missing.push(`items[${index}].unitPrice`);
  if (d.imageUrl) item.imageUrl = d.imageUrl;
  if (d.marketplace) {
    item.url = listingUrl(d.marketplace);
    item.marketplace = d.marketplace;
  } else if (!d.linked) missing.push(`items[${index}].url`);
  if (d.qcPhotos.length) item.qcPhotos = d.qcPhotos.slice(0, 100);
  return item;
}

/** The record, in one key order whichever source filled it; `missing` names what the list layout should have shown. */
function finishOrder(d: Draft, ctx: Ctx): OrderRead {
  const missing: string[] = [];
  const items = d.items.slice(0, MAX.items).map((it, i) => finishItem(it, i, missing));
  if (!items.length) missing.push('items');

  let status: OrderStatus;
  let statusText: string | undefined;
  if (d.statusText) {
    statusText = clean(d.statusText, MAX.statusText);
    status = mapStatus(statusText);
  } else {
    const texts = [...new Set(d.items.map((i) => i.statusText).filter((t): t is string => !!t))];
    statusText = texts.length ? clean(texts.join(' · '), MAX.statusText) : undefined;
    status = orderStatusOf(d.items.filter((i) => i.statusText).map((i) => mapStatus(i.statusText)));
  }
  if (!statusText) missing.push('status');

  const sites = [...new Set(items.map((i) => i.marketplace?.site).filter((s): s is AgentSource => !!s))];
  // An agent order is one seller's: items naming two marketplaces leave the order's unnamed.
  const marketplace = sites.length === 1 && sites[0] ? { site: sites[0] } : undefined;

  const events: OrderEvent[] = d.ordered ? [d.ordered] : [];
  if (!d.ordered) missing.push('events.ordered');
  if (!d.total) missing.push('total');

  return {
    site: ctx.site,
    orderId: d.orderId,
    url: d.numericId ? detailUrl(ctx.host, d.numericId) : listUrl(ctx.host),
    items,
    ...(d.total ? { total: d.total } : {}),
    status,
    ...(statusText ? { statusText } : {}),
    events,
    tracking: [],
    pageDeadlines: [],
    agent: { family: 'superbuy', host: ctx.host },
    ...(marketplace ? { marketplace } : {}),
    missing: [...new Set(missing)].slice(0, MAX.missing),
  };
}

// ---------------------------------------------------------------------------------------------------
// The drawn list (§2 "Order-list DOM")
// ---------------------------------------------------------------------------------------------------

/** Order tables with the block around each (the block's id carries the numeric order id). */
function orderTables(doc: Document): { table: Element; block?: Element }[] {
  const out: { table: Element; block?: Element }[] = [];
  for (const table of qa(doc, ORDER_TABLE)) {
    const block = table.parentElement?.closest(ORDER_BLOCK.join(','));
    out.push(block ? { table, block } : { table });
  }
  return out;
}

/** "Total Amount: ￥266.00" out of the totals cell, whatever label follows it. */
function totalFrom(cellText: string): Money | undefined {
  const t = clean(cellText, 1000);
  const label = /(?:total amount|订单总额|总金额|合计)\s*[:：]/i.exec(t);
  if (!label) return undefined;
  const after = t.slice(label.index + label[0].length);
  const value = after.split(/\s(?=(?:[A-Za-z][A-Za-z ]{2,}|[\u4e00-\u9fff]{2,})\s*[:：])/)[0] ?? '';
  return priceOf(value);
}

function readItemRow(row: Element, ctx: Ctx): DraftItem | undefined {
  const titleEl = q(row, ITEM_TITLE);
  const title = clean(textOf(titleEl), MAX.title);
  if (!title) return undefined;
  const cells = Array.from(row.children).filter((c) => c.tagName === 'TD');
  const qcRaws = qa(row, QC_PHOTO).map((li) => {
    const full = q(li, QC_FULL)?.getAttribute('href');
    return full && !/^\s*javascript:/i.test(full) ? full : (q(li, QC_THUMB)?.getAttribute('src') ?? '');
  });
  const href = titleEl?.getAttribute('href');
  const item: DraftItem = { title, qcPhotos: qcPhotosOf(qcRaws, ctx), linked: !!clean(href, MAX.url) };
  const sku = clean(textOf(q(row, ITEM_SPEC)), MAX.sku);
  if (sku) item.sku = sku;
  const qtyEl = q(row, ITEM_QTY);
  const quantity = qtyEl ? quantityOf(textOf(qtyEl)) : undefined;
  if (quantity !== undefined) item.quantity = quantity;
  // The price is the text of the row's second cell (§2): "￥128.00", or the display currency.
  const unitPrice = cells[1] && !cells[1].matches(ORDER_TOTALS.join(',')) ? priceOf(priceTextOf(cells[1])) : undefined;
  if (unitPrice) item.unitPrice = unitPrice;
  const img = q(row, ITEM_IMG);
  const imageUrl = imageOf(img?.getAttribute('src') ?? img?.getAttribute('data-src'), ctx);
  if (imageUrl) item.imageUrl = imageUrl;
  const marketplace = marketplaceItemOf(href, ctx.url);
  if (marketplace) item.marketplace = marketplace;
  const statusText = clean(textOf(q(row, ITEM_STATUS)), MAX.statusText);
  if (statusText) item.statusText = statusText;
  return item;
}

function readDrawnOrder(table: Element, block: Element | undefined, ctx: Ctx, index: number): Draft | undefined {
  const head = clean(spacedText(q(table, ORDER_HEAD)), 2000);
  const orderId = ORDER_NO_IN_HEAD.exec(head)?.[1];
  if (!orderId) {
    note(ctx, `order ${index + 1}: no order number found; skipped`);
    return undefined;
  }
  const draft: Draft = { orderId, items: [] };
  const numericId = /^div(\d{1,20})$/.exec(block?.id ?? '')?.[1];
  if (numericId) draft.numericId = numericId;
  const date = DATE_IN_HEAD.exec(head)?.[0];
  const ordered = date ? cnEvent('ordered', date) : undefined;
  if (ordered) draft.ordered = ordered;
  const total = attempt(() => totalFrom(spacedText(q(table, ORDER_TOTALS))));
  if (total) draft.total = total;
  for (const row of qa(table, ITEM_ROW)) {
    if (!has(row, ITEM_MARK)) continue;
    const item = attempt(() => readItemRow(row, ctx));
    if (item) draft.items.push(item);
  }
  return draft;
}

// ---------------------------------------------------------------------------------------------------
// The page data: `order_lists = eval([…])` (§2, a third-party parser's reading; unconfirmed)
// ---------------------------------------------------------------------------------------------------

/** Page data larger than this is not one page of orders. */
const MAX_DATA_CHARS = 4_000_000;
const ORDER_LISTS = /\border_lists\s*=\s*eval\s*\(\s*(?=\[)/;

/** From `[` to its matching `]`, skipping strings. */
function arrayLiteral(s: string): string | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return s.slice(0, i + 1);
      if (depth < 0) return undefined;
    }
  }
  return undefined;
}

/** The text that starts with the inline script's array, or undefined when the page has no such script. */
function dataScriptText(doc: Document): string | undefined {
  for (const s of Array.from(doc.querySelectorAll('script:not([src])')).slice(0, 300)) {
    const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
    if (type && !/javascript|ecmascript/.test(type)) continue;
    const text = (s.textContent ?? '').slice(0, MAX_DATA_CHARS);
    const m = ORDER_LISTS.exec(text);
    if (m) return text.slice(m.index + m[0].length);
  }
  return undefined;
}

type DataState = { found: false } | { found: true; orders: unknown[] | undefined };

/** The inline script's array, read as JSON and never run. `orders` is undefined when it is there but unreadable. */
function pageData(doc: Document): DataState {
  const text = dataScriptText(doc);
  if (text === undefined) return { found: false };
  const literal = arrayLiteral(text);
  const parsed = literal ? attempt(() => parseJsonKeepingIds(literal)) : undefined;
  return { found: true, orders: Array.isArray(parsed) ? parsed : undefined };
}

const rec = (x: unknown): Record<string, unknown> | undefined =>
  x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined;

function dataItem(raw: unknown, ctx: Ctx): DraftItem | undefined {
  const r = rec(raw);
  const title = clean(str(r?.goodsName), MAX.title);
  if (!r || !title) return undefined;
  const pics = Array.isArray(r.arrivalPicList) ? r.arrivalPicList.filter((p): p is string => typeof p === 'string') : [];
  const link = clean(str(r.goodsLink), MAX.url);
  const item: DraftItem = { title, qcPhotos: qcPhotosOf(pics, ctx), linked: !!link };
  const quantity = quantityOf(r.count);
  if (quantity !== undefined) item.quantity = quantity;
  const unitPrice = dataAmount(r.unitPrice);
  if (unitPrice) item.unitPrice = unitPrice;
  const imageUrl = imageOf(str(r.goodsPic), ctx);
  if (imageUrl) item.imageUrl = imageUrl;
  const marketplace = marketplaceItemOf(link, ctx.url);
  if (marketplace) item.marketplace = marketplace;
  return item;
}

function dataOrder(raw: unknown, ctx: Ctx, index: number): Draft | undefined {
  const r = rec(raw);
  const orderId = orderNoOf(r?.orderNo);
  if (!r || !orderId) {
    note(ctx, `page data order ${index + 1}: no order number found; skipped`);
    return undefined;
  }
  const draft: Draft = { orderId, items: [] };
  // orderStatus may be a code; only words are the page's status text.
  const statusText = clean(str(r.orderStateName) || (/[^\d\s]/.test(str(r.orderStatus)) ? str(r.orderStatus) : ''), MAX.statusText);
  if (statusText) draft.statusText = statusText;
  const total = dataAmount(r.totalAmount);
  if (total) draft.total = total;
  for (const it of Array.isArray(r.orderItems) ? r.orderItems.slice(0, MAX.items) : []) {
    const item = attempt(() => dataItem(it, ctx));
    if (item) draft.items.push(item);
  }
  return draft;
}

/** A price the page names the currency of says more than a bare amount of the data. */
const betterMoney = (data: Money | undefined, drawn: Money | undefined) => (data && (data.currency || !drawn?.currency) ? data : drawn);

/**
 * The page data wins field by field; the drawn list gives what the data lacks: the order date and
 * detail link, prices with their currency, specs, each item's status. Items pair up by position,
 * only when both show as many (the list is drawn from the same array).
 */
function mergeDrafts(data: Draft, drawn: Draft | undefined, ctx: Ctx): Draft {
  if (!drawn) return data;
  const out: Draft = { ...drawn, ...data, items: data.items };
  const total = betterMoney(data.total, drawn.total);
  if (total) out.total = total;
  else delete out.total;
  if (!data.items.length) out.items = drawn.items;
  else if (drawn.items.length === data.items.length) {
    out.items = data.items.map((d, i) => {
      const w = drawn.items[i];
      if (!w) return d;
      const merged: DraftItem = { ...w, ...d };
      const unitPrice = betterMoney(d.unitPrice, w.unitPrice);
      if (unitPrice) merged.unitPrice = unitPrice;
      const known = new Set(d.qcPhotos.map((p) => bareQcUrl(p.url)));
      merged.qcPhotos = [...d.qcPhotos, ...w.qcPhotos.filter((p) => !known.has(bareQcUrl(p.url)))].slice(0, 100);
      return merged;
    });
  } else if (drawn.items.length) {
    note(ctx, `order ${data.orderId}: the page data and the drawn list show different items; the page data was read`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Pages read from the JSON they load (§2 "JSON endpoints"): My Parcels and My Warehouse
// ---------------------------------------------------------------------------------------------------

/** Where our isolated script keeps the page's latest accepted response (utils/content/page-json.ts). */
export const PAGE_JSON_ELEMENT_ID = 'refund-radar-page-json';
const KEPT_JSON = [`script#${PAGE_JSON_ELEMENT_ID}[type="application/json"]`];

/** Each brand's JSON host (§2 Hosts; AllChinaBuy's is seen in §3, Wegobuy's [inferred] from §9). */
const FRONT_HOSTS: Readonly<Record<SuperbuyBrand, string>> = {
  superbuy: 'front.superbuy.com',
  allchinabuy: 'front.allchinabuy.com',
  wegobuy: 'front.wegobuy.com',
};

/** The endpoint each JSON page's own script fetches (§2 "JSON endpoints" 1 and 2). */
const ENDPOINTS: Readonly<Record<'parcel' | 'warehouse', string>> = {
  parcel: '/package/package/list',
  warehouse: '/package/parcel/app-list',
};

/** Every response the page-world hook copies: those endpoints on the family's `front.` hosts. */
export const PAGE_JSON_URL = /^https:\/\/front\.(?:superbuy|allchinabuy|wegobuy)\.com\/package\/(?:package\/list|parcel\/app-list)(?:[?#]|$)/;

/** A parcel-list `state` meaning the session expired (the Logistix scraper re-logs in on it, §2). */
const STATE_SESSION_EXPIRED = 10008;

function isEndpoint(response: URL, brand: SuperbuyBrand, kind: 'parcel' | 'warehouse'): boolean {
  return response.protocol === 'https:' && response.hostname === FRONT_HOSTS[brand] && !response.port && !response.username && !response.password && response.pathname === ENDPOINTS[kind];
}

/** The address of the JSON a parcel or warehouse page loads (without its query), or undefined for other pages. */
export function pageJsonRequest(page: URL): string | undefined {
  const brand = brandOf(page);
  const kind = detect(page);
  return brand && (kind === 'parcel' || kind === 'warehouse') ? `https://${FRONT_HOSTS[brand]}${ENDPOINTS[kind]}` : undefined;
}

/** Whether a response the page received is the one this page is read from: the isolated script keeps no other. */
export function acceptsPageJson(page: URL, response: URL): boolean {
  const brand = brandOf(page);
  const kind = detect(page);
  return !!brand && (kind === 'parcel' || kind === 'warehouse') && isEndpoint(response, brand, kind);
}

/** The path of the kept response's address: after in-app navigation it may be the other page's, until this page's arrives. */
function keptFrom(doc: Document): string | undefined {
  return attempt(() => new URL(q(doc, KEPT_JSON)?.getAttribute('data-url') ?? '').pathname);
}

type Kept = { found: false } | { found: true; data: unknown };

/** The kept response, parsed (never run). `data` is undefined when it is there but not this page's JSON. */
function keptJson(doc: Document, kind: 'parcel' | 'warehouse', ctx: Ctx): Kept {
  const el = q(doc, KEPT_JSON);
  if (!el) return { found: false };
  const from = attempt(() => new URL(el.getAttribute('data-url') ?? ''));
  if (!from || !isEndpoint(from, ctx.site, kind)) {
    note(ctx, `the kept page data came from an address this page does not load (${from ? from.hostname + from.pathname : 'none'}); not read`);
    return { found: true, data: undefined };
  }
  const text = el.textContent ?? '';
  const data = text.length <= MAX_DATA_CHARS ? attempt(() => parseJsonKeepingIds(text)) : undefined;
  if (!rec(data)) note(ctx, `the page data from ${from.hostname}${from.pathname} could not be read (not a JSON object)`);
  return { found: true, data: rec(data) };
}

/** A date of the JSON: unix seconds as the family sends them (§10), milliseconds, or China-time text. */
function jsonEvent(kind: OrderEvent['kind'], v: unknown): OrderEvent | undefined {
  if (typeof v === 'number' || (typeof v === 'string' && /^\s*\d{10,13}\s*$/.test(v))) {
    const d = parseEpoch(typeof v === 'string' ? v.trim() : v);
    return d ? { kind, at: d.at, dateOnly: false, zone: CN_ZONE } : undefined;
  }
  return typeof v === 'string' ? cnEvent(kind, v) : undefined;
}

/** An amount of the JSON with the currency the item names ("CNY"), or none when it names none. */
function jsonMoney(v: unknown, currency: unknown): Money | undefined {
  const m = dataAmount(v);
  if (!m) return undefined;
  const code = str(currency).trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? { ...m, currency: code } : m;
}

const arr = (v: unknown, max: number): unknown[] => (Array.isArray(v) ? v.slice(0, max) : []);
/** Picture addresses of the JSON: absolute or protocol-relative (§10); a bare path there is not a photo. */
const pictures = (v: unknown): string[] => arr(v, 100).filter((x): x is string => typeof x === 'string' && /^\s*(https?:)?\/\//i.test(x));

// --- My Parcels ------------------------------------------------------------------------------------

type ParcelStatus = ParcelRead['status'];

/**
 * Parcel status words, first match wins. English from a third-party mapper (§2 Status vocabulary:
 * "Payment pending" … "Packaging completed", "Shipped", "Received", "Cancelled", "Void"); the Chinese
 * forms are [inferred]. "Returned", "Returned by Chinese customs" and "Lost" fit none of ours: unknown,
 * with the words kept.
 */
const PARCEL_STATUS_TEXTS: ReadonlyArray<readonly [RegExp, ParcelStatus]> = [
  [/^(payment pending|pending payment|awaiting payment|unpaid)|^待付款|^待支付|^未支付/, 'unpaid'],
  [/^(payment verification|review pending|verified|waiting (for )?packing|packing|packag(ing|e) completed|packed)|^待审核|^审核|^已审核|^待打包|^打包中|^已打包/, 'packing'],
  [/^(shipped|in transit)|^已发货|^运输中/, 'shipped'],
  [/^(received|delivered)|^已签收|^已收货|^已妥投/, 'delivered'],
  [/^(cancel+ed|void)|^已取消|^已作废/, 'cancelled'],
];

export function mapParcelStatus(raw: string | null | undefined): ParcelStatus {
  const t = clean(raw, MAX.statusText).toLowerCase();
  for (const [re, status] of PARCEL_STATUS_TEXTS) if (re.test(t)) return status;
  return 'unknown';
}

const TRACKING_NO = /^[A-Za-z0-9][A-Za-z0-9-]{2,79}$/;

/**
 * One `listResult[]` entry: `{packageInfo, orderItems}`. The Logistix code reads `packageNo`,
 * `expressNo`, `packageStatusName` from `packageInfo` or, failing that, the entry itself, and the
 * carrier from `deliveryCompanyName`, `deliveryName` or the entry's `deliveryEnName`: all are read.
 * Dates: `deliveryTime` is when the parcel left (the family's public shipping feed names the same
 * field `delivery_time`, in unix seconds, beside `receive_time`); the received date is read from
 * `receiveTime`, the feed's name in camel case [inferred]. `packageTime` (submitted), `payTime` and
 * `weightTime` start no clock of ours. Orders: each item's `orderNo` [inferred: the name the order
 * list's page data uses; the warehouse JSON gives every item its `order_no`]; without one the parcel
 * is kept without orders and names `orderIds` missing.
 */
function readParcel(raw: unknown, ctx: Ctx, index: number): ParcelRead | undefined {
  const entry = rec(raw);
  const info = rec(entry?.packageInfo) ?? {};
  const field = (name: string) => info[name] ?? entry?.[name];
  const parcelId = orderNoOf(field('packageNo'));
  if (!entry || !parcelId) {
    note(ctx, `parcel ${index + 1}: no parcel number found; skipped`);
    return undefined;
  }
  const missing: string[] = [];
  const statusText = clean(str(field('packageStatusName')), MAX.statusText);
  const status = mapParcelStatus(statusText);
  if (!statusText) missing.push('status');
  const sent = status === 'shipped' || status === 'delivered';

  const tracking: ParcelRead['tracking'] = [];
  const number = clean(str(field('expressNo')), 200);
  const carrier = clean(str(info.deliveryCompanyName) || str(info.deliveryName) || str(entry.deliveryEnName), MAX.carrier);
  if (TRACKING_NO.test(number)) tracking.push(carrier ? { number, carrier } : { number });
  else if (sent) missing.push('tracking');

  const events: OrderEvent[] = [];
  const shipped = jsonEvent('intl_shipped', field('deliveryTime'));
  if (shipped) events.push(shipped);
  else if (sent) missing.push('events.intl_shipped');
  const received = jsonEvent('intl_delivered', field('receiveTime'));
  if (received) events.push(received);
  else if (status === 'delivered') missing.push('events.intl_delivered');

  const orderIds = [...new Set(arr(entry.orderItems, MAX.items).flatMap((it) => orderNoOf(rec(it)?.orderNo) ?? []))].slice(0, 500);
  if (!orderIds.length) missing.push('orderIds');

  return { site: ctx.site, parcelId, url: parcelsUrl(ctx.host), status, ...(statusText ? { statusText } : {}), orderIds, tracking, events, missing };
}

/** `{state: 0, data: {package: {listResult: […]}}}` (§2 "JSON endpoints" 2). */
function readParcels(data: Record<string, unknown>, ctx: Ctx): ParcelRead[] {
  const list = rec(rec(data.data)?.package)?.listResult;
  if (!Array.isArray(list)) {
    note(ctx, 'the parcel data has no parcel list (data.package.listResult); nothing read');
    return [];
  }
  if (list.length > MAX.orders) note(ctx, `the page shows ${list.length} parcels; only the first ${MAX.orders} were read`);
  const out: ParcelRead[] = [];
  list.slice(0, MAX.orders).forEach((raw, i) => {
    const p = attempt(() => readParcel(raw, ctx, i));
    if (!p) return;
    if (out.some((x) => x.parcelId === p.parcelId)) return note(ctx, `parcel ${p.parcelId} appears twice; the first was kept`);
    out.push(p);
  });
  return out;
}

// --- My Warehouse ----------------------------------------------------------------------------------

/** `goods_prifex` ("TB", "TMALL", "", §2) and the family's other internal prefixes (§0.4: WD, ALIBABA). */
const GOODS_PREFIXES: Readonly<Record<string, AgentSource>> = { TB: 'taobao', TMALL: 'tmall', WD: 'weidian', ALIBABA: '1688' };

/** The listing: the item's link first; else its prefix with `goods_code` (or `good_id`), §10. */
function warehouseListing(it: Record<string, unknown>, ctx: Ctx): MarketplaceItem | undefined {
  const fromLink = marketplaceItemOf(clean(str(it.goods_link), MAX.url), ctx.url);
  if (fromLink) return fromLink;
  const prefix = str(it.goods_prifex).trim().toUpperCase();
  const site = Object.hasOwn(GOODS_PREFIXES, prefix) ? GOODS_PREFIXES[prefix] : undefined;
  const id = [str(it.goods_code), str(it.good_id)].map((x) => x.trim()).find((x) => ITEM_ID.test(x));
  return site && id ? { site, itemId: id } : undefined;
}

/** The earliest of a dated field across items, with the text of the item it came from. */
interface Earliest {
  at: string;
  text: string;
}
function earlier(cur: Earliest | undefined, v: unknown, text: unknown, after?: string): Earliest | undefined {
  const d = jsonEvent('warehouse_stored', v);
  if (!d || (after && d.at <= after)) return cur;
  return !cur || d.at < cur.at ? { at: d.at, text: clean(str(text), MAX.deadlineText) } : cur;
}

/**
 * One order's stored items, from every `order_list[]` entry of its number. Each item gives its
 * warehouse arrival (`origin_arrived_time`, unix seconds); the order takes the earliest, so its
 * 5-day return window is the first item's: the one that closes first. `storage_fee_expired_time`
 * (its countdown `storage_fee_countdown_str`) is read as the end of free storage and
 * `storage_expired_time` (countdown `overdue_countdown_str`) as the end of storage altogether: the
 * research gives the names and types only, the reading is [inferred] from them, and a date not after
 * the arrival is ignored. These are the page's own clocks (`sb.storage.free`, `sb.storage.abandoned`).
 * Not read: `item_status`, `return_apply_status` and `is_returned`, numeric codes of unknown meaning.
 */
function readWarehouseOrder(orderId: string, entries: Record<string, unknown>[], ctx: Ctx): OrderRead {
  const missing: string[] = [];
  const items: OrderItem[] = [];
  let stored: Earliest | undefined;
  let freeEnds: Earliest | undefined;
  let storageEnds: Earliest | undefined;
  let numericId: string | undefined;
  let shown = 0;
  for (const entry of entries) {
    shown += quantityOf(entry.items_count) ?? 0;
    for (const raw of arr(entry.items, MAX.items)) {
      const it = rec(raw);
      const title = clean(str(it?.goods_name), MAX.title);
      if (!it || !title || items.length >= MAX.items) continue;
      const i = items.length;
      const item: OrderItem = { title };
      const sku = clean(str(it.sku_name), MAX.sku);
      if (sku) item.sku = sku;
      const quantity = quantityOf(it.count) ?? quantityOf(it.real_count);
      if (quantity !== undefined) item.quantity = quantity;
      else missing.push(`items[${i}].quantity`);
      const unitPrice = jsonMoney(it.unit_price, it.currency);
      if (unitPrice) item.unitPrice = unitPrice;
      else missing.push(`items[${i}].unitPrice`);
      const imageUrl = imageOf(str(it.goods_pic) || str(it.picture_url), ctx);
      if (imageUrl) item.imageUrl = imageUrl;
      const listing = warehouseListing(it, ctx);
      if (listing) {
        item.url = listingUrl(listing);
        item.marketplace = listing;
      } else if (!clean(str(it.goods_link), MAX.url)) missing.push(`items[${i}].url`);
      const qc = qcPhotosOf([...pictures(it.arrival_pic_list), ...pictures(it.hd_qc_photo_list)], ctx);
      if (qc.length) item.qcPhotos = qc;
      items.push(item);
      const arrived = jsonEvent('warehouse_stored', it.origin_arrived_time);
      stored = earlier(stored, it.origin_arrived_time, '');
      freeEnds = earlier(freeEnds, it.storage_fee_expired_time, it.storage_fee_countdown_str, arrived?.at);
      storageEnds = earlier(storageEnds, it.storage_expired_time, it.overdue_countdown_str, arrived?.at);
      const id = str(it.order_id).trim();
      if (!numericId && /^\d{1,20}$/.test(id)) numericId = id;
    }
  }
  if (!items.length) missing.push('items');
  if (!stored) missing.push('events.warehouse_stored');
  const pageDeadlines: OrderRead['pageDeadlines'] = [];
  if (freeEnds) pageDeadlines.push({ ruleId: 'sb.storage.free', due: freeEnds.at, text: freeEnds.text });
  if (storageEnds) pageDeadlines.push({ ruleId: 'sb.storage.abandoned', due: storageEnds.at, text: storageEnds.text });
  const sites = [...new Set(items.map((i) => i.marketplace?.site).filter((s): s is AgentSource => !!s))];
  return {
    site: ctx.site,
    orderId,
    // `order_id` beside `order_no` is read as the numeric id the detail page takes, as `div{id}` on the list [inferred].
    url: numericId ? detailUrl(ctx.host, numericId) : listUrl(ctx.host),
    items,
    // On this page the items are in the warehouse. When the order has more items than the page lists
    // (`items_count`), some are elsewhere: the order's own status is the list's to say.
    status: items.length && shown <= items.length ? 'delivered' : 'unknown',
    events: stored ? [{ kind: 'warehouse_stored', at: stored.at, dateOnly: false, zone: CN_ZONE }] : [],
    tracking: [],
    pageDeadlines,
    agent: { family: 'superbuy', host: ctx.host },
    ...(sites.length === 1 && sites[0] ? { marketplace: { site: sites[0] } } : {}),
    missing: [...new Set(missing)].slice(0, MAX.missing),
  };
}

/** `data.order_list[]`, each `{order_no, items_count, items[]}` (§2 "JSON endpoints" 1). */
function readWarehouse(data: Record<string, unknown>, ctx: Ctx): OrderRead[] {
  const list = rec(data.data)?.order_list;
  if (!Array.isArray(list)) {
    note(ctx, 'the warehouse data has no order list (data.order_list); nothing read');
    return [];
  }
  const byOrder = new Map<string, Record<string, unknown>[]>();
  list.slice(0, 2000).forEach((raw, i) => {
    const entry = rec(raw);
    const orderId = orderNoOf(entry?.order_no) ?? arr(entry?.items, MAX.items).map((it) => orderNoOf(rec(it)?.order_no)).find((x) => !!x);
    if (!entry || !orderId) return note(ctx, `warehouse order ${i + 1}: no order number found; skipped`);
    byOrder.set(orderId, [...(byOrder.get(orderId) ?? []), entry]);
  });
  if (byOrder.size > MAX.orders) note(ctx, `the page shows ${byOrder.size} orders; only the first ${MAX.orders} were read`);
  return [...byOrder].slice(0, MAX.orders).flatMap(([orderId, entries]) => attempt(() => [readWarehouseOrder(orderId, entries, ctx)]) ?? []);
}

/** A JSON page: what its kept response holds, or a note saying why there is nothing. */
function readJsonPage(doc: Document, kind: 'parcel' | 'warehouse', ctx: Ctx): PageRead {
  const empty: PageRead = kind === 'parcel' ? { kind, orders: [], parcels: [], notes: ctx.notes } : { kind, orders: [], notes: ctx.notes };
  const kept = keptJson(doc, kind, ctx);
  if (!kept.found) {
    // Only the captcha: an expired session sends these pages to the login host, or answers 10008
    // (below); a password field here is as likely the payment password of a parcel.
    if (has(doc, CAPTCHA)) {
      note(ctx, 'the site shows a captcha instead of the page');
      return { ...empty, blocked: 'captcha' };
    }
    note(ctx, `the data this page loads (${FRONT_HOSTS[ctx.site]}${ENDPOINTS[kind]}) was not seen; nothing read`);
    return empty;
  }
  const data = rec(kept.data);
  if (!data) return empty;
  const state = data.state;
  if (state === STATE_SESSION_EXPIRED || state === String(STATE_SESSION_EXPIRED)) {
    note(ctx, 'the site says the session expired');
    return { ...empty, blocked: 'login' };
  }
  if (state !== undefined && state !== 0 && state !== '0') note(ctx, `the site answered with state ${clean(str(state), 20) || 'other than 0'}; read what it sent`);
  return kind === 'parcel' ? { ...empty, parcels: readParcels(data, ctx) } : { ...empty, orders: readWarehouse(data, ctx) };
}

// ---------------------------------------------------------------------------------------------------
// Page
// ---------------------------------------------------------------------------------------------------

function hasContent(doc: Document): boolean {
  return has(doc, ORDER_TABLE) || dataScriptText(doc) !== undefined;
}

function blockedBy(doc: Document): 'captcha' | 'login' | undefined {
  if (has(doc, CAPTCHA)) return 'captcha';
  if (hasContent(doc)) return undefined;
  if (/^\s*log\s?in\b/i.test(doc.title ?? '')) return 'login';
  if (has(doc, LOGIN)) return 'login';
  if (Array.from(doc.querySelectorAll('script:not([src])')).some((s) => (s.textContent ?? '').includes('loginUser'))) return 'login';
  return undefined;
}

/** The list is server-rendered (§2): once the document is parsed, nothing more is coming. */
function readyList(doc: Document): boolean {
  try {
    return doc.readyState !== 'loading' || hasContent(doc) || !!blockedBy(doc);
  } catch {
    return false;
  }
}

/** A JSON page is ready once its own endpoint's answer is kept (or a captcha stands in front of it). */
function readyJsonPage(doc: Document, kind: 'parcel' | 'warehouse'): boolean {
  try {
    return keptFrom(doc) === ENDPOINTS[kind] || has(doc, CAPTCHA);
  } catch {
    return false;
  }
}

function readList(doc: Document, ctx: Ctx): OrderRead[] {
  const data = pageData(doc);
  if (data.found && !data.orders) note(ctx, 'the page data (order_lists) could not be read; the drawn list was read');

  const drawn: Draft[] = [];
  orderTables(doc).forEach(({ table, block }, i) => {
    const d = attempt(() => readDrawnOrder(table, block, ctx, i));
    if (!d) return;
    if (drawn.some((x) => x.orderId === d.orderId)) return note(ctx, `order ${d.orderId} appears twice; the first was kept`);
    drawn.push(d);
  });

  const drafts: Draft[] = [];
  const fromData = data.found && data.orders ? data.orders : [];
  fromData.slice(0, MAX.orders).forEach((raw, i) => {
    const d = attempt(() => dataOrder(raw, ctx, i));
    if (!d) return;
    if (drafts.some((x) => x.orderId === d.orderId)) return note(ctx, `order ${d.orderId} appears twice; the first was kept`);
    drafts.push(mergeDrafts(d, drawn.find((w) => w.orderId === d.orderId), ctx));
  });
  for (const d of drawn) if (!drafts.some((x) => x.orderId === d.orderId)) drafts.push(d);

  const shown = Math.max(fromData.length, drafts.length);
  if (shown > MAX.orders) note(ctx, `the page shows ${shown} orders; only the first ${MAX.orders} were read`);
  if (!drafts.length && !data.found && !orderTables(doc).length) note(ctx, 'no orders found on the page (none yet, or the layout changed)');
  return drafts.slice(0, MAX.orders).flatMap((d) => attempt(() => [finishOrder(d, ctx)]) ?? []);
}

/** The reading shared by every page: the brand, the context, and the promise never to throw. */
function readWith(url: URL, now: Date, site: SuperbuyBrand | undefined, read: (detected: PageKind | null, ctx: Ctx) => PageRead): PageRead {
  const notes: string[] = [];
  const detected = attempt(() => detect(url)) ?? null;
  const kind = detected ?? 'list';
  try {
    const brand = site ?? brandOf(url);
    if (!brand) return { kind, orders: [], notes: ['this address is not a Superbuy, AllChinaBuy or Wegobuy page; nothing read'] };
    return read(detected, { url, site: brand, host: BRAND_HOSTS[brand], now, notes, refusedQcHosts: new Set() });
  } catch (error) {
    if (notes.length < MAX.notes) notes.push(clean(`could not read the page (${error instanceof Error ? error.name : 'error'})`, MAX.note));
    return kind === 'parcel' ? { kind, orders: [], parcels: [], notes } : { kind, orders: [], notes };
  }
}

/** Reads an order list (any other address of the brand is read as one, with a note). */
export function parseSuperbuyList(doc: Document, url: URL, now: Date = new Date(), site?: SuperbuyBrand): PageRead {
  return readWith(url, now, site, (detected, ctx) => {
    if (detected !== 'list') note(ctx, 'this address is not an order list we know; read as one');
    const blocked = blockedBy(doc);
    if (blocked) {
      note(ctx, blocked === 'captcha' ? 'the site shows a captcha instead of the orders' : 'the site asks to log in before showing the orders');
      return { kind: 'list', orders: [], notes: ctx.notes, blocked };
    }
    return { kind: 'list', orders: readList(doc, ctx), notes: ctx.notes };
  });
}

/** Reads My Parcels or My Warehouse from the JSON kept in the document; undefined for other addresses. */
export function parseSuperbuyJsonPage(doc: Document, url: URL, now: Date = new Date(), site?: SuperbuyBrand): PageRead | undefined {
  const kind = attempt(() => detect(url));
  if (kind !== 'parcel' && kind !== 'warehouse') return undefined;
  return readWith(url, now, site, (_, ctx) => readJsonPage(doc, kind, ctx));
}

/**
 * Reads a page of Superbuy, AllChinaBuy or Wegobuy: My Parcels or My Warehouse by their address,
 * anything else as an order list. `now` is the capture time (when QC photos were first seen). `site`
 * names the brand when the address does not (a saved page). Never throws.
 */
export function parseSuperbuy(doc: Document, url: URL, now: Date = new Date(), site?: SuperbuyBrand): PageRead {
  return parseSuperbuyJsonPage(doc, url, now, site) ?? parseSuperbuyList(doc, url, now, site);
}

type Parse = (doc: Document, url: URL, now: Date, site: SuperbuyBrand) => PageRead;

/** The pages one content script reads: which kinds, at which addresses, when they are ready, how they are read. */
interface Family {
  kinds: readonly PageKind[];
  matches: (brand: SuperbuyBrand) => string[];
  ready: SiteAdapter['ready'];
  parse: Parse;
}

// The order list and the JSON pages are read by different content scripts, and each bundle carries
// only its own family's code (`@__PURE__` below: an adapter a bundle does not use is dropped from it).
// Each brand's whole-site adapter, for the background and `npm run parse`, reads both.
const LIST_PAGES: Family = { kinds: ['list'], matches: listMatches, ready: (doc, kind) => kind === 'list' && readyList(doc), parse: parseSuperbuyList };
const JSON_PAGES: Family = {
  kinds: ['parcel', 'warehouse'],
  matches: jsonPageMatches,
  ready: (doc, kind) => (kind === 'parcel' || kind === 'warehouse') && readyJsonPage(doc, kind),
  parse: (doc, url, now, site) => parseSuperbuyJsonPage(doc, url, now, site) ?? { kind: 'parcel', orders: [], parcels: [], notes: ['this address is not a parcel or warehouse page we know; nothing read'] },
};
const ALL_PAGES: Family = {
  kinds: ['list', 'parcel', 'warehouse'],
  matches: (brand) => [...listMatches(brand), ...jsonPageMatches(brand)],
  ready: (doc, kind) => LIST_PAGES.ready(doc, kind) || JSON_PAGES.ready(doc, kind),
  parse: parseSuperbuy,
};

function adapterFor(brand: SuperbuyBrand, family: Family): SiteAdapter {
  return {
    id: brand,
    // The pages we read (with and without their trailing slash and query), never the whole host.
    matches: family.matches(brand),
    detect: (url) => {
      const kind = brandOf(url) === brand ? detect(url) : null;
      return kind && family.kinds.includes(kind) ? kind : null;
    },
    ready: family.ready,
    parse: (doc, url) => family.parse(doc, url, new Date(), brand),
  };
}

export const superbuy: SiteAdapter = /* @__PURE__ */ adapterFor('superbuy', ALL_PAGES);
export const allchinabuy: SiteAdapter = /* @__PURE__ */ adapterFor('allchinabuy', ALL_PAGES);
export const wegobuy: SiteAdapter = /* @__PURE__ */ adapterFor('wegobuy', ALL_PAGES);

/** The order list alone, per brand (the brands' own content scripts). */
export const superbuyList: SiteAdapter = /* @__PURE__ */ adapterFor('superbuy', LIST_PAGES);
export const allchinabuyList: SiteAdapter = /* @__PURE__ */ adapterFor('allchinabuy', LIST_PAGES);
export const wegobuyList: SiteAdapter = /* @__PURE__ */ adapterFor('wegobuy', LIST_PAGES);

/** My Parcels and My Warehouse, per brand (the three brands' pages share the superbuy-json content script). */
export const superbuyJson: SiteAdapter = /* @__PURE__ */ adapterFor('superbuy', JSON_PAGES);
export const allchinabuyJson: SiteAdapter = /* @__PURE__ */ adapterFor('allchinabuy', JSON_PAGES);
export const wegobuyJson: SiteAdapter = /* @__PURE__ */ adapterFor('wegobuy', JSON_PAGES);
