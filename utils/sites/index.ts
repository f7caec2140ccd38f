import { alibaba1688 } from './1688';
import { aliexpress } from './aliexpress';
import { cnfans, joyabuy, mulebuy, orientdig } from './cnfans';
import { cssbuy } from './cssbuy';
import { allchinabuy, superbuy, wegobuy } from './superbuy';
import { taobao } from './taobao';
import { tmall } from './tmall';
import { weidian } from './weidian';
import type { PageKind, SiteAdapter } from './types';

/** Every site we read. A new site is one adapter file and one entry here. */
export const adapters: SiteAdapter[] = [aliexpress, taobao, tmall, alibaba1688, weidian, cnfans, mulebuy, orientdig, joyabuy, superbuy, allchinabuy, wegobuy, cssbuy];

/** The adapter that reads this address, and which kind of page it is; null when no adapter does. */
export function adapterFor(url: URL): { adapter: SiteAdapter; kind: PageKind } | null {
  for (const adapter of adapters) {
    const kind = adapter.detect(url);
    if (kind) return { adapter, kind };
  }
  return null;
}
