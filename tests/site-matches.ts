import { expect } from 'vitest';
import type { PageKind, SiteAdapter } from '../utils/sites/types';

/** Whether a content-script match pattern covers an address, as the browser decides where to inject. */
export function covered(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/(\*\.)?([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bad pattern ${pattern}`);
  const [, scheme, anySub, host, p] = m as unknown as [string, string, string | undefined, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const h = url.hostname;
  if (anySub ? !(h === host || h.endsWith(`.${host}`)) : h !== host) return false;
  const glob = new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return glob.test(url.pathname + url.search);
}

/**
 * Each address is read by exactly one page family, as the kind the site's cases name, whose own
 * content script is registered there; the site's patterns are its families' together.
 * `uninjected`: addresses a family reads although no pattern names them (old http:// pages).
 */
export function expectOneFamilyEach(
  site: Pick<SiteAdapter, 'matches'>,
  families: readonly SiteAdapter[],
  cases: readonly (readonly [string, PageKind | null])[],
  uninjected: (url: string) => boolean = () => false,
): void {
  for (const [url, kind] of cases) {
    const u = new URL(url);
    const readers = families.filter((f) => f.detect(u));
    if (!kind) {
      expect(readers, url).toEqual([]);
      continue;
    }
    expect(readers.length, url).toBe(1);
    expect(readers[0]?.detect(u), url).toBe(kind);
    if (!uninjected(url)) expect(readers[0]?.matches.some((p) => covered(p, u)), url).toBe(true);
  }
  expect(site.matches).toEqual(families.flatMap((f) => f.matches));
}
