import type { Source } from '../model';
import type { Flow, LadderStep, Rule, Stage } from './types';

/**
 * Taobao clocks, from `../shared/research/rules.md` §3 (research of November 2026). Taobao counts
 * its own timers on instants (mode E: the auto-confirm `targetTime` is shipment + 10 × 24 h to the
 * second); the national 7-day rule counts whole days in China time (mode D; D+L for the Civil Code's
 * outer bound, §9.1). The refund-flow lengths are widely repeated but officially unconfirmed (§9.2):
 * they are estimates, and the refund page's own countdown wins when captured.
 *
 * Tmall shares this trade system (tmall.ts); 1688 and Weidian reuse these values as estimates.
 */

const CN = 'Asia/Shanghai';

export const CAPTURED_PAGES: Source = {
  title: 'Captured Taobao and Tmall order pages, Nov 2025 (DF-wu/taobaoOrderExporter, resource/dataSamples, commit 91a98838)',
  url: 'https://github.com/DF-wu/taobaoOrderExporter',
  seen: '2025-11',
};
export const SEVEN_DAY_MEASURES: Source = {
  title: '网络购买商品七日无理由退货暂行办法 (SAIC order 90, 2017; SAMR order 31, 2020)',
  url: 'https://www.gov.cn/zhengce/2020-11/03/content_5723721.htm',
  seen: '2020-11-03',
};
const CIVIL_CODE: Source = { title: '中华人民共和国民法典 arts. 201–204 (periods)', url: 'https://www.npc.gov.cn', seen: '2020' };
const HLJ_COURT: Source = {
  title: 'Heilongjiang court guidance on the 7-day start (jxhl.hljcourt.gov.cn)',
  url: 'https://jxhl.hljcourt.gov.cn/public/detail.php?id=17976',
  seen: '2023-06-12',
};
const DISPUTE_RULES: Source = {
  title: '淘宝平台争议处理规则 (Taobao platform dispute rules, rulechannel.taobao.com ruleId=99; copy in JeasonLi2024/claimcraft-creative)',
  seen: '2025-08-15',
};
const REFUND_PAGE_TEXT: Source = { title: 'Generic Taobao refund-page wording "商家同意或者超时未处理，系统将退款给您" (no length stated)', seen: '2025-11' };
const WECHAT_SHOP: Source = {
  title: 'WeChat mini-shop after-sale timeouts (an analogous platform’s official 48 h / 7 d / 10 d)',
  url: 'https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/business-capabilities/ministore/minishopopencomponent2/API/aftersale/introduction.html',
  seen: '2026',
};

