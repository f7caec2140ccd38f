import type { ManualOrderMessage } from './messages';
import { isAgentSite, type AgentFamily, type AgentSite, type EventKind, type OrderRead, type OrderStatus, type SiteId } from './model';

/** Each agent brand's rules family (agents.md §0.1): the CNFans and Superbuy platforms, CSSBuy, and the rest without an official policy page. */
export const AGENT_FAMILY: Record<AgentSite, AgentFamily> = {
  cnfans: 'cnfans',
  mulebuy: 'cnfans',
  orientdig: 'cnfans',
  joyabuy: 'cnfans',
  superbuy: 'superbuy',
  allchinabuy: 'superbuy',
  wegobuy: 'superbuy',
  cssbuy: 'cssbuy',
  sugargoo: 'generic',
  hoobuy: 'generic',
  kakobuy: 'generic',
  acbuy: 'generic',
};

/** Where a hand-added order points when the user gives no address: the site's own home page. */
const HOME: Record<SiteId, string> = {
  aliexpress: 'https://www.aliexpress.com/p/order/index.html',
  taobao: 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
  tmall: 'https://www.tmall.com/',
  '1688': 'https://trade.1688.com/order/buyer_order_list.htm',
  weidian: 'https://weidian.com/user/order/list.php',
  cnfans: 'https://cnfans.com/my-account/orders',
  mulebuy: 'https://mulebuy.com/my-account/orders',
  orientdig: 'https://orientdig.com/my-account/orders',
  joyabuy: 'https://joyabuy.com/my-account/orders',
  superbuy: 'https://www.superbuy.com/order',
  allchinabuy: 'https://www.allchinabuy.com/order',
  wegobuy: 'https://www.wegobuy.com/order',
  cssbuy: 'https://www.cssbuy.com/?go=m&name=orderlist',
  sugargoo: 'https://www.sugargoo.com/',
  hoobuy: 'https://hoobuy.com/',
  kakobuy: 'https://www.kakobuy.com/',
  acbuy: 'https://www.acbuy.com/',
};

/** The furthest step the dates show, as a status: the engine ends clocks by it. */
const STATUS_BY_EVENT: [EventKind, OrderStatus][] = [
  ['refund_issued', 'refunded'],
  ['dispute_opened', 'in_dispute'],
  ['completed', 'completed'],
  ['intl_delivered', 'delivered'],
  ['warehouse_stored', 'delivered'],
  ['signed_for', 'delivered'],
  ['seller_shipped', 'shipped'],
  ['paid', 'awaiting_shipment'],
];

/** The order a hand-added form describes, as if a page had shown it; its dates say they were set by hand. */
export function manualOrder(msg: ManualOrderMessage, userZone: string): OrderRead {
  const kinds = new Set(msg.events.map((e) => e.kind));
  const status = STATUS_BY_EVENT.find(([k]) => kinds.has(k))?.[1] ?? 'unknown';
  return {
    site: msg.site,
    orderId: msg.orderId,
    url: msg.url ?? HOME[msg.site],
    items: msg.title ? [{ title: msg.title }] : [],
    status,
    events: msg.events.map((e) => ({ kind: e.kind, at: e.at, dateOnly: false, zone: userZone, text: 'set by hand' })),
    tracking: [],
    pageDeadlines: [],
    ...(msg.payment ? { payment: msg.payment } : {}),
    ...(isAgentSite(msg.site) ? { agent: { family: AGENT_FAMILY[msg.site] } } : {}),
    ...(isAgentSite(msg.site) && msg.marketplace ? { marketplace: { site: msg.marketplace } } : {}),
    missing: [],
  };
}
