import type { Source } from '../model';
import type { LadderStep, Rule } from './types';

/**
 * Statutory withdrawal rights of EU and UK consumers, from `../shared/research/rules.md` §7 (research
 * of November 2026). Both run on the consumer's calendar (zone 'user') from the day the consumer takes
 * physical possession: `signed_for` on an order delivered to the buyer. `rulesFor` adds them only when
 * the order's `consumerRegion` is known and the order is an AliExpress order: the trader directs its
 * activity to the consumer's country there, while a Taobao seller reached through a shopping agent
 * (whose `signed_for` is the agent warehouse's signature) contracts in China (§7, "Applicability").
 */

const CRD_ART9: Source = {
  title: 'Directive 2011/83/EU (Consumer Rights Directive) art. 9: 14 days from physical possession; art. 10 (up to 12 months more if not informed); art. 13 (refund within 14 days)',
  url: 'https://www.legislation.gov.uk/eudr/2011/83/article/9',
  seen: '2011-10-25',
};
const REG_1182_71: Source = {
  title: 'Regulation (EEC, Euratom) No 1182/71 art. 3(4): a period ending on a public holiday, Saturday or Sunday ends with the next working day (quoted at wordscope.be)',
  url: 'https://www.wordscope.be',
  seen: '1971-06-03',
};
const CODE_CONSO: Source = {
  title: 'French Consumer Code art. L221-19 (applies the 1182/71 roll-forward to the withdrawal period; french-business-law.com)',
  url: 'https://www.french-business-law.com',
  seen: '2016',
};
const ALIEXPRESS_EU: Source = {
  title: 'AliExpress buyer protection page: EU buyers generally have the statutory withdrawal right (rules.md §7)',
  url: 'https://sale.aliexpress.com/__pc/esiTMXJb3L.htm',
  seen: '2026-11',
};
const CCR_2013: Source = {
  title: 'Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013 regs 29–31 (not re-read for the research note)',
  url: 'https://www.legislation.gov.uk/uksi/2013/3134/regulation/30',
  seen: '2013-12-10',
};

export const euRules: Rule[] = [
  {
    id: 'eu.crd.withdrawal',
    platform: 'eu',
    name: { en: 'EU 14-day right of withdrawal ends', zh: '欧盟 14 天法定撤回权截止' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 14, unit: 'days' },
    // The consumer's own receipt (for several parcels, the last one: set that date by hand).
    startsFrom: 'signed_for',
    appliesWhen: 'always',
    endedBy: [],
    mode: 'CW',
    zone: 'user',
    atExpiry: {
      en: 'Tell the trader you withdraw before this day ends (any clear statement). A last day on a weekend moves to Monday; a public holiday also moves it, which is not computed here. Up to 12 months more if you were never told of the right.',
      zh: '须在当天结束前向商家明确表示撤回。最后一天为周末的顺延至周一；公共假日亦顺延，但此处未计算。商家未告知撤回权的，最多可延长 12 个月。',
    },
    sources: [CRD_ART9, REG_1182_71, CODE_CONSO, ALIEXPRESS_EU],
    confidence: 'high',
    estimate: false,
  },
];

export const ukRules: Rule[] = [
  {
    id: 'uk.ccr.withdrawal',
    platform: 'uk',
    name: { en: 'UK 14-day cancellation period ends', zh: '英国 14 天法定取消期截止' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 14, unit: 'days' },
    startsFrom: 'signed_for',
    appliesWhen: 'always',
    endedBy: [],
    // The UK text has no weekend roll-forward: plain calendar days.
    mode: 'C',
    zone: 'user',
    atExpiry: {
      en: 'Tell the trader you cancel before this day ends; the 14 days run from the day after delivery and do not move for weekends.',
      zh: '须在当天结束前通知商家取消；14 天自收货次日起算，遇周末不顺延。',
    },
    sources: [CCR_2013, ALIEXPRESS_EU],
    confidence: 'medium',
    estimate: false,
  },
];

/** The statutory right is exercised against the seller: it sits on the seller's rung. */
function withdrawalStep(platform: string, prefix: string, rule: string, name: LadderStep['name']): LadderStep {
  return {
    id: `${prefix}.step.withdraw`,
    platform,
    rung: 'seller',
    name,
    how: {
      en: 'Tell the seller, in writing (a message through the order is enough), that you withdraw from the contract. No reason is needed; you usually pay the return postage.',
      zh: '以书面方式（通过订单留言即可）告知卖家你撤回合同，无需理由；退货运费通常由你承担。',
    },
    windows: [rule],
    // No event records a withdrawal notice: the window stays in view until it passes.
    takenBy: [],
    outer: [],
  };
}

export const euLadder: LadderStep[] = [withdrawalStep('eu', 'eu', 'eu.crd.withdrawal', { en: 'Withdraw under EU law (14 days)', zh: '依欧盟法律撤回（14 天）' })];
export const ukLadder: LadderStep[] = [withdrawalStep('uk', 'uk', 'uk.ccr.withdrawal', { en: 'Cancel under UK law (14 days)', zh: '依英国法律取消（14 天）' })];
