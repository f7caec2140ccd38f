import { CN, LA, LONDON, type Scenario } from './types';

/** Taobao, Tmall, 1688, Weidian, PayPal and the card networks (rules.md §1 modes, §3, §5, §6; the 2026 official calendar). */

const CARD_IDS = ['visa.13_1', 'visa.13_3', 'mc.not_provided', 'amex.dispute', 'cup.dispute'];
const PP_IDS = ['pp.dispute.open', 'pp.dispute.escalate', 'pp.offer.response', 'pp.claim.seller_response'];

export const marketplaceScenarios: Scenario[] = [
  // ── Taobao / Tmall ──────────────────────────────────────────────────────────────────────────
  // Captured Tmall sample: shipped 2025-11-07 15:34:47 CST (07:34:47Z) + 10 × 24 h = 2025-11-17 15:34:47 CST, the page's targetTime.
  { name: 'Taobao autoconfirm, captured instant', site: 'taobao', status: 'shipped', events: [['seller_shipped', '2025-11-07T07:34:47.000Z']], userZone: CN, want: { 'tb.autoconfirm': '2025-11-17T07:34:47.000Z' }, estimate: { 'tb.autoconfirm': false } },
  // Same order on Tmall, same trade system: tm.autoconfirm = targetTime 2025-11-17 15:34:47 +08:00.
  { name: 'Tmall autoconfirm = captured targetTime', site: 'tmall', status: 'shipped', events: [['seller_shipped', '2025-11-07T07:34:47.000Z']], userZone: LA, want: { 'tm.autoconfirm': '2025-11-17T07:34:47.000Z' } },
  // Captured Taobao order: shipped 12:39:38 CST (04:39:38Z) → countdown ends 2025-11-17 12:39:38 CST.
  { name: 'Taobao autoconfirm, second captured order', site: 'taobao', status: 'shipped', events: [['seller_shipped', '2025-11-07T04:39:38.000Z']], userZone: CN, want: { 'tb.autoconfirm': '2025-11-17T04:39:38.000Z' } },
  // Paid 2025-11-06 23:09:33 CST (15:09:33Z) + 48 h = 11-08 23:09:33 CST; the page rounds up to "23:10前发货".
  { name: 'Taobao ship-by 48 h', site: 'taobao', status: 'awaiting_shipment', events: [['paid', '2025-11-06T15:09:33.000Z']], userZone: CN, want: { 'tb.ship.by': '2025-11-08T15:09:33.000Z' } },
  // Once shipped the ship-by clock no longer matters; autoconfirm runs from shipment: 11-07 10:00Z + 10 d.
  { name: 'Taobao shipped: ship-by ends', site: 'taobao', status: 'shipped', events: [['paid', '2025-11-06T15:09:33.000Z'], ['seller_shipped', '2025-11-07T10:00:00.000Z']], userZone: CN, want: { 'tb.autoconfirm': '2025-11-17T10:00:00.000Z' }, absent: ['tb.ship.by'] },
  // Signed Tue 2026-03-03 23:58 CST: window opens 03-04 00:00, last day 03-10 (Tue, a workday) → closes 03-11 00:00 CST = 03-10 16:00Z; D+L same.
  { name: 'Taobao 7-day, signed 23:58 CST', site: 'taobao', status: 'delivered', events: [['signed_for', '2026-03-03T15:58:00.000Z']], userZone: CN, want: { 'tb.7day.window': '2026-03-10T16:00:00.000Z', 'tb.7day.window.legal': '2026-03-10T16:00:00.000Z' } },
  // Signed three minutes later, 2026-03-04 00:01 CST (still 03-03 in UTC): opens 03-05, last day 03-11 → closes 03-12 00:00 CST = 03-11 16:00Z.
  { name: 'Taobao 7-day, signed 00:01 CST', site: 'taobao', status: 'delivered', events: [['signed_for', '2026-03-03T16:01:00.000Z']], userZone: LA, want: { 'tb.7day.window': '2026-03-11T16:00:00.000Z', 'tb.7day.window.legal': '2026-03-11T16:00:00.000Z' } },
  // Signed 2026-09-24 10:00 CST: last day 10-01, National Day. D closes 10-02 00:00 CST; D+L moves the last day past the 1–7 Oct holiday to Thu 10-08 → closes 10-09 00:00 CST.
  { name: 'Taobao 7-day ending on National Day 2026: D vs D+L', site: 'taobao', status: 'delivered', events: [['signed_for', '2026-09-24T02:00:00.000Z']], userZone: CN, want: { 'tb.7day.window': '2026-10-01T16:00:00.000Z', 'tb.7day.window.legal': '2026-10-08T16:00:00.000Z' } },
  // Signed Sat 2026-03-07 12:00 CST: last day Sat 03-14. D closes 03-15 00:00 CST; D+L skips Sat–Sun to Mon 03-16 → 03-17 00:00 CST.
  { name: 'Taobao 7-day ending on a weekend', site: 'taobao', status: 'delivered', events: [['signed_for', '2026-03-07T04:00:00.000Z']], userZone: CN, want: { 'tb.7day.window': '2026-03-14T16:00:00.000Z', 'tb.7day.window.legal': '2026-03-16T16:00:00.000Z' } },
  // Signed Sat 2026-10-03 15:00 CST: last day Sat 10-10, an official make-up workday → no move: both close 10-11 00:00 CST.
  { name: 'Taobao 7-day ending on a make-up Saturday', site: 'taobao', status: 'delivered', events: [['signed_for', '2026-10-03T07:00:00.000Z']], userZone: CN, want: { 'tb.7day.window': '2026-10-10T16:00:00.000Z', 'tb.7day.window.legal': '2026-10-10T16:00:00.000Z' } },
  // Tmall shares the rule: signed 23:58 CST 03-03 → closes 03-11 00:00 CST.
  { name: 'Tmall 7-day, signed 23:58 CST', site: 'tmall', status: 'delivered', events: [['signed_for', '2026-03-03T15:58:00.000Z']], userZone: LONDON, want: { 'tm.7day.window': '2026-03-10T16:00:00.000Z' }, absent: ['tb.7day.window'] },
  // Elapsed time ignores holidays: shipped 2026-02-14 23:30 CST (Spring Festival eve of leave) + 240 h = 02-24 23:30 CST.
  { name: 'Taobao autoconfirm across Spring Festival', site: 'taobao', status: 'shipped', events: [['seller_shipped', '2026-02-14T15:30:00.000Z']], userZone: CN, want: { 'tb.autoconfirm': '2026-02-24T15:30:00.000Z' } },
  // Refund request on a shipped order 03-20 10:00 CST: seller 5 × 24 h (estimate) → 03-25 10:00 CST; the unshipped 48 h clock and the 7-day window end.
  { name: 'Taobao refund request after shipment', site: 'taobao', status: 'in_dispute', events: [['seller_shipped', '2026-03-15T02:00:00.000Z'], ['signed_for', '2026-03-18T02:00:00.000Z'], ['dispute_opened', '2026-03-20T02:00:00.000Z']], userZone: CN, want: { 'tb.refund.seller_response': '2026-03-25T02:00:00.000Z', 'tb.autoconfirm': '2026-03-25T02:00:00.000Z' }, absent: ['tb.refund.seller_response_unshipped', 'tb.7day.window', 'tb.ship.by'], estimate: { 'tb.refund.seller_response': true } },
  // Refund request before shipment 03-20 10:00 CST: 48 h → 03-22 10:00 CST; paid 03-19 10:00 CST → ship-by 03-21 10:00 CST.
  { name: 'Taobao refund request before shipment', site: 'taobao', status: 'in_dispute', events: [['paid', '2026-03-19T02:00:00.000Z'], ['dispute_opened', '2026-03-20T02:00:00.000Z']], userZone: CN, want: { 'tb.refund.seller_response_unshipped': '2026-03-22T02:00:00.000Z', 'tb.ship.by': '2026-03-21T02:00:00.000Z' } },
  // Seller agreed to the return 03-21 09:00 CST: 7 × 24 h to ship it → 03-28 09:00 CST.
  { name: 'Taobao return to ship', site: 'taobao', status: 'in_dispute', events: [['dispute_opened', '2026-03-20T02:00:00.000Z'], ['return_agreed', '2026-03-21T01:00:00.000Z']], userZone: CN, want: { 'tb.return.ship': '2026-03-28T01:00:00.000Z' }, estimate: { 'tb.return.ship': true } },
  // Return shipped 03-22 18:30 CST: seller has 10 × 24 h to confirm → 04-01 18:30 CST; the ship clock ends.
  { name: 'Taobao return shipped', site: 'taobao', status: 'in_dispute', events: [['dispute_opened', '2026-03-20T02:00:00.000Z'], ['return_agreed', '2026-03-21T01:00:00.000Z'], ['return_shipped', '2026-03-22T10:30:00.000Z']], userZone: CN, want: { 'tb.return.confirm': '2026-04-01T10:30:00.000Z' }, absent: ['tb.return.ship'] },
  // Seller signed for the return 2026-05-21 00:30 CST (05-20 in UTC): day 0 = 05-21, last day 05-28 → 05-29 00:00 CST.
  { name: 'Taobao refund after the seller receives the return', site: 'taobao', status: 'in_dispute', events: [['return_signed_by_seller', '2026-05-20T16:30:00.000Z']], userZone: CN, want: { 'tb.7day.refund': '2026-05-28T16:00:00.000Z' }, estimate: { 'tb.7day.refund': false } },
  // Completed 2026-01-10 20:00 CST: after-sales 15 × 24 h (estimate) → 01-25 20:00 CST; autoconfirm is over.
  { name: 'Taobao completed: after-sales window', site: 'taobao', status: 'completed', events: [['seller_shipped', '2026-01-02T12:00:00.000Z'], ['completed', '2026-01-10T12:00:00.000Z']], userZone: CN, want: { 'tb.aftersale.window': '2026-01-25T12:00:00.000Z' }, absent: ['tb.autoconfirm'] },

  // ── 1688 and Weidian ────────────────────────────────────────────────────────────────────────
  // 1688: the 7-day rule binds only when the listing promises it → same count (closes 03-11 00:00 CST) but an estimate.
  { name: '1688 7-day, signed 23:58 CST (estimate)', site: '1688', status: 'delivered', events: [['signed_for', '2026-03-03T15:58:00.000Z']], userZone: CN, want: { '1688.7day.window': '2026-03-10T16:00:00.000Z' }, estimate: { '1688.7day.window': true } },
  // 1688 autoconfirm: Taobao's 10 × 24 h reused as an estimate: 04-01 16:00 CST → 04-11 16:00 CST.
  { name: '1688 autoconfirm (Taobao value, estimate)', site: '1688', status: 'shipped', events: [['seller_shipped', '2026-04-01T08:00:00.000Z']], userZone: CN, want: { '1688.autoconfirm': '2026-04-11T08:00:00.000Z' }, estimate: { '1688.autoconfirm': true } },
  // Weidian: national rule, signed 2026-03-04 00:01 CST → closes 03-12 00:00 CST; not an estimate.
  { name: 'Weidian 7-day, signed 00:01 CST', site: 'weidian', status: 'delivered', events: [['signed_for', '2026-03-03T16:01:00.000Z']], userZone: CN, want: { 'wd.7day.window': '2026-03-11T16:00:00.000Z' }, estimate: { 'wd.7day.window': false } },
  // Weidian, last day National Day: D 10-02 00:00 CST, D+L 10-09 00:00 CST (as Taobao).
  { name: 'Weidian 7-day on National Day: D vs D+L', site: 'weidian', status: 'delivered', events: [['signed_for', '2026-09-24T02:00:00.000Z']], userZone: CN, want: { 'wd.7day.window': '2026-10-01T16:00:00.000Z', 'wd.7day.window.legal': '2026-10-08T16:00:00.000Z' } },
  // Weidian autoconfirm unknown: Taobao's 240 h as an estimate.
  { name: 'Weidian autoconfirm (estimate)', site: 'weidian', status: 'shipped', events: [['seller_shipped', '2026-06-01T00:00:00.000Z']], userZone: CN, want: { 'wd.autoconfirm': '2026-06-11T00:00:00.000Z' }, estimate: { 'wd.autoconfirm': true } },

  // ── PayPal ──────────────────────────────────────────────────────────────────────────────────
  // Paid 2026-01-15 19:00 PST (01-16 03:00Z), LA user: day 0 = 01-15, last day 07-14 (+180), closes 07-15 00:00 PDT = 07:00Z (DST since March).
  { name: 'PayPal 180 days, 19:00 in Los Angeles', site: 'taobao', payment: { channel: 'paypal' }, status: 'awaiting_shipment', events: [['paid', '2026-01-16T03:00:00.000Z']], userZone: LA, want: { 'pp.dispute.open': '2026-07-15T07:00:00.000Z' } },
  // Same instant for a London user: 01-16 03:00 GMT → day 0 = 01-16, last day 07-15, closes 07-16 00:00 BST = 07-15 23:00Z.
  { name: 'PayPal 180 days, same instant in London', site: 'taobao', payment: { channel: 'paypal' }, status: 'awaiting_shipment', events: [['paid', '2026-01-16T03:00:00.000Z']], userZone: LONDON, want: { 'pp.dispute.open': '2026-07-15T23:00:00.000Z' } },
  // Paid 2026-07-01 19:00 PDT (07-02 02:00Z), LA: last day 12-28, closes 12-29 00:00 PST = 08:00Z (DST ended in November).
  { name: 'PayPal 180 days, summer payment in Los Angeles', site: 'aliexpress', payment: { channel: 'paypal' }, status: 'shipped', events: [['paid', '2026-07-02T02:00:00.000Z']], userZone: LA, want: { 'pp.dispute.open': '2026-12-29T08:00:00.000Z' } },
  // Same instant in London: 07-02 03:00 BST → day 0 = 07-02, last day 12-29, closes 12-30 00:00 GMT.
  { name: 'PayPal 180 days, summer payment in London', site: 'aliexpress', payment: { channel: 'paypal' }, status: 'shipped', events: [['paid', '2026-07-02T02:00:00.000Z']], userZone: LONDON, want: { 'pp.dispute.open': '2026-12-30T00:00:00.000Z' } },
  // PayPal dispute 2026-03-10 22:30 EDT (03-11 02:30Z; DST began 03-08), NY user: last day 03-30, closes 03-31 00:00 EDT; the 180-day clock ends.
  { name: 'PayPal escalation, New York', site: 'weidian', payment: { channel: 'paypal' }, status: 'delivered', events: [['paid', '2026-03-01T12:00:00.000Z'], ['paypal_dispute_opened', '2026-03-11T02:30:00.000Z']], userZone: 'America/New_York', want: { 'pp.dispute.escalate': '2026-03-31T04:00:00.000Z' }, absent: ['pp.dispute.open'] },
  // Same instant for a Tokyo user: 03-11 11:30 JST → last day 03-31, closes 04-01 00:00 JST = 03-31 15:00Z.
  { name: 'PayPal escalation, Tokyo', site: 'weidian', payment: { channel: 'paypal' }, status: 'delivered', events: [['paypal_dispute_opened', '2026-03-11T02:30:00.000Z']], userZone: 'Asia/Tokyo', want: { 'pp.dispute.escalate': '2026-03-31T15:00:00.000Z' } },
  // Seller's offer 2026-10-25 12:00Z, London (BST ended 01:00Z that day): day 0 = 10-25, last day 11-04, closes 11-05 00:00 GMT.
  { name: 'PayPal offer response on the DST-end day', site: 'tmall', payment: { channel: 'paypal' }, status: 'delivered', events: [['paypal_dispute_opened', '2026-10-20T12:00:00.000Z'], ['paypal_offer_made', '2026-10-25T12:00:00.000Z']], userZone: LONDON, want: { 'pp.offer.response': '2026-11-05T00:00:00.000Z' } },
  // Claim opened 2026-04-01 08:00 PDT: seller expected within 10 days → last day 04-11, 04-12 00:00 PDT; escalation is done.
  { name: 'PayPal claim: seller response', site: 'taobao', payment: { channel: 'paypal' }, status: 'delivered', events: [['paypal_dispute_opened', '2026-03-20T15:00:00.000Z'], ['paypal_claim_opened', '2026-04-01T15:00:00.000Z']], userZone: LA, want: { 'pp.claim.seller_response': '2026-04-12T07:00:00.000Z' }, absent: ['pp.dispute.escalate', 'pp.dispute.open'], estimate: { 'pp.claim.seller_response': true } },
  // A Taobao refund request is not a PayPal dispute: no PayPal escalation clock; the 180 days still run (paid 01-15 19:00 PST as above).
  { name: 'Taobao refund request on a PayPal order', site: 'taobao', payment: { channel: 'paypal' }, status: 'in_dispute', events: [['paid', '2026-01-16T03:00:00.000Z'], ['seller_shipped', '2026-01-17T03:00:00.000Z'], ['dispute_opened', '2026-02-01T03:00:00.000Z']], userZone: LA, want: { 'pp.dispute.open': '2026-07-15T07:00:00.000Z', 'tb.refund.seller_response': '2026-02-06T03:00:00.000Z' }, absent: ['pp.dispute.escalate', 'pp.offer.response'] },
  // Taobao through PayPal: both sets. Paid 2025-11-06 23:09:33 CST = 07:09:33 PST 11-06 → ship-by +48 h; PayPal last day 2026-05-05 → 05-06 00:00 PDT.
  { name: 'Taobao paid by PayPal: both rule sets', site: 'taobao', payment: { channel: 'paypal' }, status: 'awaiting_shipment', events: [['paid', '2025-11-06T15:09:33.000Z']], userZone: LA, want: { 'tb.ship.by': '2025-11-08T15:09:33.000Z', 'pp.dispute.open': '2026-05-06T07:00:00.000Z' }, absent: CARD_IDS },

  // ── Card networks ───────────────────────────────────────────────────────────────────────────
  // Paid 2028-01-15 12:00 CET (11:00Z), Berlin: day 0 = 01-15; +120 crosses 29 Feb 2028 → last day 05-14, closes 05-15 00:00 CEST = 05-14 22:00Z.
  { name: 'Visa 120 days across the 2028 leap day, Berlin', site: 'aliexpress', payment: { channel: 'card', network: 'visa' }, status: 'shipped', events: [['paid', '2028-01-15T11:00:00.000Z']], userZone: 'Europe/Berlin', want: { 'visa.13_1': '2028-05-14T22:00:00.000Z', 'visa.13_3': '2028-05-14T22:00:00.000Z' }, estimate: { 'visa.13_1': false } },
  // Same instant in Los Angeles: 01-15 03:00 PST → same last day 05-14 → 05-15 00:00 PDT = 07:00Z.
  { name: 'Visa 120 days across the leap day, Los Angeles', site: 'taobao', payment: { channel: 'card', network: 'visa' }, status: 'shipped', events: [['paid', '2028-01-15T11:00:00.000Z']], userZone: LA, want: { 'visa.13_1': '2028-05-15T07:00:00.000Z' } },
  // Paid 2026-11-20 23:30 EST (11-21 04:30Z), New York: day 0 = 11-20 → last day 2027-03-20, closes 03-21 00:00 EDT (DST from 2027-03-14) = 04:00Z.
  { name: 'Mastercard 120 days, late-evening payment in New York', site: 'tmall', payment: { channel: 'card', network: 'mastercard' }, status: 'shipped', events: [['paid', '2026-11-21T04:30:00.000Z']], userZone: 'America/New_York', want: { 'mc.not_provided': '2027-03-21T04:00:00.000Z' }, absent: ['visa.13_1'] },
  // Paid 2026-06-30 16:30Z = 07-01 01:30 JST, Tokyo: day 0 = 07-01 → last day 10-29 → 10-30 00:00 JST = 10-29 15:00Z.
  { name: 'Amex 120 days, Tokyo', site: '1688', payment: { channel: 'card', network: 'amex' }, status: 'shipped', events: [['paid', '2026-06-30T16:30:00.000Z']], userZone: 'Asia/Tokyo', want: { 'amex.dispute': '2026-10-29T15:00:00.000Z' } },
  // Same instant in LA: 06-30 09:30 PDT → last day 10-28 → 10-29 00:00 PDT = 07:00Z (a day earlier than Tokyo's calendar).
  { name: 'Amex 120 days, same instant in Los Angeles', site: '1688', payment: { channel: 'card', network: 'amex' }, status: 'shipped', events: [['paid', '2026-06-30T16:30:00.000Z']], userZone: LA, want: { 'amex.dispute': '2026-10-29T07:00:00.000Z' } },
  // Paid 2026-02-01 10:00 CST, Shanghai user: last day 06-01 (+120) → 06-02 00:00 CST; UnionPay only from an acquirer table: estimate.
  { name: 'UnionPay 120 days (estimate)', site: 'taobao', payment: { channel: 'card', network: 'unionpay' }, status: 'shipped', events: [['paid', '2026-02-01T02:00:00.000Z']], userZone: CN, want: { 'cup.dispute': '2026-06-01T16:00:00.000Z' }, estimate: { 'cup.dispute': true } },
  // Card of unknown network: no network's window is guessed; the site's own clocks remain (ship-by 48 h).
  { name: 'card without a known network: no card rules', site: 'taobao', payment: { channel: 'card' }, status: 'awaiting_shipment', events: [['paid', '2026-02-01T02:00:00.000Z']], userZone: CN, want: { 'tb.ship.by': '2026-02-03T02:00:00.000Z' }, absent: [...CARD_IDS, ...PP_IDS] },
  // Alipay: neither PayPal nor card rules.
  { name: 'Alipay: site rules only', site: 'tmall', payment: { channel: 'alipay' }, status: 'awaiting_shipment', events: [['paid', '2026-02-01T02:00:00.000Z']], userZone: CN, want: { 'tm.ship.by': '2026-02-03T02:00:00.000Z' }, absent: [...CARD_IDS, ...PP_IDS] },
  // The card window outlives completion: completed order paid 2026-02-01 10:00 CST still has visa.13_1 to 06-02 00:00 CST.
  { name: 'Visa window survives completion', site: 'taobao', payment: { channel: 'card', network: 'visa' }, status: 'completed', events: [['paid', '2026-02-01T02:00:00.000Z'], ['completed', '2026-02-12T02:00:00.000Z']], userZone: CN, want: { 'visa.13_1': '2026-06-01T16:00:00.000Z', 'tb.aftersale.window': '2026-02-27T02:00:00.000Z' }, absent: ['tb.autoconfirm'] },
];
