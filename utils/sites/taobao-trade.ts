/**
 * What Taobao's and Tmall's buyer order pages share: one trade system (status codes, 19-digit ids,
 * the 10-day auto-confirm clock), order data embedded in inline scripts, prices in yuan, China time.
 *
 * Structure: `../shared/research/marketplaces.md` §0.2 (ids), §2.2–2.5 (pages, status vocabulary);
 * deadlines the pages show: §0.3 and rules.md §3. Used by `taobao.ts` and `tmall.ts`.
 *
 * Runs in the content-script bundle: no Zod, no extension APIs, only types from the model. Nothing
 * here throws on page data; embedded scripts are decoded by hand, never evaluated.
 */
import type { EventKind, Money, OrderEvent, OrderItem, OrderRead, OrderStatus, PageDeadline, Payment, Seller, SiteId, Tracking } from '../model';
import { parseCnDate } from './cn-time';
import { absolute, clean, has, MAX } from './dom';
import { parseYuan } from './yuan';
import type { PageBlock } from './types';

// ---------------------------------------------------------------------------------------------------
// Embedded data: `var data = JSON.parse('…')` (Taobao list and detail) and `var detailData = {…};` (Tmall)
// ---------------------------------------------------------------------------------------------------

/** The list page's script holds about 270 kB for 50 orders; anything far larger is not an order page. */
const MAX_SCRIPT_CHARS = 8_000_000;

export type Embedded = { status: 'absent' } | { status: 'broken'; why: string } | { status: 'ok'; value: unknown };

function inlineScripts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('script:not([src])'), (s) => s.textContent ?? '').filter(Boolean);
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v' };

/**
 * Decodes the JavaScript string literal whose opening quote is at `start`, as the page's own script
 * would see it (`\"`, `\/`, `\\`, `\uXXXX`, `\u{…}`, `\xXX`, line continuations). Undefined when the
 * literal is malformed or unterminated: the page's script would not run either.
 */
export function readJsString(src: string, start: number): { value: string; end: number } | undefined {
  const quote = src[start];
  if (quote !== "'" && quote !== '"') return undefined;
  const end = closingQuote(src, start, quote);
  if (end === undefined) return undefined;
  const body = src.slice(start + 1, end);
  // The list's data is a 300 KB literal whose escapes are all JSON's (\", \\, \/, \uXXXX): then the
  // engine's own JSON string parser decodes it, many times faster than decoding escape by escape.
  // Every escape JSON knows means the same in JavaScript, and whatever JSON does not know (a raw
  // quote or control character, \', \x, \v, \0, \u{…}, a line continuation) makes it throw: no
  // check beforehand, which cost as much as the decoding.
  try {
    return { value: JSON.parse(`"${body}"`) as string, end: end + 1 };
  } catch {
    // Fall through: the careful decoder says what is wrong.
  }
  let bad = false;
  const value = body.replace(ESCAPE, (_all, e: string, next: string | undefined) => {
    if (e === '\r\n' || e === '\n' || e === '\r' || e === '\u2028' || e === '\u2029') return ''; // line continuation
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) return simple;
    if (e.length > 1) {
      const code = parseInt(e[1] === '{' ? e.slice(2, -1) : e.slice(1), 16);
      if (code > 0x10ffff) bad = true;
      return bad ? '' : String.fromCodePoint(code);
    }
    if (e === 'u' || e === 'x') bad = true; // not followed by the hex digits it needs
    if (e === '0') {
      if (next && next >= '0' && next <= '9') bad = true;
      return '\0';
    }
    if (e >= '1' && e <= '9') bad = true; // legacy octal escapes: not in any page we read
    return e; // `\"`, `\/`, `\\`, `\'`…
  });
  // A raw line break ends a JS string with a syntax error; only an escaped one continues it.
  if (bad || /(^|[^\\])(\\\\)*[\n\r]/.test(body)) return undefined;
  return { value, end: end + 1 };
}

