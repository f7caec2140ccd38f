/**
 * AliExpress buyer order pages: the current SPA ("comet" UI) list and detail, and the old server-rendered
 * "My AliExpress" list and detail on trade.aliexpress.com.
 *
 * Structure: `../shared/research/marketplaces.md` §0 and §1 (selector tables §1.2, §1.3, §1.6, §1.7).
 * Fixtures, one per layout, in `tests/fixtures/aliexpress/` (SOURCES.md says where each comes from):
 *   list-current-1/2/3, list-current-us, list-current-empty, list-current-changed-layout  (§1.2, from the selector table)
 *   detail-current-1                                                      (§1.3)
 *   list-old-1                                                            (§1.6)
 *   detail-old-2014      (the real 2014 capture of app-coral-delivery, anonymised; §1.7)
 *   captcha              (§0.4)
 *
 * Runs in the content-script bundle: no Zod, no extension APIs, only types from the model. The adapter
 * never throws; what it cannot read is named in each order's `missing`, page problems in `notes`.
 * Every string taken from the page is trimmed, whitespace-collapsed and capped to the schema's limits.
 */
import type { EventKind, Money, OrderEvent, OrderItem, OrderRead, OrderStatus, PageDeadline, Seller, Tracking } from '../model';
import { absolute, clean, has, loadedAt, MAX, priceTextOf, q, qa, textOf } from './dom';
import { parseMoney } from './money';
import { wallTimeToUtc } from './wall-time';
import type { PageKind, PageRead, SiteAdapter } from './types';

// ---------------------------------------------------------------------------------------------------
// Selectors. Each array lists alternatives, tried in order; the comment names the layout each one is for.
// ---------------------------------------------------------------------------------------------------

/** Anti-bot slider wall (§0.4). */
const CAPTCHA = [
  '#baxia-dialog-content', // baxia punish dialog, current site
  '.baxia-dialog', // its wrapper
  '#nc_1_wrapper', // "nc" slider (no-captcha) widget
  '.nc-container', // its container
];
const CAPTCHA_TEXT = /slide to verify|unusual traffic/i;

/** Login walls. [inferred]: the research names only the login hosts (§0.4); these are Alibaba's login form and overlay. */
const LOGIN = [
  '#fm-login-id', // Alibaba "fm" login form (login.aliexpress.com, passport pages) drawn into the page
  'iframe#alibaba-login-box', // login overlay iframe
  'iframe[src*="login.aliexpress."]', // login iframe by address
  'iframe[src*="passport.aliexpress."]',
  'form input[type="password"]', // any password form where orders should be
];

/** Current list (§1.2). */
const LIST_CARD = [
  'div.order-item', // comet list, 2023–2026: one card per order inside div.comet-checkbox-group
];
const LIST_EMPTY = [
  // [inferred]: no source shows the empty state; comet is an ant-design-like kit, whose empty state is `*-empty`.
  '.order-empty',
  '.comet-empty',
];
const CARD_STATUS = [
  '.order-item-header-status-text', // comet list
  '[data-pl="order_item_header_status"]', // same node by its data-pl attribute (survives class renames)
];
const CARD_INFO = [
  '.order-item-header-right-info', // comet list: "Order date: …" and "Order ID: … Copy"
  '[data-pl="order_item_header_info"]',
];
const CARD_DETAIL_LINK = [
  '.order-item-header-right a[href*="orderId="]', // comet list header link
  'a[href*="orderId="]', // anywhere in the card
];
const CARD_STORE = [
  '.order-item-store-name', // comet list
  '[data-pl="order_item_store_name"]',
];
const CARD_IMG_LIST = [
  '.order-item-content-img-list', // multi-item card: thumbnails only, no titles or prices
];
const CARD_ITEM_TITLE = [
  '.order-item-content-info-name a span[title]', // comet list: full title in the title attribute
  '.order-item-content-info-name', // the same block, text only
];
const CARD_ITEM_LINK = ['.order-item-content-info-name a[href]'];
const CARD_ITEM_IMG = ['.order-item-content-img'];
const CARD_ITEM_SKU = ['.order-item-content-info-sku'];
const CARD_ITEM_PRICE = [
  '.order-item-content-info-number [class*="es--wrap--"]', // hashed price wrapper (es--wrap--1Hlfkoj)
  '.order-item-content-info-number', // the whole number block, quantity removed
];
const CARD_ITEM_QTY = ['.order-item-content-info-number-quantity'];
const CARD_TOTAL = [
  '.order-item-content-opt-price-total', // comet list; digits split over es--char-- spans
  '[data-pl="order_item_content_price_total"]',
];
const CARD_REFUND_NOTE = [
  '.order-item-bottom-action .expose-info .expose-info-item-title', // refund progress note (seen in Korean)
  '.expose-info-item-title',
];

/** Current detail (§1.3). */
const DETAIL_STATUS = [
  '.order-status-content .order-block-title', // 2023–2024 scrapers
];
const DETAIL_INFO = [
  'div.order-detail-order-info', // "Order ID: …", "Order placed on: …", "Payment method: …"
];
const DETAIL_INFO_ROW = ['.info-row'];
const DETAIL_STORE = [
  // [inferred]: the research says the seller comes from the product block (sellerVO); its DOM is not documented.
  '.order-detail-item-store a[href*="/store/"]',
  '[class*="order-detail"] a[href*="/store/"]',
];
const DETAIL_ITEM = [
  'div.order-detail-item-content-wrap', // one per item
  'div.order-detail-item-content', // older class of the same block
];
const DETAIL_ITEM_TITLE = ['.item-title a', '.order-detail-item-content-info a'];
const DETAIL_ITEM_SKU = ['.item-sku-attr'];
const DETAIL_ITEM_PRICE = ['.item-price'];
const DETAIL_ITEM_QTY = ['.item-price-quantity'];
const DETAIL_ITEM_IMG = ['a.order-detail-item-content-img', '.order-detail-item-content-img'];
const DETAIL_PRICE_ROW = ['div.order-price-item'];

