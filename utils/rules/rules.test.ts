import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { AgentFamilySchema, EventKindSchema, MarketSiteSchema } from '../model';
import { allRules, complaintApplies, idPrefix, ruleById, ruleFitsOrder, rulesByPlatform, rulesBySite, rulesFor, statutoryPlatform } from './index';
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
    for (const site of MarketSiteSchema.options) expect(rulesBySite[site]).toBe(rulesByPlatform[site]);
    for (const r of allRules) expect(ruleById.get(r.id)).toBe(r);
  });

  it('low-confidence rules are marked as estimates', () => {
    for (const r of allRules) if (r.confidence === 'low') expect(r.estimate, r.id).toBe(true);
  });

  it('every start event is a known event', () => {
    for (const r of allRules) expect(EventKindSchema.options).toContain(r.startsFrom);
  });

  it('every event has a label (the side panel names the event a deadline counts from)', () => {
    for (const k of EventKindSchema.options) expect(Object.keys(en), k).toContain(`event_${k}`);
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

const CN_SITES = new Set(['taobao', 'tmall', '1688', 'weidian']);
const cn12315 = ids(rulesByPlatform.cn12315);

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
    for (const site of MarketSiteSchema.options) {
      // Chinese marketplaces also carry the 12315 complaint clocks, last.
      expect(ids(rulesFor({ site, payment }))).toEqual([...ids(rulesBySite[site]), ...extra, ...(CN_SITES.has(site) ? cn12315 : [])]);
    }
  });
});

