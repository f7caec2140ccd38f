/**
 * Tmall buyer order detail: trade.tmall.com/detail/orderDetail.htm?bizOrderId=<id>. Tmall orders are
 * listed on Taobao's 已买到的宝贝 page (`taobao.ts` reads them there, with site `tmall`).
 *
 * Structure: `../shared/research/marketplaces.md` §2.3 and §2.5. The page embeds its data as
 * `var detailData = {…};` (an object literal in JSON syntax), read without evaluating it. The
 * auto-confirm deadline is absolute there (`targetTime`), unlike Taobao's countdown.
 * Fixtures in `tests/fixtures/tmall/` (SOURCES.md says where each comes from).
 *
 * Runs in the content-script bundle: no Zod, no extension APIs, only types from the model. Never throws.
 */
import type { OrderEvent, OrderItem, OrderRead, PageDeadline, Seller, Tracking } from '../model';
import { cnEvent } from './cn-time';
import { clean, MAX } from './dom';
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
  list,
  makeItem,
  mapTradeStatus,
  moneyOf,
  note,
  ORDER_ID,
  orderIdParam,
  objectVar,
  quantityOf,
  rec,
  skuOf,
  statusWords,
  str,
  wallOf,
  withRefund,
} from './taobao-trade';
import type { PageKind, PageRead, SiteAdapter } from './types';

const HOST = 'trade.tmall.com';
const PATH = '/detail/orderDetail.htm';

function detect(url: URL): PageKind | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.hostname.toLowerCase() !== HOST || url.pathname !== PATH) return null;
  // The order actions link back with `biz_order_id=` (§2.5 sample), the list with `bizOrderId=`.
  return orderIdParam(url) ? 'detail' : null;
}

// ---------------------------------------------------------------------------------------------------
// Reading `detailData` (§2.5 table)
// ---------------------------------------------------------------------------------------------------

/** `basic.lists[key=…]`: the labelled rows of the order block. */
const basicRow = (data: unknown, key: string): unknown => list(at(data, 'basic', 'lists')).find((r) => str(at(r, 'key')) === key);

