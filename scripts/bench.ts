// `npm run bench`: content-script bundle sizes and parse time in Chromium, written to bench/RESULTS.md.
// Figures are medians over repeated runs; targets sit beside them with the ratio figure/target.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBrowser } from './lib/browser-path';
import { run } from './lib/run';
import { benchPages } from '../bench/pages';
import { popupFigure } from '../bench/popup';

const RUNS = 200;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const kb = (n: number) => (n / 1024).toFixed(1);

/**
 * The machine's speed at the time of the run: a fixed integer loop. Shared build machines vary by
 * half or more from hour to hour; this figure lets two RESULTS.md files be compared.
 */
function speedCheck(): number {
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < 1e8; i++) x += i % 7;
    if (x < 0) throw new Error('unreachable');
    times.push(performance.now() - t0);
  }
  return median(times);
}
const speedMs = speedCheck();

const chrome = ensureBrowser();
run('wxt', ['build']);

// 1. Content-script bundles, as shipped (WXT minifies production builds).
/** Issue 5's budget per content script (adapter, page watching and badges together). */
const CS_BUDGET_KB = 30;
const csDir = '.output/chrome-mv3/content-scripts';
const bundles = readdirSync(csDir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => {
    const bytes = readFileSync(path.join(csDir, f));
    const script = f.replace(/\.js$/, '');
    // One script per page family, named `<site>-<family>` (entrypoints/*.content).
    return { script, site: script.split('-')[0], raw: statSync(path.join(csDir, f)).size, gzip: gzipSync(bytes).length };
  });

// 2. Parse time per site: a 50-order list page (bench/pages.ts), each adapter bundled alone, read in
// Chromium's real DOM and in Node with linkedom.
const PARSE_BUDGET_MS = 5;
const pages = benchPages();
const browser = await chromium.launch({ executablePath: chrome, args: ['--no-sandbox', '--disable-gpu'] });
interface ParseFigure {
  label: string;
  orders: number;
  chromiumMs: number;
  nodeMs: number;
}
const parses: ParseFigure[] = [];
for (const p of pages) {
  const bundle = await build({ entryPoints: [p.module], bundle: true, minify: true, format: 'iife', globalName: 'RR', write: false, platform: 'browser', logLevel: 'error' });
  const page = await browser.newPage();
  await page.setContent(p.html);
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const inChromium = await page.evaluate(
    ([name, address, runs]) => {
      const adapter = (globalThis as unknown as { RR: Record<string, { parse(d: Document, u: URL): { orders: unknown[] } }> }).RR[name]!;
      const url = new URL(address);
      const times: number[] = [];
      let orders = 0;
      for (let i = 0; i < runs + 20; i++) {
        const t0 = performance.now();
        orders = adapter.parse(document, url).orders.length;
        if (i >= 20) times.push(performance.now() - t0); // first runs warm the JIT
      }
      return { times, orders };
    },
    [p.exportName, p.url, RUNS] as const,
  );
  await page.close();
  parses.push({ label: p.label, orders: inChromium.orders, chromiumMs: median(inChromium.times), nodeMs: NaN });
}
await browser.close();
await build({ entryPoints: ['bench/parse-node.ts'], bundle: true, minify: true, format: 'esm', platform: 'node', outfile: '.output/bench-parse-node.mjs', logLevel: 'error' });
const inNode = JSON.parse(
  execFileSync(process.execPath, ['.output/bench-parse-node.mjs'], { encoding: 'utf8', input: JSON.stringify(pages.map((p) => ({ module: p.module, exportName: p.exportName, url: p.url, html: p.html }))) }),
) as { orders: number; ms: number }[];
pages.forEach((p, i) => {
  const n = inNode[i]!;
  if (n.orders !== parses[i]!.orders) throw new Error(`${p.site}: ${n.orders} orders in Node, ${parses[i]!.orders} in Chromium`);
  parses[i]!.nodeMs = n.ms;
});

// 3. Deadlines for 10,000 varied orders, in Node (the engine is pure: no DOM, no database), bundled
// as the service worker ships it.
const DEADLINES_BUDGET_MS = 50;
await build({ entryPoints: ['bench/engine.ts'], bundle: true, minify: true, format: 'esm', platform: 'node', outfile: '.output/bench-engine.mjs', logLevel: 'error' });
const engine = JSON.parse(execFileSync(process.execPath, ['.output/bench-engine.mjs'], { encoding: 'utf8' })) as { orders: number; deadlines: number; deadlinesMs: number; caseMs: number };
const ORDERS = engine.orders;
const deadlineCount = engine.deadlines;
const deadlinesMs = engine.deadlinesMs;
const caseMs = engine.caseMs;

// 4. Popup open to first rows, 5,000 orders in the database (bench/popup.ts).
const POPUP_BUDGET_MS = 150;
const popup = await popupFigure(chrome, 15);
const popupMs = median(popup.ms);

// 5. Exporting a 500 MiB case: peak memory over the baseline (bench/export-memory.ts says what it measures).
const exported = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'bench/export-memory.ts'], { encoding: 'utf8' })) as {
  caseMiB: number;
  zipMiB: number;
  ms: number;
  mibPerS: number;
  peakOverBaselineMiB: { rss: number; heapUsed: number; arrayBuffers: number };
  liveOverBaselineMiB: { rss: number; heapUsed: number; arrayBuffers: number };
  targetMiB: number;
};

