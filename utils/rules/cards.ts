import type { Source } from '../model';
import type { LadderStep, Rule } from './types';

/**
 * Card-network chargeback windows, from `../shared/research/rules.md` §6 and §9.8 (research of
 * November 2026). Each is an **outer** limit for the issuer, counted in calendar days on the
 * cardholder's calendar (mode C, user zone; the count starts the day after the date, so the date
 * itself is day 0). The networks allow the later of two starts (processing date or expected
 * delivery date); only the earlier, safe one is computed here, from payment: processing is on or
 * after payment. Issuers often want less time: every atExpiry says so, and the user can override.
 */

const QUAVO: Source = {
  title: 'Visa and Mastercard dispute conditions mirrored by Quavo’s wiki (quavo-inc.atlassian.net, pages 341080959, 341014967, 341093727)',
  url: 'https://quavo-inc.atlassian.net/wiki',
  seen: '2020s',
};
const VERIFI: Source = { title: 'Verifi: update to Visa dispute condition 13.6 (April 2021 rules, 540-day cap)', url: 'https://verifi.com/update-to-dispute-condition-13-6/', seen: '2021' };
const CHARGEBACK_COM: Source = { title: 'chargeback.com: Visa chargeback time limits (limits start the day after processing)', url: 'https://chargeback.com/visa-chargeback-time-limits/', seen: '2020s' };
const ADYEN: Source = { title: 'Adyen chargeback guidelines and UnionPay chargebacks', url: 'https://docs.adyen.com', seen: '2021' };
const ISSUERS: Source = {
  title: 'Issuer help pages with shorter windows (first direct: "within 120 days"; Bilderlings: 90 days)',
  url: 'https://www2.firstdirect.com/help/product-support/card-payments-help/',
  seen: '2020s',
};

const OUTER_LIMIT = {
  en: 'Outer limit of the card network: your bank must have filed the chargeback by then, and many banks want you to ask sooner (often 90 days or less). Check your issuer’s own window.',
  zh: '这是卡组织规定的最晚期限：发卡行须在此之前提交拒付，许多银行要求更早申请（常为 90 天或更短）。请以发卡行的期限为准。',
};

/** A 120-day window from payment on the cardholder's calendar. */
function window120(r: Pick<Rule, 'id' | 'platform' | 'name' | 'sources' | 'confidence' | 'estimate'>): Rule {
  return {
    ...r,
    kind: 'closes',
    duration: { from: 'fixed', amount: 120, unit: 'days' },
    startsFrom: 'paid',
    appliesWhen: 'always',
    endedBy: [],
    mode: 'C',
    zone: 'user',
    atExpiry: OUTER_LIMIT,
  };
}

export const visaRules: Rule[] = [
  window120({
    id: 'visa.13_1',
    platform: 'visa',
    name: { en: 'Visa chargeback: goods not received (outer limit)', zh: 'Visa 拒付：未收到货（最晚期限）' },
    sources: [QUAVO, VERIFI, CHARGEBACK_COM, ISSUERS],
    confidence: 'high',
    estimate: false,
  }),
  window120({
    id: 'visa.13_3',
    platform: 'visa',
    name: { en: 'Visa chargeback: not as described or defective (outer limit)', zh: 'Visa 拒付：货不对板或有缺陷（最晚期限）' },
    sources: [QUAVO, { title: 'Justt: Visa reason code 13.3 (15-day wait after returning the goods)', url: 'https://justt.ai', seen: '2022' }, ISSUERS],
    confidence: 'medium',
    estimate: false,
  }),
];

export const mastercardRules: Rule[] = [
  window120({
    id: 'mc.not_provided',
    platform: 'mastercard',
    name: { en: 'Mastercard chargeback: goods not provided (outer limit)', zh: '万事达拒付：未提供商品（最晚期限）' },
    sources: [QUAVO, ISSUERS],
    confidence: 'high',
    estimate: false,
  }),
];

export const amexRules: Rule[] = [
  window120({
    id: 'amex.dispute',
    platform: 'amex',
    name: { en: 'American Express dispute (outer limit)', zh: '美国运通争议（最晚期限）' },
    sources: [
      { title: 'Chargebacks911, Justt and Disputely on Amex time limits (third-party)', url: 'https://chargebacks911.com', seen: '2021' },
      ADYEN,
      ISSUERS,
    ],
    confidence: 'medium',
    estimate: false,
  }),
];

export const unionpayRules: Rule[] = [
  window120({
    id: 'cup.dispute',
    platform: 'unionpay',
    name: { en: 'UnionPay dispute (outer limit)', zh: '银联争议（最晚期限）' },
    // UnionPay's own rules (CDRS, changed 1 Dec 2019) were not retrieved: an acquirer's table only.
    sources: [ADYEN, ISSUERS],
    confidence: 'low',
    estimate: true,
  }),
];

/** Asking the card issuer for a chargeback: the network's windows are the outer limit (rules.md §6, §9.8). */
function chargebackStep(platform: string, prefix: string, rules: Rule[]): LadderStep {
  return {
    id: `${prefix}.step.chargeback`,
    platform,
    rung: 'payment',
    name: { en: 'Ask your card issuer for a chargeback', zh: '向发卡行申请拒付' },
    how: {
      en: 'Call or write to the bank that issued the card, with the order, what went wrong, and what you asked the seller. Banks often want this well before the network’s limit.',
      zh: '联系发卡银行，说明订单、问题及你向卖家提出的要求。银行往往要求在卡组织期限之前很早提出。',
    },
    windows: rules.map((r) => r.id),
    // No event records a chargeback request: the outer limit stays in view until it passes.
    takenBy: [],
    outer: [],
  };
}

export const visaLadder: LadderStep[] = [chargebackStep('visa', 'visa', visaRules)];
export const mastercardLadder: LadderStep[] = [chargebackStep('mastercard', 'mc', mastercardRules)];
export const amexLadder: LadderStep[] = [chargebackStep('amex', 'amex', amexRules)];
export const unionpayLadder: LadderStep[] = [chargebackStep('unionpay', 'cup', unionpayRules)];
