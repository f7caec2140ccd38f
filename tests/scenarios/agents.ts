import { BERLIN, CN, LONDON, type Scenario } from './types';

/** The shopping agents, EU/UK statutory withdrawal and the 12315 complaint channel (rules.md §1, §4, §7, §8, §9.5, §9.6, §9.11). */

const STATUTORY = ['eu.crd.withdrawal', 'uk.ccr.withdrawal'];
const CN12315 = ['cn.12315.accept', 'cn.12315.mediation', 'cn.12315.limit'];

export const agentScenarios: Scenario[] = [
  // ── Template agents (120 h from the next full hour, mode H) ────────────────────────────────
  // Stocked in Thu 2026-03-05 05:17 CST (03-04 21:17Z): start 06:00 CST (22:00Z) + 120 h = 03-10 06:00 CST = 03-09 22:00Z.
  { name: 'Template: stocked in 05:17 CST, 120 h from 06:00', site: 'taobao', agent: 'template', status: 'delivered', events: [['warehouse_stored', '2026-03-04T21:17:00.000Z']], userZone: CN, want: { 'tpl.return.request': '2026-03-09T22:00:00.000Z' }, estimate: { 'tpl.return.request': false } },
  // Stocked in exactly 06:00:00 CST: the earlier reading starts that hour (§9.6) → the same 03-10 06:00 CST.
  { name: 'Template: stocked in exactly on the hour', site: 'taobao', agent: 'template', status: 'delivered', events: [['warehouse_stored', '2026-03-04T22:00:00.000Z']], userZone: CN, want: { 'tpl.return.request': '2026-03-09T22:00:00.000Z' } },
  // One second past the hour, 06:00:01 CST: start 07:00 → 03-10 07:00 CST = 03-09 23:00Z.
  { name: 'Template: one second past the hour', site: 'weidian', agent: 'template', status: 'delivered', events: [['warehouse_stored', '2026-03-04T22:00:01.000Z']], userZone: LONDON, want: { 'tpl.return.request': '2026-03-09T23:00:00.000Z' } },
  // Stocked in 2026-03-04 23:59 CST (15:59Z): start 03-05 00:00 CST (16:00Z), across midnight, + 120 h = 03-10 00:00 CST = 03-09 16:00Z.
  // Storage: 03-04 15:59Z + 90 × 24 h: 27 days to 03-31, 30 to 04-30, 31 to 05-31, 2 more → 06-02 15:59Z.
  { name: 'Template: stocked in 23:59 CST; storage 90 days', site: '1688', agent: 'template', status: 'delivered', events: [['warehouse_stored', '2026-03-04T15:59:00.000Z']], userZone: CN, want: { 'tpl.return.request': '2026-03-09T16:00:00.000Z', 'tpl.storage.free': '2026-06-02T15:59:00.000Z' } },

  // ── CNFans family ──────────────────────────────────────────────────────────────────────────
  // "Stored in Warehouse" Tue 2026-03-10 23:40 CST (15:40Z) + 5 × 24 h = Sun 03-15 23:40 CST = 15:40Z.
  // Free storage: + 90 × 24 h: 21 days to 03-31, 30 to 04-30, 31 to 05-31, 8 more → 06-08 15:40Z.
  { name: 'CNFans: return 5 × 24 h from 23:40 CST; storage 90 days', site: 'taobao', agent: 'cnfans', status: 'delivered', events: [['warehouse_stored', '2026-03-10T15:40:00.000Z']], userZone: CN, want: { 'cnf.return.request': '2026-03-15T15:40:00.000Z', 'cnf.storage.free': '2026-06-08T15:40:00.000Z' }, estimate: { 'cnf.return.request': false } },
  // Stored 40 minutes later, Wed 03-11 00:20 CST (still 03-10 16:20Z in UTC): elapsed, no day rounding → 03-16 00:20 CST = 03-15 16:20Z.
  { name: 'CNFans: return window across midnight CST', site: 'taobao', agent: 'cnfans', status: 'delivered', events: [['warehouse_stored', '2026-03-10T16:20:00.000Z']], userZone: 'America/Los_Angeles', want: { 'cnf.return.request': '2026-03-15T16:20:00.000Z' } },
  // Shipping fee quoted 2026-06-01 09:15 CST (01:15Z): parcel kept 30 × 24 h → 07-01 09:15 CST = 01:15Z.
  { name: 'CNFans: parcel storage 30 days from the fee quote', site: 'taobao', agent: 'cnfans', status: 'delivered', events: [['warehouse_stored', '2026-05-20T02:00:00.000Z'], ['intl_fee_quoted', '2026-06-01T01:15:00.000Z']], userZone: CN, want: { 'cnf.parcel.storage': '2026-07-01T01:15:00.000Z' }, estimate: { 'cnf.parcel.storage': false } },
  // Once the parcel ships, the parcel and item storage clocks end and the loss claim runs: shipped 07-01 11:00 CST (03:00Z) + 45 d → 08-15 03:00Z.
  { name: 'CNFans: shipped internationally: loss claim 45 days', site: 'taobao', agent: 'cnfans', status: 'delivered', events: [['warehouse_stored', '2026-05-20T02:00:00.000Z'], ['intl_fee_quoted', '2026-06-01T01:15:00.000Z'], ['intl_shipped', '2026-07-01T03:00:00.000Z']], userZone: CN, want: { 'cnf.claim.loss': '2026-08-15T03:00:00.000Z' }, absent: ['cnf.parcel.storage', 'cnf.storage.free', 'cnf.return.request', 'cnf.claim.damage'] },
  // Delivered 2026-07-20 14:00 CST (06:00Z): damage claim 7 × 24 h → 07-27 06:00Z; the loss claim ends (§9.5's split).
  { name: 'CNFans: damage claim 7 days after delivery', site: 'tmall', agent: 'cnfans', status: 'delivered', events: [['intl_shipped', '2026-07-01T03:00:00.000Z'], ['intl_delivered', '2026-07-20T06:00:00.000Z']], userZone: BERLIN, want: { 'cnf.claim.damage': '2026-07-27T06:00:00.000Z' }, absent: ['cnf.claim.loss'] },
  // Return requested 03-12 10:00 CST (02:00Z): the agent asks the seller within 48 h → 03-14 02:00Z; the request window closes.
  // 12315 limit: day 0 = 03-12 (CST); + 1095 days: 2027-03-12, 2028-03-11 (29 Feb 2028), 2029-03-11 = last day → 03-12 00:00 CST = 03-11 16:00Z.
  { name: 'CNFans: return requested: agent asks the seller within 48 h', site: 'taobao', agent: 'cnfans', status: 'in_dispute', events: [['warehouse_stored', '2026-03-10T15:40:00.000Z'], ['dispute_opened', '2026-03-12T02:00:00.000Z']], userZone: CN, want: { 'cnf.return.seller_ask': '2026-03-14T02:00:00.000Z', 'cn.12315.limit': '2029-03-11T16:00:00.000Z' }, absent: ['cnf.return.request', 'cn.12315.accept'], estimate: { 'cn.12315.limit': true } },
  // The item is back with the seller 03-20 15:00 CST (07:00Z): refund to the balance within 5 × 24 h → 03-25 07:00Z.
  { name: 'CNFans: refund to balance after the seller receives the return', site: 'taobao', agent: 'cnfans', status: 'in_dispute', events: [['dispute_opened', '2026-03-12T02:00:00.000Z'], ['return_agreed', '2026-03-13T02:00:00.000Z'], ['return_signed_by_seller', '2026-03-20T07:00:00.000Z']], userZone: CN, want: { 'cnf.return.refund': '2026-03-25T07:00:00.000Z' } },
  // Taobao via CNFans: the warehouse signed the seller's parcel Tue 03-03 23:58 CST → tb.7day.window closes 03-11 00:00 CST (03-10 16:00Z), mode D;
  // stored Fri 03-06 10:00 CST (02:00Z) → cnf.return.request 03-11 10:00 CST (02:00Z), after the seller's window: both shown. EU region ignored: agent order.
  { name: 'Taobao via CNFans: 7-day window from the warehouse sign-for', site: 'taobao', agent: 'cnfans', consumerRegion: 'eu', status: 'delivered', events: [['signed_for', '2026-03-03T15:58:00.000Z'], ['warehouse_stored', '2026-03-06T02:00:00.000Z']], userZone: BERLIN, want: { 'tb.7day.window': '2026-03-10T16:00:00.000Z', 'cnf.return.request': '2026-03-11T02:00:00.000Z' }, absent: [...STATUTORY, 'tpl.return.request', 'sb.return.request'] },

  // ── Superbuy, CSSBuy, agents without a page ────────────────────────────────────────────────
  // Stored 2026-01-10 12:00 CST (04:00Z): 90 d → 04-10 04:00Z (21 + 28 + 31 + 10); 180 d → 07-09 04:00Z (+20 + 31 + 30 + 9); return 5 d, estimate.
  { name: 'Superbuy: storage 90 days free, abandoned at 180', site: 'taobao', agent: 'superbuy', status: 'delivered', events: [['warehouse_stored', '2026-01-10T04:00:00.000Z']], userZone: CN, want: { 'sb.storage.free': '2026-04-10T04:00:00.000Z', 'sb.storage.abandoned': '2026-07-09T04:00:00.000Z', 'sb.return.request': '2026-01-15T04:00:00.000Z' }, estimate: { 'sb.return.request': true, 'sb.storage.free': false } },
  // Stored 2026-10-01 00:30 CST (09-30 16:30Z): 90 × 24 h → 12-29 16:30Z (31 + 30 + 29).
  { name: 'CSSBuy: storage 90 days', site: 'weidian', agent: 'cssbuy', status: 'delivered', events: [['warehouse_stored', '2026-09-30T16:30:00.000Z']], userZone: CN, want: { 'css.storage.free': '2026-12-29T16:30:00.000Z' }, absent: ['cnf.storage.free'] },
  // Stored 2026-05-01 08:00 CST (00:00Z): defaults, all estimates: return 05-06 00:00Z; storage 07-30 00:00Z (30 + 30 + 30).
  { name: 'Generic agent: defaults are estimates', site: 'taobao', agent: 'generic', status: 'delivered', events: [['warehouse_stored', '2026-05-01T00:00:00.000Z']], userZone: CN, want: { 'gen.return.request': '2026-05-06T00:00:00.000Z', 'gen.storage.free': '2026-07-30T00:00:00.000Z' }, estimate: { 'gen.return.request': true, 'gen.storage.free': true } },

  // ── EU / UK statutory withdrawal (AliExpress) ──────────────────────────────────────────────
  // Received Sat 2026-10-17 15:00 CEST (13:00Z), Berlin: day 0 = 10-17, day 14 = Sat 10-31 → rolled to Mon 11-02; closes 11-03 00:00 CET (DST ended 10-25) = 11-02 23:00Z.
  { name: 'EU withdrawal ending on a Saturday rolls to Monday (Berlin)', site: 'aliexpress', consumerRegion: 'eu', status: 'delivered', events: [['signed_for', '2026-10-17T13:00:00.000Z']], userZone: BERLIN, want: { 'eu.crd.withdrawal': '2026-11-02T23:00:00.000Z' }, absent: ['uk.ccr.withdrawal', ...CN12315], estimate: { 'eu.crd.withdrawal': false } },
  // Same instant in London (14:00 BST): day 14 = Sat 10-31, not rolled → closes 11-01 00:00 GMT.
  { name: 'UK cancellation ending on a Saturday is not rolled', site: 'aliexpress', consumerRegion: 'uk', status: 'delivered', events: [['signed_for', '2026-10-17T13:00:00.000Z']], userZone: LONDON, want: { 'uk.ccr.withdrawal': '2026-11-01T00:00:00.000Z' }, absent: ['eu.crd.withdrawal'] },
  // Received Fri 2026-03-13 23:30Z = Sat 03-14 00:30 CET: day 0 = 03-14, day 14 = Sat 03-28 → Mon 03-30; closes 03-31 00:00 CEST (DST began 03-29) = 03-30 22:00Z.
  { name: 'EU withdrawal: the consumer’s date, across the DST change', site: 'aliexpress', consumerRegion: 'eu', status: 'delivered', events: [['signed_for', '2026-03-13T23:30:00.000Z']], userZone: BERLIN, want: { 'eu.crd.withdrawal': '2026-03-30T22:00:00.000Z' } },
  // Received Wed 2026-06-03 12:00 CEST: day 14 = Wed 06-17, a working day → closes 06-18 00:00 CEST = 06-17 22:00Z.
  { name: 'EU withdrawal ending on a weekday', site: 'aliexpress', consumerRegion: 'eu', status: 'delivered', events: [['signed_for', '2026-06-03T10:00:00.000Z']], userZone: BERLIN, want: { 'eu.crd.withdrawal': '2026-06-17T22:00:00.000Z' } },
  // Unknown region: no statutory rule at all.
  { name: 'AliExpress with unknown region: no statutory rules', site: 'aliexpress', status: 'delivered', events: [['signed_for', '2026-06-03T10:00:00.000Z']], userZone: BERLIN, want: {}, absent: STATUTORY },

  // ── 12315 ──────────────────────────────────────────────────────────────────────────────────
  // Filed Tue 2026-09-29 10:00 CST: working days 09-30 (1); 10-01…07 off; 10-08 (2), 10-09 (3), Sat 10-10 make-up (4), 10-12 (5), 10-13 (6), 10-14 (7) → 10-15 00:00 CST = 10-14 16:00Z.
  { name: '12315 acceptance: 7 working days across National Day 2026', site: 'taobao', agent: 'cnfans', status: 'in_dispute', events: [['dispute_opened', '2026-09-20T02:00:00.000Z'], ['complaint_submitted', '2026-09-29T02:00:00.000Z']], userZone: CN, want: { 'cn.12315.accept': '2026-10-14T16:00:00.000Z' }, absent: ['cn.12315.limit', 'cn.12315.mediation'], estimate: { 'cn.12315.accept': false } },
  // Filed Wed 2026-12-23 10:00 CST: 12-24 (1), 12-25 (2), 12-28 (3), 12-29 (4), 12-30 (5), 12-31 (6), Fri 2027-01-01 (7: no 2027 calendar, weekends only) → 01-02 00:00 CST = 01-01 16:00Z, estimate.
  { name: '12315 acceptance into 2027 is an estimate', site: 'tmall', status: 'in_dispute', events: [['complaint_submitted', '2026-12-23T02:00:00.000Z']], userZone: CN, want: { 'cn.12315.accept': '2027-01-01T16:00:00.000Z' }, estimate: { 'cn.12315.accept': true } },
  // Accepted Mon 2026-03-02 10:00 CST: 45 working days: March 21 (3–6, 9–13, 16–20, 23–27, 30–31); April 1–3 (24), Qingming 4–6 off, 7–10 (28), 13–17 (33),
  // 20–24 (38), 27–30 (42); May 1–5 off; 6, 7, 8 (45) → 05-09 00:00 CST = 05-08 16:00Z. Estimate (may have changed in April 2026). The acceptance clock ends.
  { name: '12315 mediation: 45 working days from acceptance', site: '1688', status: 'in_dispute', events: [['complaint_submitted', '2026-02-20T02:00:00.000Z'], ['complaint_accepted', '2026-03-02T02:00:00.000Z']], userZone: CN, want: { 'cn.12315.mediation': '2026-05-08T16:00:00.000Z' }, absent: ['cn.12315.accept'], estimate: { 'cn.12315.mediation': true } },
  // AliExpress sellers are not named in a 12315 complaint here: no 12315 clocks, whatever the events.
  { name: 'AliExpress: no 12315 clocks', site: 'aliexpress', consumerRegion: 'eu', status: 'in_dispute', events: [['complaint_submitted', '2026-09-29T02:00:00.000Z']], userZone: BERLIN, want: {}, absent: CN12315 },
  // A Taobao order with no dispute and no complaint: the 12315 clocks stay silent ('event' clocks).
  { name: 'Taobao without a complaint: 12315 silent', site: 'taobao', status: 'delivered', events: [['signed_for', '2026-03-03T15:58:00.000Z']], userZone: CN, want: { 'tb.7day.window': '2026-03-10T16:00:00.000Z' }, absent: CN12315 },
];
