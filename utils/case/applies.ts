import { isAgentSite, type Order, type OrderRead, type PaymentChannel } from '../model';
import type { Rung } from '../rules/types';
import { CHANNELS, ChannelSchema, REASONS, ReasonSchema, type Channel, type Reason } from './schema';

/** What decides which channels and reasons an order offers. */
export type ApplyOrder = Pick<OrderRead, 'site' | 'payment' | 'agent'> & Pick<Order, 'overrides'>;

/** An order bought through a shopping agent, whether or not the page named the agent's family. */
export const viaAgent = (order: Pick<ApplyOrder, 'site' | 'agent'>) => !!order.agent || isAgentSite(order.site);

/**
 * PayPal and a card issuer can each only dispute a payment made through them. When the payment
 * channel is unknown both stay offered: we cannot rule either out, and hiding the right one would
 * cost the shopper a window. Alipay, a site balance or another method brings neither (rules.md §5,
 * §6 cover only PayPal and the card networks).
 */
const PAID_WITH: Record<'paypal' | 'card_issuer', PaymentChannel> = { paypal: 'paypal', card_issuer: 'card' };

const APPLIES: Record<Channel, (order: ApplyOrder) => boolean> = {
  // On an agent order the agent is the marketplace's buyer: the seller does not know the shopper,
  // and the marketplace's refund request is the agent's to file (rules/index.ts AGENT_HANDLED;
  // flows.md §1, §3: the shopper reaches the seller through the agent's after-sales).
  seller_chat: (o) => !viaAgent(o),
  marketplace_dispute: (o) => !viaAgent(o),
  agent_after_sales: viaAgent,
  paypal: (o) => paidWith(o, 'paypal'),
  card_issuer: (o) => paidWith(o, 'card_issuer'),
  // 12315 for a business registered in China (rules.md §8), the consumer's own body (ECC-Net in
  // the EU) for the rest: some consumer body always exists.
  consumer_body: () => true,
};

function paidWith(order: ApplyOrder, channel: 'paypal' | 'card_issuer'): boolean {
  // What the user said about the payment wins over the page, as in the deadline engine.
  const payment = order.overrides?.payment ?? order.payment;
  return !payment || payment.channel === PAID_WITH[channel];
}

export const rungOf = (channel: Channel): Rung => CHANNELS[channel].rung;

/** The channels open to this order, in ladder order (seller, platform, agent, payment, consumer body). */
export function channelsFor(order: ApplyOrder): Channel[] {
  return ChannelSchema.options.filter((c) => APPLIES[c](order));
}

/**
 * The channels of one ladder rung for this order: the payment rung is PayPal or the card issuer as
 * the order was paid, both when unknown. The marketplace's refund request, which the ladder files
 * under the seller's rung on AliExpress and Taobao, is the `marketplace_dispute` channel here: it is
 * filed in the platform's form and decided by its rules.
 */
export function channelsForRung(rung: Rung, order: ApplyOrder): Channel[] {
  return channelsFor(order).filter((c) => rungOf(c) === rung);
}

/** The reasons a case on this order can have: warehouse problems only where there is a warehouse. */
export function reasonsFor(order: ApplyOrder): Reason[] {
  const agent = viaAgent(order);
  return ReasonSchema.options.filter((r) => agent || !REASONS[r].agentOnly);
}
