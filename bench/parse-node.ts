import { DOMParser } from 'linkedom';
import * as alibaba1688 from '../utils/sites/1688';
import * as aliexpress from '../utils/sites/aliexpress';
import * as cnfans from '../utils/sites/cnfans';
import * as superbuy from '../utils/sites/superbuy';
import * as taobao from '../utils/sites/taobao';
import * as tmall from '../utils/sites/tmall';
import type { SiteAdapter } from '../utils/sites/types';
import * as weidian from '../utils/sites/weidian';

/**
 * Parse time in Node, run by `npm run bench` as an esbuild bundle (the adapters' code as shipped,
 * without the loader's wrappers) on linkedom's DOM. Reads `[{ module, exportName, url, html }]` JSON
 * from stdin (bench/pages.ts: the page family whose content script reads the page), prints
 * `[{ orders, ms }]`.
 */
const RUNS = 50;
const MODULES: Record<string, Record<string, unknown>> = {
  'utils/sites/1688.ts': alibaba1688,
  'utils/sites/aliexpress.ts': aliexpress,
  'utils/sites/cnfans.ts': cnfans,
  'utils/sites/superbuy.ts': superbuy,
  'utils/sites/taobao.ts': taobao,
  'utils/sites/tmall.ts': tmall,
  'utils/sites/weidian.ts': weidian,
};
const pages = JSON.parse(await new Response(process.stdin as unknown as ReadableStream).text()) as { module: string; exportName: string; url: string; html: string }[];
const out: { orders: number; ms: number }[] = [];
for (const p of pages) {
  const adapter = MODULES[p.module]?.[p.exportName] as SiteAdapter;
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
  out.push({ orders, ms: times[Math.floor(times.length / 2)]! });
}
console.log(JSON.stringify(out));