const version = (await import('@playwright/test/package.json', { with: { type: 'json' } })).default.version;
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, ${path.basename(chrome)} via Playwright ${version}.`,
  'Medians; the ratio is figure ÷ target (below 1 is within target).',
  `Machine speed at the run: a fixed loop of 10^8 integer steps took ${speedMs.toFixed(0)} ms (about 120 ms on this machine). It does not catch every swing: the memory-heavy figures below have moved by 60 % between runs minutes apart at the same loop time, so compare runs with care.`,
  '',
  '## Content-script bundles (minified, as shipped)',
  '',
  '| content script | site | size | gzip | target | ratio |',
  '|---|---|---|---|---|---|',
  ...bundles.map((b) => `| ${b.script} | ${b.site} | ${kb(b.raw)} KB | ${kb(b.gzip)} KB | ${CS_BUDGET_KB} KB | ${(b.raw / 1024 / CS_BUDGET_KB).toFixed(2)} |`),
  '',
  '## Parse time per page',
  '',
  '| page | orders | Chromium | Node (linkedom) | target | ratio (worse of the two) |',
  '|---|---|---|---|---|---|',
  ...parses.map(
    (p) => `| ${p.label} | ${p.orders} | ${p.chromiumMs.toFixed(2)} ms | ${p.nodeMs.toFixed(2)} ms | ${PARSE_BUDGET_MS} ms | ${(Math.max(p.chromiumMs, p.nodeMs) / PARSE_BUDGET_MS).toFixed(2)} |`,
  ),
  '',
  '## Popup with 5,000 orders (Chromium)',
  '',
  '| orders | deadlines | open to first rows | target | ratio |',
  '|---|---|---|---|---|',
  `| ${popup.orders.toLocaleString('en')} | ${popup.deadlines.toLocaleString('en')} | ${popupMs.toFixed(0)} ms | ${POPUP_BUDGET_MS} ms | ${(popupMs / POPUP_BUDGET_MS).toFixed(2)} |`,
  '',
  'Popup: 15 opens after 2 warm-up opens of the built popup in headless Chromium, timed inside the page from navigation start to the first order row in the DOM, with 5,000 generated orders (`bench/orders.ts`, dates shifted around today) and their deadlines written to the extension\'s database. The popup loads the first 20 orders and puts in the page only the rows in view (a virtualised list); further pages load as the list scrolls.',
  '',
  '## Exporting a 500 MiB case (Node)',
  '',
  '| case | ZIP | time | throughput | peak RSS over baseline | still referenced | target | ratio |',
  '|---|---|---|---|---|---|---|---|',
  `| ${exported.caseMiB} MiB | ${exported.zipMiB} MiB | ${(exported.ms / 1000).toFixed(1)} s | ${exported.mibPerS} MiB/s | ${exported.peakOverBaselineMiB.rss} MiB | ${exported.liveOverBaselineMiB.heapUsed + exported.liveOverBaselineMiB.arrayBuffers} MiB | ${exported.targetMiB} MiB | ${(exported.peakOverBaselineMiB.rss / exported.targetMiB).toFixed(2)} |`,
  '',
  'Export: one run of `bench/export-memory.ts` (5 videos of 100 MiB made on demand and a chat log, through the side panel\'s `exportCase`, every item re-hashed as it streams): peak resident memory over the baseline taken just before, sampled every chunk and every 10 ms, garbage included; "still referenced" is heap and buffers after full collections during a second export, what the exporter itself holds. The target (64 MiB) is a bound far below one item: memory must not grow with the case.',
  '',
  '## Deadline computation (Node)',
  '',
  '| orders | deadlines | median | per order | target | ratio |',
  '|---|---|---|---|---|---|',
  `| ${ORDERS.toLocaleString('en')} | ${deadlineCount.toLocaleString('en')} | ${deadlinesMs.toFixed(1)} ms | ${((deadlinesMs / ORDERS) * 1000).toFixed(2)} µs | ${DEADLINES_BUDGET_MS} ms | ${(deadlinesMs / DEADLINES_BUDGET_MS).toFixed(2)} |`,
  `| ${ORDERS.toLocaleString('en')}, case stages and ladder from those deadlines | — | ${caseMs.toFixed(1)} ms | ${((caseMs / ORDERS) * 1000).toFixed(2)} µs | — | — |`,
  '',
  'Deadlines: 20 runs after 5 warm-up runs, the engine bundled by esbuild as the service worker ships it (`bench/engine.ts`), over 10,000 generated orders (`bench/orders.ts`): every site, half the Chinese-marketplace orders through one of the five agent families, PayPal, the four card networks, Alipay or no known payment, EU/UK regions on AliExpress; statuses, event sets, date-only dates and page countdowns varied by a fixed pseudo-random sequence.',
  '',
  `Parse: in Chromium ${RUNS} runs after 20 warm-up runs, in Node 50 after 10 (linkedom, the adapters bundled by esbuild: \`bench/parse-node.ts\`), of the page family whose content script reads the page (\`aliexpressCurrent\`, \`taobaoList\`, \`alibaba1688List\`, \`weidianList\`…) on a page of 50 orders (\`bench/pages.ts\`: AliExpress, 1688, Weidian, CNFans and Superbuy fixtures with their orders repeated under new numbers; Taobao's real capture as it is; Tmall's detail page, one order, as Tmall has no list of its own).`,
  '',
];
writeFileSync('bench/RESULTS.md', lines.join('\n'));
console.log(lines.join('\n'));
