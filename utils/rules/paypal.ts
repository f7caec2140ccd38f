import type { Source } from '../model';
import type { Flow, LadderStep, Rule } from './types';

/**
 * PayPal Buyer Protection clocks, from `../shared/research/rules.md` §5 (research of November 2026).
 * PayPal counts calendar days on the consumer's calendar: mode C in the user's zone, the payment
 * day as day 0 (§9.7). PayPal's own case (`paypal_dispute_opened`) is not a marketplace refund
 * request (`dispute_opened`): opening one on Taobao starts no PayPal clock. The Resolution Center
 * shows exact dates; a captured date wins.
 */

const FAQ1417: Source = {
  title: 'PayPal help FAQ1417: "open a dispute within 180 days of your payment"; escalate within 20 days',
  url: 'https://www.paypal.com/sr/smarthelp/article/faq1417',
  seen: '2026-11',
};
const USER_AGREEMENT: Source = {
  title: 'PayPal user agreement clauses as reproduced by lawinsider.com ("within 180 days of the date you sent the payment")',
  url: 'https://www.lawinsider.com',
  seen: '2026',
};
const AUTO_CLOSE: Source = {
  title: 'PayPal help "When does PayPal automatically close a dispute?" (solutionId 1204660)',
  url: 'https://www.paypal.com/helpcenter',
  seen: '2010s',
};
const DEV_DOCS: Source = {
  title: 'PayPal developer docs, disputes reference (inquiry stage lasts up to 20 days)',
  url: 'https://developer.paypal.com/docs/disputes/disputes-reference',
  seen: '2026',
};

export const paypalRules: Rule[] = [
  {
    id: 'pp.dispute.open',
    platform: 'paypal',
    name: { en: 'Last day to open a PayPal dispute', zh: 'PayPal 发起争议截止' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 180, unit: 'days' },
    startsFrom: 'paid',
    appliesWhen: 'always',
    endedBy: ['paypal_dispute_opened', 'paypal_claim_opened'],
    mode: 'C',
    zone: 'user',
    atExpiry: {
      en: 'The payment is no longer eligible for PayPal Buyer Protection. The window counts from the payment, not from delivery.',
      zh: '该笔付款不再受 PayPal 买家保护。期限从付款日起算，而非收货日。',
    },
    sources: [FAQ1417, USER_AGREEMENT],
    confidence: 'high',
    estimate: false,
  },
  {
    id: 'pp.dispute.escalate',
    platform: 'paypal',
    name: { en: 'Escalate the PayPal dispute to a claim', zh: '将 PayPal 争议升级为索赔' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 20, unit: 'days' },
    startsFrom: 'paypal_dispute_opened',
    appliesWhen: 'event',
    endedBy: ['paypal_claim_opened', 'refund_issued'],
    mode: 'C',
    zone: 'user',
    atExpiry: {
      en: 'The dispute closes automatically and cannot be reopened or escalated.',
      zh: '争议自动关闭，且不能重新打开或升级。',
    },
    sources: [FAQ1417, AUTO_CLOSE, DEV_DOCS],
    confidence: 'high',
    estimate: false,
  },
  {
    id: 'pp.offer.response',
    platform: 'paypal',
    name: { en: "Answer the seller's offer in the PayPal dispute", zh: '回应卖家在 PayPal 争议中的方案' },
    kind: 'response_clock',
    duration: { from: 'fixed', amount: 10, unit: 'days' },
    startsFrom: 'paypal_offer_made',
    appliesWhen: 'event',
    endedBy: ['paypal_claim_opened', 'refund_issued'],
    mode: 'C',
    zone: 'user',
    atExpiry: {
      en: 'If you neither accept nor answer, the dispute closes.',
      zh: '逾期未接受或回应，争议将关闭。',
    },
    sources: [AUTO_CLOSE],
    confidence: 'medium',
    estimate: false,
  },
  {
    id: 'pp.claim.seller_response',
    platform: 'paypal',
    name: { en: 'Seller should answer the PayPal claim', zh: '卖家应回应 PayPal 索赔' },
    kind: 'expected_by',
    duration: { from: 'fixed', amount: 10, unit: 'days' },
    startsFrom: 'paypal_claim_opened',
    appliesWhen: 'event',
    endedBy: ['refund_issued'],
    mode: 'C',
    zone: 'user',
    atExpiry: {
      en: 'PayPal may decide for you; it aims to close cases within 30 days. Answer any document request within the time PayPal gives.',
      zh: 'PayPal 可能判您胜诉；其目标是 30 天内结案。PayPal 要求补充材料时请按其期限提交。',
    },
    sources: [
      { title: 'Third-party summaries of the PayPal claim stage (accountinginsights.org, uslegalforms.com)', seen: '2020s' },
      { title: 'PayPal seller dispute resolution page ("we try to resolve cases within 30 days")', url: 'https://www.paypal.com/c2/webapps/mpp/seller-dispute-resolution', seen: '2020s' },
    ],
    confidence: 'low',
    estimate: true,
  },
];

