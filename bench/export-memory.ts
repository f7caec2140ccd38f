import { execFileSync } from 'node:child_process';
import { createWriteStream, statSync } from 'node:fs';
import { Writable } from 'node:stream';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ByteSource } from '../utils/evidence/bytes';
import { exportCase, type ExportItem } from '../utils/evidence/export';
import { sha256Of } from '../utils/evidence/hash';

/**
 * Peak memory and time of exporting a 500 MiB case (issue 9): 5 videos of 100 MiB and a chat log,
 * through the same `exportCase` the side panel uses. Run alone: `npx tsx bench/export-memory.ts`
 * (add `--out FILE` to write the ZIP and check it with `unzip -t`); prints one JSON line.
 *
 * What is measured: the exporter's own buffering. In a browser, a Blob read back from IndexedDB is
 * backed by disk and streams in chunks; in Node a Blob holds its bytes in memory, so 500 MiB of real
 * Blobs would measure the test data, not the exporter. So each video here is a source whose
 * `stream()` makes its bytes on demand, 64 KiB at a time, from a seeded generator: the same bytes on
 * every read, so their SHA-256 is computed once beforehand (timed apart as `readAndHashMs`) and the
 * export verifies it as it would a stored item. The sink counts and discards the archive (or writes
 * it to `--out`).
 *
 * Two exports run. The timed one samples memory at every chunk and every 10 ms: its peak over the
 * baseline taken just before it (after a full collection) is what the process really holds, garbage
 * included (`peakOverBaselineMiB`; RSS is the figure with a target). The second forces a full
 * collection every 16 MiB and samples only then: what stays referenced (`liveOverBaselineMiB`),
 * which is the exporter's own holding and should be a few chunks whatever the case's size.
 */

const MiB = 1024 * 1024;
const VIDEOS = 5;
const VIDEO_BYTES = 100 * MiB;
const CHUNK = 64 * 1024;
/** Peak RSS over baseline allowed: a few chunks in flight plus fflate's state, far below one item. */
const TARGET_MIB = 64;

/** Bytes made on demand: xorshift32 seeded per item, so every read yields the same content. */
function lazyVideo(seed: number, size: number): ByteSource {
  return {
    size,
    stream() {
      let state = seed;
      let left = size;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (left === 0) return controller.close();
          const n = Math.min(CHUNK, left);
          const words = new Uint32Array(Math.ceil(n / 4));
          for (let i = 0; i < words.length; i++) {
            state ^= state << 13;
            state ^= state >>> 17;
            state ^= state << 5;
            words[i] = state >>> 0;
          }
          left -= n;
          controller.enqueue(new Uint8Array(words.buffer, 0, n));
        },
      });
    },
  };
}

const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : undefined;

const sources: { source: ByteSource; mime: string; name: string; kind: 'video' | 'chat_log' }[] = [
  ...Array.from({ length: VIDEOS }, (_, i) => ({ source: lazyVideo(0x9e3779b9 ^ (i + 1), VIDEO_BYTES), mime: 'video/mp4', name: `unboxing-${i + 1}.mp4`, kind: 'video' as const })),
  { source: new Blob(['Seller: 亲，请提供视频\nBuyer: attached, the seam is torn\n'.repeat(2000)], { type: 'text/plain' }), mime: 'text/plain', name: 'chat.txt', kind: 'chat_log' },
];
const items: ExportItem[] = [];
// Reading and hashing alone, for comparison: the export adds CRC-32 and the writes to it.
const tHash = performance.now();
for (const [i, s] of sources.entries()) {
  items.push({
    record: {
      id: `bench-${i}`,
      caseId: 'bench-case',
      kind: s.kind,
      mime: s.mime,
      size: s.source.size,
      sha256: await sha256Of(s.source),
      source: { type: 'file', name: s.name },
      capturedAt: '2026-03-01T00:00:00.000Z',
    },
    open: async () => s.source,
  });
}
const totalBytes = items.reduce((n, i) => n + i.record.size, 0);
const readAndHashMs = performance.now() - tHash;

