import { afterAll, describe, expect, it } from 'vitest';
import { agentScenarios } from '../../tests/scenarios/agents';
import { aliexpressScenarios } from '../../tests/scenarios/aliexpress';
import { caseScenarios } from '../../tests/scenarios/cases';
import { marketplaceScenarios } from '../../tests/scenarios/marketplaces';
import type { Scenario } from '../../tests/scenarios/types';
import type { OrderRead } from '../model';
import { computeDeadlines } from './engine';
import { ladderFor } from './ladder';
import { caseStages } from './stages';

/**
 * The scenario table: every platform's clocks, case stages and escalation ladder, run through the
 * whole engine with the rules `rulesFor` selects. Expected instants were derived by hand from the
 * sources; each row's comment (in tests/scenarios/) shows the working. Every row runs with the
 * machine in several zones: nothing may depend on where the computer is.
 */

const scenarios: Scenario[] = [...marketplaceScenarios, ...agentScenarios, ...aliexpressScenarios, ...caseScenarios];

function order(s: Scenario): OrderRead {
  return {
    site: s.site,
    orderId: '4123456789012345678',
    url: 'https://example.com/order',
    items: [],
    status: s.status,
    events: s.events.map(([kind, at]) => ({ kind, at, dateOnly: false, zone: 'Asia/Shanghai' })),
    tracking: [],
    pageDeadlines: s.pageDeadlines ?? [],
    missing: [],
    ...(s.payment ? { payment: s.payment } : {}),
    ...(s.agent ? { agent: { family: s.agent } } : {}),
    ...(s.consumerRegion ? { consumerRegion: s.consumerRegion } : {}),
    ...(s.protectionDays ? { protectionDays: s.protectionDays } : {}),
  };
}

function run(s: Scenario) {
  const o = order(s);
  const deadlines = computeDeadlines(o, { userZone: s.userZone });
  const now = new Date(s.now ?? '2026-01-01T00:00:00.000Z');
  return { deadlines, flows: caseStages(o, deadlines, now, s.userZone), ladder: ladderFor(o, deadlines, now) };
}

const MACHINE_ZONES = ['UTC', 'America/Los_Angeles', 'America/New_York', 'Europe/London', 'Asia/Shanghai', 'Pacific/Chatham', 'Asia/Kolkata'];
const savedTZ = process.env.TZ;
afterAll(() => {
  if (savedTZ === undefined) delete process.env.TZ;
  else process.env.TZ = savedTZ;
});

describe.each(MACHINE_ZONES)('scenarios with the machine in %s', (tz) => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    process.env.TZ = tz;
    const { deadlines, flows, ladder } = run(s);
    const byRule = new Map(deadlines.map((d) => [d.ruleId, d]));
    for (const [ruleId, due] of Object.entries(s.want)) expect(byRule.get(ruleId)?.dueAt, ruleId).toBe(due);
    for (const ruleId of s.absent ?? []) expect(byRule.has(ruleId), ruleId).toBe(false);
    for (const [ruleId, estimate] of Object.entries(s.estimate ?? {})) expect(byRule.get(ruleId)?.estimate, ruleId).toBe(estimate);

    const stages = new Map(flows.flatMap((f) => f.stages.map((st) => [st.stage.id, st] as const)));
    for (const [id, want] of Object.entries(s.stages ?? {})) {
      const got = stages.get(id);
      expect(got, id).toBeDefined();
      const [state, due] = typeof want === 'string' ? [want] : want;
      expect([id, got!.state]).toEqual([id, state]);
      if (due) expect([id, got!.dueAt]).toEqual([id, due]);
    }

    const steps = new Map(ladder.flatMap((r) => r.steps.map((st) => [st.step.id, st] as const)));
    for (const [id, want] of Object.entries(s.ladder ?? {})) {
      const got = steps.get(id);
      expect(got, id).toBeDefined();
      const [state, at] = typeof want === 'string' ? [want] : want;
      expect([id, got!.state]).toEqual([id, state]);
      if (at) expect([id, state === 'not_yet' ? got!.opensAt : got!.lastSafeAt]).toEqual([id, at]);
    }
  });
});

describe('the scenario table', () => {
  it('has at least 60 rows, every platform, and the hard cases the issue names', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(60);
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
    const ruleIds = scenarios.flatMap((s) => Object.keys(s.want));
    for (const prefix of ['ae.', 'tb.', 'tm.', '1688.', 'wd.', 'pp.', 'visa.', 'mc.', 'amex.', 'cup.', 'cnf.', 'tpl.', 'sb.', 'css.', 'gen.', 'eu.', 'uk.', 'cn.12315.']) {
      expect(ruleIds.some((id) => id.startsWith(prefix)), prefix).toBe(true);
    }
    const names = scenarios.map((s) => s.name).join('\n');
    for (const hard of [/00:01 CST|23:58 CST|midnight CST/, /DST/, /leap/, /National Day|Spring Festival|Mid-Autumn/]) expect(names).toMatch(hard);
    expect(scenarios.filter((s) => s.stages).length).toBeGreaterThanOrEqual(8);
    expect(scenarios.filter((s) => s.ladder).length).toBeGreaterThanOrEqual(8);
  });

  it('gives identical results whatever the machine zone', () => {
    const results = MACHINE_ZONES.map((tz) => {
      process.env.TZ = tz;
      return JSON.stringify(scenarios.map(run));
    });
    for (const r of results) expect(r).toBe(results[0]);
  });
});
