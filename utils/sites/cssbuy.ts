/**
 * CSSBuy (cssbuy.com), a shopping agent: the member order list (`/?go=m&name=orderlist`, also
 * `/m.php?name=orderlist`), whose `&type=arrived` tab is the warehouse (items CSSBuy has received).
 *
 * Structure: `../shared/research/agents.md` §9 "CSSBuy" (from the Greasyfork "CSSBuy Suite" userscript,
 * 2020) and the "FR:Reborn - Agents extension" userscript (Greasyfork 426977, v2.3.4, 2024), which reads a
 * later layout of the same table (title cell `td.tabletd3`, one more column before it). Fixtures in
 * `tests/fixtures/cssbuy/` (SOURCES.md says what each one is built from).
 *
 * The page is server-rendered (jQuery, Bootstrap): one table row per item, and CSSBuy numbers each item
 * as its own order (the row's checkbox `input.products` carries it as `value`). So every row is one
 * order of one item. What a row documents, and therefore all this reads: the order number, the title
 * and link of the marketplace listing, the chosen options, the unit price, and the order's total in the
 * checkbox's `data-total-price`. The list shows no dates, status words, quantity or image in any
 * documented form: those are not read, and not named in `missing`, which lists only what the
 * documented layout should have shown. The status comes from the tab alone ("arrived" = in the
 * warehouse); elsewhere it is `unknown`.
 *
 * Not read, for want of any documented structure: the order detail page, the parcel list
 * (`?go=m&name=sendorderlist`), and the QC photo page behind each row's "QC PIC" button (its address is
 * not documented; the list itself holds no photo URLs).
 *
 * Runs in the content-script bundle: no Zod, no extension APIs, only types from the model. Never
 * throws: what it cannot read is named in each order's `missing`, page problems in `notes`.
 */
import type { AgentSource, Money, OrderItem, OrderRead, OrderStatus } from '../model';
import { absolute, clean, has, MAX, q, textOf } from './dom';
import { parseMoney } from './money';
import type { PageKind, PageRead, SiteAdapter } from './types';

// ---------------------------------------------------------------------------------------------------
// Selectors. Each array lists alternatives, tried in order; the comment names the layout each one is for.
// ---------------------------------------------------------------------------------------------------

/** The item checkbox; `value` is the order number. Both layouts. */
const ROW_CHECKBOX = ['input.products'];
/** The "QC PIC" button's wrapper; `data-id` is the order number. Both layouts. */
const QC_BUTTON = ['.oss-photo-view-button[data-id]'];
/** The list's form: present on the list whether it holds rows or not. */
const LIST_FORM = ['form#submit_form'];
/** FR:Reborn layout (2024): the title cell is named; the 2020 layout has it second in the row. */
const TITLE_CELL_CLASS = 'tabletd3';

/** Login walls. CSSBuy's login page is not documented: any password form where the list should be. */
const LOGIN = ['form input[type="password"]'];

// ---------------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------------

const SITE = 'cssbuy' as const;
const CANONICAL_HOST = 'www.cssbuy.com';
const HOSTS: ReadonlySet<string> = new Set([CANONICAL_HOST, 'cssbuy.com']);
const ORDER_ID = /^\d{4,20}$/;

function isOrderList(url: URL): boolean {
  const p = url.searchParams;
  if (p.get('name') !== 'orderlist') return false;
  return (url.pathname === '/' && p.get('go') === 'm') || url.pathname === '/m.php';
}

function detect(url: URL): PageKind | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!HOSTS.has(url.hostname.toLowerCase()) || !isOrderList(url)) return null;
  return url.searchParams.get('type') === 'arrived' ? 'warehouse' : 'list';
}

/** Status by tab: the only status the documented list shows. */
const TAB_STATUS: Readonly<Record<string, OrderStatus>> = {
  // Items CSSBuy's warehouse has received: its sign-for happened (`delivered`), not yet shipped on.
  arrived: 'delivered',
};

export function statusOfTab(type: string | null): OrderStatus {
  return type && Object.hasOwn(TAB_STATUS, type) ? (TAB_STATUS[type] ?? 'unknown') : 'unknown';
}

