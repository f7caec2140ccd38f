import { DOMParser } from 'linkedom';
import { adapters } from '../utils/sites/index';

/**
 * Parse time in Node, run by `npm run bench` as an esbuild bundle (the adapters' code as shipped,
 * without the loader's wrappers) on linkedom's DOM. Reads `[{ site, url, html }]` JSON from stdin,
 * prints `[{ site, orders, ms }]`.
 */
const RUNS = 50;
const pages = JSON.parse(await new Response(process.stdin as unknown as ReadableStream).text()) as { site: string; url: string; html: string }[];
const out: { site: string; orders: number; ms: number }[] = [];
for (const p of pages) {
  const adapter = adapters.find((a) => a.id === p.site)!;
  const doc = new DOMParser().parseFromString(p.html, 'text/html') as unknown as Document;
  const url = new URL(p.url);
  const times: number[] = [];
  let orders = 0;
  for (let i = 0; i < RUNS + 10; i++) {
    const t0 = performance.now();
    orders = adapter.parse(doc, url).orders.length;
    if (i >= 10) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  out.push({ site: p.site, orders, ms: times[Math.floor(times.length / 2)]! });
}
console.log(JSON.stringify(out));
