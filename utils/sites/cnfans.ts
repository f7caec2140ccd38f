/**
 * The CNFans platform family: CNFans, Mulebuy, OrientDig and Joyabuy run one software (a WordPress/
 * WooCommerce back end under a Vue 3 + Naive UI account area) with one policy text. One parser,
 * `parseCnfans`; one adapter per brand, each on its own host, because each brand's order numbers
 * are its own (`site` is the brand, `agent.family` is 'cnfans').
 *
 * Structure: `../shared/research/agents.md` §0.1, §0.4, §1, §6, §10. What the research documents,
 * and so what this reads:
 *   - the order list, `/my-account/orders`: the card DOM from a public Playwright exporter of CNFans
 *     orders (§1 "Order-list DOM"). Mulebuy's list is [inferred] to live at the same address, and
 *     OrientDig's and Joyabuy's to share the page (§0.1, §6);
 *   - the marketplace behind each item, from any item link the card holds: the marketplace's own
 *     listing (`item.htm?id=`, `item.html?itemID=`, `/offer/N.html`) or the brand's product page
 *     (`/product/?shop_type=…&id=`, `/product?id=…&platform=…`, §0.4).
 * What the research does not document, and so what this does not read (a live capture is needed):
 * the order-detail page (`/my-account/order-detail…`, address known, markup not), the warehouse page
 * with its QC photos and "Stored in Warehouse" dates, the parcel pages (`…parcel-detail…`: only a
 * shipping-cost and a declared-value cell are known, no parcel number, status or tracking), and the
 * order JSON endpoints (§1 "Rendering and data location"). No embedded JSON is known for these pages.
 *
 * Runs in the content-script bundle: no Zod, no extension APIs, no requests, only types from the model.
 * Never throws: what it cannot read is named in each order's `missing`, page problems in `notes`.
 */
import type { AgentSite, AgentSource, Money, OrderEvent, OrderItem, OrderRead, OrderStatus, Payment } from '../model';
import { CN_ZONE, parseCnDate, type CnDate } from './cn-time';
import { absolute, clean, has, MAX, q, qa, textOf } from './dom';
import { parseMoney } from './money';
import type { PageKind, PageRead, SiteAdapter } from './types';

// ---------------------------------------------------------------------------------------------------
// Selectors. Each array lists alternatives, tried in order; the comment names the layout each one is for.
// ---------------------------------------------------------------------------------------------------

/** Order list (§1 "Order-list DOM"). */
const LIST_CARD = [
  'div.orders div.order-list div.order-item', // the exporter's selector: one card per order
  '.order-list .order-item', // the same cards without the outer wrapper
];
const LIST_EMPTY = [
  // [inferred]: no source shows the empty list; Naive UI's empty state is `.n-empty`.
  '.orders .n-empty',
  '.order-list .n-empty',
];
const CARD_HEADER = ['.order-date-no']; // "Create Time: …" and "Order No: …"
const CARD_DATE = ['.order-date-no .order-date', '.order-date'];
const CARD_NO = ['.order-date-no .order-no', '.order-no'];
const CARD_STATUS = [
  '.status-manage-wrapper .status-node-status', // the exporter's selector
  '.status-node-status',
];
const CARD_PRICE_META = ['.order-price-info .price-meta']; // labelled rows: .meta-label / .meta-value
const CARD_DETAIL_LINK = ['a[href*="/my-account/order-detail"]'];
const CARD_PRODUCT = [
  '.order-product-info .order-product-info-meta.product-detail', // one block per item
  '.order-product-info-meta',
];
const PRODUCT_IMG = ['.product-main-img img[src]'];
const PRODUCT_NAME = ['.product-name span', '.product-name'];
const PRODUCT_SKU = ['.product-sku'];
const PRODUCT_PRICE = ['.product-price']; // first span the price, second the quantity