/** The index of the quote that closes the literal opened at `start`: the first one not escaped. */
function closingQuote(src: string, start: number, quote: string): number | undefined {
  for (let from = start + 1; ; ) {
    const q = src.indexOf(quote, from);
    if (q < 0) return undefined;
    let slashes = 0;
    while (src.charCodeAt(q - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return q;
    from = q + 1;
  }
}

/** One escape: its letter (or \uXXXX, \u{…}, \xXX, \r\n), and the character after it (for `\0` followed by a digit). */
const ESCAPE = /\\(\r\n|u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])(?=([\s\S]?))/g;

/** The JSON text of `var <name> = JSON.parse('…')`, decoded and parsed. */
export function jsonParseVar(doc: Document, name: string): Embedded {
  const re = new RegExp(`\\bvar\\s+${name}\\s*=\\s*JSON\\.parse\\(\\s*(?=['"])`);
  for (const text of inlineScripts(doc)) {
    const m = re.exec(text);
    if (!m) continue;
    if (text.length > MAX_SCRIPT_CHARS) return { status: 'broken', why: 'the script is too large' };
    const lit = readJsString(text, m.index + m[0].length);
    if (!lit) return { status: 'broken', why: 'its string could not be decoded' };
    try {
      return { status: 'ok', value: JSON.parse(lit.value) };
    } catch {
      return { status: 'broken', why: 'it is not JSON' };
    }
  }
  return { status: 'absent' };
}

/** The object literal of `var <name> = {…};`, read as JSON (the server writes it in JSON syntax). */
export function objectVar(doc: Document, name: string): Embedded {
  const re = new RegExp(`\\bvar\\s+${name}\\s*=\\s*(?=\\{)`);
  for (const text of inlineScripts(doc)) {
    const m = re.exec(text);
    if (!m) continue;
    if (text.length > MAX_SCRIPT_CHARS) return { status: 'broken', why: 'the script is too large' };
    const start = m.index + m[0].length;
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const c = text[i];
      if (c === '"' || c === "'") {
        const s = readJsString(text, i);
        if (!s) return { status: 'broken', why: 'a string in it could not be decoded' };
        i = s.end - 1;
      } else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) {
          try {
            return { status: 'ok', value: JSON.parse(text.slice(start, i + 1)) };
          } catch {
            return { status: 'broken', why: 'it is not JSON' };
          }
        }
      }
    }
    return { status: 'broken', why: 'it does not end' };
  }
  return { status: 'absent' };
}

// ---------------------------------------------------------------------------------------------------
// Reading parsed JSON without trusting its shape
// ---------------------------------------------------------------------------------------------------

export type Rec = Record<string, unknown>;

export const rec = (x: unknown): Rec | undefined => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Rec) : undefined);
export const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

/** An own property along a path: inherited names ("constructor", "__proto__") never resolve. */
export function at(x: unknown, ...path: string[]): unknown {
  let v = x;
  for (const k of path) {
    const r = rec(v);
    if (!r || !Object.hasOwn(r, k)) return undefined;
    v = r[k];
  }
  return v;
}

/** A string value, or a finite number as written; anything else is empty. */
export const str = (x: unknown): string => (typeof x === 'string' ? x : typeof x === 'number' && Number.isFinite(x) ? String(x) : '');

/**
 * An id: digits from a string, or from a number only while it is exact. A 19-digit id that went
 * through JSON.parse as a number has lost its last digits (§0.2) and is refused.
 */
