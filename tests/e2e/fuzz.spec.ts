import { chromium, expect, test, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every saved page of every site, mutated 10,000 times (removed nodes, swapped and odd text, broken
 * embedded JSON, repeated blocks, emptied pages; `tests/fuzz/mutate.ts`), read by its site's adapter
 * in Chromium's real DOM. A page read from the JSON it loads carries that response, kept as our content
 * script keeps it, and half the runs damage the response itself (text and structure). The adapter must
 * never throw, and every order and parcel it returns must validate against the model (so never without
 * its order or parcel id). Seeded: a failure names the seed that replays it.
 */
const RUNS = 10_000;
/** Two pages, two renderer processes: the fixtures of a site split between them. */
const PARALLEL = 2;

let bundle = '';
test.beforeAll(async () => {
  const built = await build({ entryPoints: ['tests/fuzz/entry.ts'], bundle: true, format: 'iife', globalName: 'FUZZ', write: false, platform: 'browser', logLevel: 'error' });
  bundle = built.outputFiles[0]!.text;
});

interface FuzzResult {
  runs: number;
  orders: number;
  parcels: number;
  failures: { seed: number; error: string }[];
}

/** Every folder of saved pages (a site's, or a platform family's shared by its brands). */
const SITE_DIRS = readdirSync(path.resolve('tests/fixtures'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(path.resolve('tests/fixtures', d.name)).some((f) => f.endsWith('.expected.json')))
  .map((d) => d.name);

for (const site of SITE_DIRS) {
  test(`${site}: adapters survive ${RUNS.toLocaleString('en')} mutations of every saved page`, async () => {
    test.setTimeout(600_000);
    const dir = path.resolve('tests/fixtures', site);
    const fixtures = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(fixtures.length).toBeGreaterThan(0);
    const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const pages: Page[] = await Promise.all(Array.from({ length: PARALLEL }, () => browser.newPage()));
      await Promise.all(pages.map((p) => p.addScriptTag({ content: bundle })));
      const results: [string, FuzzResult][] = [];
      const queue = [...fixtures];
      await Promise.all(
        pages.map(async (page) => {
          for (let f = queue.shift(); f; f = queue.shift()) {
            const html = readFileSync(path.join(dir, f), 'utf8');
            const { url, response } = JSON.parse(readFileSync(path.join(dir, f.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string; response?: { url: string; file: string } };
            // A page read from the JSON it loads is fuzzed with that response kept in it, as the content script keeps it.
            const json = response ? { url: response.url, body: readFileSync(path.join(dir, response.file), 'utf8') } : null;
            const r = await page.evaluate(
              ([s, h, u, n, j]) => (globalThis as unknown as { FUZZ: { runFuzz(...a: unknown[]): FuzzResult } }).FUZZ.runFuzz(s, h, u, 1, n, j ?? undefined),
              [site, html, url, RUNS, json] as const,
            );
            results.push([f, r]);
          }
        }),
      );
      for (const [f, r] of results) {
        expect(r.failures, `${site}/${f}`).toEqual([]);
        expect(r.runs).toBe(RUNS);
      }
      // The mutations must leave the adapters something to read, or the test proves nothing.
      expect(results.reduce((n, [, r]) => n + r.orders, 0)).toBeGreaterThan(RUNS / 2);
      // Each page read from its JSON, too (a session-expired answer holds nothing to read; a response of
      // one record loses it to the compounding damage in about half the runs).
      for (const [f, r] of results) if (/^(parcels|warehouse)-/.test(f) && !f.includes('expired')) expect(r.orders + r.parcels, `${site}/${f}`).toBeGreaterThan(RUNS / 4);
    } finally {
      await browser.close();
    }
  });
}