describe('agent, statutory and 12315 rule sets', () => {
  const AGENT_FAMILIES = AgentFamilySchema.options;
  const prefixOf = { cnfans: 'cnf', superbuy: 'sb', cssbuy: 'css', template: 'tpl', generic: 'gen' } as const;

  it('every agent family has its own prefixed list, counted in China time', () => {
    for (const f of AGENT_FAMILIES) {
      expect(idPrefix[f]).toBe(prefixOf[f]);
      expect(rulesByPlatform[f].length, f).toBeGreaterThan(0);
      // Elapsed timers need no zone; the template's "next full hour" is read in China time.
      for (const r of rulesByPlatform[f]) expect([r.id, r.zone]).toEqual([r.id, r.mode === 'E' ? null : 'Asia/Shanghai']);
    }
    expect(ids(rulesByPlatform.cnfans)).toEqual(
      expect.arrayContaining(['cnf.return.request', 'cnf.return.seller_ask', 'cnf.storage.free', 'cnf.parcel.storage', 'cnf.claim.damage', 'cnf.claim.loss']),
    );
    expect(ruleById.get('tpl.return.request')).toMatchObject({ mode: 'H', duration: { amount: 120, unit: 'hours' }, startsFrom: 'warehouse_stored' });
    expect(ruleById.get('cnf.parcel.storage')).toMatchObject({ startsFrom: 'intl_fee_quoted', duration: { amount: 30 } });
    expect(ruleById.get('sb.storage.abandoned')?.duration).toEqual({ from: 'fixed', amount: 180, unit: 'days' });
  });

  it('agents without an official page are low-confidence estimates; third-party seed clocks are not rules', () => {
    for (const r of rulesByPlatform.generic) expect([r.id, r.confidence, r.estimate]).toEqual([r.id, 'low', true]);
    expect(ruleById.get('sb.return.request')?.estimate).toBe(true);
    expect(allRules.some((r) => r.id.startsWith('seed.'))).toBe(false);
  });

  it('EU and UK withdrawal count on the consumer’s calendar; only the EU rolls a weekend', () => {
    expect(rulesByPlatform.eu.map((r) => [r.id, r.mode, r.zone, r.startsFrom])).toEqual([['eu.crd.withdrawal', 'CW', 'user', 'signed_for']]);
    expect(rulesByPlatform.uk.map((r) => [r.id, r.mode, r.zone, r.startsFrom])).toEqual([['uk.ccr.withdrawal', 'C', 'user', 'signed_for']]);
  });

  it('12315 clocks are event clocks in China time, with the April 2026 caveat in their sources', () => {
    for (const r of rulesByPlatform.cn12315) {
      expect([r.id, r.appliesWhen, r.zone]).toEqual([r.id, 'event', 'Asia/Shanghai']);
      expect(r.sources.some((s) => /2026/.test(s.seen) && /replaced/i.test(s.title)), r.id).toBe(true);
    }
    expect(ruleById.get('cn.12315.accept')).toMatchObject({ mode: 'B', startsFrom: 'complaint_submitted', duration: { amount: 7 } });
    expect(ruleById.get('cn.12315.mediation')).toMatchObject({ mode: 'B', startsFrom: 'complaint_accepted', duration: { amount: 45 }, estimate: true });
    expect(ruleById.get('cn.12315.limit')).toMatchObject({ mode: 'C', estimate: true });
  });

  // The agent pays, waits for shipment and confirms receipt on the marketplace: those clocks are the agent's.
  const shoppers = (rules: { id: string }[]) => ids(rules).filter((id) => !/\.(ship\.by|autoconfirm)$/.test(id));

  it('an agent order gets the marketplace’s rules (the shopper’s), then the agent’s, then the payment’s, and no EU rules', () => {
    const order = { site: 'taobao' as const, agent: { family: 'cnfans' as const }, payment: { channel: 'paypal' as const }, consumerRegion: 'eu' as const };
    expect(ids(rulesFor(order))).toEqual([...shoppers(rulesBySite.taobao), ...ids(rulesByPlatform.cnfans), ...ids(rulesByPlatform.paypal), ...cn12315]);
    expect(ids(rulesFor(order))).toContain('tb.7day.window');
    expect(ids(rulesFor(order))).not.toContain('tb.autoconfirm');
    expect(statutoryPlatform(order)).toBeUndefined();
  });

  it.each(AGENT_FAMILIES)('a Weidian order through a %s agent', (family) => {
    expect(ids(rulesFor({ site: 'weidian', agent: { family } }))).toEqual([...shoppers(rulesBySite.weidian), ...ids(rulesByPlatform[family]), ...cn12315]);
  });

  it('an agent brand’s order follows the marketplace its page names, and none when it names none', () => {
    const base = { site: 'mulebuy' as const, agent: { family: 'cnfans' as const } };
    expect(ids(rulesFor({ ...base, marketplace: { site: '1688' as const } }))).toEqual([...shoppers(rulesBySite['1688']), ...ids(rulesByPlatform.cnfans), ...cn12315]);
    expect(ids(rulesFor(base))).toEqual([...ids(rulesByPlatform.cnfans), ...cn12315]);
  });

  it.each([
    { consumerRegion: 'eu' as const, extra: ['eu.crd.withdrawal'] },
    { consumerRegion: 'uk' as const, extra: ['uk.ccr.withdrawal'] },
    { consumerRegion: undefined, extra: [] },
  ])('an AliExpress order, region $consumerRegion', ({ consumerRegion, extra }) => {
    expect(ids(rulesFor({ site: 'aliexpress', consumerRegion }))).toEqual([...ids(rulesBySite.aliexpress), ...extra]);
    // With a card, the network's rules come before the statutory ones.
    expect(ids(rulesFor({ site: 'aliexpress', consumerRegion, payment: { channel: 'card', network: 'visa' } }))).toEqual([
      ...ids(rulesBySite.aliexpress),
      'visa.13_1',
      'visa.13_3',
      ...extra,
    ]);
  });

  it('statutory rules only on AliExpress orders; 12315 only on Chinese platforms or agent orders', () => {
    for (const site of MarketSiteSchema.options) {
      expect(statutoryPlatform({ site, consumerRegion: 'eu' }), site).toBe(site === 'aliexpress' ? 'eu' : undefined);
      expect(complaintApplies({ site }), site).toBe(CN_SITES.has(site));
      expect(complaintApplies({ site, agent: { family: 'generic' } }), site).toBe(true);
    }
  });

  it('caches per combination: the same inputs give the same list, different inputs a different one', () => {
    const a = rulesFor({ site: 'taobao', agent: { family: 'cnfans' } });
    expect(rulesFor({ site: 'taobao', agent: { family: 'cnfans' } })).toBe(a);
    expect(rulesFor({ site: 'taobao', agent: { family: 'superbuy' } })).not.toBe(a);
    expect(rulesFor({ site: 'taobao' })).not.toBe(a);
    const eu = rulesFor({ site: 'aliexpress', consumerRegion: 'eu' });
    expect(rulesFor({ site: 'aliexpress', consumerRegion: 'uk' })).not.toBe(eu);
    expect(rulesFor({ site: 'aliexpress' })).not.toBe(eu);
  });

  it('a user may set the length of a rule only on an order that has it (or of any payment channel’s)', () => {
    const rule = (id: string) => ruleById.get(id)!;
    expect(ruleFitsOrder(rule('cnf.return.request'), { site: 'taobao', agent: { family: 'cnfans' } })).toBe(true);
    expect(ruleFitsOrder(rule('cnf.return.request'), { site: 'taobao' })).toBe(false);
    expect(ruleFitsOrder(rule('cnf.return.request'), { site: 'taobao', agent: { family: 'template' } })).toBe(false);
    expect(ruleFitsOrder(rule('eu.crd.withdrawal'), { site: 'aliexpress', consumerRegion: 'eu' })).toBe(true);
    expect(ruleFitsOrder(rule('eu.crd.withdrawal'), { site: 'aliexpress' })).toBe(false);
    expect(ruleFitsOrder(rule('eu.crd.withdrawal'), { site: 'taobao', agent: { family: 'cnfans' }, consumerRegion: 'eu' })).toBe(false);
    expect(ruleFitsOrder(rule('cn.12315.accept'), { site: '1688' })).toBe(true);
    expect(ruleFitsOrder(rule('cn.12315.accept'), { site: 'aliexpress' })).toBe(false);
    expect(ruleFitsOrder(rule('tb.autoconfirm'), { site: 'tmall' })).toBe(false);
    expect(ruleFitsOrder(rule('visa.13_1'), { site: 'aliexpress' })).toBe(true);
  });
});