// ---------------------------------------------------------------------------------------------------
// Marketplace links
// ---------------------------------------------------------------------------------------------------

/** Hosts a row's item link may point to: the marketplaces, and CSSBuy's own item pages (agents.md §0.4). */
const LINK_HOSTS = /(^|\.)(taobao\.com|tmall\.com|weidian\.com|1688\.com|cssbuy\.com)$/i;
const ITEM_ID = /^\d{4,25}$/;

const LISTING_URL: Readonly<Record<AgentSource, (id: string) => string>> = {
  taobao: (id) => `https://item.taobao.com/item.htm?id=${id}`,
  tmall: (id) => `https://detail.tmall.com/item.htm?id=${id}`,
  weidian: (id) => `https://weidian.com/item.html?itemID=${id}`,
  '1688': (id) => `https://detail.1688.com/offer/${id}.html`,
};

export interface Listing {
  site: AgentSource;
  itemId: string;
  /** The canonical listing address on the marketplace. */
  url: string;
}

/**
 * The marketplace listing a link names, or undefined when the link does not say which marketplace
 * (a shop page, a Xianyu link, a Yupoo album, a link without an id): the marketplace decides which
 * rules apply, so it is never guessed. CSSBuy's own `item-{id}.html` is its Taobao channel
 * (agents.md §0.4; cn-links decodes it the same way). Tmall items share Taobao's id space, so a Tmall
 * listing linked that way reads as Taobao: the research documents no separate Tmall form.
 */
export function listingOf(href: string | null | undefined, base: URL): Listing | undefined {
  const u = absolute(href, base, LINK_HOSTS);
  if (!u) return undefined;
  const host = u.hostname.toLowerCase();
  const path = u.pathname;
  const found = (site: AgentSource, id: string | null | undefined): Listing | undefined =>
    id && ITEM_ID.test(id) ? { site, itemId: id, url: LISTING_URL[site](id) } : undefined;
  if (host === 'item.taobao.com' && path === '/item.htm') return found('taobao', u.searchParams.get('id'));
  if (/^(?:[a-z0-9-]+\.)?detail\.tmall\.com$/.test(host) && path === '/item.htm') return found('tmall', u.searchParams.get('id'));
  if ((host === 'weidian.com' || host === 'www.weidian.com') && path === '/item.html') {
    return found('weidian', u.searchParams.get('itemID') ?? u.searchParams.get('itemId'));
  }
  if (host === 'detail.1688.com') return found('1688', /^\/offer\/(\d+)\.html$/.exec(path)?.[1]);
  if (HOSTS.has(host)) {
    const own = /^\/item-(?:(micro|1688)-)?(\d+)\.html$/.exec(path);
    if (!own) return undefined;
    return found(own[1] === 'micro' ? 'weidian' : own[1] === '1688' ? '1688' : 'taobao', own[2]);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------

interface Ctx {
  url: URL;
  host: string;
  status: OrderStatus;
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

const cells = (row: Element) => Array.from(row.children).filter((el) => el.tagName === 'TD');

/** Options shown as lines "size : M<br>color : black": one "; "-separated line each. */
function linesOf(el: Element): string {
  const lines: string[] = [''];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) lines[lines.length - 1] += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        if ((child as Element).tagName === 'BR') lines.push('');
        else walk(child);
      }
    }
  };
  walk(el);
  return lines.map((l) => clean(l, MAX.sku)).filter(Boolean).join('; ');
}

/**
 * The options line of the title cell: its third child when that is a span (FR:Reborn's
 * `td.tabletd3 > span:nth-child(3)`), else the cell's second span (CSSBuy Suite's `span:eq(1)`).
 */
function optionsOf(titleCell: Element, named: boolean): Element | undefined {
  if (named) {
    const third = titleCell.children[2];
    return third?.tagName === 'SPAN' ? third : undefined;
  }
  return titleCell.querySelectorAll('span')[1];
}