/** A PayPal case, from the Resolution Center's dispute to a claim PayPal decides (rules.md §5). */
export const paypalFlow: Flow = {
  id: 'pp.flow.case',
  platform: 'paypal',
  name: { en: 'PayPal case', zh: 'PayPal 争议' },
  stages: [
    {
      id: 'pp.stage.escalate',
      name: { en: 'You escalate the dispute to a claim, if unresolved', zh: '未解决时，你将争议升级为索赔' },
      actor: 'buyer',
      startsOn: 'paypal_dispute_opened',
      doneOn: ['paypal_claim_opened', 'refund_issued'],
      clock: { from: 'rules', rules: ['pp.dispute.escalate'] },
      ifMissed: {
        en: 'After 20 days PayPal closes the dispute automatically, and a closed dispute cannot be reopened or escalated. Escalate before then unless the seller has refunded.',
        zh: '20 天后 PayPal 将自动关闭争议，关闭后不能重开或升级。除非卖家已退款，请在此之前升级。',
      },
    },
    {
      id: 'pp.stage.offer',
      name: { en: 'You answer the seller’s offer', zh: '你回应卖家的提议' },
      actor: 'buyer',
      startsOn: 'paypal_offer_made',
      doneOn: ['paypal_claim_opened', 'refund_issued'],
      clock: { from: 'rules', rules: ['pp.offer.response'] },
      ifMissed: {
        en: 'Without an answer within 10 days the dispute closes. Accept the offer, or decline it and escalate.',
        zh: '10 天内不回应，争议将关闭。请接受提议，或拒绝并升级。',
      },
    },
    {
      id: 'pp.stage.claim',
      name: { en: 'PayPal decides the claim', zh: 'PayPal 裁决索赔' },
      actor: 'payment',
      startsOn: 'paypal_claim_opened',
      doneOn: ['refund_issued'],
      clock: { from: 'rules', rules: ['pp.claim.seller_response'] },
      ifMissed: {
        en: 'The seller’s time to answer has passed; PayPal aims to decide within 30 days. Answer any request for documents by the date it names.',
        zh: '卖家答复期已过；PayPal 一般在 30 天内裁决。如被要求补充材料，请在规定日期前提交。',
      },
    },
  ],
};

export const paypalLadder: LadderStep[] = [
  {
    id: 'pp.step.dispute',
    platform: 'paypal',
    rung: 'payment',
    name: { en: 'Open a PayPal dispute', zh: '在 PayPal 发起争议' },
    how: {
      en: 'PayPal Resolution Center → Report a problem, on this payment: item not received, or significantly not as described.',
      zh: 'PayPal 争议解决中心 → 报告问题，选择本笔付款：未收到物品或与描述严重不符。',
    },
    windows: ['pp.dispute.open'],
    takenBy: ['paypal_dispute_opened', 'paypal_claim_opened'],
    outer: [],
  },
  {
    id: 'pp.step.claim',
    platform: 'paypal',
    rung: 'payment',
    name: { en: 'Escalate the dispute to a PayPal claim', zh: '将争议升级为 PayPal 索赔' },
    how: {
      en: 'In the open dispute: “Escalate to PayPal”. PayPal then reviews both sides’ evidence and decides.',
      zh: '在进行中的争议里选择“升级至 PayPal”，PayPal 将审核双方证据并裁决。',
    },
    windows: ['pp.dispute.escalate'],
    takenBy: ['paypal_claim_opened'],
    outer: [],
  },
];
