import { describe, expect, it } from 'vitest';
import type { Payment } from '../model';
import { channelsFor, channelsForRung, reasonsFor, rungOf, type ApplyOrder } from './applies';
import { openCase } from './open';
import { CaseSchema, ChannelSchema, ReasonSchema } from './schema';

const market = (payment?: Payment, extra: Partial<ApplyOrder> = {}): ApplyOrder => ({ site: 'taobao', payment, ...extra });
const agent = (payment?: Payment): ApplyOrder => ({ site: 'cnfans', agent: { family: 'cnfans' }, payment });

describe('which channels an order offers', () => {
  it.each([
    ['Taobao paid by PayPal', market({ channel: 'paypal' }), ['seller_chat', 'marketplace_dispute', 'paypal', 'consumer_body']],
    ['AliExpress paid by card', market({ channel: 'card', network: 'visa' }, { site: 'aliexpress' }), ['seller_chat', 'marketplace_dispute', 'card_issuer', 'consumer_body']],
    ['payment unknown: both payment channels stay', market(undefined), ['seller_chat', 'marketplace_dispute', 'paypal', 'card_issuer', 'consumer_body']],
    ['paid by Alipay: no payment channel', market({ channel: 'alipay' }), ['seller_chat', 'marketplace_dispute', 'consumer_body']],
    ['paid from a site balance', market({ channel: 'site_balance' }), ['seller_chat', 'marketplace_dispute', 'consumer_body']],
    ['agent order paid by card: the agent, not the seller or marketplace', agent({ channel: 'card' }), ['agent_after_sales', 'card_issuer', 'consumer_body']],
    ['agent order paid by PayPal', agent({ channel: 'paypal' }), ['agent_after_sales', 'paypal', 'consumer_body']],
    ['an agent site whose family the page did not name is still an agent order', { site: 'kakobuy', payment: { channel: 'paypal' } } satisfies ApplyOrder, ['agent_after_sales', 'paypal', 'consumer_body']],
  ] as const)('%s', (_name, order, want) => {
    expect(channelsFor(order)).toEqual(want);
  });

  it('the user’s word on the payment wins over the page', () => {
    const order = market({ channel: 'paypal' }, { overrides: { events: [], durations: {}, payment: { channel: 'card' } } });
    expect(channelsFor(order)).toEqual(['seller_chat', 'marketplace_dispute', 'card_issuer', 'consumer_body']);
  });
});

describe('channels sit on the ladder’s rungs', () => {
  it('maps each channel to its rung', () => {
    expect(Object.fromEntries(ChannelSchema.options.map((c) => [c, rungOf(c)]))).toEqual({
      seller_chat: 'seller',
      marketplace_dispute: 'platform',
      agent_after_sales: 'agent',
      paypal: 'payment',
      card_issuer: 'payment',
      consumer_body: 'consumer_body',
    });
  });

  it('the payment rung is PayPal or the card as the order was paid, both when unknown', () => {
    expect(channelsForRung('payment', market({ channel: 'paypal' }))).toEqual(['paypal']);
    expect(channelsForRung('payment', market({ channel: 'card' }))).toEqual(['card_issuer']);
    expect(channelsForRung('payment', market(undefined))).toEqual(['paypal', 'card_issuer']);
    expect(channelsForRung('agent', market(undefined))).toEqual([]);
    expect(channelsForRung('agent', agent())).toEqual(['agent_after_sales']);
  });
});

describe('which reasons an order offers', () => {
  it('warehouse problems only on an agent order', () => {
    expect(reasonsFor(market())).not.toContain('agent_qc_mismatch');
    expect(reasonsFor(market())).not.toContain('agent_lost_in_warehouse');
    expect(reasonsFor(market())).toHaveLength(ReasonSchema.options.length - 2);
    expect(reasonsFor(agent())).toEqual(ReasonSchema.options);
  });
});

describe('opening a case', () => {
  const order = {
    ...market({ channel: 'card' }),
    orderId: '4123456789012345678',
    events: [{ kind: 'paid' as const, at: '2026-03-01T04:00:00.000Z', dateOnly: false, zone: 'Asia/Shanghai' }],
  };

  it('starts at the lowest rung with the reason’s usual remedy and the order’s events', () => {
    const c = openCase({ id: 'case-1', order, reason: 'wrong_size_colour', now: new Date('2026-03-06T00:00:00.000Z') });
    expect(() => CaseSchema.parse(c)).not.toThrow();
    expect([c.channel, c.remedy, c.scope]).toEqual(['seller_chat', 'replacement', { kind: 'order' }]);
    expect(c.timeline.map((e) => e.id)).toEqual(['captured:paid:0']);
    expect([c.createdAt, c.updatedAt]).toEqual(['2026-03-06T00:00:00.000Z', '2026-03-06T00:00:00.000Z']);
  });

  it('on an agent order the first channel is the agent', () => {
    const c = openCase({ id: 'case-2', order: { ...order, ...agent({ channel: 'card' }) }, reason: 'agent_qc_mismatch', now: new Date('2026-03-06T00:00:00.000Z') });
    expect(c.channel).toBe('agent_after_sales');
  });
});
