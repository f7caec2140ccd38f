import type { Source } from '../model';
import type { Flow, LadderStep, Rule } from './types';

/**
 * The Chinese consumer complaint channel (12315), from `../shared/research/rules.md` §8 (research of
 * November 2026). The regulator counts working days of the official calendar (mode B, Asia/Shanghai);
 * counts into a year without an official calendar (2027) come out as estimates (§9.11).
 *
 * Caveat (§8, §9.9): a public project's notes say the 2019 Interim Measures were repealed on
 * 15 Apr 2026 and replaced by SAMR order No. 121, whose text was not found. The 7-working-day
 * acceptance figure also stands in the Consumer Rights Protection Law itself; the 45-working-day and
 * 3-year figures may have changed and are estimates.
 *
 * `rulesFor` adds these only to orders on Chinese platforms (a complaint must name a business
 * registered in mainland China: the seller or the agent's company), and each is an 'event' clock:
 * nothing shows until the order has the event that makes a complaint relevant.
 */

const CN = 'Asia/Shanghai';

const CRPL_46: Source = {
  title: '中华人民共和国消费者权益保护法 (2013 amendment) art. 46: the department handles the complaint and informs the consumer within 7 working days',
  seen: '2013-10-25',
};
const INTERIM_MEASURES: Source = {
  title: '市场监督管理投诉举报处理暂行办法 (SAMR order 20, 2019) arts. 14, 15, 21, as listed by a district regulator’s guidance page',
  url: 'https://xxgk.jccq.gov.cn/qzf/cqscjgj/fdzdgknr/zzjg/jgfdzz/202201/t20220104_1534293.shtml',
  seen: '2022-01-04',
};
const REPLACED_2026: Source = {
  title: 'Caveat: reported repealed on 15 Apr 2026 and replaced by SAMR order No. 121 (text not found; figures may have changed)',
  seen: '2026-04-15',
};

export const cn12315Rules: Rule[] = [
  {
    id: 'cn.12315.accept',
    platform: 'cn12315',
    name: { en: '12315: regulator decides whether to accept your complaint', zh: '12315：市场监管部门决定是否受理投诉' },
    kind: 'response_clock',
    duration: { from: 'fixed', amount: 7, unit: 'days' },
    startsFrom: 'complaint_submitted',
    appliesWhen: 'event',
    endedBy: ['complaint_accepted', 'refund_issued'],
    mode: 'B',
    zone: CN,
    atExpiry: {
      en: 'Overdue: the regulator must tell you within 7 working days whether it accepts the complaint. Follow up on 12315.cn or the app.',
      zh: '已超时：市场监管部门应在 7 个工作日内告知是否受理。请通过 12315 平台或 App 跟进。',
    },
    sources: [CRPL_46, INTERIM_MEASURES, REPLACED_2026],
    confidence: 'medium',
    estimate: false,
  },
  {
    id: 'cn.12315.mediation',
    platform: 'cn12315',
    name: { en: '12315: mediation ends without agreement', zh: '12315：调解期满未达成协议' },
    kind: 'auto_action',
    duration: { from: 'fixed', amount: 45, unit: 'days' },
    startsFrom: 'complaint_accepted',
    appliesWhen: 'event',
    endedBy: ['refund_issued'],
    mode: 'B',
    zone: CN,
    atExpiry: {
      en: 'Mediation is terminated if no agreement was reached; you may then go to arbitration or court. The figure may have changed in April 2026.',
      zh: '未达成调解协议的，终止调解；之后可申请仲裁或起诉。该期限可能已于 2026 年 4 月修改。',
    },
    sources: [INTERIM_MEASURES, REPLACED_2026],
    confidence: 'medium',
    estimate: true,
  },
  {
    // The law counts from the day the consumer knew or should have known of the harm; the model has
    // no such event. The refund request is the first dated sign of it, never earlier than the
    // knowledge: a deadline at most days late against a 3-year span. 3 years as 1095 days (the C mode
    // counts days): a day early when the span crosses 29 February, the earlier reading.
    id: 'cn.12315.limit',
    platform: 'cn12315',
    name: { en: '12315: last day to file a complaint (3 years)', zh: '12315：投诉时效（3 年）' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 1095, unit: 'days' },
    startsFrom: 'dispute_opened',
    appliesWhen: 'event',
    endedBy: ['complaint_submitted', 'refund_issued'],
    mode: 'C',
    zone: CN,
    atExpiry: {
      en: 'A complaint filed later than 3 years after you knew of the harm is not accepted. Counted from your refund request; if you knew earlier, count from then. The limit may have changed in April 2026.',
      zh: '自知道或应当知道权益受损之日起超过 3 年的投诉不予受理。此处从退款申请起算；若更早知道，应从更早日期起算。该时限可能已于 2026 年 4 月修改。',
    },
    sources: [INTERIM_MEASURES, REPLACED_2026],
    confidence: 'medium',
    estimate: true,
  },
];

/** A complaint to the market regulator, from filing to the end of mediation (rules.md §8). */
export const cn12315Flow: Flow = {
  id: 'cn.flow.complaint',
  platform: 'cn12315',
  name: { en: '12315 complaint', zh: '12315 投诉' },
  stages: [
    {
      id: 'cn.stage.accept',
      name: { en: 'The regulator decides whether to accept the complaint', zh: '监管部门决定是否受理' },
      actor: 'regulator',
      startsOn: 'complaint_submitted',
      doneOn: ['complaint_accepted', 'refund_issued'],
      clock: { from: 'rules', rules: ['cn.12315.accept'] },
      ifMissed: {
        en: 'The law gives the regulator 7 working days to tell you. Check the complaint’s status on 12315.cn or call 12315.',
        zh: '法律规定监管部门应在 7 个工作日内告知。请在 12315 平台查询进度或拨打 12315。',
      },
    },
    {
      id: 'cn.stage.mediation',
      name: { en: 'Mediation with the business', zh: '与经营者调解' },
      actor: 'regulator',
      startsOn: 'complaint_accepted',
      doneOn: ['refund_issued'],
      clock: { from: 'rules', rules: ['cn.12315.mediation'] },
      ifMissed: {
        en: 'Mediation ends without agreement after 45 working days (a figure that may have changed in 2026). What remains is a lawsuit or the payment channel, if its window is still open.',
        zh: '45 个工作日内未达成协议即终止调解（该期限可能已于 2026 年变更）。此后可诉讼，或在期限内通过支付渠道处理。',
      },
    },
  ],
};

export const cn12315Ladder: LadderStep[] = [
  {
    id: 'cn.step.complaint',
    platform: 'cn12315',
    rung: 'consumer_body',
    name: { en: 'Complain to the market regulator (12315)', zh: '向市场监管部门投诉（12315）' },
    how: {
      en: 'On www.12315.cn, the 12315 app or its WeChat mini program, against the business registered in mainland China (the seller or the agent’s company), with the order and the evidence export.',
      zh: '通过 www.12315.cn、12315 App 或微信小程序，投诉在中国大陆注册的经营者（卖家或代购公司），附上订单和证据。',
    },
    windows: ['cn.12315.limit'],
    takenBy: ['complaint_submitted'],
    outer: [],
  },
];
