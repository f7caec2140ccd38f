import { OrderReadSchema } from '../../utils/model';
import { adapterFor, adapters } from '../../utils/sites/index';
import { mutate, prng } from './mutate';

/** Mutations pile up on one copy of the page for this many runs before a fresh copy: damage compounds, and copying the page costs more than reading it. */
export const CHAIN = 8;

/**
 * The fuzz loop, bundled and run inside Chromium: parse the saved page once; every CHAIN seeds take a
 * fresh copy, then each seed mutates it further and the site's adapter reads it. A failure names its
 * seed; replaying means running from the first seed of its chain.
 */
export function runFuzz(folder: string, html: string, url: string, firstSeed: number, runs: number): { runs: number; orders: number; failures: { seed: number; error: string }[] } {
  // The adapter the page's address selects, as in the content script (a family's brands share a
  // folder); a login page saved at the login host's address goes to its folder's adapter.
  const adapter = adapterFor(new URL(url))?.adapter ?? adapters.find((a) => a.id === folder);
  if (!adapter) throw new Error(`no adapter reads ${url}`);
  const original = new DOMParser().parseFromString(html, 'text/html');
  const address = new URL(url);
  const failures: { seed: number; error: string }[] = [];
  let orders = 0;
  let doc = original;
  for (let seed = firstSeed; seed < firstSeed + runs; seed++) {
    if ((seed - firstSeed) % CHAIN === 0) doc = original.cloneNode(true) as Document;
    mutate(doc, prng(seed));
    try {
      const read = adapter.parse(doc, address);
      if (read.orders.length > 200) throw new Error(`${read.orders.length} orders`);
      for (const o of read.orders) {
        const checked = OrderReadSchema.safeParse(o);
        if (!checked.success) throw new Error(`invalid order ${JSON.stringify(o.orderId)}: ${checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
        if (!(adapter.sites ?? [adapter.id]).includes(o.site)) throw new Error(`order of site ${o.site}`);
      }
      orders += read.orders.length;
    } catch (e) {
      failures.push({ seed, error: e instanceof Error ? e.message : String(e) });
      if (failures.length >= 5) break;
    }
  }
  return { runs, orders, failures };
}