/** A currency sign the cell writes beside its spans ("¥"): its own text, when that holds no number. */
function signOf(cell: Element): string {
  const own = Array.from(cell.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.nodeValue ?? '')
    .join(' ');
  return /\d/.test(own) ? '' : own;
}

/** On a Chinese agent a bare ¥ is the yuan; money.ts leaves it unnamed because Japan writes it too. */
const YUAN = /[¥￥]|(?<![A-Za-z])(?:CNY|RMB)(?![A-Za-z])|元/;

/**
 * The row's unit price: the price cell's first span ("128.00"), with any currency sign the cell writes
 * beside it. Both sources read the span as yuan, but a bare number names no currency, so none is set.
 */
function priceOf(cell: Element | undefined): Money | undefined {
  const span = cell?.querySelector('span');
  if (!cell || !span) return undefined;
  const shown = clean(signOf(cell) + textOf(span), MAX.moneyText);
  const money = parseMoney(shown);
  if (!money) return undefined;
  return YUAN.test(shown) ? { ...money, currency: 'CNY' } : money;
}

/**
 * The order's total, from the checkbox's `data-total-price` (the yuan amount CSSBuy Suite adds up as
 * "Total Price ¥"). A data attribute shows no sign: it is called yuan only when the row's price says so.
 */
function totalOf(checkbox: Element | null, price: Money | undefined): Money | undefined {
  const raw = clean(checkbox?.getAttribute('data-total-price'), MAX.moneyText);
  if (!/^\d+(?:\.\d{1,2})?$/.test(raw)) return undefined;
  const amount = Number(raw);
  if (!Number.isFinite(amount)) return undefined;
  return { amount, currency: price?.currency === 'CNY' ? 'CNY' : null, text: raw };
}

function orderIdOf(row: Element, ctx: Ctx, index: number): string | undefined {
  const box = clean(q(row, ROW_CHECKBOX)?.getAttribute('value'), 100);
  const qc = clean(q(row, QC_BUTTON)?.getAttribute('data-id'), 100);
  const boxId = ORDER_ID.test(box) ? box : undefined;
  const qcId = ORDER_ID.test(qc) ? qc : undefined;
  if (boxId && qcId && boxId !== qcId) note(ctx, `row ${index + 1}: the checkbox names order ${boxId}, its QC button order ${qcId}; ${boxId} was kept`);
  return boxId ?? qcId;
}

function readRow(row: Element, ctx: Ctx, index: number): OrderRead | undefined {
  const orderId = orderIdOf(row, ctx, index);
  if (!orderId) {
    note(ctx, `row ${index + 1} shows no order number; skipped`);
    return undefined;
  }
  const missing: string[] = [];
  const tds = attempt(() => cells(row)) ?? [];
  const named = tds.findIndex((td) => td.classList.contains(TITLE_CELL_CLASS));
  const at = named >= 0 ? named : 1;
  const titleCell = tds[at];
  // The first link with text: an image link before the title would have none.
  const link = attempt(() => Array.from(titleCell?.querySelectorAll('a') ?? []).find((a) => clean(textOf(a), 10)));
  const title = clean(textOf(link), MAX.title);

  const items: OrderItem[] = [];
  let price: Money | undefined;
  let listing: Listing | undefined;
  if (!titleCell || !link || !title) missing.push('items');
  else {
    const item: OrderItem = { title };
    const sku = attempt(() => {
      const el = optionsOf(titleCell, named >= 0);
      return el ? linesOf(el) : undefined;
    });
    if (sku) item.sku = clean(sku, MAX.sku);
    price = attempt(() => priceOf(tds[at + 1]));
    if (price) item.unitPrice = price;
    else missing.push('items[0].unitPrice');
    const href = link.getAttribute('href');
    listing = attempt(() => listingOf(href, ctx.url));
    if (listing) {
      item.url = listing.url;
      item.marketplace = { site: listing.site, itemId: listing.itemId };
    } else if (!clean(href, MAX.url)) missing.push('items[0].url');
    items.push(item);
  }

  const total = attempt(() => totalOf(q(row, ROW_CHECKBOX), price));
  if (!total) missing.push('total');

  return {
    site: SITE,
    orderId,
    url: listUrl(ctx),
    items,
    ...(total ? { total } : {}),
    status: ctx.status,
    events: [],
    tracking: [],
    pageDeadlines: [],
    agent: { family: 'cssbuy', host: ctx.host },
    ...(listing ? { marketplace: { site: listing.site } } : {}),
    missing,
  };
}

