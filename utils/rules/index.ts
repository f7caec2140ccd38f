import { CardNetworkSchema, type Agent, type AgentFamily, type AgentSource, type CardNetwork, type ConsumerRegion, type MarketSite, type Payment, type SiteId } from '../model';
import { flow1688, ladder1688, rules1688 } from './1688';
import {
  cnfansFlow,
  cnfansLadder,
  cnfansRules,
  cssbuyLadder,
  cssbuyRules,
  genericAgentLadder,
  genericAgentRules,
  superbuyLadder,
  superbuyRules,
  templateAgentLadder,
  templateAgentRules,
} from './agents';
import { aliexpressFlow, aliexpressLadder, aliexpressRules } from './aliexpress';
import { amexLadder, amexRules, mastercardLadder, mastercardRules, unionpayLadder, unionpayRules, visaLadder, visaRules } from './cards';
import { cn12315Flow, cn12315Ladder, cn12315Rules } from './cn12315';
import { paypalFlow, paypalLadder, paypalRules } from './paypal';
import { euLadder, euRules, ukLadder, ukRules } from './statutory';
import { taobaoFlow, taobaoLadderSteps, taobaoRules } from './taobao';
import { tmallFlow, tmallLadderSteps, tmallRules } from './tmall';
import type { Flow, LadderStep, Rule } from './types';
import { weidianFlow, weidianLadderSteps, weidianRules } from './weidian';

/**
 * Who sets a rule set: a site, the payment channel the buyer used (PayPal, a card network), the
 * shopping agent's family the order was bought through, the consumer's statutory law (EU, UK), or
 * the Chinese complaint channel (12315).
 */
export type Platform = MarketSite | 'paypal' | CardNetwork | AgentFamily | ConsumerRegion | 'cn12315';

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

/** Each platform's dispute process, where the research describes one. */
export const flowsByPlatform: Partial<Record<Platform, Flow>> = {
  aliexpress: aliexpressFlow,
  taobao: taobaoFlow,
  tmall: tmallFlow,
  '1688': flow1688,
  weidian: weidianFlow,
  paypal: paypalFlow,
  cnfans: cnfansFlow,
  cn12315: cn12315Flow,
};

/** What a shopper can do at each rung, by the platform that offers it. */
export const ladderByPlatform: Record<Platform, LadderStep[]> = {
  aliexpress: aliexpressLadder,
  taobao: taobaoLadderSteps,
  tmall: tmallLadderSteps,
  '1688': ladder1688,
  weidian: weidianLadderSteps,
  paypal: paypalLadder,
  visa: visaLadder,
  mastercard: mastercardLadder,
  amex: amexLadder,
  unionpay: unionpayLadder,
  cnfans: cnfansLadder,
  superbuy: superbuyLadder,
  cssbuy: cssbuyLadder,
  template: templateAgentLadder,
  generic: genericAgentLadder,
  eu: euLadder,
  uk: ukLadder,
  cn12315: cn12315Ladder,
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
export const rulesBySite: Record<MarketSite, Rule[]> = {
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
  /** An agent order's marketplace: its rules apply, counted from the warehouse's sign-for. */
  marketplace?: { site: AgentSource } | undefined;
  payment?: Payment | undefined;
  agent?: Pick<Agent, 'family'> | undefined;
  consumerRegion?: ConsumerRegion | undefined;
  /** What the user said about the payment and their region wins over the page. */
  overrides?: { payment?: Payment | undefined; consumerRegion?: ConsumerRegion | undefined } | undefined;
}

/** Marketplaces whose sellers are businesses in mainland China: a 12315 complaint can name them. */
const CHINESE_SITES: ReadonlySet<SiteId> = new Set(['taobao', 'tmall', '1688', 'weidian']);

/**
 * The marketplace whose rules the order follows: its own site, or for an agent's order the
 * marketplace the agent bought from; unknown (none) when the agent's page does not say.
 */
export function marketOf(order: Pick<RuleContext, 'site' | 'marketplace'>): MarketSite | undefined {
  // A site with rules of its own is a marketplace.
  return Object.hasOwn(rulesBySite, order.site) ? (order.site as MarketSite) : order.marketplace?.site;
}

/**
 * The statutory withdrawal law of the consumer's region, for an order where it can be enforced:
 * AliExpress directs its sales to the consumer's country; a marketplace order bought through a
 * shopping agent is a contract in China (rules.md §7, "Applicability"). Unknown region: none.
 */
export function statutoryPlatform(order: RuleContext): ConsumerRegion | undefined {
  const region = order.overrides?.consumerRegion ?? order.consumerRegion;
  if (!region || order.agent || order.site !== 'aliexpress') return undefined;
  return region;
}

/** Whether a 12315 complaint fits the order: a Chinese marketplace's, or anything bought through an agent (rules.md §8). */
export function complaintApplies(order: RuleContext): boolean {
  return CHINESE_SITES.has(order.site) || !!order.agent;
}

/**
 * The platforms whose rules apply to an order, in this order: its site (for an agent order, the
 * marketplace, counted from the warehouse's sign-for), its agent family, its payment channel, the
 * consumer's statutory right, and the 12315 complaint channel.
 */
export function platformsFor(order: RuleContext): Platform[] {
  const family = order.agent?.family;
  const channel = paymentPlatform(order.overrides?.payment ?? order.payment);
  const statutory = statutoryPlatform(order);
  const market = marketOf(order);
  const out: Platform[] = market ? [market] : [];
  if (family) out.push(family);
  if (channel) out.push(channel);
  if (statutory) out.push(statutory);
  if (complaintApplies(order)) out.push('cn12315');
  return out;
}

/**
 * On an order bought through an agent, the agent is the marketplace's buyer: it pays, waits for the
 * seller's shipment and confirms receipt. Those marketplace clocks are the agent's to watch; what
 * stays the shopper's is the seller's return window and the refund flow (rules.md §4: "the
 * marketplace seller's window, from the warehouse sign-for").
 */
const AGENT_HANDLED = /\.(ship\.by|autoconfirm)$/;

const combined = new Map<string, Rule[]>();

/**
 * The rules that apply to an order: those of every platform `platformsFor` names, in that order (the
 * 12315 clocks are all 'event' clocks: silent until a dispute or a complaint).
 */
export function rulesFor(order: RuleContext): Rule[] {
  const platforms = platformsFor(order);
  // Cached: this runs for every order on every capture; the lists are read-only data. The platform
  // list is every input that changes the rule list.
  const viaAgent = !!order.agent;
  const key = `${platforms.join('|')}|${viaAgent ? 'agent' : ''}`;
  let rules = combined.get(key);
  if (!rules) {
    const market = marketOf(order);
    rules = platforms.flatMap((p) => (viaAgent && p === market ? rulesByPlatform[p].filter((r) => !AGENT_HANDLED.test(r.id)) : rulesByPlatform[p]));
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