/** The login form, by the fields a public Selenium bot fills on cnfans.com/login (§1 Sources: telesmmindia/cnfans). */
const LOGIN = [
  'input[placeholder="Username or email address"]',
  'input[autocomplete="username"]',
  'input[type="password"]', // any password field where the orders should be
];
/**
 * [inferred]: no source shows a challenge page. The only automation seen drives cnfans.com through
 * undetected-chromedriver, which suggests a bot wall; these are Cloudflare's challenge markers.
 */
const CAPTCHA = ['#challenge-form', '#challenge-running', 'iframe[src*="challenges.cloudflare.com"]', '.cf-turnstile'];

// ---------------------------------------------------------------------------------------------------
// Brands and addresses
// ---------------------------------------------------------------------------------------------------

export type CnfansSite = Extract<AgentSite, 'cnfans' | 'mulebuy' | 'orientdig' | 'joyabuy'>;

const BRANDS: Readonly<Record<CnfansSite, { host: string; name: string }>> = {
  cnfans: { host: 'cnfans.com', name: 'CNFans' },
  mulebuy: { host: 'mulebuy.com', name: 'Mulebuy' },
  orientdig: { host: 'orientdig.com', name: 'OrientDig' },
  joyabuy: { host: 'joyabuy.com', name: 'Joyabuy' },
};
const SITES = Object.keys(BRANDS) as CnfansSite[];

const ORDERS_PATH = /^\/my-account\/orders\/?$/;
const ORDER_ID = /^[0-9A-Za-z_-]{4,40}$/;
const ITEM_ID = /^\d{4,25}$/;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The brand's domain and its sub-domains: where its own links may point. */
const brandHosts = (site: CnfansSite) => new RegExp(`(^|\\.)${escapeRe(BRANDS[site].host)}$`, 'i');

/** The brand whose order pages live on this host (bare or www; the mobile site m.* draws other markup). */
function brandOf(url: URL): CnfansSite | undefined {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return SITES.find((s) => BRANDS[s].host === host);
}

function detectFor(site: CnfansSite, url: URL): PageKind | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (brandOf(url) !== site) return null;
  return ORDERS_PATH.test(url.pathname) ? 'list' : null;
}

const listUrl = (site: CnfansSite) => `https://${BRANDS[site].host}/my-account/orders`;

// ---------------------------------------------------------------------------------------------------
// Marketplace links (agents.md §0.4, §10)
// ---------------------------------------------------------------------------------------------------

const MARKET_HOSTS = /(^|\.)(taobao\.com|tmall\.com|weidian\.com|1688\.com)$/i;
/** The brand's marketplace codes: `shop_type`/`shoptype` in lower case, `platform` in upper case. */
const AGENT_CODES: Readonly<Record<string, AgentSource>> = { taobao: 'taobao', tmall: 'tmall', weidian: 'weidian', ali_1688: '1688' };

const listingUrl: Readonly<Record<AgentSource, (id: string) => string>> = {
  taobao: (id) => `https://item.taobao.com/item.htm?id=${id}`,
  tmall: (id) => `https://detail.tmall.com/item.htm?id=${id}`,
  weidian: (id) => `https://weidian.com/item.html?itemID=${id}`,
  '1688': (id) => `https://detail.1688.com/offer/${id}.html`,
};

export interface MarketplaceLink {
  site: AgentSource;
  itemId: string;
  /** The marketplace's own listing address for the item. */
  url: string;
}

/**
 * The marketplace listing an item link names: a marketplace link, or the brand's own product page
 * with its marketplace code. Undefined when the link does not say which marketplace: never guessed.
 */
