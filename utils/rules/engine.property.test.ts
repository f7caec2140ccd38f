import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AgentFamilySchema, CardNetworkSchema, EventKindSchema, OrderStatusSchema, SiteIdSchema, type OrderRead } from '../model';
import { computeDeadlines } from './engine';
import { ruleById } from './index';
import { ladderFor } from './ladder';
import { caseStages } from './stages';

/** Properties of the whole engine over random orders: the scenario table checks values, these check laws. */

const MIN = Date.UTC(2025, 0, 1);
const MAX = Date.UTC(2027, 11, 31);
const ZONES = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'America/Los_Angeles', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'];

const payment = fc.oneof(
  fc.constant(undefined),
  fc.constant({ channel: 'paypal' as const }),
  fc.constantFrom(...CardNetworkSchema.options).map((network) => ({ channel: 'card' as const, network })),
);
const events = fc.array(
  fc.tuple(fc.constantFrom(...EventKindSchema.options), fc.integer({ min: MIN, max: MAX })).map(([kind, ms]) => ({ kind, at: new Date(ms).toISOString(), dateOnly: false, zone: 'Asia/Shanghai' })),
  { maxLength: 8 },
);
const order = fc.record({
  site: fc.constantFrom(...SiteIdSchema.options),
  status: fc.constantFrom(...OrderStatusSchema.options),
  events,
  agent: fc.option(fc.constantFrom(...AgentFamilySchema.options).map((family) => ({ family })), { nil: undefined }),
  payment,
  consumerRegion: fc.option(fc.constantFrom('eu' as const, 'uk' as const), { nil: undefined }),
  protectionDays: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
}).map((o): OrderRead => ({
  orderId: '4123456789012345678',
  url: 'https://example.com/order',
  items: [],
  tracking: [],
  pageDeadlines: [],
  missing: [],
  site: o.site,
  status: o.status,
  events: o.events,
  ...(o.agent ? { agent: o.agent } : {}),
  ...(o.payment ? { payment: o.payment } : {}),
  ...(o.consumerRegion ? { consumerRegion: o.consumerRegion } : {}),
  ...(o.protectionDays ? { protectionDays: o.protectionDays } : {}),
}));

const savedTZ = process.env.TZ;
afterAll(() => {
  if (savedTZ === undefined) delete process.env.TZ;
  else process.env.TZ = savedTZ;
});

describe('engine properties', () => {
  it('the machine’s zone changes nothing', () => {
    fc.assert(
      fc.property(order, fc.constantFrom(...ZONES), (o, userZone) => {
        const seen = new Set<string>();
        for (const tz of ['UTC', 'America/New_York', 'Asia/Kolkata']) {
          process.env.TZ = tz;
          seen.add(JSON.stringify(computeDeadlines(o, { userZone })));
        }
        expect(seen.size).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('the user’s zone moves only rules counted on the user’s calendar', () => {
    fc.assert(
      fc.property(order, fc.constantFrom(...ZONES), fc.constantFrom(...ZONES), (o, z1, z2) => {
        const a = computeDeadlines(o, { userZone: z1 });
        const b = computeDeadlines(o, { userZone: z2 });
        expect(b.map((d) => d.ruleId)).toEqual(a.map((d) => d.ruleId));
        a.forEach((d, i) => {
          if (ruleById.get(d.ruleId)?.zone !== 'user') expect(b[i]!.dueAt, d.ruleId).toBe(d.dueAt);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a later start never gives an earlier deadline (monotonic)', () => {
    fc.assert(
      fc.property(order, fc.integer({ min: 1, max: 40 * 86_400_000 }), fc.constantFrom(...ZONES), (o, shift, userZone) => {
        const later: OrderRead = { ...o, events: o.events.map((e) => ({ ...e, at: new Date(Date.parse(e.at) + shift).toISOString() })) };
        const before = new Map(computeDeadlines(o, { userZone }).map((d) => [d.ruleId, d.dueAt]));
        for (const d of computeDeadlines(later, { userZone })) {
          const was = before.get(d.ruleId);
          if (was && d.dueAt) expect(d.dueAt >= was, `${d.ruleId}: ${was} → ${d.dueAt}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a deadline never falls before the event it counts from', () => {
    fc.assert(
      fc.property(order, fc.constantFrom(...ZONES), (o, userZone) => {
        for (const d of computeDeadlines(o, { userZone })) if (d.dueAt && d.fromAt) expect(d.dueAt > d.fromAt, d.ruleId).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('stages and ladder are consistent with the moment they are judged at', () => {
    fc.assert(
      fc.property(order, fc.integer({ min: MIN, max: MAX }), (o, nowMs) => {
        const now = new Date(nowMs);
        const iso = now.toISOString();
        const deadlines = computeDeadlines(o, { userZone: 'Europe/London' });
        for (const f of caseStages(o, deadlines, now, 'Europe/London')) {
          for (const s of f.stages) {
            if (s.state === 'overdue') expect(s.dueAt! <= iso).toBe(true);
            if (s.state === 'running' && s.dueAt) expect(s.dueAt > iso).toBe(true);
          }
        }
        for (const r of ladderFor(o, deadlines, now)) {
          for (const s of r.steps) {
            if (s.state === 'open' && s.lastSafeAt) expect(s.lastSafeAt > iso).toBe(true);
            if (s.state === 'not_yet') expect(s.opensAt! > iso).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