export const taobaoRules: Rule[] = [
  {
    id: 'tb.ship.by',
    platform: 'taobao',
    name: { en: 'Seller should ship (default 48 h promise)', zh: '卖家应发货（默认 48 小时）' },
    kind: 'expected_by',
    duration: { from: 'fixed', amount: 48, unit: 'hours' },
    startsFrom: 'paid',
    appliesWhen: 'always',
    endedBy: ['seller_shipped'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'Late shipment: you may ask for a refund or the late-shipment remedy. The item may promise another time; the order page shows it.',
      zh: '卖家延迟发货：可申请退款或延迟发货赔付。商品可能承诺其他发货时间，以订单页为准。',
    },
    sources: [CAPTURED_PAGES],
    confidence: 'high',
    estimate: false,
  },
  {
    id: 'tb.autoconfirm',
    platform: 'taobao',
    name: { en: 'Receipt confirmed automatically', zh: '自动确认收货' },
    kind: 'auto_action',
    duration: { from: 'fixed', amount: 10, unit: 'days' },
    startsFrom: 'seller_shipped',
    appliesWhen: 'always',
    endedBy: ['completed'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'Receipt is confirmed and the seller is paid; later problems go through after-sales, not a refund request. Extend the receipt time on the order page if the parcel is late.',
      zh: '系统自动确认收货，货款打给卖家；之后的问题只能走售后，不能再申请退款。包裹未到可在订单页延长收货时间。',
    },
    sources: [CAPTURED_PAGES],
    confidence: 'high',
    estimate: false,
  },
  {
    id: 'tb.7day.window',
    platform: 'taobao',
    name: { en: '7-day no-reason return closes', zh: '七天无理由退货截止' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 7, unit: 'days' },
    startsFrom: 'signed_for',
    appliesWhen: 'always',
    endedBy: ['dispute_opened'],
    mode: 'D',
    zone: CN,
    atExpiry: {
      en: 'A return without giving a reason is no longer available (custom-made, perishable and some other goods never had it).',
      zh: '不能再申请七天无理由退货（定制、生鲜等商品本不适用）。',
    },
    sources: [
      SEVEN_DAY_MEASURES,
      { title: 'Tmall-style wording copied widely: "按照物流签收后的第二天零时起计算时间，满168小时为7天"', seen: '2025' },
    ],
    confidence: 'high',
    estimate: false,
  },
  {
    id: 'tb.7day.window.legal',
    platform: 'taobao',
    name: { en: '7-day return: legal fallback (holiday extension)', zh: '七天无理由退货：法定兜底（节假日顺延）' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 7, unit: 'days' },
    startsFrom: 'signed_for',
    appliesWhen: 'always',
    endedBy: ['dispute_opened'],
    mode: 'DL',
    zone: CN,
    atExpiry: {
      en: 'Legal outer bound only: the Civil Code moves a last day on a rest day to the next working day; the platform may not honour it. Act before the main 7-day deadline.',
      zh: '仅为法定兜底：民法典规定期间最后一日为法定休假日的顺延至次日，平台未必执行。请在七天无理由截止前操作。',
    },
    sources: [CIVIL_CODE, HLJ_COURT, SEVEN_DAY_MEASURES],
    confidence: 'medium',
    estimate: false,
  },
  {
    id: 'tb.7day.refund',
    platform: 'taobao',
    name: { en: 'Seller refunds after receiving the return', zh: '卖家收到退货后退款' },
    kind: 'expected_by',
    duration: { from: 'fixed', amount: 7, unit: 'days' },
    startsFrom: 'return_signed_by_seller',
    appliesWhen: 'event',
    endedBy: ['refund_issued'],
    mode: 'C',
    zone: CN,
    atExpiry: {
      en: 'Overdue under the national 7-day rules: ask the platform to step in, or complain to 12315 (penalties apply after 15 days).',
      zh: '已超出七日无理由退货办法规定的退款期限：可申请平台介入或向12315投诉（超过15日可予处罚）。',
    },
    sources: [SEVEN_DAY_MEASURES],
    confidence: 'high',
    estimate: false,
  },
  {
    id: 'tb.refund.seller_response',
    platform: 'taobao',
    name: { en: 'Seller must handle your refund request (shipped order)', zh: '卖家须处理退款申请（已发货）' },
    kind: 'response_clock',
    duration: { from: 'fixed', amount: 5, unit: 'days' },
    startsFrom: 'dispute_opened',
    appliesWhen: 'event',
    endedBy: ['seller_responded', 'refund_issued'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'If the seller does nothing, the request is treated as agreed (refund, or a return address). The refund page shows the real countdown.',
      zh: '卖家超时未处理，视为同意（退款或发出退货地址）。以退款页倒计时为准。',
    },
    sources: [REFUND_PAGE_TEXT],
    confidence: 'low',
    estimate: true,
  },
  {
    id: 'tb.refund.seller_response_unshipped',
    platform: 'taobao',
    name: { en: 'Seller must handle your refund request (not yet shipped)', zh: '卖家须处理退款申请（未发货）' },
    kind: 'response_clock',
    duration: { from: 'fixed', amount: 48, unit: 'hours' },
    startsFrom: 'dispute_opened',
    appliesWhen: 'event',
    endedBy: ['seller_responded', 'refund_issued', 'seller_shipped', 'seller_shipped_partial'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'If the seller does nothing, the refund is made. The refund page shows the real countdown.',
      zh: '卖家超时未处理，系统将退款给您。以退款页倒计时为准。',
    },
    sources: [REFUND_PAGE_TEXT, WECHAT_SHOP],
    confidence: 'low',
    estimate: true,
  },
  {
    id: 'tb.return.ship',
    platform: 'taobao',
    name: { en: 'Ship the return and enter its tracking number', zh: '寄回退货并填写单号' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 7, unit: 'days' },
    startsFrom: 'return_agreed',
    appliesWhen: 'event',
    endedBy: ['return_shipped', 'refund_issued'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'The refund request closes; reopening it needs the seller’s consent.',
      zh: '退款申请关闭，再次申请需卖家同意。',
    },
    sources: [DISPUTE_RULES, WECHAT_SHOP],
    confidence: 'low',
    estimate: true,
  },
  {
    id: 'tb.return.confirm',
    platform: 'taobao',
    name: { en: 'Seller should confirm the returned parcel', zh: '卖家应确认收到退货' },
    kind: 'response_clock',
    duration: { from: 'fixed', amount: 10, unit: 'days' },
    // The research gives "signed by the seller (or shipped)"; shipment is the earlier reading.
    startsFrom: 'return_shipped',
    appliesWhen: 'event',
    endedBy: ['refund_issued'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'If the seller does not confirm, the refund is made automatically.',
      zh: '卖家超时未确认收货，系统自动退款。',
    },
    sources: [WECHAT_SHOP, REFUND_PAGE_TEXT],
    confidence: 'low',
    estimate: true,
  },
  {
    id: 'tb.aftersale.window',
    platform: 'taobao',
    name: { en: 'After-sales request closes', zh: '申请售后截止' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 15, unit: 'days' },
    startsFrom: 'completed',
    appliesWhen: 'always',
    endedBy: ['dispute_opened'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'The "apply for after-sales" entry disappears; quality problems, counterfeits or non-receipt may still be raised with evidence.',
      zh: '"申请售后"入口消失；质量问题、假货或未收到货仍可凭证据申请。',
    },
    sources: [DISPUTE_RULES, { title: 'Third-party summaries of Taobao after-sales (15 days, commonly cited)', seen: '2025' }],
    confidence: 'low',
    estimate: true,
  },
];