/** A collector that runs even without `--expose-gc`, so the baseline is not inflated by the hashing pass's garbage. */
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Run {
  ms: number;
  zipBytes: number;
  base: NodeJS.MemoryUsage;
  peak: { rss: number; heapUsed: number; arrayBuffers: number };
  samples: number;
}

/**
 * One export, sampling memory at every chunk and every 10 ms. With `gcEvery`, it samples only right
 * after a full collection, run every that many bytes: the peak then counts only what is still
 * referenced (the exporter's own holding), not the garbage the collector has yet to reach.
 */
async function run(file: string | undefined, gcEvery?: number): Promise<Run> {
  let zipBytes = 0;
  const sink = file
    ? (Writable.toWeb(createWriteStream(file)) as WritableStream<Uint8Array>)
    : new WritableStream<Uint8Array>({
        write(chunk) {
          zipBytes += chunk.length;
        },
      });
  gc();
  await new Promise((r) => setTimeout(r, 100));
  const base = process.memoryUsage();
  const peak = { rss: base.rss, heapUsed: base.heapUsed, arrayBuffers: base.arrayBuffers };
  let samples = 0;
  let nextGc = gcEvery ?? Infinity;
  const sample = (done = 0) => {
    const collect = done >= nextGc;
    if (collect) {
      // Twice: a buffer freed by one collection is only counted out of `arrayBuffers` after the next.
      gc();
      gc();
      nextGc += gcEvery!;
    } else if (gcEvery) return;
    const m = process.memoryUsage();
    samples++;
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.arrayBuffers = Math.max(peak.arrayBuffers, m.arrayBuffers);
  };
  const timer = setInterval(sample, 10);
  const t0 = performance.now();
  await exportCase(
    {
      lang: 'en',
      caseId: 'bench-case',
      order: { site: 'aliexpress', orderId: '8123456789012345' },
      timeline: [{ at: '2026-03-02T00:00:00.000Z', text: 'Dispute opened' }],
      items,
    },
    sink,
    { onProgress: (p) => sample(p.done) },
  );
  const ms = performance.now() - t0;
  clearInterval(timer);
  sample();
  return { ms, zipBytes: file ? statSync(file).size : zipBytes, base, peak, samples };
}

const timed = await run(out);
const live = await run(undefined, 16 * MiB);
const unzipOk = out ? /No errors detected/.test(execFileSync('unzip', ['-t', out], { encoding: 'utf8' })) : undefined;

const mb = (n: number) => Math.round((n / MiB) * 10) / 10;
const over = (r: Run) => ({ rss: mb(r.peak.rss - r.base.rss), heapUsed: mb(r.peak.heapUsed - r.base.heapUsed), arrayBuffers: mb(r.peak.arrayBuffers - r.base.arrayBuffers) });
const peakOver = over(timed);
console.log(
  JSON.stringify({
    bench: 'export-memory',
    items: items.length,
    caseMiB: mb(totalBytes),
    zipMiB: mb(timed.zipBytes),
    ms: Math.round(timed.ms),
    readAndHashMs: Math.round(readAndHashMs),
    mibPerS: Math.round((totalBytes / MiB / (timed.ms / 1000)) * 10) / 10,
    chunkKiB: CHUNK / 1024,
    baselineMiB: { rss: mb(timed.base.rss), heapUsed: mb(timed.base.heapUsed), arrayBuffers: mb(timed.base.arrayBuffers) },
    peakOverBaselineMiB: peakOver,
    liveOverBaselineMiB: over(live),
    targetMiB: TARGET_MIB,
    ratio: Math.round((peakOver.rss / TARGET_MIB) * 100) / 100,
    samples: timed.samples,
    ...(unzipOk === undefined ? {} : { unzipOk }),
    node: process.version,
  }),
);