export function marketplaceItemOf(href: string | null | undefined, base: URL, site: CnfansSite): MarketplaceLink | undefined {
  const own = absolute(href, base, brandHosts(site));
  const u = own ?? absolute(href, base, MARKET_HOSTS);
  if (!u) return undefined;
  const host = u.hostname.toLowerCase();
  const found = (s: AgentSource | undefined, id: string | null | undefined): MarketplaceLink | undefined =>
    s && id && ITEM_ID.test(id) ? { site: s, itemId: id, url: listingUrl[s](id) } : undefined;
  if (own) {
    if (!/^\/product\/?$/.test(u.pathname)) return undefined;
    const code = (u.searchParams.get('shop_type') ?? u.searchParams.get('shoptype') ?? u.searchParams.get('platform') ?? '').toLowerCase();
    return Object.hasOwn(AGENT_CODES, code) ? found(AGENT_CODES[code], u.searchParams.get('id')) : undefined;
  }
  if (host === 'item.taobao.com' && u.pathname === '/item.htm') return found('taobao', u.searchParams.get('id'));
  if (host === 'detail.tmall.com' && u.pathname === '/item.htm') return found('tmall', u.searchParams.get('id'));
  if (/(^|\.)weidian\.com$/.test(host) && u.pathname === '/item.html') return found('weidian', u.searchParams.get('itemID') ?? u.searchParams.get('itemId'));
  if (host === 'detail.1688.com') return found('1688', /^\/offer\/(\d+)\.html$/.exec(u.pathname)?.[1]);
  return undefined;
}

/** Item pictures: marketplace CDNs (the agents show the listing's own photos) or the brand's own hosts. */
const IMAGE_HOSTS = /(^|\.)(alicdn\.com|geilicdn\.com|weidian\.com|taobaocdn\.com|cnfans\.com|mulebuy\.com|orientdig\.com|joyabuy\.com)$/i;

// ---------------------------------------------------------------------------------------------------
// Text: ids, dates, money, payment
// ---------------------------------------------------------------------------------------------------

/** Drops a leading label ("Order No:", "创建时间：") but not the colon of a time. */
const unlabel = (s: string) => s.replace(/^[^\d:：]*[:：]\s*/, '');

/** "Order No: 2512091234567890123" → the number; the first id-shaped word with a digit after the label. */
function orderIdOf(raw: string): string | undefined {
  for (const word of unlabel(clean(raw, 200)).split(' ')) if (ORDER_ID.test(word) && /\d/.test(word)) return word;
  return undefined;
}

/** The id in a header that runs date and number together: only after an order-number label. */
function orderIdInHeader(raw: string): string | undefined {
  const id = /(?:\border\s*(?:no|number|id)\b\.?|订单(?:号|编号))\s*[:：#]?\s*([0-9A-Za-z_-]{4,40})(?![0-9A-Za-z_-])/i.exec(clean(raw, 400))?.[1];
  return id && /\d/.test(id) ? id : undefined;
}

const DASHED_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})(?:\s+(\d{1,2}:\d{2}(?::\d{2})?))?$/;
const SLASHED_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}:\d{2}(?::\d{2})?))?$/;

/**
 * "Create Time: 09-12-2025 14:30:05" read as China time. The exporter that saw the page reads
 * dashed dates day first (dd-mm-YYYY); year-first dates go to parseCnDate. A slashed date is read
 * only when one side is over 12; otherwise day and month are ambiguous and the date is missing.
 */
export function parseCreateTime(raw: string | null | undefined): CnDate | undefined {
  const t = unlabel(clean(raw, 200).normalize('NFKC'));
  const dashed = DASHED_DATE.exec(t);
  if (dashed) return parseCnDate(`${dashed[3]}-${dashed[2]}-${dashed[1]}${dashed[4] ? ` ${dashed[4]}` : ''}`);
  const slashed = SLASHED_DATE.exec(t);
  if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    const [d, m] = a > 12 && b <= 12 ? [a, b] : b > 12 && a <= 12 ? [b, a] : [0, 0];
    return d ? parseCnDate(`${slashed[3]}-${m}-${d}${slashed[4] ? ` ${slashed[4]}` : ''}`) : undefined;
  }
  return /^\d{4}/.test(t) ? parseCnDate(t) : undefined;
}

/**
 * A price as the card shows it: the display currency (`€`, `US $`…, agents.md §10). A bare ¥ on
 * a Chinese agent's page is the renminbi the items are bought in, not the yen.
 */
function agentMoney(raw: string | null | undefined): Money | undefined {
  const m = parseMoney(raw);
  if (!m) return undefined;
  return m.currency === null && /[¥￥]/.test(m.text) ? { ...m, currency: 'CNY' } : m;
}