export function idOf(x: unknown, digits: RegExp = /^\d{4,20}$/): string | undefined {
  if (typeof x === 'number') return Number.isSafeInteger(x) && x >= 0 && digits.test(String(x)) ? String(x) : undefined;
  const t = clean(str(x), 40);
  return digits.test(t) ? t : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------------

/** Main order ids: 19 digits in 2025 (§0.2); older orders have shorter ones. */
export const ORDER_ID = /^\d{10,20}$/;
export const TRADE_HOST = /(^|\.)(taobao|tmall)\.com$/i;
const IMAGE_HOST = /(^|\.)(alicdn\.com|taobaocdn\.com|tbcdn\.cn)$/i;
const ITEM_HOST = /^(item\.taobao\.com|detail\.tmall\.com|detail\.tmall\.hk|chaoshi\.detail\.tmall\.com)$/i;
const SNAPSHOT_HOST = /^(trade|buyertrade)\.taobao\.com$/i;

export const taobaoDetailUrl = (id: string) => `https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${id}`;
export const tmallDetailUrl = (id: string) => `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${id}`;
export const detailUrl = (site: SiteId, id: string) => (site === 'tmall' ? tmallDetailUrl(id) : taobaoDetailUrl(id));

/** The order id a link or address names (`bizOrderId=`, `biz_order_id=`), when it is one. */
export function orderIdParam(url: URL): string | undefined {
  for (const name of ['bizOrderId', 'biz_order_id']) {
    const id = url.searchParams.get(name);
    if (id && ORDER_ID.test(id)) return id;
  }
  return undefined;
}

/** Which site's order a detail link points to: Tmall orders open on trade.tmall.com (§2.3). */
export function siteOfDetailLink(href: string | null | undefined, base: URL): SiteId | undefined {
  const u = absolute(href, base, TRADE_HOST);
  if (!u) return undefined;
  return /(^|\.)tmall\.com$/i.test(u.hostname) ? 'tmall' : 'taobao';
}

/** Full-size image: `….jpg_80x80.jpg`, `….jpg_sum.jpg` → `….jpg`; only Alibaba's image hosts. */
export function fullImageUrl(src: unknown, base: URL): string | undefined {
  const u = absolute(str(src), base, IMAGE_HOST);
  if (!u) return undefined;
  u.pathname = u.pathname.replace(/(\.(?:jpe?g|png|webp|gif))_(?:\d+x\d+[^/]*|sum\.jpg)$/i, '$1');
  return u.href;
}

/**
 * Item link → canonical item page and product id (`item.htm?id=…` without tracking parameters);
 * a trade snapshot keeps its address (it names the sub-order, not the product).
 */
export function itemLink(href: unknown, base: URL): { url?: string; productId?: string } {
  const u = absolute(str(href), base, TRADE_HOST);
  if (!u) return {};
  const host = u.hostname.toLowerCase();
  if (ITEM_HOST.test(host) && u.pathname === '/item.htm') {
    const id = u.searchParams.get('id');
    return id && /^\d{5,20}$/.test(id) ? { url: `https://${host}/item.htm?id=${id}`, productId: id } : {};
  }
  if (SNAPSHOT_HOST.test(host) && u.pathname === '/trade/detail/tradeSnap.htm') {
    for (const name of ['trade_id', 'tradeID']) {
      const id = u.searchParams.get(name);
      if (id && ORDER_ID.test(id)) return { url: `https://${host}/trade/detail/tradeSnap.htm?${name}=${id}` };
    }
  }
  return {};
}

/** Seller from a shop name and the seller's numeric id (`user_number_id=` in the shop link, or the id field). */
export function sellerOf(name: unknown, shopUrl: unknown, id: unknown, base: URL): Seller | undefined {
  const n = clean(str(name), MAX.sellerName);
  if (!n) return undefined;
  const u = absolute(str(shopUrl), base, TRADE_HOST);
  const sid = idOf(u?.searchParams.get('user_number_id'), /^\d{4,20}$/) ?? idOf(id, /^\d{4,20}$/);
  return sid ? { name: n, id: sid, url: `https://store.taobao.com/shop/view_shop.htm?user_number_id=${sid}` } : { name: n };
}

// ---------------------------------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------------------------------

/**
 * A price in the page's currency: "￥9.90", or a bare "47.40" beside a currency field. Taobao and
 * Tmall price in yuan, so their "￥" is CNY; another code the page names wins.
 */
export function moneyOf(raw: unknown, code = 'CNY', symbol = '￥'): Money | undefined {
  const t = clean(str(raw), MAX.moneyText);
  // A price field holds a price and nothing else: a figure inside other words is not one.
  if (!/^(?:[A-Z]{0,3}\s?[$¥￥]|CNY|RMB)?\s*\d[\d,]*(?:\.\d{1,2})?\s*元?$/.test(t)) return undefined;
  return parseYuan(/^[\d.,]+$/.test(t) ? clean(`${symbol}${t}`, MAX.moneyText) : t, /^[A-Z]{3}$/.test(code) ? code : null);
}

// ---------------------------------------------------------------------------------------------------
// Status (§2.3)
// ---------------------------------------------------------------------------------------------------

/** Trade status codes (`tradeStatus`; Taobao TOP API names). */
const STATUS_CODES: Readonly<Record<string, OrderStatus>> = {
  WAIT_BUYER_PAY: 'unpaid',
  TRADE_NO_CREATE_PAY: 'unpaid',
  PAY_PENDING: 'unpaid',
  WAIT_SELLER_SEND_GOODS: 'awaiting_shipment',
  SELLER_CONSIGNED_PART: 'partially_shipped',
  WAIT_BUYER_CONFIRM_GOODS: 'shipped',
  TRADE_BUYER_SIGNED: 'delivered',
  TRADE_FINISHED: 'completed',
  // TOP: 付款以后用户退款成功，交易自动关闭 (closed after payment because the refund succeeded).
  TRADE_CLOSED: 'refunded',
  // Closed before payment, by the buyer, the seller or Taobao.
  TRADE_CLOSED_BY_TAOBAO: 'cancelled',
  CREATE_CLOSED_OF_TAOBAO: 'cancelled',
};

/** Display texts, list and detail, Taobao and Tmall (Taobao has no English UI). First match wins. */
const STATUS_TEXTS: ReadonlyArray<readonly [RegExp, OrderStatus]> = [
  [/退款成功|退款完成|已退款/, 'refunded'],
  [/退款中|退款协商|售后中|维权中|等待卖家同意|等待买家退货|等待卖家确认收货|请退货/, 'in_dispute'],
  [/等待买家付款|待付款|等待付款|付款确认中/, 'unpaid'],
  [/部分发货/, 'partially_shipped'],
  [/买家已付款|等待卖家发货|待发货|等待发货/, 'awaiting_shipment'],
  [/已签收/, 'delivered'],
  [/卖家已发货|商家已发货|等待买家确认|待收货|待确认收货|未确认收货|运输中/, 'shipped'],
  [/交易成功|交易完成|已确认收货/, 'completed'],
  [/交易关闭|订单关闭|已关闭|已取消/, 'cancelled'],
];

/** The status a trade code or a page text means; the code wins because the words vary by page. */
export function mapTradeStatus(code: unknown, text?: unknown): OrderStatus {
  const c = clean(str(code), 60);
  if (/^[A-Z_]+$/.test(c) && Object.hasOwn(STATUS_CODES, c)) return STATUS_CODES[c] ?? 'unknown';
  const t = clean(str(text), MAX.statusText);
  for (const [re, status] of STATUS_TEXTS) if (re.test(t)) return status;
  return 'unknown';
}

/** Words of a refund still running; "查看退款" (view refund) is not one: it stays after a refund ends. */
export const REFUND_RUNNING = /退款中|退款协商|售后中|维权中|等待卖家同意|等待买家退货|等待卖家确认收货/;

/**
 * What the items' refund links add to the order's status. A closed order with a "查看退款" link was
 * closed by a refund, one without was closed before payment (§2.3: the list's two 交易关闭). A refund
 * marked running on an open or completed order (a sub-order's "退款中") puts it in dispute: deadlines
 * then follow the refund, not the delivery. [inferred]: the research has the link texts (§2.8) but no
 * capture of an order with a refund running.
 */
export function withRefund(status: OrderStatus, marks: string[]): OrderStatus {
  if (status === 'cancelled') return marks.some((m) => /查看退款/.test(m)) ? 'refunded' : status;
  if (status === 'refunded' || status === 'unpaid') return status;
  return marks.some((m) => REFUND_RUNNING.test(m)) ? 'in_dispute' : status;
}

/** The status sentence without its label: "当前订单状态：卖家已发货，…" → "卖家已发货，…". */
export const statusWords = (raw: unknown): string =>
  clean(str(raw).replace(/<[^>]*>/g, ' '), 400)
    .replace(/^(当前)?订单状态\s*[:：]\s*/, '')
    .slice(0, MAX.statusText)
    .trim();

// ---------------------------------------------------------------------------------------------------
// Dates and page clocks
// ---------------------------------------------------------------------------------------------------

/** Labels of dated rows and progress-bar steps (§2.3, §2.4, §2.5). "发货时间" with a date only: the ship-by promise has none. */
const EVENT_LABELS: ReadonlyArray<readonly [RegExp, EventKind]> = [
  [/^(拍下(宝贝|商品)|创建时间|下单时间)/, 'ordered'],
  [/^(付款到支付宝|付款时间|支付时间)/, 'paid'],
  [/^(卖家发货|发货时间)/, 'seller_shipped'],
  [/^(确认收货|确认收货时间|交易成功时间|完成时间)/, 'completed'],
];

export function eventKindOf(label: unknown): EventKind | undefined {
  const t = clean(str(label), 60);
  for (const [re, kind] of EVENT_LABELS) if (re.test(t)) return kind;
  return undefined;
}

/** The 13-digit millisecond stamp inside an EagleEye `traceId` (8 hex IP digits, then the stamp): when the server rendered the page. */
export function traceTime(traceId: unknown): number | undefined {
  const m = /^[0-9a-f]{8}(\d{13})/i.exec(clean(str(traceId), 64));
  const ms = m ? Number(m[1]) : NaN;
  return Number.isFinite(ms) && ms > Date.UTC(2010, 0, 1) && ms < Date.UTC(2100, 0, 1) ? ms : undefined;
}

/** An instant from milliseconds, truncated to the second: the earlier reading of a clock. */
export function instantOf(ms: number): string | undefined {
  if (!Number.isFinite(ms) || ms < Date.UTC(2010, 0, 1) || ms >= Date.UTC(2100, 0, 1)) return undefined;
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

/** "7天13时25分39秒", as the pages draw a countdown. */
export function formatLeft(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 86_400)}天${Math.floor((s % 86_400) / 3600)}时${Math.floor((s % 3600) / 60)}分${s % 60}秒`;
}

/** "还剩9天10时", "还剩23时15分", "还剩2天". */
export const LEFT_TEXT = /还剩\s*(?:(\d{1,3})\s*天)?\s*(?:(\d{1,2})\s*(?:小时|时))?\s*(?:(\d{1,2})\s*分钟?)?/;

/**
 * The list's coarse countdown ("还剩9天10时", "还剩23时15分") as the earliest time left it can
 * mean. The page does not say whether it truncates or rounds its last unit, so one unit of the last
 * field shown comes off: the deadline is then never later than the page's real one.
 */
export function leftFromText(raw: unknown): number | undefined {
  const m = LEFT_TEXT.exec(clean(str(raw), 100));
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return undefined;
  const [d, h, mi] = [Number(m[1] ?? 0), Number(m[2] ?? 0), Number(m[3] ?? 0)];
  if (h > 23 || mi > 59) return undefined;
  const unit = m[3] !== undefined ? 60_000 : m[2] !== undefined ? 3_600_000 : 86_400_000;
  return Math.max(0, d * 86_400_000 + h * 3_600_000 + mi * 60_000 - unit);
}

/**
 * The seller's ship-by promise, "12月08日 03:46前发货" (no year), as an instant: the first such
 * date-time not before the order was placed. Undefined without an order date to anchor it.
 */
export function shipByDue(raw: unknown, orderedAt: string | undefined): string | undefined {
  const t = clean(str(raw), 100).normalize('NFKC');
  const full = /(\d{4}\s*[-/年]\s*\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2})\s*前/.exec(t);
  if (full?.[1]) return parseCnDate(full[1])?.at;
  const m = /(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(\d{1,2}):(\d{2})\s*前/.exec(t);
  if (!m || !orderedAt) return undefined;
  const placed = Date.parse(orderedAt);
  if (!Number.isFinite(placed)) return undefined;
  const year = new Date(placed + 8 * 3_600_000).getUTCFullYear();
  for (const y of [year, year + 1]) {
    const at = parseCnDate(`${y}-${m[1]}-${m[2]} ${m[3]}:${m[4]}`)?.at;
    if (at && Date.parse(at) >= placed) return at;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Walls
// ---------------------------------------------------------------------------------------------------

/** Alibaba's slider captcha and punish page (§0.4; the same "nc"/baxia widgets as AliExpress). */
const CAPTCHA = ['#baxia-dialog-content', '.baxia-dialog', '#nc_1_wrapper', '.nc-container', '#nocaptcha'];
const CAPTCHA_TEXT = /拖动下方滑块|请按住滑块|滑动验证|通过验证以确保正常访问|unusual traffic|slide to verify/i;
/**
 * Login forms drawn where the orders should be. [inferred]: the research names only login.taobao.com
 * (§0.4); these are Alibaba's "fm" login form, the old Taobao form and the login iframes. A header
 * link "亲，请登录" is not a wall: the captured list page shows one above 50 orders.
 */
const LOGIN = [
  '#fm-login-id',
  '#fm-login-password',
  '#TPL_username_1',
  'iframe[src*="login.taobao.com"]',
  'iframe[src*="login.tmall.com"]',
  'form input[type="password"]',
];

/** A wall in front of the orders; never when the page carries order content. */
export function wallOf(doc: Document, hasContent: boolean): PageBlock | undefined {
  if (hasContent) return undefined;
  if (has(doc, CAPTCHA) || CAPTCHA_TEXT.test(doc.body?.textContent ?? '')) return 'captcha';
  if (has(doc, LOGIN)) return 'login';
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Building records
// ---------------------------------------------------------------------------------------------------

export interface Ctx {
  url: URL;
  /** The page's render time where it has none of its own (list countdowns). */
  now: Date;
  notes: string[];
}

/** Runs one field's extraction; a throw (a layout surprise) counts as "not found". */
export function attempt<T>(f: () => T | undefined): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

export function note(ctx: Ctx, text: string) {
  if (ctx.notes.length < MAX.notes) ctx.notes.push(clean(text, MAX.note));
}

export interface OrderParts {
  site: SiteId;
  orderId: string;
  seller?: Seller;
  items: OrderItem[];
  total?: Money;
  status: OrderStatus;
  statusText?: string;
  events: OrderEvent[];
  tracking: Tracking[];
  pageDeadlines: PageDeadline[];
  payment?: Payment;
  missing: string[];
}

/** The record, in one key order whichever page filled it, with every list capped to the schema. */
export function finishOrder(o: OrderParts): OrderRead {
  const events = [...o.events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return {
    site: o.site,
    orderId: o.orderId,
    url: detailUrl(o.site, o.orderId),
    ...(o.seller ? { seller: o.seller } : {}),
    items: o.items.slice(0, MAX.items),
    ...(o.total ? { total: o.total } : {}),
    status: o.status,
    ...(o.statusText ? { statusText: o.statusText } : {}),
    events: events.slice(0, MAX.events),
    tracking: o.tracking.slice(0, MAX.trackingCount),
    pageDeadlines: o.pageDeadlines.slice(0, 50),
    ...(o.payment ? { payment: o.payment } : {}),
    missing: [...new Set(o.missing)].slice(0, MAX.missing),
  };
}

/** "6", "x6", "×6": a quantity field holds the number alone. */
export function quantityOf(raw: unknown): number | undefined {
  const m = /^[x×]?\s*(\d{1,7})$/.exec(clean(str(raw), 100));
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n > 0 && n <= 1_000_000 ? n : undefined;
}

/** Sub-orders that are not goods; order exporters drop them (§2.2). */
const PSEUDO_ITEMS = /^(保险服务|增值服务|买家秀)$/;

export function makeItem(
  parts: { title?: unknown; sku?: string; quantity?: number; unitPrice?: Money; imageUrl?: string; url?: string; productId?: string },
  index: number,
  missing: string[],
): OrderItem | undefined {
  const title = clean(str(parts.title), MAX.title);
  if (!title || PSEUDO_ITEMS.test(title)) return undefined;
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

/** "颜色分类：花色" and "大小: M" → "颜色分类: 花色, 大小: M". */
export function skuOf(pairs: ReadonlyArray<readonly [unknown, unknown]>): string {
  return pairs
    .map(([k, v]) => {
      const key = clean(str(k), 100).replace(/[:：]\s*$/, '');
      const value = clean(str(v), 300);
      return value ? (key ? `${key}: ${value}` : value) : '';
    })
    .filter(Boolean)
    .join(', ')
    .slice(0, MAX.sku);
}

/** Adds a tracking number once, when it looks like one. */
export function addTracking(tracking: Tracking[], number: unknown, carrier: unknown) {
  const n = clean(str(number), 100);
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{2,79}$/.test(n) || tracking.some((t) => t.number === n)) return;
  const c = clean(str(carrier), MAX.carrier);
  tracking.push(c ? { number: n, carrier: c } : { number: n });
}

/** Adds an event once per kind; the first source read (the progress bar) wins. */
export function addEvent(events: OrderEvent[], event: OrderEvent | undefined) {
  if (event && !events.some((e) => e.kind === event.kind)) events.push(event);
}