/**
 * Taobao's rules under another platform's name and id prefix (`tb.autoconfirm` → `tm.autoconfirm`).
 * `adjust` changes what differs for that platform (confidence, sources); the numbers stay Taobao's.
 */
export function fromTaobao(platform: string, prefix: string, adjust: (rule: Rule) => Partial<Rule> = () => ({})): Rule[] {
  return taobaoRules.map((r) => ({ ...r, ...adjust(r), id: r.id.replace(/^tb\./, `${prefix}.`), platform }));
}

/**
 * A refund request (退款申请) on Taobao's trade system, as rules.md §3 and §9.2 describe it. The
 * seller-response, return and confirmation lengths are unconfirmed estimates; the refund page shows
 * each countdown, which wins once read.
 */
const taobaoStages: Stage[] = [
  {
    id: 'tb.stage.seller_reply',
    name: { en: 'Seller handles your refund request', zh: '卖家处理退款申请' },
    actor: 'seller',
    startsOn: 'dispute_opened',
    doneOn: ['seller_responded', 'return_agreed', 'platform_intervened', 'refund_approved', 'refund_issued'],
    clock: { from: 'rules', rules: ['tb.refund.seller_response_unshipped', 'tb.refund.seller_response'] },
    ifMissed: {
      en: 'The seller let the clock run out: the system treats the request as agreed and refunds you or gives the return address. If it does not, ask the platform to step in from the refund page.',
      zh: '卖家超时未处理：系统视为同意，将退款或提供退货地址。如未执行，请在退款页面申请平台介入。',
    },
  },
  {
    id: 'tb.stage.return_ship',
    name: { en: 'You ship the return and enter the tracking number', zh: '你寄回退货并填写运单号' },
    actor: 'buyer',
    startsOn: 'return_agreed',
    doneOn: ['return_shipped', 'refund_issued'],
    clock: { from: 'rules', rules: ['tb.return.ship'] },
    ifMissed: {
      en: 'The refund request closes if the return is not shipped in time, and reopening it needs the seller’s consent (dispute rules art. 43). Ship it and enter the tracking number now.',
      zh: '逾期未寄回，退款申请将关闭，重新申请需卖家同意（争议处理规则第 43 条）。请尽快寄出并填写运单号。',
    },
  },
  {
    id: 'tb.stage.return_confirm',
    name: { en: 'Seller confirms the returned parcel', zh: '卖家确认收到退货' },
    actor: 'seller',
    startsOn: 'return_shipped',
    doneOn: ['return_signed_by_seller', 'refund_issued'],
    clock: { from: 'rules', rules: ['tb.return.confirm'] },
    ifMissed: {
      en: 'The seller did not confirm in time: the refund is carried out automatically. If it is not, ask the platform to step in and attach the return tracking.',
      zh: '卖家超时未确认收货：系统自动退款。如未退款，请申请平台介入并附上退货物流信息。',
    },
  },
  {
    id: 'tb.stage.refund',
    name: { en: 'Seller refunds after receiving the return', zh: '卖家收到退货后退款' },
    actor: 'seller',
    startsOn: 'return_signed_by_seller',
    doneOn: ['refund_issued'],
    clock: { from: 'rules', rules: ['tb.7day.refund'] },
    ifMissed: {
      en: 'The law gives the seller 7 days from receiving the return. Ask the platform to step in; a complaint to 12315 is possible, and the regulator may penalise a refund later than 15 days.',
      zh: '法律规定卖家收到退货后 7 日内退款。请申请平台介入；也可向 12315 投诉，逾期超过 15 日监管部门可处罚。',
    },
  },
  {
    id: 'tb.stage.platform',
    name: { en: 'The platform decides the dispute', zh: '平台介入处理' },
    actor: 'platform',
    startsOn: 'platform_intervened',
    doneOn: ['refund_approved', 'refund_issued'],
    clock: { from: 'none', sources: [DISPUTE_RULES] },
    ifMissed: {
      en: 'The dispute rules state no clock for the platform’s decision. Answer its requests for evidence by the time each one names.',
      zh: '争议处理规则未规定平台处理时限。请在各项举证要求注明的时间内提交证据。',
    },
  },
];

