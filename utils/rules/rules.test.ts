import { describe, expect, it } from 'vitest';
import { EventKindSchema, SiteIdSchema } from '../model';
import { allRules, idPrefix, ruleById, rulesByPlatform, rulesBySite, rulesFor } from './index';
import { taobaoRules } from './taobao';
import { CheckedRuleSchema } from './types';

const ids = (rules: { id: string }[]) => rules.map((r) => r.id);

describe('rules are sourced data', () => {
  it.each(allRules.map((r) => [r.id, r] as const))('%s is a valid rule with a dated source', (_id, rule) => {
    expect(() => CheckedRuleSchema.parse(rule)).not.toThrow();
    for (const s of rule.sources) expect(s.seen).toMatch(/\d{4}/);
  });

  it('rule ids are unique and prefixed by their platform', () => {
    const all = ids(allRules);
    expect(new Set(all).size).toBe(all.length);
    for (const [platform, rules] of Object.entries(rulesByPlatform) as [keyof typeof rulesByPlatform, typeof allRules][]) {
      expect(rules.length, platform).toBeGreaterThan(0);
      for (const r of rules) {
        expect(r.platform, r.id).toBe(platform);
        expect(r.id.startsWith(`${idPrefix[platform]}.`), r.id).toBe(true);
      }
    }
  });

  it('every site has its own rule set, and ruleById finds every rule', () => {
    for (const site of SiteIdSchema.options) expect(rulesBySite[site]).toBe(rulesByPlatform[site]);
    for (const r of allRules) expect(ruleById.get(r.id)).toBe(r);
  });

  it('low-confidence rules are marked as estimates', () => {
    for (const r of allRules) if (r.confidence === 'low') expect(r.estimate, r.id).toBe(true);
  });

  it('every start event is a known event', () => {
    for (const r of allRules) expect(EventKindSchema.options).toContain(r.startsFrom);
  });

  it('Chinese platforms count calendar days in China time; PayPal and cards on the user’s calendar', () => {
    for (const p of ['taobao', 'tmall', '1688', 'weidian'] as const) {
      for (const r of rulesByPlatform[p]) expect(r.zone, r.id).toBe(r.mode === 'E' ? null : 'Asia/Shanghai');
    }
    for (const p of ['paypal', 'visa', 'mastercard', 'amex', 'unionpay'] as const) {
      for (const r of rulesByPlatform[p]) expect([r.id, r.mode, r.zone]).toEqual([r.id, 'C', 'user']);
    }
  });

  it('PayPal clocks never start from a marketplace dispute', () => {
    for (const r of rulesByPlatform.paypal) expect(r.startsFrom, r.id).not.toMatch(/^(dispute_opened|seller_offer_made|platform_intervened)$/);
  });

  it('the legal 7-day bound is named as a fallback', () => {
    for (const r of allRules.filter((r) => r.mode === 'DL')) expect(r.name.en, r.id).toMatch(/legal fallback/);
  });

  it('card windows are outer limits and say the issuer may want less time', () => {
    for (const p of ['visa', 'mastercard', 'amex', 'unionpay'] as const) {
      for (const r of rulesByPlatform[p]) {
        expect([r.duration, r.startsFrom]).toEqual([{ from: 'fixed', amount: 120, unit: 'days' }, 'paid']);
        expect(r.atExpiry.en).toMatch(/outer limit/i);
        expect(r.atExpiry.en).toMatch(/issuer/i);
      }
    }
  });

  it('Tmall is Taobao under its own name; 1688 and Weidian reuse Taobao values as estimates', () => {
    const { id: _a, platform: _b, ...tb } = taobaoRules[1]!;
    const { id, platform, ...tm } = rulesByPlatform.tmall[1]!;
    expect([id, platform, tm]).toEqual(['tm.autoconfirm', 'tmall', tb]);
    expect(ids(rulesByPlatform.tmall)).toEqual(ids(taobaoRules).map((i) => i.replace(/^tb\./, 'tm.')));
    for (const r of rulesByPlatform['1688']) expect([r.id, r.confidence, r.estimate]).toEqual([r.id, 'low', true]);
    for (const r of rulesByPlatform.weidian) {
      if (/^wd\.7day\./.test(r.id)) expect([r.id, r.estimate]).toEqual([r.id, false]);
      else expect([r.id, r.confidence, r.estimate]).toEqual([r.id, 'low', true]);
    }
  });
});

describe('rulesFor: the site’s rules plus the payment channel’s', () => {
  it.each([
    { payment: undefined, extra: [] },
    { payment: { channel: 'paypal' as const }, extra: ids(rulesByPlatform.paypal) },
    { payment: { channel: 'card' as const, network: 'visa' as const }, extra: ['visa.13_1', 'visa.13_3'] },
    { payment: { channel: 'card' as const, network: 'mastercard' as const }, extra: ['mc.not_provided'] },
    { payment: { channel: 'card' as const, network: 'amex' as const }, extra: ['amex.dispute'] },
    { payment: { channel: 'card' as const, network: 'unionpay' as const }, extra: ['cup.dispute'] },
    // Unknown is not guessed: a card of unknown network brings no network's rules.
    { payment: { channel: 'card' as const }, extra: [] },
    { payment: { channel: 'alipay' as const }, extra: [] },
    { payment: { channel: 'site_balance' as const }, extra: [] },
    { payment: { channel: 'other' as const, network: 'visa' as const }, extra: [] },
  ])('$payment', ({ payment, extra }) => {
    for (const site of SiteIdSchema.options) {
      expect(ids(rulesFor({ site, payment }))).toEqual([...ids(rulesBySite[site]), ...extra]);
    }
  });
});