/** Old list, trade.aliexpress.com/orderList.htm (§1.6): still served to some accounts, per the research. */
const OLD_LIST_ORDER = [
  '#buyer-ordertable tbody.order-item-wraper', // one tbody per order
  'tbody.order-item-wraper',
];
const OLD_LIST_ID = ['.order-info .first-row .info-body'];
const OLD_LIST_DETAIL_LINK = ['.order-info .view-detail-link[href]', 'a[href*="order_detail.htm"]'];
const OLD_LIST_DATE = ['.order-info .second-row .info-body'];
const OLD_LIST_STORE_NAME = ['.store-info .first-row .info-body'];
const OLD_LIST_STORE_LINK = ['.store-info .second-row a[href]', '.store-info a[href]'];
const OLD_LIST_TOTAL = ['.order-amount .amount-body .amount-num', '.amount-num'];
const OLD_LIST_PRODUCT = ['.order-body .product-sets'];
const OLD_LIST_PRODUCT_TITLE = ['.product-title a', '.baobei-name'];
const OLD_LIST_PRODUCT_AMOUNT = ['.product-amount'];
const OLD_LIST_PRODUCT_SKU = ['.product-property', '.product-policy a[title]'];
const OLD_LIST_PRODUCT_IMG = ['.product-left img[src]', 'img[src]'];
const OLD_LIST_STATUS = ['.order-body .order-status .f-left', '.order-status .f-left'];
const OLD_LIST_TIMER = ['p.left-sendgoods-day[lefttime]', '.left-sendgoods-day[lefttime]'];

/** Old detail, trade.aliexpress.com/order_detail.htm (§1.7, 2014 capture), reached from the old list. */
const OLD_DETAIL_MARK = ['#TP_ProductTable', '#tp-order-price-table', '.operate-list'];
const OLD_DETAIL_ID = ['.copy-order-num'];
const OLD_DETAIL_STORE = ['.user-name-text a[href*="/store/"]', '.user-name-text a'];
const OLD_DETAIL_PRODUCT_GROUP = ['#TP_ProductTable tbody[data-status]', '#TP_ProductTable tbody'];
const OLD_DETAIL_PRODUCT_ROW = ['tr.order-bd'];
const OLD_DETAIL_ITEM_TITLE = ['.baobei-name'];
const OLD_DETAIL_ITEM_IMG = ['a.pic img[src]', 'img[src]'];
const OLD_DETAIL_ITEM_SPEC = ['.spec'];
const OLD_DETAIL_ITEM_PRICE = ['td.price'];
const OLD_DETAIL_ITEM_QTY = ['td.quantity'];
const OLD_DETAIL_STATUS_TEXT = ['td.trade-status'];
const OLD_DETAIL_PROTECTION = [
  '.sp-icon[title]', // buyer-protection icons: "Full refund if product is not received in 60 days"
  'a[href*="delivery_gurantee"][title]', // [sic] AliExpress's spelling
];
const OLD_DETAIL_TOTAL = ['#tp-order-price-table td.order-price', '.product-fees .final-price'];
const OLD_DETAIL_EVENT_ROW = ['.operate-list li'];
const OLD_DETAIL_PAID_FALLBACK = ['#tp-buyer-order-table td.pay-c4'];
const OLD_DETAIL_SHIPPING_ROW = ['#TP_ShippingTable tr.shipping-bd'];

// ---------------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------------

const SITE = 'aliexpress' as const;
/** AliExpress pages show dates without a zone; its labelled deadlines say PST (research rules.md §1). */
export const AE_ZONE = 'America/Los_Angeles';
const OLD_HOST = 'trade.aliexpress.com';
/** www, bare, or a language subdomain (es., fr., pt. …) of the global site; aliexpress.us is the US storefront. */
const CURRENT_HOST = /^(?:(?:www|[a-z]{2})\.)?aliexpress\.(?:com|us)$/;
const ORDER_ID = /^\d{8,20}$/;
const ID_IN_TEXT = /(?<!\d)(\d{8,20})(?!\d)/;

function orderIdParam(url: URL): string | undefined {
  const id = url.searchParams.get('orderId');
  return id && ORDER_ID.test(id) ? id : undefined;
}

function detect(url: URL): PageKind | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  if (CURRENT_HOST.test(host)) {
    if (path === '/p/order/index.html') return 'list';
    if (path === '/p/order/detail.html') return orderIdParam(url) ? 'detail' : null;
    return null;
  }
  if (host === OLD_HOST) {
    if (path === '/orderList.htm' || path === '/order_list.htm') return 'list';
    if (path === '/order_detail.htm') return orderIdParam(url) ? 'detail' : null;
  }
  return null;
}

/** Where links to orders, stores and items point: the US storefront keeps its own host. */
function originFor(url: URL): string {
  return /(^|\.)aliexpress\.us$/i.test(url.hostname) ? 'https://www.aliexpress.us' : 'https://www.aliexpress.com';
}

const currentDetailUrl = (origin: string, id: string) => `${origin}/p/order/detail.html?orderId=${id}`;
const oldDetailUrl = (id: string) => `https://${OLD_HOST}/order_detail.htm?orderId=${id}`;

// ---------------------------------------------------------------------------------------------------
// Text, URLs
// ---------------------------------------------------------------------------------------------------

const IMAGE_HOST = /(^|\.)(alicdn\.com|aliexpress-media\.com|aliexpress\.com|aliexpress\.us|aliimg\.com)$/i;
const AE_HOST = /(^|\.)aliexpress\.(com|us)$/i;

/** Full-size image: `….jpg_220x220.jpg`, `….jpg_50x50.jpg`, `….jpg_220x220q75.jpg_.avif` → `….jpg`. */
export function fullImageUrl(src: string | null | undefined, base: URL): string | undefined {
  const u = absolute(src, base, IMAGE_HOST);
  if (!u) return undefined;
  u.pathname = u.pathname.replace(/(\.(?:jpe?g|png|webp|gif|avif))_\d+x\d+[^/]*$/i, '$1');
  return u.href;
}