/** Where a Taobao buyer (or an agent on their behalf) can go: the seller, then the platform (rules.md §3). */
const taobaoLadder: LadderStep[] = [
  {
    id: 'tb.step.return',
    platform: 'taobao',
    rung: 'seller',
    name: { en: 'Ask the seller for a return or refund', zh: '向卖家申请退货退款' },
    how: {
      en: 'Order page → 申请售后 / 退款: choose the reason, attach photos. On an order bought through an agent, the agent files it for you: ask them before their own window closes.',
      zh: '订单页 → 申请售后 / 退款：选择原因并上传照片。通过代购下单的，由代购代为申请：请在代购的期限前联系代购。',
    },
    windows: ['tb.7day.window', 'tb.aftersale.window'],
    takenBy: ['dispute_opened'],
    outer: ['tb.7day.window.legal'],
  },
  {
    id: 'tb.step.platform',
    platform: 'taobao',
    rung: 'platform',
    name: { en: 'Ask the platform to step in (淘宝介入)', zh: '申请平台介入' },
    how: {
      en: 'On the refund page, once the seller refuses or stalls: 申请淘宝介入 / 客服介入, with your evidence. The platform decides; you may still go to court afterwards (dispute rules art. 93).',
      zh: '卖家拒绝或拖延时，在退款页面申请淘宝介入/客服介入并提交证据。平台作出处理后仍可起诉（争议处理规则第 93 条）。',
    },
    windows: [],
    takenBy: ['platform_intervened'],
    outer: [],
    noClock: {
      why: { en: 'Open while a refund request is open; the rules state no separate deadline.', zh: '退款申请进行中均可申请；规则未规定单独期限。' },
      sources: [DISPUTE_RULES],
    },
  },
];

const renameId = (id: string, prefix: string) => id.replace(/^tb\./, `${prefix}.`);

/** Taobao's refund flow under another platform's name and prefix: Tmall and Weidian and 1688 reuse it as their rules do. */
export function flowFromTaobao(platform: string, prefix: string, name: Flow['name']): Flow {
  return {
    id: `${prefix}.flow.refund`,
    platform,
    name,
    stages: taobaoStages.map((s) => ({
      ...s,
      id: renameId(s.id, prefix),
      clock: s.clock.from === 'rules' ? { from: 'rules', rules: s.clock.rules.map((r) => renameId(r, prefix)) } : s.clock,
    })),
  };
}

/** Taobao's ladder steps for a platform on its trade system; `platformStep` replaces the intervention step where it differs. */
export function ladderFromTaobao(platform: string, prefix: string, platformStep?: LadderStep): LadderStep[] {
  const [seller, intervention] = taobaoLadder as [LadderStep, LadderStep];
  const renamed = (s: LadderStep): LadderStep => ({ ...s, id: renameId(s.id, prefix), platform, windows: s.windows.map((w) => renameId(w, prefix)), outer: s.outer.map((w) => renameId(w, prefix)) });
  return [renamed(seller), platformStep ?? renamed(intervention)];
}

export const taobaoFlow: Flow = flowFromTaobao('taobao', 'tb', { en: 'Taobao refund request', zh: '淘宝退款申请' });
export const taobaoLadderSteps: LadderStep[] = ladderFromTaobao('taobao', 'tb');