/** `content[].text` of a labelled row; `moreList` rows nest the same shape. */
const rowText = (row: unknown): string => clean(str(at(list(at(row, 'content'))[0], 'text')), 400);

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Character references in an attribute value, decoded to text (never parsed as HTML). */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (all, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? all;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/**
 * The shop from the 商家 row: an HTML snippet whose visible text is masked ("3**") and whose
 * Wangwang chat span carries the shop name in `data-nick`. Read with a pattern, never as markup.
 */
function sellerFrom(data: unknown): Seller | undefined {
  const html = str(at(list(at(basicRow(data, '商家'), 'content'))[0], 'text'));
  const nick = /\bdata-nick\s*=\s*(['"])([^'"]{1,600})\1/i.exec(html)?.[2];
  const visible = clean(decodeEntities(html.replace(/<[^>]*>/g, ' ')), MAX.sellerName);
  const name = clean(decodeEntities(nick ?? ''), MAX.sellerName) || (/\*/.test(visible) ? '' : visible);
  return name ? { name } : undefined;
}

/** A countdown `{type:"countdown", serverTime, targetTime}` (epoch ms as strings) as an absolute deadline. */
function countdownFrom(c: unknown): { dueMs: number; text: string } | undefined {
  const target = Number(str(at(c, 'targetTime')));
  if (!Number.isFinite(target) || target <= 0) return undefined;
  const server = Number(str(at(c, 'serverTime')));
  const left = Number.isFinite(server) && server > 0 ? formatLeft(target - server) : '';
  const text = clean(`${str(at(c, 'preText'))}${left}${str(at(c, 'afterText'))}`, MAX.deadlineText);
  return { dueMs: target, text };
}

function readDetail(data: unknown, ctx: Ctx): OrderRead | undefined {
  if (!rec(data) || (!at(data, 'basic') && !at(data, 'orders'))) {
    note(ctx, 'order detail not found in the embedded data (the layout may have changed)');
    return undefined;
  }
  const idRow = basicRow(data, '订单编号');
  const urlId = orderIdParam(ctx.url);
  // `orders.id` is a bare number, rounded by JSON.parse (§0.2): the row's text and the address keep every digit.
  const pageId = idOf(rowText(idRow), ORDER_ID);
  const orderId = pageId ?? urlId;
  if (!orderId) {
    note(ctx, 'order detail: no order id found; skipped');
    return undefined;
  }
  if (pageId && urlId && pageId !== urlId) note(ctx, `the page shows order ${pageId} at the address of order ${urlId}`);
  const missing: string[] = [];
  const groups = list(at(data, 'orders', 'list')).flatMap((o) => list(at(o, 'status')));

  const code = str(at(data, 'tradeStatus'));
  const words = attempt(() => statusWords(at(list(at(data, 'overStatus', 'status', 'content'))[0], 'text'))) ?? '';
  const itemWords = groups.flatMap((g) => list(at(g, 'statusInfo')).map((s) => clean(str(at(s, 'text')), 40))).filter(Boolean);
  const status = withRefund(mapTradeStatus(code, words || itemWords[0]), itemWords);
  const statusText = words || itemWords[0] || undefined;
  if (!code && !statusText) missing.push('status');

  const events: OrderEvent[] = [];
  attempt(() => {
    for (const step of list(at(data, 'stepbar', 'options'))) {
      const label = clean(str(at(step, 'content')), 40);
      const kind = eventKindOf(label);
      const time = str(at(step, 'time'));
      if (kind && time) addEvent(events, cnEvent(kind, `${label} ${time}`));
    }
    for (const more of list(at(idRow, 'content')).flatMap((c) => list(at(c, 'moreList')))) {
      const key = clean(str(at(more, 'key')), 40);
      // 成交时间 is when the deal was struck: the same instant as 拍下商品 in the capture.
      const kind = key === '成交时间' ? 'ordered' : eventKindOf(key);
      if (kind) addEvent(events, cnEvent(kind, `${key}: ${rowText(more)}`));
    }
    return undefined;
  });
  if (!events.some((e) => e.kind === 'ordered')) missing.push('events.ordered');

  const seller = attempt(() => sellerFrom(data));
  if (!seller) missing.push('seller');

  const items: OrderItem[] = [];
  for (const sub of groups.flatMap((g) => list(at(g, 'subOrders')))) {
    const item = attempt(() => {
      const info = at(sub, 'itemInfo');
      const prices = list(at(sub, 'priceInfo'))
        .map((p) => str(at(p, 'text')))
        .filter((t) => /\d/.test(t));
      const link = itemLink(at(info, 'auctionUrl'), ctx.url);
      return makeItem(
        {
          title: at(info, 'title'),
          sku: skuOf(list(at(info, 'skuText')).map((s) => [at(s, 'key'), list(at(s, 'content')).map((c) => str(at(c, 'text'))).join(' ')] as const)),
          quantity: quantityOf(at(sub, 'quantity')),
          // [inferred]: a discounted item lists its original price first; the last figure is what was paid.
          unitPrice: moneyOf(prices[prices.length - 1]),
          imageUrl: fullImageUrl(at(info, 'pic'), ctx.url),
          ...(link.url ? link : itemLink(at(info, 'snapUrl') ?? at(info, 'itemUrl'), ctx.url)),
        },
        items.length,
        missing,
      );
    });
    if (item) items.push(item);
  }
  if (!items.length) missing.push('items');

  const total = attempt(() => {
    for (const row of list(at(data, 'amount', 'count')).flatMap((r) => list(r))) {
      for (const c of list(at(row, 'content'))) {
        if (/^实付款/.test(clean(str(at(c, 'data', 'titleLink', 'text')), 40))) return moneyOf(at(c, 'data', 'money', 'text'));
      }
    }
    return undefined;
  });
  if (!total) missing.push('total');

  const tracking: Tracking[] = [];
  attempt(() => {
    const parcels = [
      ...list(at(data, 'orders', 'list')).flatMap((o) => list(at(o, 'logistic', 'content'))),
      ...list(at(data, 'overStatus', 'prompt')).flatMap((p) => list(at(p, 'content'))),
    ];
    for (const p of parcels) if (at(p, 'type') === 'logistic') addTracking(tracking, at(p, 'mailNo'), at(p, 'companyName'));
    return undefined;
  });

  const pageDeadlines: PageDeadline[] = [];
  attempt(() => {
    const prompts = list(at(data, 'overStatus', 'prompt')).flatMap((p) => list(at(p, 'content')));
    const perItem = groups.flatMap((g) => list(at(g, 'statusInfo')));
    const found = [...prompts, ...perItem].filter((c) => at(c, 'type') === 'countdown');
    // The order-level prompt says what the clock is for; an item's own countdown shows the same targetTime.
    const cd = countdownFrom(found.find((c) => /确认收货/.test(`${str(at(c, 'preText'))}${str(at(c, 'afterText'))}`)) ?? found[0]);
    if (!cd) return undefined;
    const due = instantOf(cd.dueMs);
    if (!due) return undefined;
    if (status !== 'shipped') {
      note(ctx, `order ${orderId}: a page countdown for status "${status}" was not recorded`);
      return undefined;
    }
    pageDeadlines.push({ ruleId: 'tm.autoconfirm', due, text: cd.text });
    return undefined;
  });

  return finishOrder({ site: 'tmall', orderId, seller, items, total, status, statusText, events, tracking, pageDeadlines, missing });
}

// ---------------------------------------------------------------------------------------------------
// Page
// ---------------------------------------------------------------------------------------------------

/** Script by script, as Taobao's pages are searched. */
const hasEmbedded = (doc: Document) => Array.from(doc.querySelectorAll('script:not([src])')).some((s) => /\bvar\s+detailData\s*=/.test(s.textContent ?? ''));

function ready(doc: Document): boolean {
  try {
    return hasEmbedded(doc) || !!wallOf(doc, false);
  } catch {
    return false;
  }
}

/** Reads a Tmall order detail page. Its clock is absolute (`targetTime`): no render time needed. Never throws. */
export function parseTmall(doc: Document, url: URL): PageRead {
  const kind: PageKind = 'detail';
  const ctx: Ctx = { url, now: new Date(), notes: [] };
  try {
    if (!detect(url)) note(ctx, 'this address is not a Tmall order page we know; read as a detail');
    const embedded = objectVar(doc, 'detailData');
    const blocked = wallOf(doc, embedded.status !== 'absent');
    if (blocked) {
      note(ctx, blocked === 'captcha' ? 'Tmall shows a captcha instead of the order' : 'Tmall asks to log in before showing the order');
      return { kind, orders: [], notes: ctx.notes, blocked };
    }
    if (embedded.status !== 'ok') {
      note(ctx, embedded.status === 'broken' ? `the embedded order data could not be read (${embedded.why})` : 'order detail not found on the page (the layout may have changed)');
      return { kind, orders: [], notes: ctx.notes };
    }
    const o = attempt(() => readDetail(embedded.value, ctx));
    return { kind, orders: o ? [o] : [], notes: ctx.notes };
  } catch (error) {
    note(ctx, `could not read the page (${error instanceof Error ? error.name : 'error'})`);
    return { kind, orders: [], notes: ctx.notes };
  }
}

export const tmall: SiteAdapter = {
  id: 'tmall',
  matches: ['*://trade.tmall.com/detail/orderDetail.htm*'],
  detect,
  ready,
  parse: parseTmall,
};