function quantityOf(raw: string | null | undefined): number | undefined {
  const m = /(\d{1,7})/.exec(clean(raw, 100).replace(/[,.\s](?=\d{3}\b)/g, ''));
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n > 0 && n <= 1_000_000 ? n : undefined;
}

/**
 * "Payment Method" row → channel. PayPal first: a split payment with any PayPal part is under
 * PayPal's rules for that part. "Debit/Credit Card" is the checkout's own label for cards.
 */
export function paymentOf(raw: string | null | undefined): Payment | undefined {
  const t = clean(raw, 200).toLowerCase();
  // "-" or "--" on an unpaid order: no method chosen yet.
  if (!/\p{L}/u.test(t)) return undefined;
  if (/paypal/.test(t)) return { channel: 'paypal' };
  const network = /visa/.test(t) ? 'visa' : /master\s?card/.test(t) ? 'mastercard' : /amex|american express/.test(t) ? 'amex' : /union\s?pay|银联/.test(t) ? 'unionpay' : undefined;
  if (network) return { channel: 'card', network };
  if (/card|卡/.test(t)) return { channel: 'card' };
  if (/alipay|支付宝/.test(t)) return { channel: 'alipay' };
  if (/balance|wallet|余额/.test(t)) return { channel: 'site_balance' };
  return { channel: 'other' };
}

// ---------------------------------------------------------------------------------------------------
// Status
// ---------------------------------------------------------------------------------------------------

/**
 * Display texts, tested in order on the lower-cased text; first match wins. The English sequence is
 * Mulebuy's official one (agents.md §1, §6): "Order Pending" is paid (a cancel refunds the balance
 * at once) and waits for the agent; "Seller Sent"/"Out for delivery" is the seller's parcel on its way
 * to the warehouse; "Stock Arrived" to "Stored in Warehouse" is the item at the warehouse, the
 * marketplace order delivered there. The unpaid, after-sales, refund, cancel and completed words and
 * every Chinese word are [inferred]: no source shows them.
 */
