import type { AgentFamily, EventKind, OrderRead, OrderStatus, Payment, SiteId } from '../utils/model';

/**
 * Generated orders for the benchmarks: every site, agent family, payment channel and region, with
 * the event sets real orders have at each stage. A fixed pseudo-random sequence makes every run
 * measure the same orders.
 */
export function variedOrders(n: number): OrderRead[] {
  let seed = 42;
  const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const sites: SiteId[] = ['aliexpress', 'aliexpress', 'taobao', 'taobao', 'tmall', '1688', 'weidian'];
  const families: AgentFamily[] = ['cnfans', 'superbuy', 'cssbuy', 'template', 'generic'];
  const payments: (Payment | undefined)[] = [
    undefined,
    { channel: 'paypal' },
    { channel: 'card', network: 'visa' },
    { channel: 'card', network: 'mastercard' },
    { channel: 'card', network: 'amex' },
    { channel: 'card', network: 'unionpay' },
    { channel: 'alipay' },
  ];
  const statuses: OrderStatus[] = ['awaiting_shipment', 'shipped', 'delivered', 'completed', 'in_dispute', 'cancelled', 'unknown'];
  const marketplace: EventKind[] = ['ordered', 'paid', 'seller_shipped', 'signed_for', 'completed', 'dispute_opened', 'seller_offer_made', 'return_agreed', 'return_shipped'];
  const agent: EventKind[] = ['paid', 'seller_shipped', 'signed_for', 'warehouse_stored', 'qc_done', 'intl_fee_quoted', 'intl_shipped', 'intl_delivered', 'dispute_opened'];
  const base = Date.parse('2026-01-01T00:00:00Z');
  return Array.from({ length: n }, (_, i) => {
    const site = pick(sites);
    const viaAgent = site !== 'aliexpress' && rnd() < 0.5;
    const t = base + Math.floor(rnd() * 300) * 86_400_000 + Math.floor(rnd() * 86_400_000);
    const kinds = viaAgent ? agent : marketplace;
    const zone = site === 'aliexpress' ? 'America/Los_Angeles' : 'Asia/Shanghai';
    const events = kinds.slice(0, 1 + Math.floor(rnd() * kinds.length)).map((kind, k) => ({
      kind,
      at: new Date(t + k * 3 * 86_400_000).toISOString(),
      dateOnly: rnd() < 0.3,
      zone,
    }));
    const payment = pick(payments);
    const orderId = String(4_000_000_000_000_000_000n + BigInt(i));
    return {
      site,
      orderId,
      url: `https://example.com/order/${orderId}`,
      items: [{ title: `Item ${i}` }],
      status: statuses[i % statuses.length]!,
      events,
      tracking: [],
      ...(site === 'aliexpress' && rnd() < 0.7 ? { protectionDays: 60 } : {}),
      pageDeadlines: site === 'aliexpress' && rnd() < 0.2 ? [{ ruleId: 'ae.protection.end', due: new Date(t + 50 * 86_400_000).toISOString(), text: 'countdown' }] : [],
      ...(payment ? { payment } : {}),
      ...(viaAgent ? { agent: { family: pick(families) } } : {}),
      ...(site === 'aliexpress' && rnd() < 0.3 ? { consumerRegion: pick(['eu', 'uk'] as const) } : {}),
      missing: [],
    };
  });
}
