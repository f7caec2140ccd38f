import { CardNetworkSchema, type CardNetwork, type Payment, type SiteId } from '../model';
import { rules1688 } from './1688';
import { aliexpressRules } from './aliexpress';
import { amexRules, mastercardRules, unionpayRules, visaRules } from './cards';
import { paypalRules } from './paypal';
import { taobaoRules } from './taobao';
import { tmallRules } from './tmall';
import type { Rule } from './types';
import { weidianRules } from './weidian';

/** Who sets a rule set: a site, or the payment channel the buyer used (PayPal, a card network). */
export type Platform = SiteId | 'paypal' | CardNetwork;

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

/**
 * Whether a rule can be among the rules of an order on this site: the site's own, or a payment
 * channel's (a user may shorten a card window to their issuer's on any order).
 */
export function ruleFitsSite(rule: Pick<Rule, 'platform'>, site: SiteId): boolean {
  return rule.platform === site || PAYMENT_PLATFORMS.includes(rule.platform);
}

const combined = new Map<string, Rule[]>();

/** The rules that apply to an order: its site's, then its payment channel's. */
export function rulesFor(order: { site: SiteId; payment?: Payment | undefined }): Rule[] {
  const channel = paymentPlatform(order.payment);
  if (!channel) return rulesBySite[order.site];
  // Cached: this runs for every order on every capture; the lists are read-only data.
  const key = `${order.site}+${channel}`;
  let rules = combined.get(key);
  if (!rules) combined.set(key, (rules = [...rulesBySite[order.site], ...rulesByPlatform[channel]]));
  return rules;
}

export const allRules: Rule[] = Object.values(rulesByPlatform).flat();

export const ruleById = new Map(allRules.map((r) => [r.id, r]));