const STATUS_TEXTS: ReadonlyArray<readonly [RegExp, OrderStatus]> = [
  [/^(unpaid|awaiting payment|pending payment|waiting for payment|to be paid)|^(待付款|待支付|未付款)/, 'unpaid'],
  [/^(refunded|refund (completed|successful))|^(已退款|退款成功|退款完成)/, 'refunded'],
  [/after-?\s?sales?|^refund|^return|^exchang|^(售后|退款|退货|换货)/, 'in_dispute'],
  [/^(order pending|order processing|processing|purchased|purchasing)|^(待处理|处理中|已采购|采购中|待采购)/, 'awaiting_shipment'],
  [/^(seller sent|out for delivery)|^(卖家已发货|已发货|派送中|运输中)/, 'shipped'],
  [/^(stock arrived|qc completed|stored in warehouse|in warehouse|storage but unavailable|int'l shipping fee unpaid)|^(已到货|已到库|质检完成|已质检|已入库|仓库中)/, 'delivered'],
  [/^(cancel+ed|order cancel+ed|closed|order closed)|^(已取消|已关闭|订单已取消|订单关闭)/, 'cancelled'],
  [/^(completed|order completed)|^(已完成|交易完成)/, 'completed'],
];

export function mapStatus(raw: string | null | undefined): OrderStatus {
  const t = clean(raw, MAX.statusText)
    .toLowerCase()
    .replace(/[’‘`]/g, "'");
  if (!t) return 'unknown';
  for (const [re, status] of STATUS_TEXTS) if (re.test(t)) return status;
  return 'unknown';
}

// ---------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------

interface Ctx {
  url: URL;
  site: CnfansSite;
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

/** Total rows, most specific first; "Total Product Amount" is the goods alone, never the order's total. */
const TOTAL_LABELS = [/actual payment|paid amount|amount paid|实付|实际支付/i, /^(?!.*product).*total amount|订单总额|应付总额/i];
const PAYMENT_LABEL = /payment method|支付方式|付款方式/i;

function readItem(el: Element, ctx: Ctx, index: number, missing: string[]): OrderItem | undefined {
  const title = clean(textOf(q(el, PRODUCT_NAME)), MAX.title);
  if (!title) return undefined;
  const item: OrderItem = { title };
  const sku = attempt(() => clean(textOf(q(el, PRODUCT_SKU)), MAX.sku));
  if (sku) item.sku = sku;
  const spans = attempt(() => Array.from(q(el, PRODUCT_PRICE)?.querySelectorAll('span') ?? [])) ?? [];
  const quantity = attempt(() => quantityOf(textOf(spans[1])));
  if (quantity !== undefined) item.quantity = quantity;
  else missing.push(`items[${index}].quantity`);
  const unitPrice = attempt(() => agentMoney(textOf(spans[0])));
  if (unitPrice) item.unitPrice = unitPrice;
  else missing.push(`items[${index}].unitPrice`);
  const image = attempt(() => absolute(q(el, PRODUCT_IMG)?.getAttribute('src'), ctx.url, IMAGE_HOSTS)?.href);
  if (image) item.imageUrl = image;
  const link = attempt(() => {
    for (const a of Array.from(el.querySelectorAll('a[href]'))) {
      const m = marketplaceItemOf(a.getAttribute('href'), ctx.url, ctx.site);
      if (m) return m;
    }
    return undefined;
  });
  if (link) {
    item.url = link.url;
    item.marketplace = { site: link.site, itemId: link.itemId };
  }
  return item;
}

function readCard(card: Element, ctx: Ctx, index: number): OrderRead | undefined {
  // A renamed number element still leaves "Order No: …" in the card's header (its first row when the header is renamed too).
  const orderId =
    attempt(() => orderIdOf(textOf(q(card, CARD_NO)))) ?? attempt(() => orderIdInHeader(textOf(q(card, CARD_HEADER) ?? card.firstElementChild)));
  if (!orderId) {
    note(ctx, `order card ${index + 1}: no order number found; skipped`);
    return undefined;
  }
  const missing: string[] = [];

  const statusText = attempt(() => clean(textOf(q(card, CARD_STATUS)), MAX.statusText));
  const status = statusText ? mapStatus(statusText) : 'unknown';
  if (!statusText) missing.push('status');

  const events: OrderEvent[] = [];
  const ordered = attempt(() => {
    const text = clean(textOf(q(card, CARD_DATE)), MAX.eventText);
    const d = parseCreateTime(text);
    return d ? { kind: 'ordered' as const, at: d.at, dateOnly: d.dateOnly, zone: CN_ZONE, text } : undefined;
  });
  if (ordered) events.push(ordered);
  else missing.push('events.ordered');

  let total: Money | undefined;
  let payment: Payment | undefined;
  attempt(() => {
    const rows = qa(card, CARD_PRICE_META).map((row) => ({
      label: clean(textOf(row.querySelector('.meta-label')), 100),
      value: clean(textOf(row.querySelector('.meta-value')), MAX.moneyText),
    }));
    for (const re of TOTAL_LABELS) {
      const row = rows.find((r) => re.test(r.label));
      total = row ? agentMoney(row.value) : undefined;
      if (total) break;
    }
    payment = paymentOf(rows.find((r) => PAYMENT_LABEL.test(r.label))?.value);
    return undefined;
  });
  // The card may show only the parts (goods, domestic shipping, services): their sum is not shown, so not made up.
  if (!total) missing.push('total');

  const items: OrderItem[] = [];
  for (const el of attempt(() => qa(card, CARD_PRODUCT)) ?? []) {
    const item = attempt(() => readItem(el, ctx, items.length, missing));
    if (item) items.push(item);
  }
  if (!items.length) missing.push('items');

  const markets = [...new Set(items.flatMap((i) => (i.marketplace ? [i.marketplace.site] : [])))];
  if (markets.length > 1) note(ctx, `order ${orderId}: items from ${markets.join(' and ')}; its marketplace is left unset`);
  const market = markets.length === 1 ? markets[0] : undefined;
  if (!market) missing.push('marketplace');

  const detail = attempt(() => absolute(q(card, CARD_DETAIL_LINK)?.getAttribute('href'), ctx.url, brandHosts(ctx.site))?.href);

  return {
    site: ctx.site,
    orderId,
    url: detail ?? listUrl(ctx.site),
    items: items.slice(0, MAX.items),
    ...(total ? { total } : {}),
    status,
    ...(statusText ? { statusText } : {}),
    events,
    tracking: [],
    pageDeadlines: [],
    ...(payment ? { payment } : {}),
    agent: { family: 'cnfans', host: BRANDS[ctx.site].host },
    ...(market ? { marketplace: { site: market } } : {}),
    missing: [...new Set(missing)].slice(0, MAX.missing),
  };
}

function readList(doc: Document, ctx: Ctx): OrderRead[] {
  const cards = qa(doc, LIST_CARD);
  if (!cards.length) {
    if (!has(doc, LIST_EMPTY)) note(ctx, 'no order cards found on the page (the layout may have changed)');
    return [];
  }
  if (cards.length > MAX.orders) note(ctx, `the page shows ${cards.length} orders; only the first ${MAX.orders} were read`);
  const orders: OrderRead[] = [];
  cards.slice(0, MAX.orders).forEach((card, i) => {
    const o = attempt(() => readCard(card, ctx, i));
    if (!o) return;
    if (orders.some((x) => x.orderId === o.orderId)) return note(ctx, `order ${o.orderId} appears twice; the first card was kept`);
    orders.push(o);
  });
  return orders;
}

// ---------------------------------------------------------------------------------------------------
// Page
// ---------------------------------------------------------------------------------------------------

/** Orders, or the page's own "no orders" state: either way not a wall (a header may carry a hidden login form). */
const hasContent = (doc: Document) => has(doc, [...LIST_CARD, ...LIST_EMPTY]);

function blockedBy(doc: Document): 'captcha' | 'login' | undefined {
  if (has(doc, CAPTCHA)) return 'captcha';
  if (hasContent(doc)) return undefined;
  if (has(doc, LOGIN)) return 'login';
  return undefined;
}

function ready(doc: Document, _kind: PageKind): boolean {
  try {
    return !!blockedBy(doc) || hasContent(doc);
  } catch {
    return false;
  }
}

/**
 * Reads an order page of a CNFans-family brand. `site` is the brand to credit when the address is
 * not one of the family's order pages (a saved copy); on the brands' own hosts the host decides.
 * Never throws.
 */
export function parseCnfans(doc: Document, url: URL, site: CnfansSite = 'cnfans'): PageRead {
  const ctx: Ctx = { url, site, notes: [] };
  try {
    const brand = brandOf(url);
    if (brand) ctx.site = brand;
    if (!brand || !detectFor(brand, url)) note(ctx, `this address is not one of ${BRANDS[ctx.site].name}'s order pages we know; read as an order list`);
    const blocked = blockedBy(doc);
    if (blocked) {
      const name = BRANDS[ctx.site].name;
      note(ctx, blocked === 'captcha' ? `${name} shows a bot check instead of the orders` : `${name} asks to log in before showing the orders`);
      return { kind: 'list', orders: [], notes: ctx.notes, blocked };
    }
    return { kind: 'list', orders: readList(doc, ctx), notes: ctx.notes };
  } catch (error) {
    note(ctx, `could not read the page (${error instanceof Error ? error.name : 'error'})`);
    return { kind: 'list', orders: [], notes: ctx.notes };
  }
}

function adapterFor(site: CnfansSite): SiteAdapter {
  const host = BRANDS[site].host;
  return {
    id: site,
    // The order list only: the other account pages are not read (see the header comment).
    matches: [`*://${host}/my-account/orders*`, `*://www.${host}/my-account/orders*`],
    detect: (url) => detectFor(site, url),
    ready,
    parse: (doc, url) => parseCnfans(doc, url, site),
  };
}

export const cnfans = adapterFor('cnfans');
export const mulebuy = adapterFor('mulebuy');
export const orientdig = adapterFor('orientdig');
export const joyabuy = adapterFor('joyabuy');