/** The URL inside a CSS `background-image: url(…)` in an element's style attribute. */
function backgroundImage(el: Element | null): string | undefined {
  const style = el?.getAttribute('style') ?? '';
  const m = /url\(\s*(['"]?)(.*?)\1\s*\)/i.exec(style);
  return m?.[2];
}

/** Item link → canonical item page and product id (`/item/<id>.html`, old `/item/<slug>/<id>.html`); snapshots keep their address. */
function itemLink(href: string | null | undefined, base: URL, origin: string): { url?: string; productId?: string } {
  const u = absolute(href, base, AE_HOST);
  if (!u) return {};
  const item = /\/item\/(?:[^/]+\/)?(\d{5,20})\.html$/.exec(u.pathname);
  if (item?.[1]) return { url: `${origin}/item/${item[1]}.html`, productId: item[1] };
  const snap = /^\/snapshot\/(\d{1,20})\.html$/.exec(u.pathname);
  if (snap?.[1]) return { url: `https://www.aliexpress.com/snapshot/${snap[1]}.html` };
  return {};
}

function sellerFrom(name: string, href: string | null | undefined, base: URL, origin: string): Seller | undefined {
  const n = clean(name, MAX.sellerName);
  if (!n) return undefined;
  const u = absolute(href, base, AE_HOST);
  const id = u ? /\/store\/(?:[a-z-]+\/)?(\d{1,20})(?!\d)/i.exec(u.pathname)?.[1] : undefined;
  return id ? { name: n, id, url: `${origin}/store/${id}` } : { name: n };
}

// ---------------------------------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------

/** Month names, full forms; a word matches a month when it is a name or an unambiguous prefix (3+ letters) of names of one month. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  /* 1 */ ['january', 'enero', 'janvier', 'januar', 'gennaio', 'janeiro', 'januari', 'styczen', 'stycznia', 'января', 'январь'],
  /* 2 */ ['february', 'febrero', 'fevrier', 'februar', 'febbraio', 'fevereiro', 'februari', 'luty', 'lutego', 'февраля', 'февраль'],
  /* 3 */ ['march', 'marzo', 'mars', 'marz', 'marco', 'maart', 'marzec', 'marca', 'марта', 'март'],
  /* 4 */ ['april', 'abril', 'avril', 'aprile', 'kwiecien', 'kwietnia', 'апреля', 'апрель'],
  /* 5 */ ['may', 'mayo', 'mai', 'maggio', 'maio', 'mei', 'maj', 'maja', 'мая', 'май'],
  /* 6 */ ['june', 'junio', 'juin', 'juni', 'giugno', 'junho', 'czerwiec', 'czerwca', 'июня', 'июнь'],
  /* 7 */ ['july', 'julio', 'juillet', 'juli', 'luglio', 'julho', 'lipiec', 'lipca', 'июля', 'июль'],
  /* 8 */ ['august', 'agosto', 'aout', 'augustus', 'sierpien', 'sierpnia', 'августа', 'август'],
  /* 9 */ ['september', 'septiembre', 'septembre', 'settembre', 'setembro', 'wrzesien', 'wrzesnia', 'сентября', 'сентябрь'],
  /* 10 */ ['october', 'octubre', 'octobre', 'oktober', 'ottobre', 'outubro', 'pazdziernik', 'pazdziernika', 'октября', 'октябрь'],
  /* 11 */ ['november', 'noviembre', 'novembre', 'novembro', 'listopad', 'listopada', 'ноября', 'ноябрь'],
  /* 12 */ ['december', 'diciembre', 'decembre', 'dezember', 'dicembre', 'dezembro', 'grudzien', 'grudnia', 'декабря', 'декабрь'],
];

/** Lower case without accents ("Févr." → "fevr"); recomposed, so Hangul and Cyrillic stay whole. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/\.$/, '');

const MONTHS_FOLDED = MONTH_NAMES.map((names) => names.map(fold));

export function monthOf(word: string): number | undefined {
  const w = fold(word);
  if (w.length < 3) return undefined;
  const hits = new Set<number>();
  MONTHS_FOLDED.forEach((names, i) => {
    if (names.some((n) => n.startsWith(w))) hits.add(i + 1);
  });
  return hits.size === 1 ? hits.values().next().value : undefined;
}

export interface ReadDate {
  /** UTC instant, ISO with `Z`. */
  at: string;
  dateOnly: boolean;
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1995 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Reads a wall-clock date (and time) the page shows without a zone, in `zone`. Understands
 * "Feb 21, 2026", "12:36 Dec. 12 2012", "2014-06-03 02:20:13", "2026年2月21日", "21 feb. 2026",
 * "21 de febrero de 2026". Numeric day/month orders other than year-first are ambiguous: undefined.
 */
export function parseAeDate(raw: string | null | undefined, zone: string = AE_ZONE): ReadDate | undefined {
  const t = clean(raw, 400).normalize('NFKC');
  if (!t) return undefined;
  let y = 0;
  let mo = 0;
  let d = 0;
  let rest = t;
  const numeric = /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*[日.]?/.exec(t);
  if (numeric) {
    y = Number(numeric[1]);
    mo = Number(numeric[2]);
    d = Number(numeric[3]);
    rest = t.slice(0, numeric.index) + ' ' + t.slice(numeric.index + numeric[0].length);
  } else {
    const patterns = [
      // "Feb 21, 2026", "Dec. 12 2012", "February 21st, 2026"
      { re: /(\p{L}{3,}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/gu, month: 1, day: 2, year: 3 },
      // "21 feb. 2026", "21. Feb. 2026", "21 de febrero de 2026", "21 февраля 2026 г."
      { re: /(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,}\.?),?\s+(?:de\s+)?(\d{4})(?!\d)/gu, month: 2, day: 1, year: 3 },
    ];
    outer: for (const p of patterns) {
      for (const m of t.matchAll(p.re)) {
        const month = monthOf(m[p.month] ?? '');
        if (!month) continue;
        y = Number(m[p.year]);
        mo = month;
        d = Number(m[p.day]);
        rest = t.slice(0, m.index) + ' ' + t.slice((m.index ?? 0) + m[0].length);
        break outer;
      }
    }
  }
  if (!validDay(y, mo, d)) return undefined;
  const time = /(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)(?:\s*([ap])\.?\s*m\.?(?![a-z]))?/i.exec(rest);
  let h = 0;
  let mi = 0;
  let s = 0;
  if (time) {
    h = Number(time[1]);
    mi = Number(time[2]);
    s = Number(time[3] ?? 0);
    const ampm = time[4]?.toLowerCase();
    if (ampm) {
      if (h < 1 || h > 12) return undefined;
      h = (h % 12) + (ampm === 'p' ? 12 : 0);
    }
    if (h > 23 || mi > 59 || s > 59) return undefined;
  }
  const ms = wallTimeToUtc(y, mo, d, h, mi, s, zone);
  if (!Number.isFinite(ms)) return undefined;
  return { at: new Date(ms).toISOString(), dateOnly: !time };
}

function event(kind: EventKind, text: string): OrderEvent | undefined {
  const read = parseAeDate(text);
  if (!read) return undefined;
  return { kind, at: read.at, dateOnly: read.dateOnly, zone: AE_ZONE, text: clean(text, MAX.eventText) };
}

/** Labels of dated rows, all layouts. "Payment method" must not match `paid`. */
const EVENT_LABELS: ReadonlyArray<readonly [RegExp, EventKind]> = [
  [/order (placed|date|time)|placed on|fecha del pedido|pedido realizado|date de (la )?commande|bestelldatum|data (do|dell'|zamówienia)|下单时间|创建时间|订单时间|주문\s?(일자|일시|날짜)/i, 'ordered'],
  [/payment (date|time|received)|paid (on|at)|date received|fecha de pago|date de paiement|zahlungsdatum|付款时间|支付时间|결제\s?(일자|일시)/i, 'paid'],
  [/shipping time|ship(ped|ment)? (on|date|time)|fecha de envío|date d'expédition|versanddatum|发货时间|배송\s?(일자|일시)/i, 'seller_shipped'],
  [/(complet\w*|finish\w*|confirm\w*) (on|date|time)|完成时间|确认收货时间|成交时间/i, 'completed'],
];

function eventKindOf(label: string): EventKind | undefined {
  for (const [re, kind] of EVENT_LABELS) if (re.test(label)) return kind;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Status
// ---------------------------------------------------------------------------------------------------

/** Internal status codes (old detail `data-status`, API records; research §1.2). */
const STATUS_CODES: Readonly<Record<string, OrderStatus>> = {
  PLACE_ORDER_SUCCESS: 'unpaid',
  WAIT_BUYER_PAY: 'unpaid',
  WAIT_SELLER_EXAMINE_MONEY: 'unpaid',
  WAIT_SELLER_SEND_GOODS: 'awaiting_shipment',
  SELLER_PART_SEND_GOODS: 'partially_shipped',
  WAIT_BUYER_CONFIRM_GOODS: 'shipped',
  WAIT_BUYER_ACCEPT_GOODS: 'shipped',
  // Open-platform docs: 买卖家达成一致，资金处理中 (buyer and seller agreed; money being settled).
  FUND_PROCESSING: 'completed',
  FINISH: 'completed',
  IN_CANCEL: 'cancelled',
  IN_ISSUE: 'in_dispute',
  IN_FROZEN: 'unknown',
  RISK_CONTROL: 'unknown',
};

/** Display texts, tested in order on the folded text (lower case, no accents). First match wins. */
const STATUS_TEXTS: ReadonlyArray<readonly [RegExp, OrderStatus]> = [
  [/^(awaiting|waiting for|pending) payment|^payment pending|^unpaid|^to pay|^esperando (el )?pago|^pendiente de pago|^en attente de paiement|^aguardando pagamento|^oczekuje na platnosc|^待付款|^等待买家付款|^결제\s?대기/, 'unpaid'],
  [/partially shipped|part(ial)? shipment|^envio parcial|^部分发货/, 'partially_shipped'],
  [/^(awaiting|waiting for|pending) (shipment|shipping|dispatch)|^to (be )?ship|^esperando (el )?envio|^pendiente de envio|^en attente d'expedition|^aguardando envio|^warten auf versand|^oczekuje na wysylke|^待发货|^等待卖家发货|^배송\s?(대기|준비)/, 'awaiting_shipment'],
  [/^delivered|^entregado|^livre|^zugestellt|^dostarczon|^entregue|^已签收|^배송\s?완료/, 'delivered'],
  [/^(awaiting|waiting for) (delivery|receipt)|^shipped|^in transit|^to (be )?receive|^esperando (la )?entrega|^enviado|^en transito|^en attente de livraison|^expedie|^aguardando entrega|^versandt|^warten auf lieferung|^oczekuje na dostawe|^в пути|^ожидает (доставки|получения)|^待收货|^等待买家收货|^卖家已发货|^배송\s?중/, 'shipped'],
  [/^refunded|^refund (completed|successful|issued)|^reembolsad|^reembolso completado|^rembourse|^erstattet|^退款成功|^已退款|^환불\s?완료/, 'refunded'],
  [/disput|^refund|waiting for aliexpress|^reembolso|^disputa|^litige|^streitfall|^спор|^纠纷|^退款中|^분쟁/, 'in_dispute'],
  [/^completed?$|^completed|^finished|^order completed|^completado|^finalizado|^termine|^abgeschlossen|^zakonczon|^concluido|^завершен|^交易成功|^已完成|^交易完成|^구매\s?확정|^거래\s?완료/, 'completed'],
  [/^closed|^cancel+ed|^order (closed|cancel+ed)|^expired|^cerrado|^cancelado|^expirado|^caducado|^annule|^ferme|^storniert|^geschlossen|^anulowan|^отмен|^закрыт|^交易关闭|^已取消|^订单关闭|^已关闭|^(주문\s?)?취소/, 'cancelled'],
];

export function mapStatus(raw: string | null | undefined): OrderStatus {
  const t = clean(raw, 200);
  if (/^[A-Z_]+$/.test(t) && Object.hasOwn(STATUS_CODES, t)) return STATUS_CODES[t] ?? 'unknown';
  return statusOfText(t);
}

/** Display words only: the status codes appear in the old detail's markup alone (§1.2). */
function statusOfText(raw: string): OrderStatus {
  const folded = fold(clean(raw, 200)).replace(/[.!:]+$/, '');
  for (const [re, status] of STATUS_TEXTS) if (folded && re.test(folded)) return status;
  return 'unknown';
}

// ---------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------

interface Ctx {
  url: URL;
  origin: string;
  now: Date;
  notes: string[];
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
  url: string;
  seller?: Seller;
  items: OrderItem[];
  total?: Money;
  status: OrderStatus;
  statusText?: string;
  events: OrderEvent[];
  tracking: Tracking[];
  protectionDays?: number;
  pageDeadlines: PageDeadline[];
  missing: string[];
}

/** The record, in one key order whichever layout filled it, with every list capped to the schema. */
function finishOrder(o: OrderParts): OrderRead {
  return {
    site: SITE,
    orderId: o.orderId,
    url: o.url,
    ...(o.seller ? { seller: o.seller } : {}),
    items: o.items.slice(0, MAX.items),
    ...(o.total ? { total: o.total } : {}),
    status: o.status,
    ...(o.statusText ? { statusText: o.statusText } : {}),
    events: o.events.slice(0, MAX.events),
    tracking: o.tracking.slice(0, MAX.trackingCount),
    ...(o.protectionDays !== undefined ? { protectionDays: o.protectionDays } : {}),
    pageDeadlines: o.pageDeadlines.slice(0, 50),
    missing: [...new Set(o.missing)].slice(0, MAX.missing),
  };
}

function quantityOf(raw: string | null | undefined): number | undefined {
  const m = /(\d{1,7})/.exec(clean(raw, 100).replace(/[,.\s](?=\d{3}\b)/g, ''));
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n > 0 && n <= 1_000_000 ? n : undefined;
}

function makeItem(
  parts: { title?: string; sku?: string; quantity?: number; unitPrice?: Money; imageUrl?: string; url?: string; productId?: string },
  index: number,
  missing: string[],
): OrderItem | undefined {
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

function statusFrom(text: string | undefined, missing: string[]): { status: OrderStatus; statusText?: string } {
  const statusText = clean(text, MAX.statusText);
  if (!statusText) {
    missing.push('status');
    return { status: 'unknown' };
  }
  return { status: statusOfText(statusText), statusText };
}

// --- current list ----------------------------------------------------------------------------------

function readCurrentCard(card: Element, ctx: Ctx, index: number): OrderRead | undefined {
  const info = attempt(() => q(card, CARD_INFO));
  const infoId = attempt(() => ID_IN_TEXT.exec(textOf(info))?.[1]);
  // The detail link only when the header shows no id: its attribute query costs as much as the rest of the header.
  const orderId =
    infoId ??
    attempt(() => {
      const href = q(card, CARD_DETAIL_LINK)?.getAttribute('href');
      const u = absolute(href, ctx.url, AE_HOST);
      return u ? orderIdParam(u) : undefined;
    });
  if (!orderId) {
    note(ctx, `order card ${index + 1}: no order id found; skipped`);
    return undefined;
  }
  const missing: string[] = [];

  const st = statusFrom(attempt(() => textOf(q(card, CARD_STATUS))), missing);
  let { status } = st;
  let statusText = st.statusText;
  const refund = attempt(() => clean(textOf(q(card, CARD_REFUND_NOTE)), MAX.statusText));
  if (refund) {
    // A refund/dispute note under the card is the more specific fact for deadlines than "Completed".
    const r = statusOfText(refund);
    if (r === 'refunded' || r === 'in_dispute') status = r;
    statusText = clean(statusText ? `${statusText} · ${refund}` : refund, MAX.statusText);
  }

  const events: OrderEvent[] = [];
  const ordered = attempt(() => {
    if (!info) return undefined;
    const rows = Array.from(info.children).map((c) => clean(textOf(c), MAX.eventText));
    const row = rows.find((r) => !r.includes(orderId) && parseAeDate(r)) ?? clean(textOf(info).replace(orderId, ' '), MAX.eventText);
    return event('ordered', row);
  });
  if (ordered) events.push(ordered);
  else missing.push('events.ordered');

  const seller = attempt(() => {
    const box = q(card, CARD_STORE);
    if (!box) return undefined;
    const a = box.matches('a[href]') ? box : box.querySelector('a[href]');
    return sellerFrom(textOf(a ?? box), a?.getAttribute('href'), ctx.url, ctx.origin);
  });
  if (!seller) missing.push('seller');

  const items: OrderItem[] = [];
  attempt(() => {
    if (has(card, CARD_IMG_LIST)) return undefined; // thumbnails only: the detail page has the items
    const titleEl = q(card, CARD_ITEM_TITLE);
    const title = titleEl?.getAttribute('title') || textOf(titleEl);
    const qtyEl = q(card, CARD_ITEM_QTY);
    const priceEl = q(card, CARD_ITEM_PRICE);
    let priceText = priceEl ? priceTextOf(priceEl) : '';
    if (priceEl && qtyEl && priceEl.contains(qtyEl)) priceText = priceText.replace(priceTextOf(qtyEl), ' ');
    const link = itemLink(q(card, CARD_ITEM_LINK)?.getAttribute('href'), ctx.url, ctx.origin);
    const item = makeItem(
      {
        title,
        sku: textOf(q(card, CARD_ITEM_SKU)),
        quantity: quantityOf(textOf(qtyEl)),
        unitPrice: parseMoney(priceText),
        imageUrl: fullImageUrl(backgroundImage(q(card, CARD_ITEM_IMG)), ctx.url),
        ...link,
      },
      0,
      missing,
    );
    if (item) items.push(item);
    return undefined;
  });
  if (!items.length) missing.push('items');

  const total = attempt(() => {
    const el = q(card, CARD_TOTAL);
    return el ? parseMoney(priceTextOf(el)) : undefined;
  });
  if (!total) missing.push('total');

  return finishOrder({
    orderId,
    url: currentDetailUrl(ctx.origin, orderId),
    seller,
    items,
    total,
    status,
    statusText,
    events,
    tracking: [],
    pageDeadlines: [],
    missing,
  });
}

// --- current detail --------------------------------------------------------------------------------

function readCurrentDetail(doc: Document, ctx: Ctx): OrderRead | undefined {
  const info = attempt(() => q(doc, DETAIL_INFO));
  const statusEl = attempt(() => q(doc, DETAIL_STATUS));
  const itemEls = attempt(() => qa(doc, DETAIL_ITEM)) ?? [];
  if (!info && !statusEl && !itemEls.length) {
    note(ctx, 'order detail not found on the page (the layout may have changed)');
    return undefined;
  }
  const urlId = orderIdParam(ctx.url);
  const infoId = attempt(() => ID_IN_TEXT.exec(textOf(info))?.[1]);
  const orderId = infoId ?? urlId;
  if (!orderId) {
    note(ctx, 'order detail: no order id found; skipped');
    return undefined;
  }
  if (infoId && urlId && infoId !== urlId) note(ctx, `the page shows order ${infoId} at the address of order ${urlId}`);
  const missing: string[] = [];
  const { status, statusText } = statusFrom(attempt(() => textOf(statusEl)), missing);

  const events: OrderEvent[] = [];
  attempt(() => {
    if (!info) return undefined;
    // One labelled row per fact ("Order placed on: Feb 21, 2026"); the label says which event it is.
    const rows = qa(info, DETAIL_INFO_ROW);
    for (const row of rows.length ? rows : Array.from(info.children)) {
      const text = clean(textOf(row), MAX.eventText);
      const kind = eventKindOf(text.split(/[:：]/)[0] ?? '');
      if (!kind || events.some((e) => e.kind === kind)) continue;
      const e = event(kind, text);
      if (e) events.push(e);
    }
    return undefined;
  });
  if (!events.some((e) => e.kind === 'ordered')) missing.push('events.ordered');

  const seller = attempt(() => {
    const a = q(doc, DETAIL_STORE);
    return a ? sellerFrom(textOf(a), a.getAttribute('href'), ctx.url, ctx.origin) : undefined;
  });
  if (!seller) missing.push('seller');

  const items: OrderItem[] = [];
  itemEls.forEach((el) => {
    const item = attempt(() => {
      const a = q(el, DETAIL_ITEM_TITLE);
      const qtyEl = q(el, DETAIL_ITEM_QTY);
      const priceEl = q(el, DETAIL_ITEM_PRICE);
      let priceText = priceEl ? priceTextOf(priceEl) : '';
      let qtyText = qtyEl ? textOf(qtyEl) : '';
      if (priceEl && qtyEl && priceEl.contains(qtyEl)) priceText = priceText.replace(priceTextOf(qtyEl), ' ');
      if (!qtyEl) {
        // "US $1.23 x2": split on the last x.
        const m = /^(.*?)\s*[x×]\s*(\d{1,7})\s*$/i.exec(clean(priceText, 200));
        if (m) {
          priceText = m[1] ?? '';
          qtyText = m[2] ?? '';
        }
      }
      return makeItem(
        {
          title: a?.getAttribute('title') || textOf(a),
          sku: textOf(q(el, DETAIL_ITEM_SKU)),
          quantity: quantityOf(qtyText),
          unitPrice: parseMoney(priceText),
          imageUrl: fullImageUrl(backgroundImage(q(el, DETAIL_ITEM_IMG)), ctx.url),
          ...itemLink(a?.getAttribute('href'), ctx.url, ctx.origin),
        },
        items.length,
        missing,
      );
    });
    if (item) items.push(item);
  });
  if (!items.length) missing.push('items');

  const total = attempt(() => {
    const rows = qa(doc, DETAIL_PRICE_ROW);
    for (const row of rows) {
      const label = fold(clean(textOf(row.querySelector('.left-col')), 100));
      if (/sub-?\s?total|小计/.test(label)) continue;
      if (/total|gesamt|итого|razem|suma|toplam|totale|合计|总计|实付|총/.test(label)) {
        const value = row.querySelector('.right-col');
        return value ? parseMoney(priceTextOf(value)) : undefined;
      }
    }
    return undefined;
  });
  if (!total) missing.push('total');

  return finishOrder({
    orderId,
    url: currentDetailUrl(ctx.origin, orderId),
    seller,
    items,
    total,
    status,
    statusText,
    events,
    tracking: [],
    pageDeadlines: [],
    missing,
  });
}

// --- old list --------------------------------------------------------------------------------------

function readOldListOrder(body: Element, ctx: Ctx, index: number): OrderRead | undefined {
  const idText = attempt(() => clean(textOf(q(body, OLD_LIST_ID)), 100));
  const orderId =
    attempt(() => ID_IN_TEXT.exec(idText ?? '')?.[1]) ??
    attempt(() => {
      const u = absolute(q(body, OLD_LIST_DETAIL_LINK)?.getAttribute('href'), ctx.url, AE_HOST);
      return u ? orderIdParam(u) : undefined;
    });
  if (!orderId) {
    note(ctx, `order ${index + 1}: no order id found; skipped`);
    return undefined;
  }
  const missing: string[] = [];
  const { status, statusText } = statusFrom(attempt(() => textOf(q(body, OLD_LIST_STATUS))), missing);

  const events: OrderEvent[] = [];
  const ordered = attempt(() => event('ordered', textOf(q(body, OLD_LIST_DATE))));
  if (ordered) events.push(ordered);
  else missing.push('events.ordered');

  const seller = attempt(() => {
    const link = q(body, OLD_LIST_STORE_LINK);
    return sellerFrom(textOf(q(body, OLD_LIST_STORE_NAME)), link?.getAttribute('href'), ctx.url, 'https://www.aliexpress.com');
  });
  if (!seller) missing.push('seller');

  const items: OrderItem[] = [];
  for (const p of attempt(() => qa(body, OLD_LIST_PRODUCT)) ?? []) {
    const item = attempt(() => {
      const a = q(p, OLD_LIST_PRODUCT_TITLE);
      const spans = Array.from(q(p, OLD_LIST_PRODUCT_AMOUNT)?.querySelectorAll('span') ?? []);
      const skuEl = q(p, OLD_LIST_PRODUCT_SKU);
      return makeItem(
        {
          title: a?.getAttribute('title') || textOf(a),
          sku: skuEl?.matches('a[title]') ? skuEl.getAttribute('title') ?? '' : textOf(skuEl),
          unitPrice: parseMoney(textOf(spans[0])),
          quantity: quantityOf(textOf(spans[1])),
          imageUrl: fullImageUrl(q(p, OLD_LIST_PRODUCT_IMG)?.getAttribute('src'), ctx.url),
          ...itemLink(a?.getAttribute('href'), ctx.url, 'https://www.aliexpress.com'),
        },
        items.length,
        missing,
      );
    });
    if (item) items.push(item);
  }
  if (!items.length) missing.push('items');

  const total = attempt(() => parseMoney(textOf(q(body, OLD_LIST_TOTAL))));
  if (!total) missing.push('total');

  const pageDeadlines: PageDeadline[] = [];
  attempt(() => {
    const timer = q(body, OLD_LIST_TIMER);
    const left = Number(clean(timer?.getAttribute('lefttime'), 20));
    if (!timer || !Number.isFinite(left) || left < 0 || left > 400 * 86_400_000) return undefined;
    // The timer runs whatever clock the order is on: protection only once it has shipped (awaiting
    // receipt); before that it is the seller's ship-by or the payment clock, for which we have no rule.
    if (status !== 'shipped' && status !== 'delivered') {
      note(ctx, `order ${orderId}: a page timer for status "${statusText ?? status}" was not recorded`);
      return undefined;
    }
    const due = new Date(Math.floor((ctx.now.getTime() + left) / 1000) * 1000).toISOString();
    pageDeadlines.push({ ruleId: 'ae.protection.end', due, text: clean(textOf(timer), MAX.deadlineText) || `${left} ms left` });
    return undefined;
  });

  return finishOrder({
    orderId,
    url: oldDetailUrl(orderId),
    seller,
    items,
    total,
    status,
    statusText,
    events,
    tracking: [],
    pageDeadlines,
    missing,
  });
}

// --- old detail ------------------------------------------------------------------------------------

function readOldDetail(doc: Document, ctx: Ctx): OrderRead | undefined {
  const orderId = attempt(() => ID_IN_TEXT.exec(textOf(q(doc, OLD_DETAIL_ID)))?.[1]) ?? orderIdParam(ctx.url);
  if (!orderId) {
    note(ctx, 'order detail: no order id found; skipped');
    return undefined;
  }
  const missing: string[] = [];
  const groups = attempt(() => qa(doc, OLD_DETAIL_PRODUCT_GROUP)) ?? [];

  // Status: each product group (one per child order) carries a code; the page's words are in td.trade-status.
  const st = attempt(() => {
    const codes = groups.map((g) => mapStatus(g.getAttribute('data-status'))).filter((c) => c !== 'unknown');
    const texts = groups.map((g) => clean(textOf(q(g, OLD_DETAIL_STATUS_TEXT)), MAX.statusText)).filter(Boolean);
    const all = codes.length ? codes : texts.map(statusOfText);
    let status: OrderStatus = all[0] ?? 'unknown';
    if (all.some((c) => c !== status)) status = all.includes('shipped') && all.includes('awaiting_shipment') ? 'partially_shipped' : status;
    return { status, statusText: texts[0] };
  });
  const status: OrderStatus = st?.status ?? 'unknown';
  const statusText = st?.statusText;
  if (!statusText && status === 'unknown') missing.push('status');

  const seller = attempt(() => {
    const a = q(doc, OLD_DETAIL_STORE);
    return a ? sellerFrom(textOf(a), a.getAttribute('href'), ctx.url, 'https://www.aliexpress.com') : undefined;
  });
  if (!seller) missing.push('seller');

  const items: OrderItem[] = [];
  for (const g of groups) {
    for (const row of attempt(() => qa(g, OLD_DETAIL_PRODUCT_ROW)) ?? []) {
      const item = attempt(() => {
        const a = q(row, OLD_DETAIL_ITEM_TITLE);
        const spec = q(row, OLD_DETAIL_ITEM_SPEC);
        let sku = '';
        if (spec) {
          // "Properties: Color: Orange Size: S" → "Color: Orange, Size: S"
          const labels = Array.from(spec.querySelectorAll('font'));
          const pairs = labels.map((f) => {
            let v = f.nextElementSibling;
            while (v && !v.matches('span.val') && v.tagName !== 'FONT') v = v.nextElementSibling;
            const value = v?.matches('span.val') ? clean(textOf(v), 200) : '';
            return clean(`${clean(textOf(f), 100)} ${value}`, 300);
          });
          sku = pairs.length ? pairs.join(', ') : clean(textOf(spec), MAX.sku).replace(/^[^:]{1,30}:\s*/, '');
        }
        const qtyEl = q(row, OLD_DETAIL_ITEM_QTY);
        return makeItem(
          {
            title: textOf(a),
            sku,
            unitPrice: parseMoney(textOf(q(row, OLD_DETAIL_ITEM_PRICE))),
            quantity: quantityOf(qtyEl?.getAttribute('title') || textOf(qtyEl)),
            imageUrl: fullImageUrl(q(row, OLD_DETAIL_ITEM_IMG)?.getAttribute('src'), ctx.url),
            ...itemLink(a?.getAttribute('href'), ctx.url, 'https://www.aliexpress.com'),
          },
          items.length,
          missing,
        );
      });
      if (item) items.push(item);
    }
  }
  if (!items.length) missing.push('items');

  const total = attempt(() => {
    const els = qa(doc, OLD_DETAIL_TOTAL);
    const el = els[0]?.matches('td') ? els[0] : els[els.length - 1];
    return parseMoney(textOf(el));
  });
  if (!total) missing.push('total');

  const events: OrderEvent[] = [];
  attempt(() => {
    for (const li of qa(doc, OLD_DETAIL_EVENT_ROW)) {
      const kind = eventKindOf(textOf(li.querySelector('label')));
      if (!kind || events.some((e) => e.kind === kind)) continue;
      const e = event(kind, textOf(li));
      if (e) events.push(e);
    }
    if (!events.some((e) => e.kind === 'paid')) {
      const paid = event('paid', textOf(q(doc, OLD_DETAIL_PAID_FALLBACK)));
      if (paid) events.push(paid);
    }
    return undefined;
  });
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (!events.some((e) => e.kind === 'ordered')) missing.push('events.ordered');

  const tracking: Tracking[] = [];
  attempt(() => {
    for (const row of qa(doc, OLD_DETAIL_SHIPPING_ROW)) {
      const refresh = row.querySelector('[logisticsNo]');
      const number = clean(textOf(row.querySelector('td.no')), 200) || clean(refresh?.getAttribute('logisticsNo'), 200);
      if (!/^[A-Za-z0-9][A-Za-z0-9-]{2,79}$/.test(number) || tracking.some((t) => t.number === number)) continue;
      const carrier = clean(textOf(row.querySelector('.logistics-name')), MAX.carrier);
      tracking.push(carrier ? { number, carrier } : { number });
    }
    return undefined;
  });

  const protectionDays = attempt(() => {
    const days = qa(doc, OLD_DETAIL_PROTECTION)
      .map((el) => /(?:refund|reembolso|rembours|erstatt|退款).*?(\d{1,3})\s*(?:days?|días|jours|tage|天)/i.exec(el.getAttribute('title') ?? '')?.[1])
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0 && n <= 365);
    // Items may promise different periods; the shortest is the one that can run out first.
    return days.length ? Math.min(...days) : undefined;
  });

  return finishOrder({
    orderId,
    url: oldDetailUrl(orderId),
    seller,
    items,
    total,
    status,
    statusText,
    events,
    tracking,
    protectionDays,
    pageDeadlines: [],
    missing,
  });
}

// ---------------------------------------------------------------------------------------------------
// Page
// ---------------------------------------------------------------------------------------------------

/** Orders, or the page's own "no orders" state: either way not a wall. */
const hasContent = (doc: Document) => has(doc, [...LIST_CARD, ...OLD_LIST_ORDER, ...DETAIL_INFO, ...OLD_DETAIL_MARK, ...LIST_EMPTY]);

function blockedBy(doc: Document): 'captcha' | 'login' | undefined {
  if (has(doc, CAPTCHA)) return 'captcha';
  if (hasContent(doc)) return undefined;
  if (CAPTCHA_TEXT.test(doc.body?.textContent ?? '')) return 'captcha';
  if (has(doc, LOGIN)) return 'login';
  return undefined;
}

function ready(doc: Document, kind: PageKind): boolean {
  try {
    if (blockedBy(doc)) return true;
    if (kind === 'list') return has(doc, [...LIST_CARD, ...OLD_LIST_ORDER, ...LIST_EMPTY]);
    return has(doc, [...DETAIL_INFO, ...DETAIL_STATUS, ...OLD_DETAIL_MARK]);
  } catch {
    return false;
  }
}

type CardReader = (card: Element, ctx: Ctx, index: number) => OrderRead | undefined;
type DetailReader = (doc: Document, ctx: Ctx) => OrderRead | undefined;

function readCards(cards: Element[], ctx: Ctx, read: CardReader, doc: Document): OrderRead[] {
  if (!cards.length) {
    if (!has(doc, LIST_EMPTY)) note(ctx, 'no order cards found on the page (the layout may have changed)');
    return [];
  }
  const orders: OrderRead[] = [];
  if (cards.length > MAX.orders) note(ctx, `the page shows ${cards.length} orders; only the first ${MAX.orders} were read`);
  cards.slice(0, MAX.orders).forEach((card, i) => {
    const o = attempt(() => read(card, ctx, i));
    if (!o) return;
    if (orders.some((x) => x.orderId === o.orderId)) return note(ctx, `order ${o.orderId} appears twice; the first card was kept`);
    orders.push(o);
  });
  return orders;
}

/**
 * What reads each kind of page. The page families' content scripts each carry only their own readers
 * (the bundle budget, bench/RESULTS.md); a saved page read whole (`parseAliExpress`) gets every layout.
 */
interface Readers {
  list(doc: Document, ctx: Ctx): OrderRead[];
  detail: DetailReader;
}

const currentList = (doc: Document, ctx: Ctx) => readCards(qa(doc, LIST_CARD), ctx, readCurrentCard, doc);
const oldList = (doc: Document, ctx: Ctx) => readCards(qa(doc, OLD_LIST_ORDER), ctx, readOldListOrder, doc);
const isOldDetail = (doc: Document) => has(doc, OLD_DETAIL_MARK) && !has(doc, DETAIL_INFO);

/** Every layout, chosen by what the page shows. */
const ANY_LAYOUT: Readers = {
  list: (doc, ctx) => (has(doc, OLD_LIST_ORDER) ? oldList : currentList)(doc, ctx),
  detail: (doc, ctx) => (isOldDetail(doc) ? readOldDetail : readCurrentDetail)(doc, ctx),
};

function readPage(doc: Document, url: URL, now: Date, readers: Partial<Readers>): PageRead {
  let kind: PageKind = 'list';
  const ctx: Ctx = { url, origin: 'https://www.aliexpress.com', now, notes: [] };
  try {
    ctx.origin = originFor(url);
    const detected = detect(url);
    if (detected) kind = detected;
    else {
      kind = has(doc, [...DETAIL_INFO, ...OLD_DETAIL_MARK]) ? 'detail' : 'list';
      note(ctx, 'this address is not an AliExpress order page we know; read as a ' + kind);
    }
    const blocked = blockedBy(doc);
    if (blocked) {
      note(ctx, blocked === 'captcha' ? 'AliExpress shows a captcha instead of the orders' : 'AliExpress asks to log in before showing the orders');
      return { kind, orders: [], notes: ctx.notes, blocked };
    }
    let orders: OrderRead[] = [];
    if (kind === 'list') orders = readers.list?.(doc, ctx) ?? [];
    else {
      const o = readers.detail && attempt(() => readers.detail?.(doc, ctx));
      orders = o ? [o] : [];
    }
    return { kind, orders, notes: ctx.notes };
  } catch (error) {
    note(ctx, `could not read the page (${error instanceof Error ? error.name : 'error'})`);
    return { kind, orders: [], notes: ctx.notes };
  }
}

/**
 * Reads an AliExpress order page, any layout. `now` is the capture time: old-list timers count from it.
 * Never throws.
 */
export function parseAliExpress(doc: Document, url: URL, now: Date = new Date()): PageRead {
  return readPage(doc, url, now, ANY_LAYOUT);
}

/** One page family: the addresses its content script is registered for, and the readers it carries. */
function family(matches: string[], kindAt: (url: URL) => PageKind | null, readers: Partial<Readers>): SiteAdapter {
  return {
    id: SITE,
    matches,
    detect: kindAt,
    ready,
    // A countdown printed into the page counts from when it was loaded, not from a later re-read.
    parse: (doc, url) => readPage(doc, url, loadedAt(doc), readers),
  };
}

const isOldHost = (url: URL) => url.hostname.toLowerCase() === OLD_HOST;
const kindOnly = (kind: PageKind, old: boolean) => (url: URL) => (isOldHost(url) === old && detect(url) === kind ? kind : null);

/**
 * The current list and detail, www, language subdomains and the US storefront. One SPA: it may move
 * from the list to an order's detail without loading a page, so one script reads both.
 */
export const aliexpressCurrent = family(
  ['*://*.aliexpress.com/p/order/index.html*', '*://*.aliexpress.com/p/order/detail.html*', '*://*.aliexpress.us/p/order/index.html*', '*://*.aliexpress.us/p/order/detail.html*'],
  (url) => (isOldHost(url) ? null : detect(url)),
  { list: currentList, detail: readCurrentDetail },
);

/** The old "My AliExpress" list on trade.aliexpress.com, its own content script. */
export const aliexpressOldList = family(
  ['*://trade.aliexpress.com/orderList.htm*', '*://trade.aliexpress.com/order_list.htm*'], // two spellings
  kindOnly('list', true),
  { list: oldList },
);

/** The old order detail on trade.aliexpress.com, its own content script. */
export const aliexpressOldDetail = family(['*://trade.aliexpress.com/order_detail.htm*'], kindOnly('detail', true), { detail: readOldDetail });

/** The whole site: the background's check of who may report its orders, `npm run parse` and the tests. */
export const aliexpress: SiteAdapter = {
  id: SITE,
  matches: /* @__PURE__ */ [aliexpressCurrent, aliexpressOldList, aliexpressOldDetail].flatMap((f) => f.matches),
  detect,
  ready,
  parse: (doc, url) => parseAliExpress(doc, url, loadedAt(doc)),
};