/** An order has no page of its own that we know: it lives on the list (and tab) it was read from. */
function listUrl(ctx: Ctx): string {
  const type = clean(ctx.url.searchParams.get('type'), 40);
  const tab = /^[A-Za-z0-9_-]+$/.test(type) ? `&type=${type}` : '';
  return `https://${CANONICAL_HOST}/?go=m&name=orderlist${tab}`;
}

/** Item rows: those with an order checkbox or a QC button, in page order, each once. */
function rowsOf(doc: Document): Element[] {
  const rows = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll([...ROW_CHECKBOX, ...QC_BUTTON].join(',')))) {
    const row = el.closest('tr');
    if (row) rows.add(row);
  }
  return [...rows];
}

function readList(doc: Document, ctx: Ctx): OrderRead[] {
  const rows = rowsOf(doc);
  if (!rows.length) {
    // The empty state is not documented, so an empty list and a changed layout look the same.
    note(ctx, 'no order rows on the page: the list is empty, or its layout changed');
    return [];
  }
  if (rows.length > MAX.orders) note(ctx, `the page shows ${rows.length} orders; only the first ${MAX.orders} were read`);
  const orders: OrderRead[] = [];
  rows.slice(0, MAX.orders).forEach((row, i) => {
    const o = attempt(() => readRow(row, ctx, i));
    if (!o) return;
    if (orders.some((x) => x.orderId === o.orderId)) return note(ctx, `order ${o.orderId} appears twice; the first row was kept`);
    orders.push(o);
  });
  return orders;
}

// ---------------------------------------------------------------------------------------------------
// Page
// ---------------------------------------------------------------------------------------------------

const hasContent = (doc: Document) => has(doc, [...ROW_CHECKBOX, ...QC_BUTTON, ...LIST_FORM]);

function blockedBy(doc: Document): 'login' | undefined {
  if (hasContent(doc)) return undefined;
  return q(doc, LOGIN) ? 'login' : undefined;
}

function ready(doc: Document): boolean {
  try {
    return hasContent(doc) || !!blockedBy(doc);
  } catch {
    return false;
  }
}

/** Reads a CSSBuy order list or warehouse tab. Never throws. */
export function parseCssbuy(doc: Document, url: URL): PageRead {
  let kind: PageKind = 'list';
  const ctx: Ctx = { url, host: CANONICAL_HOST, status: 'unknown', notes: [] };
  try {
    const detected = detect(url);
    if (detected) {
      kind = detected;
      ctx.host = url.hostname.toLowerCase();
      ctx.status = statusOfTab(url.searchParams.get('type'));
    } else note(ctx, 'this address is not a CSSBuy order list we know; read as a list');
    const blocked = blockedBy(doc);
    if (blocked) {
      note(ctx, 'CSSBuy asks to log in before showing the orders');
      return { kind, orders: [], notes: ctx.notes, blocked };
    }
    const orders = readList(doc, ctx);
    return { kind, orders, notes: ctx.notes };
  } catch (error) {
    note(ctx, `could not read the page (${error instanceof Error ? error.name : 'error'})`);
    return { kind, orders: [], notes: ctx.notes };
  }
}

export const cssbuy: SiteAdapter = {
  id: SITE,
  matches: [
    '*://www.cssbuy.com/?*name=orderlist*', // /?go=m&name=orderlist[&type=…]
    '*://cssbuy.com/?*name=orderlist*', // the bare host (FR:Reborn matches it too)
    '*://www.cssbuy.com/m.php?*name=orderlist*', // older address of the same list
    '*://cssbuy.com/m.php?*name=orderlist*',
  ],
  detect,
  ready,
  parse: parseCssbuy,
};
