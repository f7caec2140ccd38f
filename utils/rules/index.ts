import { CardNetworkSchema, type Agent, type AgentFamily, type CardNetwork, type ConsumerRegion, type Payment, type SiteId } from '../model';
import { rules1688 } from './1688';
import { cnfansRules, cssbuyRules, genericAgentRules, superbuyRules, templateAgentRules } from './agents';
import { aliexpressRules } from './aliexpress';
import { amexRules, mastercardRules, unionpayRules, visaRules } from './cards';
import { cn12315Rules } from './cn12315';
import { paypalRules } from './paypal';
import { euRules, ukRules } from './statutory';
import { taobaoRules } from './taobao';
import { tmallRules } from './tmall';
import type { Rule } from './types';
import { weidianRules } from './weidian';

/**
 * Who sets a rule set: a site, the payment channel the buyer used (PayPal, a card network), the
 * shopping agent's family the order was bought through, the consumer's statutory law (EU, UK), or
 * the Chinese complaint channel (12315).
 */
export type Platform = SiteId | 'paypal' | CardNetwork | AgentFamily | ConsumerRegion | 'cn12315';

/** Every rule, by the platform that sets it. A rule's `platform` field is its key here. */
export const rulesByPlatform: Record<Platform, Rule[]> = {
  aliexpress: aliexpressRules,
  taobao: taobaoRules,
  tmall: tmallRules,
  '1688': rules1688,
  weidian: weidianRules,
  paypal: paypalRules,
  visa: visaRules,
  mastercard: mastercardRules,
  amex: amexRules,
  unionpay: unionpayRules,
  cnfans: cnfansRules,
  superbuy: superbuyRules,
  cssbuy: cssbuyRules,
  template: templateAgentRules,
  generic: genericAgentRules,
  eu: euRules,
  uk: ukRules,
  cn12315: cn12315Rules,
};

/** The prefix of every rule id of a platform (`tb.autoconfirm`, `mc.not_provided`). */
export const idPrefix: Record<Platform, string> = {
  aliexpress: 'ae',
  taobao: 'tb',
  tmall: 'tm',
  '1688': '1688',
  weidian: 'wd',
  paypal: 'pp',
  visa: 'visa',
  mastercard: 'mc',
  amex: 'amex',
  unionpay: 'cup',
  cnfans: 'cnf',
  superbuy: 'sb',
  cssbuy: 'css',
  template: 'tpl',
  generic: 'gen',
  eu: 'eu',
  uk: 'uk',
  cn12315: 'cn',
};

/** The site's own rules, whatever the payment. */
export const rulesBySite: Record<SiteId, Rule[]> = {
  aliexpress: rulesByPlatform.aliexpress,
  taobao: rulesByPlatform.taobao,
  tmall: rulesByPlatform.tmall,
  '1688': rulesByPlatform['1688'],
  weidian: rulesByPlatform.weidian,
};

/**
 * The platform whose rules the payment brings: PayPal's for a PayPal payment, the network's for a
 * card whose network is known. Nothing for Alipay, site balance, other channels, an unknown channel
 * or a card of unknown network: an unknown is not guessed.
 */
export function paymentPlatform(payment: Payment | undefined): Platform | undefined {
  if (payment?.channel === 'paypal') return 'paypal';
  if (payment?.channel === 'card') return payment.network;
  return undefined;
}

const PAYMENT_PLATFORMS: readonly string[] = ['paypal', ...CardNetworkSchema.options];

/** What decides an order's rule list: its site, payment, agent and the consumer's region. */
export interface RuleContext {
  site: SiteId;
  payment?: Payment | undefined;
  agent?: Pick<Agent, 'family'> | undefined;
  consumerRegion?: ConsumerRegion | undefined;
}

/** Marketplaces whose sellers are businesses in mainland China: a 12315 complaint can name them. */
const CHINESE_SITES: ReadonlySet<SiteId> = new Set(['taobao', 'tmall', '1688', 'weidian']);

/**
 * The statutory withdrawal law of the consumer's region, for an order where it can be enforced:
 * AliExpress directs its sales to the consumer's country; a marketplace order bought through a
 * shopping agent is a contract in China (rules.md §7, "Applicability"). Unknown region: none.
 */
export function statutoryPlatform(order: RuleContext): ConsumerRegion | undefined {
  if (!order.consumerRegion || order.agent || order.site !== 'aliexpress') return undefined;
  return order.consumerRegion;
}

/** Whether a 12315 complaint fits the order: a Chinese marketplace's, or anything bought through an agent (rules.md §8). */
export function complaintApplies(order: RuleContext): boolean {
  return CHINESE_SITES.has(order.site) || !!order.agent;
}

const combined = new Map<string, Rule[]>();

/**
 * The rules that apply to an order, in this order: its site's (for an agent order, the marketplace's,
 * counted from the warehouse's sign-for), its agent family's, its payment channel's, the consumer's
 * statutory right, and the 12315 complaint clocks (all 'event' clocks: silent until a dispute or a
 * complaint).
 */
export function rulesFor(order: RuleContext): Rule[] {
  const family = order.agent?.family;
  const channel = paymentPlatform(order.payment);
  const statutory = statutoryPlatform(order);
  const complaint = complaintApplies(order);
  // Cached: this runs for every order on every capture; the lists are read-only data. The key holds
  // every input that changes the list.
  const key = `${order.site}|${family ?? ''}|${channel ?? ''}|${statutory ?? ''}|${complaint ? 'cn' : ''}`;
  let rules = combined.get(key);
  if (!rules) {
    rules = [
      ...rulesBySite[order.site],
      ...(family ? rulesByPlatform[family] : []),
      ...(channel ? rulesByPlatform[channel] : []),
      ...(statutory ? rulesByPlatform[statutory] : []),
      ...(complaint ? rulesByPlatform.cn12315 : []),
    ];
    combined.set(key, rules);
  }
  return rules;
}

/**
 * Whether the user may set a rule's length on this order: a rule among the order's own (`rulesFor`),
 * or any payment channel's (a user may shorten a card window to their issuer's on any order).
 */
export function ruleFitsOrder(rule: Pick<Rule, 'id' | 'platform'>, order: RuleContext): boolean {
  return PAYMENT_PLATFORMS.includes(rule.platform) || rulesFor(order).some((r) => r.id === rule.id);
}

export const allRules: Rule[] = Object.values(rulesByPlatform).flat();

export const ruleById = new Map(allRules.map((r) => [r.id, r]));
