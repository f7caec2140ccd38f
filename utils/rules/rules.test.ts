import { describe, expect, it } from 'vitest';
import { EventKindSchema } from '../model';
import { allRules, rulesBySite } from './index';
import { CheckedRuleSchema } from './types';

describe('rules are sourced data', () => {
  it.each(allRules.map((r) => [r.id, r] as const))('%s is a valid rule with a dated source', (_id, rule) => {
    expect(() => CheckedRuleSchema.parse(rule)).not.toThrow();
    for (const s of rule.sources) expect(s.seen).toMatch(/\d{4}/);
  });

  it('rule ids are unique and prefixed by their platform', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [site, rules] of Object.entries(rulesBySite)) {
      for (const r of rules) expect(r.platform).toBe(site);
    }
  });

  it('low-confidence rules are marked as estimates', () => {
    for (const r of allRules) if (r.confidence === 'low') expect(r.estimate, r.id).toBe(true);
  });

  it('every start event is a known event', () => {
    for (const r of allRules) expect(EventKindSchema.options).toContain(r.startsFrom);
  });
});
