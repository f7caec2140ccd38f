import { BERLIN, LA, NY, type Scenario } from './types';

/** AliExpress timers (rules.md §2: mode E, instants; §9.3), its dispute stages and ladder, with PayPal and EU rungs. */
export const aliexpressScenarios: Scenario[] = [
  // Shipped 2026-02-20 10:30 PST (18:30Z), 60 days' protection: elapsed 60 × 24 h. Feb 20 + 8 = Feb 28, + 31 = Mar 31, + 21 = Apr 21 → 18:30Z,
  // unmoved by the US DST change on 8 Mar (11:30 PDT on the page). Dispute opens 10 × 24 h after shipment: Mar 2 18:30Z.
  // On 25 Feb the dispute step is not yet open; it opens on Mar 2.
  {
    name: 'AliExpress shipped: 60 days of protection across the US DST change; dispute not yet open',
    site: 'aliexpress', protectionDays: 60, status: 'shipped', events: [['seller_shipped', '2026-02-20T18:30:00.000Z']], userZone: LA,
    want: { 'ae.protection.end': '2026-04-21T18:30:00.000Z', 'ae.dispute.opens': '2026-03-02T18:30:00.000Z' },
    now: '2026-02-25T00:00:00.000Z', ladder: { 'ae.step.dispute': ['not_yet', '2026-03-02T18:30:00.000Z'], 'ae.step.platform': 'no_clock' },
  },
  // The same order on 10 March: the dispute step is open until protection ends (the 15 days after completion cannot be dated yet).
  {
    name: 'AliExpress shipped: dispute open until protection ends',
    site: 'aliexpress', protectionDays: 60, status: 'shipped', events: [['seller_shipped', '2026-02-20T18:30:00.000Z']], userZone: NY,
    want: { 'ae.protection.end': '2026-04-21T18:30:00.000Z' },
    now: '2026-03-10T00:00:00.000Z', ladder: { 'ae.step.dispute': ['open', '2026-04-21T18:30:00.000Z'] },
  },
  // The page's countdown says protection ends 2026-04-25 00:00 PDT (07:00Z): it wins over the computed Apr 21.
  {
    name: 'AliExpress: the page’s protection countdown wins',
    site: 'aliexpress', protectionDays: 60, status: 'shipped', events: [['seller_shipped', '2026-02-20T18:30:00.000Z']], userZone: LA,
    pageDeadlines: [{ ruleId: 'ae.protection.end', due: '2026-04-25T07:00:00.000Z', text: 'Purchase protection: 45 days left' }],
    want: { 'ae.protection.end': '2026-04-25T07:00:00.000Z' },
    now: '2026-03-10T00:00:00.000Z', ladder: { 'ae.step.dispute': ['open', '2026-04-25T07:00:00.000Z'] },
  },
  // Protection days not read from the page: the end is unknown, never guessed; the step says so until another window dates it.
  {
    name: 'AliExpress without protection days: unknown, not guessed',
    site: 'aliexpress', status: 'shipped', events: [['seller_shipped', '2026-02-20T18:30:00.000Z']], userZone: LA,
    want: { 'ae.dispute.opens': '2026-03-02T18:30:00.000Z' },
    now: '2026-03-10T00:00:00.000Z', ladder: { 'ae.step.dispute': 'unknown' },
  },
  // Confirmed receipt 2026-03-30 13:00 PDT (20:00Z): 15 × 24 h to open a dispute → Apr 14 20:00Z; protection is over.
  {
    name: 'AliExpress completed: 15 days left to dispute',
    site: 'aliexpress', protectionDays: 60, status: 'completed', events: [['seller_shipped', '2026-02-20T18:30:00.000Z'], ['completed', '2026-03-30T20:00:00.000Z']], userZone: LA,
    want: { 'ae.dispute.closes': '2026-04-14T20:00:00.000Z' }, absent: ['ae.protection.end'],
    now: '2026-04-01T00:00:00.000Z', ladder: { 'ae.step.dispute': ['open', '2026-04-14T20:00:00.000Z'] },
  },
  // Completed on 30 March; on 15 April the last window has passed: the step is closed.
  {
    name: 'AliExpress completed: dispute window closed',
    site: 'aliexpress', protectionDays: 60, status: 'completed', events: [['seller_shipped', '2026-02-20T18:30:00.000Z'], ['completed', '2026-03-30T20:00:00.000Z']], userZone: LA,
    want: { 'ae.dispute.closes': '2026-04-14T20:00:00.000Z' },
    now: '2026-04-15T00:00:00.000Z', ladder: { 'ae.step.dispute': 'closed' },
  },
  // Dispute opened 2026-03-05 15:59 PST (23:59Z): seller 5 × 24 h → Mar 10 23:59Z; AliExpress steps in within 7 × 24 h → Mar 12 23:59Z.
  // At Mar 11 00:00Z the seller's clock has passed: overdue; the platform's still runs; no proposal yet.
  {
    name: 'AliExpress dispute: the seller let 5 days pass',
    site: 'aliexpress', status: 'in_dispute', events: [['seller_shipped', '2026-02-20T18:30:00.000Z'], ['dispute_opened', '2026-03-05T23:59:00.000Z']], userZone: LA,
    want: { 'ae.seller.response': '2026-03-10T23:59:00.000Z', 'ae.platform.intervene': '2026-03-12T23:59:00.000Z' }, absent: ['ae.dispute.opens'],
    now: '2026-03-11T00:00:00.000Z',
    stages: { 'ae.stage.seller_reply': ['overdue', '2026-03-10T23:59:00.000Z'], 'ae.stage.platform': ['running', '2026-03-12T23:59:00.000Z'], 'ae.stage.buyer_reply': 'waiting', 'ae.stage.return_ship': 'waiting' },
    ladder: { 'ae.step.dispute': 'taken' },
  },
  // The seller proposed something 2026-03-07 02:00 PST (10:00Z): the buyer has 5 × 24 h → Mar 12 10:00Z; the seller's stage is done.
  {
    name: 'AliExpress: the seller’s proposal starts your 5 days',
    site: 'aliexpress', status: 'in_dispute', events: [['dispute_opened', '2026-03-05T10:00:00.000Z'], ['seller_offer_made', '2026-03-07T10:00:00.000Z']], userZone: LA,
    want: { 'ae.buyer.response': '2026-03-12T10:00:00.000Z' },
    now: '2026-03-08T00:00:00.000Z',
    stages: { 'ae.stage.seller_reply': 'done', 'ae.stage.buyer_reply': ['running', '2026-03-12T10:00:00.000Z'] },
  },
  // Return agreed 2026-10-25 09:00 CET (08:00Z), the day Europe leaves summer time: 10 × 24 h → Nov 4 08:00Z, unmoved.
  {
    name: 'AliExpress return to ship, from the EU DST-end day',
    site: 'aliexpress', status: 'in_dispute', events: [['dispute_opened', '2026-10-20T08:00:00.000Z'], ['platform_intervened', '2026-10-24T08:00:00.000Z'], ['return_agreed', '2026-10-25T08:00:00.000Z']], userZone: BERLIN,
    want: { 'ae.return.ship': '2026-11-04T08:00:00.000Z' }, absent: ['ae.platform.intervene'],
    now: '2026-10-30T00:00:00.000Z',
    stages: { 'ae.stage.platform': 'done', 'ae.stage.return_ship': ['running', '2026-11-04T08:00:00.000Z'] },
  },
  // Paid by PayPal 2026-03-01 15:00 EST (20:00Z), New York: day 0 = Mar 1, + 180 = Aug 28, closes Aug 29 00:00 EDT = 04:00Z.
  // A marketplace dispute does not touch PayPal's clock; the PayPal claim step waits for a PayPal dispute.
  {
    name: 'AliExpress paid by PayPal: the payment rung stays open during a marketplace dispute',
    site: 'aliexpress', payment: { channel: 'paypal' }, status: 'in_dispute', events: [['paid', '2026-03-01T20:00:00.000Z'], ['dispute_opened', '2026-03-20T20:00:00.000Z']], userZone: NY,
    want: { 'pp.dispute.open': '2026-08-29T04:00:00.000Z' },
    now: '2026-03-21T00:00:00.000Z',
    ladder: { 'ae.step.dispute': 'taken', 'pp.step.dispute': ['open', '2026-08-29T04:00:00.000Z'], 'pp.step.claim': 'waiting' },
  },
  // EU consumer, Visa card: received Sat 2026-10-17 15:00 CEST (13:00Z): day 14 = Sat Oct 31 → Mon Nov 2, closes Nov 3 00:00 CET = Nov 2 23:00Z.
  // Paid 2026-10-01 12:00 CEST (10:00Z), Berlin: day 0 = Oct 1, + 120 = Jan 29 2027, closes Jan 30 00:00 CET = Jan 29 23:00Z.
  {
    name: 'AliExpress EU order by Visa: withdrawal on the seller rung, chargeback on the payment rung',
    site: 'aliexpress', consumerRegion: 'eu', payment: { channel: 'card', network: 'visa' }, status: 'delivered',
    events: [['paid', '2026-10-01T10:00:00.000Z'], ['signed_for', '2026-10-17T13:00:00.000Z']], userZone: BERLIN,
    want: { 'eu.crd.withdrawal': '2026-11-02T23:00:00.000Z', 'visa.13_1': '2027-01-29T23:00:00.000Z' },
    now: '2026-10-20T00:00:00.000Z',
    ladder: { 'eu.step.withdraw': ['open', '2026-11-02T23:00:00.000Z'], 'visa.step.chargeback': ['open', '2027-01-29T23:00:00.000Z'] },
  },
];
