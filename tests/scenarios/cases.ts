import { CN, LONDON, type Scenario } from './types';

/**
 * Case stages and the escalation ladder on marketplace and agent orders (rules.md §3, §4, §5, §8;
 * agents.md §0.2, §0.3; flows.md §1), with the deadlines that drive them.
 */

// A Taobao item bought through a CNFans-family agent and paid by PayPal, shopper in London:
// paid 2026-03-01 12:00 CST (04:00Z); the warehouse signed for the seller's parcel Mon 03-09 14:00 CST (06:00Z);
// "Stored in Warehouse" Tue 03-10 10:00 CST (02:00Z).
const AGENT_ORDER = {
  site: 'taobao',
  agent: 'cnfans',
  payment: { channel: 'paypal' },
  userZone: LONDON,
} as const;
const PAID: [Scenario['events'][number][0], string] = ['paid', '2026-03-01T04:00:00.000Z'];
const SIGNED: [Scenario['events'][number][0], string] = ['signed_for', '2026-03-09T06:00:00.000Z'];
const STORED: [Scenario['events'][number][0], string] = ['warehouse_stored', '2026-03-10T02:00:00.000Z'];

export const caseScenarios: Scenario[] = [
  // Seller's 7 days (D, China): signed 03-09 → opens 03-10 00:00 CST, last day Mon 03-16 (a workday, so D+L agrees) → 03-17 00:00 CST = 03-16 16:00Z.
  // Agent: stored 03-10 02:00Z + 5 × 24 h = 03-15 02:00Z; free storage + 90 × 24 h: Mar 10 + 21 = Mar 31, + 30 = Apr 30, + 31 = May 31, + 8 → Jun 8 02:00Z.
  // PayPal: paid 03-01 04:00 GMT in London → day 0 = Mar 1, + 180 = Aug 28, closes Aug 29 00:00 BST = Aug 28 23:00Z.
  // Claims wait for the parcel; 12315 waits for a dispute; the platform step has no clock.
  {
    name: 'Agent order paid by PayPal: the full ladder, marketplace, agent, payment, consumer body',
    ...AGENT_ORDER, status: 'delivered', events: [PAID, SIGNED, STORED],
    want: {
      'tb.7day.window': '2026-03-16T16:00:00.000Z', 'tb.7day.window.legal': '2026-03-16T16:00:00.000Z',
      'cnf.return.request': '2026-03-15T02:00:00.000Z', 'cnf.storage.free': '2026-06-08T02:00:00.000Z', 'pp.dispute.open': '2026-08-28T23:00:00.000Z',
    },
    now: '2026-03-11T12:00:00.000Z',
    ladder: {
      'tb.step.return': ['open', '2026-03-16T16:00:00.000Z'], 'tb.step.platform': 'no_clock',
      'cnf.step.return': ['open', '2026-03-15T02:00:00.000Z'], 'cnf.step.claim': 'waiting',
      'pp.step.dispute': ['open', '2026-08-28T23:00:00.000Z'], 'pp.step.claim': 'waiting',
      'cn.step.complaint': 'waiting',
    },
  },
  // Sixteen days later the seller's and the agent's windows have passed; PayPal's has not.
  {
    name: 'Agent order: after the 7 days only the payment rung is open',
    ...AGENT_ORDER, status: 'delivered', events: [PAID, SIGNED, STORED],
    want: { 'cnf.return.request': '2026-03-15T02:00:00.000Z' },
    now: '2026-03-17T00:00:00.000Z',
    ladder: { 'tb.step.return': 'unknown', 'cnf.step.return': 'closed', 'pp.step.dispute': ['open', '2026-08-28T23:00:00.000Z'] },
  },
  // Return requested with the agent 03-12 09:00 CST (01:00Z). Official: the agent asks the seller within 48 h → 03-14 01:00Z.
  // Third-party: support reviews in 24–48 h → the same 03-14 01:00Z, marked. 12315: day 0 = 03-12 (CST), + 1095 → 2029-03-11
  // (2026-03-12 + 365 = 2027-03-12, + 366 (leap 2028) = 2028-03-12 is + 731, + 365 = 2029-03-12 is + 1096), closes 2029-03-12 00:00 CST = 03-11 16:00Z.
  {
    name: 'Agent dispute: review (third-party figure) and the agent’s 48 h to ask the seller',
    ...AGENT_ORDER, status: 'in_dispute', events: [PAID, SIGNED, STORED, ['dispute_opened', '2026-03-12T01:00:00.000Z']],
    want: { 'cnf.return.seller_ask': '2026-03-14T01:00:00.000Z', 'cn.12315.limit': '2029-03-11T16:00:00.000Z' },
    absent: ['cnf.return.request', 'tb.7day.window'],
    now: '2026-03-13T00:00:00.000Z',
    stages: {
      'cnf.stage.review': ['running', '2026-03-14T01:00:00.000Z'], 'cnf.stage.seller': ['running', '2026-03-14T01:00:00.000Z'],
      'cnf.stage.mediation': 'waiting', 'tb.stage.seller_reply': ['running', '2026-03-17T01:00:00.000Z'],
    },
    ladder: { 'tb.step.return': 'taken', 'cnf.step.return': 'taken', 'cn.step.complaint': ['open', '2029-03-11T16:00:00.000Z'] },
  },
  // The same dispute three days on: no answer, both agent stages overdue.
  {
    name: 'Agent dispute: the agent’s stages overdue',
    ...AGENT_ORDER, status: 'in_dispute', events: [PAID, SIGNED, STORED, ['dispute_opened', '2026-03-12T01:00:00.000Z']],
    want: {},
    now: '2026-03-15T00:00:00.000Z',
    stages: { 'cnf.stage.review': 'overdue', 'cnf.stage.seller': 'overdue' },
  },
  // Refund approved Tue 2026-09-29 10:00 CST. Third-party 5–7 business days (B): Wed 09-30 (1); 1–7 Oct off; Thu 08 (2), Fri 09 (3),
  // Sat 10 (make-up workday, 4), Mon 12 (5), Tue 13 (6), Wed 14 (7) → 10-15 00:00 CST = 10-14 16:00Z.
  {
    name: 'Agent refund to the card: 7 Chinese working days across National Day (third-party figure)',
    ...AGENT_ORDER, status: 'in_dispute', events: [PAID, ['dispute_opened', '2026-09-20T02:00:00.000Z'], ['platform_intervened', '2026-09-24T02:00:00.000Z'], ['refund_approved', '2026-09-29T02:00:00.000Z']],
    want: {},
    now: '2026-10-09T00:00:00.000Z',
    stages: { 'cnf.stage.mediation': 'done', 'cnf.stage.refund_original': ['running', '2026-10-14T16:00:00.000Z'] },
  },
  // Seller signed for the return 2026-05-20 16:30Z (05-21 00:30 CST): official refund to the balance within 5 × 24 h → 05-25 16:30Z;
  // the national 7 days (C, China): day 0 = 05-21, last day 05-28 → 05-29 00:00 CST = 05-28 16:00Z.
  {
    name: 'Agent return received by the seller: balance refund 5 days, national 7 days',
    ...AGENT_ORDER, status: 'in_dispute', events: [['dispute_opened', '2026-05-10T02:00:00.000Z'], ['return_agreed', '2026-05-12T02:00:00.000Z'], ['return_shipped', '2026-05-13T02:00:00.000Z'], ['return_signed_by_seller', '2026-05-20T16:30:00.000Z']],
    want: { 'cnf.return.refund': '2026-05-25T16:30:00.000Z', 'tb.7day.refund': '2026-05-28T16:00:00.000Z' },
    now: '2026-05-26T00:00:00.000Z',
    stages: {
      'cnf.stage.refund_balance': ['overdue', '2026-05-25T16:30:00.000Z'], 'tb.stage.refund': ['running', '2026-05-28T16:00:00.000Z'],
      'tb.stage.return_ship': 'done', 'tb.stage.return_confirm': 'done',
    },
  },
  // Refunded: every stage that had begun is settled; nothing runs and no deadline is left.
  {
    name: 'Refunded order: stages settled, no deadlines',
    ...AGENT_ORDER, status: 'refunded', events: [['dispute_opened', '2026-05-10T02:00:00.000Z']],
    want: {}, absent: ['tb.refund.seller_response', 'cnf.return.seller_ask', 'pp.dispute.open'],
    now: '2026-05-26T00:00:00.000Z',
    stages: { 'tb.stage.seller_reply': 'done', 'cnf.stage.seller': 'done', 'tb.stage.return_ship': 'waiting' },
    ladder: { 'pp.step.dispute': 'ended' },
  },
  // Taobao refund before shipment, 03-20 10:00 CST: the 48 h clock (→ 03-22 02:00Z) is earlier than the 5-day one and is the stage's.
  {
    name: 'Taobao refund before shipment: the stage runs on the 48-hour clock',
    site: 'taobao', status: 'in_dispute', events: [['paid', '2026-03-19T02:00:00.000Z'], ['dispute_opened', '2026-03-20T02:00:00.000Z']], userZone: CN,
    want: { 'tb.refund.seller_response_unshipped': '2026-03-22T02:00:00.000Z', 'tb.refund.seller_response': '2026-03-25T02:00:00.000Z' },
    now: '2026-03-21T00:00:00.000Z',
    stages: { 'tb.stage.seller_reply': ['running', '2026-03-22T02:00:00.000Z'], 'tb.stage.platform': 'waiting' },
    ladder: { 'tb.step.return': 'taken', 'tb.step.platform': 'no_clock' },
  },
  // Return shipped 03-22 18:30 CST (10:30Z): the seller confirms within 10 × 24 h → 04-01 10:30Z; on 04-02 overdue.
  {
    name: 'Tmall return not confirmed by the seller in 10 days: overdue',
    site: 'tmall', status: 'in_dispute', events: [['dispute_opened', '2026-03-20T02:00:00.000Z'], ['return_agreed', '2026-03-21T01:00:00.000Z'], ['return_shipped', '2026-03-22T10:30:00.000Z']], userZone: CN,
    want: { 'tm.return.confirm': '2026-04-01T10:30:00.000Z' },
    now: '2026-04-02T00:00:00.000Z',
    stages: { 'tm.stage.seller_reply': 'done', 'tm.stage.return_ship': 'done', 'tm.stage.return_confirm': ['overdue', '2026-04-01T10:30:00.000Z'] },
  },
  // A second refund request after the first was refused reopens the seller's stage: its earlier answer does not end the new one.
  {
    name: 'Weidian: a reopened refund request runs again',
    site: 'weidian', status: 'in_dispute',
    events: [['seller_shipped', '2026-03-01T02:00:00.000Z'], ['seller_responded', '2026-03-04T02:00:00.000Z'], ['dispute_opened', '2026-03-06T02:00:00.000Z']], userZone: CN,
    want: { 'wd.refund.seller_response': '2026-03-11T02:00:00.000Z' },
    now: '2026-03-07T00:00:00.000Z',
    stages: { 'wd.stage.seller_reply': ['running', '2026-03-11T02:00:00.000Z'] },
    ladder: { 'wd.step.platform': 'no_clock' },
  },
  // PayPal dispute 2026-03-10 22:30 EDT (03-11 02:30Z), New York... here in London: opened 03-11 02:30 GMT → day 0 = 03-11, + 20 = 03-31,
  // closes 04-01 00:00 BST (DST from 03-29) = 03-31 23:00Z. The seller's offer 03-20 12:00Z: day 0 = 03-20, + 10 = 03-30, closes 03-31 00:00 BST = 03-30 23:00Z.
  {
    name: 'PayPal dispute with a seller offer, across the UK DST change',
    site: '1688', payment: { channel: 'paypal' }, status: 'delivered', events: [['paid', '2026-03-01T12:00:00.000Z'], ['paypal_dispute_opened', '2026-03-11T02:30:00.000Z'], ['paypal_offer_made', '2026-03-20T12:00:00.000Z']], userZone: LONDON,
    want: { 'pp.dispute.escalate': '2026-03-31T23:00:00.000Z', 'pp.offer.response': '2026-03-30T23:00:00.000Z' },
    now: '2026-03-25T00:00:00.000Z',
    stages: { 'pp.stage.escalate': ['running', '2026-03-31T23:00:00.000Z'], 'pp.stage.offer': ['running', '2026-03-30T23:00:00.000Z'], 'pp.stage.claim': 'waiting' },
    ladder: { 'pp.step.dispute': 'taken', 'pp.step.claim': ['open', '2026-03-31T23:00:00.000Z'] },
  },
  // 12315 complaint submitted Fri 2026-09-25 10:00 CST, in the Mid-Autumn break: working days from 09-26: Sat 26, Sun 27 off (holiday);
  // Mon 28 (1), Tue 29 (2), Wed 30 (3); 1–7 Oct off; Thu 08 (4), Fri 09 (5), Sat 10 (make-up, 6), Mon 12 (7) → 10-13 00:00 CST = 10-12 16:00Z.
  {
    name: '12315: acceptance within 7 working days across Mid-Autumn and National Day',
    site: 'taobao', status: 'in_dispute', events: [['dispute_opened', '2026-09-10T02:00:00.000Z'], ['complaint_submitted', '2026-09-25T02:00:00.000Z']], userZone: CN,
    want: { 'cn.12315.accept': '2026-10-12T16:00:00.000Z' }, absent: ['cn.12315.limit'],
    now: '2026-10-09T00:00:00.000Z',
    stages: { 'cn.stage.accept': ['running', '2026-10-12T16:00:00.000Z'], 'cn.stage.mediation': 'waiting' },
    ladder: { 'cn.step.complaint': 'taken' },
  },
];
