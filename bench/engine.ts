import { computeDeadlines } from '../utils/rules/engine';
import { ladderFor } from '../utils/rules/ladder';
import { caseStages } from '../utils/rules/stages';
import { variedOrders } from './orders';

/**
 * The engine's figures, run by `npm run bench` as an esbuild bundle in plain Node: the code as it
 * ships in the service worker, without the loader's wrappers. Prints one JSON line.
 */
const ORDERS = 10_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const orders = variedOrders(ORDERS);
const deadlineTimes: number[] = [];
let deadlines = 0;
for (let i = 0; i < 25; i++) {
  const t0 = performance.now();
  deadlines = 0;
  for (const o of orders) deadlines += computeDeadlines(o, { userZone: 'Europe/London' }).length;
  if (i >= 5) deadlineTimes.push(performance.now() - t0);
}

// The side panel's case view for every one of those orders: stages and ladder from the deadlines.
const now = new Date('2026-06-01T00:00:00Z');
const withDeadlines = orders.map((o) => ({ o, d: computeDeadlines(o, { userZone: 'Europe/London' }) }));
const caseTimes: number[] = [];
for (let i = 0; i < 25; i++) {
  const t0 = performance.now();
  for (const { o, d } of withDeadlines) {
    caseStages(o, d, now, 'Europe/London');
    ladderFor(o, d, now);
  }
  if (i >= 5) caseTimes.push(performance.now() - t0);
}

console.log(JSON.stringify({ orders: ORDERS, deadlines, deadlinesMs: median(deadlineTimes), caseMs: median(caseTimes) }));
