import { writePageJson } from '../../utils/content/page-json';
import { OrderReadSchema, ParcelReadSchema } from '../../utils/model';
import { adapterFor, adapters } from '../../utils/sites/index';
import { PAGE_JSON_ELEMENT_ID } from '../../utils/sites/superbuy';
import { mutate, mutatePageJson, prng } from './mutate';

/** Mutations pile up on one copy of the page for this many runs before a fresh copy: damage compounds, and copying the page costs more than reading it. */
export const CHAIN = 8;

/**
 * The fuzz loop, bundled and run inside Chromium: parse the saved page once; every CHAIN seeds take a
 * fresh copy, then each seed mutates it further and the site's adapter reads it. A failure names its
 * seed; replaying means running from the first seed of its chain.
 */
export function runFuzz(
  folder: string,
  html: string,
  url: string,
  firstSeed: number,
  runs: number,
  /** The JSON a page loads, kept in the document as our isolated script keeps it: mutated too. */
  response?: { url: string; body: string },
): { runs: number; orders: number; parcels: number; failures: { seed: number; error: string }[] } {
  // The adapter the page's address selects, as in the content script (a family's brands share a
  // folder); a login page saved at the login host's address goes to its folder's adapter.
  const adapter = adapterFor(new URL(url))?.adapter ?? adapters.find((a) => a.id === folder);
  if (!adapter) throw new Error(`no adapter reads ${url}`);
  const original = new DOMParser().parseFromString(html, 'text/html');
  if (response) writePageJson(original, PAGE_JSON_ELEMENT_ID, response.url, response.body);
  const address = new URL(url);
  const failures: { seed: number; error: string }[] = [];
  let orders = 0;
  let parcels = 0;
  let doc = original;
  for (let seed = firstSeed; seed < firstSeed + runs; seed++) {
    if ((seed - firstSeed) % CHAIN === 0) doc = original.cloneNode(true) as Document;
    const r = prng(seed);
    mutate(doc, r);
    const kept = response ? doc.getElementById(PAGE_JSON_ELEMENT_ID) : null;
    // The page's markup rarely reaches the kept response (it sits outside the body): half the runs damage it directly.
    if (kept && r() < 0.5) kept.textContent = mutatePageJson(kept.textContent ?? '', r);
    try {
      const read = adapter.parse(doc, address);
      if (read.orders.length > 200) throw new Error(`${read.orders.length} orders`);
      if ((read.parcels?.length ?? 0) > 200) throw new Error(`${read.parcels?.length} parcels`);
      for (const o of read.orders) {
        const checked = OrderReadSchema.safeParse(o);
        if (!checked.success) throw new Error(`invalid order ${JSON.stringify(o.orderId)}: ${checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
        if (!(adapter.sites ?? [adapter.id]).includes(o.site)) throw new Error(`order of site ${o.site}`);
      }
      for (const p of read.parcels ?? []) {
        const checked = ParcelReadSchema.safeParse(p);
        if (!checked.success) throw new Error(`invalid parcel ${JSON.stringify(p.parcelId)}: ${checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
        if (!(adapter.sites ?? [adapter.id]).includes(p.site)) throw new Error(`parcel of site ${p.site}`);
      }
      if (({} as Record<string, unknown>).polluted !== undefined) throw new Error('Object.prototype polluted');
      orders += read.orders.length;
      parcels += read.parcels?.length ?? 0;
    } catch (e) {
      failures.push({ seed, error: e instanceof Error ? e.message : String(e) });
      if (failures.length >= 5) break;
    }
  }
  return { runs, orders, parcels, failures };
}
