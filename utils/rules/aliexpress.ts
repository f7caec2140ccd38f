import type { Flow, LadderStep, Rule } from './types';

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

/** A dispute on AliExpress, as the current texts describe it (rules.md §2, §9.3; flows.md §5). */
export const aliexpressFlow: Flow = {
  id: 'ae.flow.dispute',
  platform: 'aliexpress',
  name: { en: 'AliExpress dispute', zh: '速卖通纠纷' },
  stages: [
    {
      id: 'ae.stage.seller_reply',
      name: { en: 'Seller answers your refund request', zh: '卖家回应退款申请' },
      actor: 'seller',
      startsOn: 'dispute_opened',
      doneOn: ['seller_responded', 'seller_offer_made', 'return_agreed', 'platform_intervened', 'refund_approved', 'refund_issued'],
      clock: { from: 'rules', rules: ['ae.seller.response'] },
      ifMissed: {
        en: 'The seller did not answer within 5 days: AliExpress carries out your request and refunds you. If the dispute page shows nothing, contact AliExpress support.',
        zh: '卖家 5 天内未回应：平台将执行你的申请并退款。如纠纷页面没有变化，请联系速卖通客服。',
      },
    },
    {
      id: 'ae.stage.buyer_reply',
      name: { en: 'You answer the seller’s proposal', zh: '你回应卖家的方案' },
      actor: 'buyer',
      startsOn: 'seller_offer_made',
      doneOn: ['platform_intervened', 'return_agreed', 'refund_approved', 'refund_issued'],
      clock: { from: 'rules', rules: ['ae.buyer.response'] },
      ifMissed: {
        en: 'Without your answer within 5 days the seller’s proposal is carried out. Accept it, or reject it and attach your evidence.',
        zh: '若 5 天内不回应，将执行卖家的方案。请接受，或附上证据拒绝。',
      },
    },
    {
      id: 'ae.stage.platform',
      name: { en: 'AliExpress steps in', zh: '速卖通介入' },
      actor: 'platform',
      startsOn: 'dispute_opened',
      doneOn: ['platform_intervened', 'refund_approved', 'refund_issued'],
      clock: { from: 'rules', rules: ['ae.platform.intervene'] },
      ifMissed: {
        en: 'AliExpress has not stepped in within 7 days: from the dispute page, ask AliExpress support to review the dispute; keep your evidence attached.',
        zh: '速卖通 7 天内未介入：请在纠纷页面联系客服要求平台处理，并保留已上传的证据。',
      },
    },
    {
      id: 'ae.stage.return_ship',
      name: { en: 'You ship the return', zh: '你寄回退货' },
      actor: 'buyer',
      startsOn: 'return_agreed',
      doneOn: ['return_shipped', 'refund_issued'],
      clock: { from: 'rules', rules: ['ae.return.ship'] },
      ifMissed: {
        en: 'A return not shipped within 10 days ends the dispute and the seller is paid: ship it and enter the tracking number.',
        zh: '10 天内未寄回，纠纷结束，货款将打给卖家：请尽快寄出并填写运单号。',
      },
    },
  ],
};

/** Where an AliExpress buyer can go, in order (rules.md §2; the payment and statutory rungs come from their own files). */
export const aliexpressLadder: LadderStep[] = [
  {
    id: 'ae.step.dispute',
    platform: 'aliexpress',
    rung: 'seller',
    name: { en: 'Open a refund request (dispute) with the seller', zh: '向卖家发起退款申请（纠纷）' },
    how: {
      en: 'Order page → “Open dispute”: choose refund only or return and refund, describe the problem and attach photos or video.',
      zh: '订单页 → “发起纠纷”：选择仅退款或退货退款，说明问题并上传照片或视频。',
    },
    windows: ['ae.dispute.opens', 'ae.protection.end', 'ae.dispute.closes'],
    takenBy: ['dispute_opened'],
    outer: [],
  },
  {
    id: 'ae.step.platform',
    platform: 'aliexpress',
    rung: 'platform',
    name: { en: 'AliExpress reviews the dispute', zh: '速卖通处理纠纷' },
    how: {
      en: 'AliExpress staff step in within 7 days of an open dispute; you can also ask support to review it. See the case stages.',
      zh: '纠纷发起后 7 天内平台介入；你也可以联系客服要求处理。见纠纷进度。',
    },
    windows: [],
    takenBy: ['platform_intervened'],
    outer: [],
    noClock: {
      why: { en: 'Follows the dispute: no window of its own.', zh: '随纠纷进行，没有单独的期限。' },
      sources: [SSOPDOT],
    },
  },
];
