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

const RUNS = 200;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const kb = (n: number) => (n / 1024).toFixed(1);

const chrome = ensureBrowser();
run('wxt', ['build']);

// 1. Content-script bundles, as shipped (WXT minifies production builds).
const CS_BUDGET_KB = 60;
const csDir = '.output/chrome-mv3/content-scripts';
const bundles = readdirSync(csDir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => {
    const bytes = readFileSync(path.join(csDir, f));
    return { site: f.replace(/\.js$/, ''), raw: statSync(path.join(csDir, f)).size, gzip: gzipSync(bytes).length };
  });

// 2. AliExpress list parse: the adapter bundled alone, run on a 50-order page in Chromium's real DOM.
const PARSE_BUDGET_MS = 20;
const adapterBundle = await build({
  entryPoints: ['utils/sites/aliexpress.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'RR',
  write: false,
  platform: 'browser',
});
const browser = await chromium.launch({ executablePath: chrome, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
// 50 cards: the fixture's cards repeated, each copy with its own 16-digit order id.
await page.setContent(readFileSync('tests/fixtures/aliexpress/list-current-1.html', 'utf8'));
await page.evaluate((n) => {
  const group = document.querySelector('.comet-checkbox-group')!;
  const cards = [...group.querySelectorAll('div.order-item')];
  for (let i = cards.length; i < n; i++) {
    const clone = cards[i % cards.length]!.cloneNode(true) as Element;
    clone.innerHTML = clone.innerHTML.replaceAll(/\d{16}/g, String(3080000000000000 + i));
    group.append(clone);
  }
}, 50);
await page.addScriptTag({ content: adapterBundle.outputFiles[0]!.text });
const { times, orders } = await page.evaluate((runs) => {
  const adapter = (globalThis as unknown as { RR: { aliexpress: { parse(d: Document, u: URL): { orders: unknown[] } } } }).RR.aliexpress;
  const url = new URL('https://www.aliexpress.com/p/order/index.html');
  const times: number[] = [];
  let orders = 0;
  for (let i = 0; i < runs + 20; i++) {
    const t0 = performance.now();
    orders = adapter.parse(document, url).orders.length;
    if (i >= 20) times.push(performance.now() - t0); // first runs warm the JIT
  }
  return { times, orders };
}, RUNS);
await browser.close();
if (orders !== 50) throw new Error(`bench page should yield 50 orders, got ${orders}`);
const parseMs = median(times);

// 3. Deadlines for 10,000 varied orders, in Node (the engine is pure: no DOM, no database), bundled
// as the service worker ships it.
const DEADLINES_BUDGET_MS = 50;
await build({ entryPoints: ['bench/engine.ts'], bundle: true, minify: true, format: 'esm', platform: 'node', outfile: '.output/bench-engine.mjs', logLevel: 'error' });
const engine = JSON.parse(execFileSync(process.execPath, ['.output/bench-engine.mjs'], { encoding: 'utf8' })) as { orders: number; deadlines: number; deadlinesMs: number; caseMs: number };
const ORDERS = engine.orders;
const deadlineCount = engine.deadlines;
const deadlinesMs = engine.deadlinesMs;
const caseMs = engine.caseMs;

const version = (await import('@playwright/test/package.json', { with: { type: 'json' } })).default.version;
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, ${path.basename(chrome)} via Playwright ${version}.`,
  'Medians; the ratio is figure ÷ target (below 1 is within target).',
  '',
  '## Content-script bundles (minified, as shipped)',
  '',
  '| content script | size | gzip | target | ratio |',
  '|---|---|---|---|---|',
  ...bundles.map((b) => `| ${b.site} | ${kb(b.raw)} KB | ${kb(b.gzip)} KB | ${CS_BUDGET_KB} KB | ${(b.raw / 1024 / CS_BUDGET_KB).toFixed(2)} |`),
  '',
  '## Parse time (Chromium, real DOM)',
  '',
  '| page | orders | median | per order | target | ratio |',
  '|---|---|---|---|---|---|',
  `| AliExpress order list (current layout) | ${orders} | ${parseMs.toFixed(2)} ms | ${(parseMs / orders).toFixed(3)} ms | ${PARSE_BUDGET_MS} ms | ${(parseMs / PARSE_BUDGET_MS).toFixed(2)} |`,
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
  `Parse: ${RUNS} runs after 20 warm-up runs on one page of 50 order cards built by repeating the cards of \`tests/fixtures/aliexpress/list-current-1.html\`.`,
  '',
];
writeFileSync('bench/RESULTS.md', lines.join('\n'));
console.log(lines.join('\n'));
