import type { Rule } from './types';

/**
 * AliExpress clocks, from `../shared/research/rules.md` §2 (research of November 2026). AliExpress
 * counts its timers on instants (mode E). Where AliExpress changed its process over the years the
 * current reading is used and the older ones are left to the research note (§9.3).
 */

const SSOPDOT = { title: 'Seller guide to AliExpress disputes (ssopdot.com/blog/19333.html, third-party)', url: 'https://ssopdot.com/blog/19333.html', seen: '2026-11' };
const HELP_2018 = { title: 'Copy of AliExpress buyer help (skin.tigerwing.net, 2018)', seen: '2018' };
const BUYER_PROTECTION = { title: 'AliExpress buyer protection page', url: 'https://sale.aliexpress.com/__pc/esiTMXJb3L.htm', seen: '2026-11' };

export const aliexpressRules: Rule[] = [
  {
    id: 'ae.protection.end',
    platform: 'aliexpress',
    name: { en: 'Buyer protection ends', zh: '买家保护期结束' },
    kind: 'closes',
    duration: { from: 'order', field: 'protectionDays', unit: 'days' },
    startsFrom: 'seller_shipped',
    appliesWhen: 'always',
    endedBy: ['completed'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'Unless you confirm receipt or open a dispute first, the order completes and the seller is paid.',
      zh: '若未确认收货或发起纠纷，订单自动完成，货款打给卖家。',
    },
    sources: [
      BUYER_PROTECTION,
      { title: 'Copy of the AliExpress FAQ (cnjdpart.com/ru/pages/faqs)', url: 'https://cnjdpart.com/ru/pages/faqs', seen: '2020s' },
    ],
    confidence: 'high',
    estimate: false,
  },
  {
    id: 'ae.dispute.opens',
    platform: 'aliexpress',
    name: { en: 'Dispute can be opened', zh: '可以发起纠纷' },
    kind: 'opens',
    duration: { from: 'fixed', amount: 10, unit: 'days' },
    startsFrom: 'seller_shipped',
    appliesWhen: 'always',
    endedBy: ['dispute_opened'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'The refund / return request button becomes available.',
      zh: '"申请退款/退货"按钮开放。',
    },
    sources: [SSOPDOT, { title: 'Chinese Q&A on AliExpress disputes (seed document)', seen: '2026' }],
    confidence: 'medium',
    estimate: false,
  },
  {
    id: 'ae.dispute.closes',
    platform: 'aliexpress',
    name: { en: 'Last day to open a dispute', zh: '发起纠纷截止' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 15, unit: 'days' },
    startsFrom: 'completed',
    appliesWhen: 'always',
    endedBy: ['dispute_opened'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'The dispute window closes; only contact with the seller remains.',
      zh: '纠纷通道关闭，只能联系卖家协商。',
    },
    sources: [
      HELP_2018,
      { title: 'Copies of AliExpress help (christinasbeautyjourney.blogspot.com, 2021–2022)', seen: '2022' },
      { title: 'Current AliExpress buyer-protection text copied by shops (lilianshops.com/return-policy)', url: 'https://lilianshops.com/return-policy', seen: '2026-11' },
    ],
    confidence: 'medium',
    estimate: false,
  },
  {
    id: 'ae.seller.response',
    platform: 'aliexpress',
    name: { en: 'Seller must answer your request', zh: '卖家须回应退款申请' },
    kind: 'response_clock',
    duration: { from: 'fixed', amount: 5, unit: 'days' },
    startsFrom: 'dispute_opened',
    appliesWhen: 'event',
    endedBy: ['seller_responded', 'refund_issued'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'If the seller neither accepts nor refuses, your request is carried out (refund).',
      zh: '卖家逾期未处理，系统按您的申请执行（退款）。',
    },
    sources: [HELP_2018, SSOPDOT],
    confidence: 'medium',
    estimate: false,
  },
  {
    id: 'ae.buyer.response',
    platform: 'aliexpress',
    name: { en: "Answer the seller's counter-proposal", zh: '回应卖家的协商方案' },
    kind: 'response_clock',
    duration: { from: 'fixed', amount: 5, unit: 'days' },
    startsFrom: 'seller_offer_made',
    appliesWhen: 'event',
    endedBy: ['platform_intervened', 'refund_issued'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: "The seller's proposal is carried out.",
      zh: '逾期未回应，按卖家方案执行。',
    },
    sources: [{ title: 'Chinese Q&A on AliExpress disputes (seed document): generic 5-day rule', seen: '2026' }],
    confidence: 'low',
    estimate: true,
  },
  {
    id: 'ae.platform.intervene',
    platform: 'aliexpress',
    name: { en: 'AliExpress should step in', zh: '平台应介入' },
    kind: 'expected_by',
    duration: { from: 'fixed', amount: 7, unit: 'days' },
    startsFrom: 'dispute_opened',
    appliesWhen: 'event',
    endedBy: ['platform_intervened', 'refund_issued'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'Overdue: ask AliExpress to step in.',
      zh: '已逾期：可要求平台介入。',
    },
    sources: [SSOPDOT, { title: 'Chinese Q&A on AliExpress disputes (seed document)', seen: '2026' }],
    confidence: 'low',
    estimate: true,
  },
  {
    id: 'ae.return.ship',
    platform: 'aliexpress',
    name: { en: 'Ship the return', zh: '寄回退货' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 10, unit: 'days' },
    startsFrom: 'return_agreed',
    appliesWhen: 'event',
    endedBy: ['return_shipped'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'If the return has not shipped, the payment goes to the seller.',
      zh: '逾期未寄回，货款将打给卖家。',
    },
    sources: [SSOPDOT, { title: 'AliExpress FAQ copy: "return the item within 10 days"', url: 'https://cnjdpart.com/ru/pages/faqs', seen: '2020s' }],
    confidence: 'medium',
    estimate: false,
  },
];
