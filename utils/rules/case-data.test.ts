import { describe, expect, it } from 'vitest';
import { allRules, flowsByPlatform, idPrefix, ladderByPlatform, ruleById, type Platform } from './index';
import { CheckedRuleSchema, FlowSchema, LadderStepSchema } from './types';

const flows = Object.entries(flowsByPlatform) as [Platform, NonNullable<(typeof flowsByPlatform)[Platform]>][];
const steps = (Object.entries(ladderByPlatform) as [Platform, (typeof ladderByPlatform)[Platform]][]).flatMap(([p, s]) => s.map((x) => [p, x] as const));

describe('case stages are data tied to the rules', () => {
  it.each(flows)('%s: a valid flow, ids prefixed by its platform', (platform, flow) => {
    expect(() => FlowSchema.parse(flow)).not.toThrow();
    expect(flow.platform).toBe(platform);
    for (const id of [flow.id, ...flow.stages.map((s) => s.id)]) expect(id.startsWith(`${idPrefix[platform]}.`), id).toBe(true);
  });

  it('stage ids are unique', () => {
    const ids = flows.flatMap(([, f]) => f.stages.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a stage’s clock rules are its platform’s, start with the stage, and stop no later than it does', () => {
    for (const [platform, flow] of flows) {
      for (const s of flow.stages) {
        if (s.clock.from !== 'rules') continue;
        for (const id of s.clock.rules) {
          const rule = ruleById.get(id);
          expect(rule, id).toBeDefined();
          expect([id, rule!.platform]).toEqual([id, platform]);
          expect([id, rule!.startsFrom]).toEqual([id, s.startsOn]);
        }
        // The stage ends no later than its last clock: otherwise a stage would run on without a date.
        const last = ruleById.get(s.clock.rules.at(-1)!)!;
        for (const e of last.endedBy) expect(s.doneOn, `${s.id} ends with ${e}`).toContain(e);
      }
    }
  });

  it('third-party figures are valid rule shapes, estimates of low confidence, and never in a rule list', () => {
    const thirdParty = flows.flatMap(([, f]) => f.stages).flatMap((s) => (s.clock.from === 'third_party' ? [s.clock] : []));
    expect(thirdParty.map((c) => c.rule.id).sort()).toEqual(['cnf.seed.refund', 'cnf.seed.review']);
    for (const c of thirdParty) {
      expect(() => CheckedRuleSchema.parse(c.rule)).not.toThrow();
      expect([c.rule.estimate, c.rule.confidence]).toEqual([true, 'low']);
      expect(allRules.map((r) => r.id)).not.toContain(c.rule.id);
      expect(c.rule.duration.from === 'fixed' && c.rule.duration.unit === c.least.unit && c.least.amount < c.rule.duration.amount).toBe(true);
    }
  });

  it('covers the flows the issue names: CNFans, AliExpress, Taobao, PayPal', () => {
    for (const p of ['cnfans', 'aliexpress', 'taobao', 'paypal'] as const) expect(flowsByPlatform[p]?.stages.length, p).toBeGreaterThan(0);
  });
});

describe('ladder steps are data tied to the rules', () => {
  it.each(steps.map(([p, s]) => [s.id, p, s] as const))('%s: valid, prefixed, its windows its platform’s opening or closing rules', (_id, platform, step) => {
    expect(() => LadderStepSchema.parse(step)).not.toThrow();
    expect(step.platform).toBe(platform);
    expect(step.id.startsWith(`${idPrefix[platform]}.`)).toBe(true);
    for (const id of [...step.windows, ...step.outer]) {
      const rule = ruleById.get(id);
      expect(rule, id).toBeDefined();
      expect(rule!.platform).toBe(platform);
      expect(['opens', 'closes']).toContain(rule!.kind);
    }
    // A step either has dated windows or says why it has none.
    expect(step.windows.length > 0 || !!step.noClock).toBe(true);
  });

  it('step ids are unique, and every platform offers at least one step', () => {
    const ids = steps.map(([, s]) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [p, list] of Object.entries(ladderByPlatform)) expect(list.length, p).toBeGreaterThan(0);
  });

  it('every closing window a shopper can act on sits on some rung', () => {
    const onLadder = new Set(steps.flatMap(([, s]) => [...s.windows, ...s.outer]));
    // Storage, shipping and response clocks are not steps the shopper takes; 'closes' rules are.
    const closing = allRules.filter((r) => r.kind === 'closes' || r.kind === 'opens').map((r) => r.id);
    const offLadder = closing.filter((id) => !onLadder.has(id));
    // The buyer's own clock inside a refund (ship the return) is a case stage, not a rung.
    expect(offLadder.sort()).toEqual(['1688.return.ship', 'ae.return.ship', 'tb.return.ship', 'tm.return.ship', 'wd.return.ship']);
  });
});
