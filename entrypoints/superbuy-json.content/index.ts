import { defineContentScript } from 'wxt/utils/define-content-script';
import { keepPageJson } from '@/utils/content/page-json';
import { runSite } from '@/utils/ext/run-site';
import { acceptsPageJson, allchinabuyJson, PAGE_JSON_ELEMENT_ID, superbuyJson, wegobuyJson } from '@/utils/sites/superbuy';

const ADAPTERS = [superbuyJson, allchinabuyJson, wegobuyJson];

/**
 * The Superbuy family's parcel and warehouse pages: their data is JSON the page fetches, which
 * superbuy-json-hook (in the page's world) copies to us. One script for the three brands; each page
 * reads as its own brand's site.
 */
export default defineContentScript({
  matches: ADAPTERS.flatMap((a) => a.matches),
  // Early: listening before the page's own request can come back.
  runAt: 'document_start',
  main(ctx) {
    const adapter = ADAPTERS.find((a) => a.detect(new URL(location.href)));
    if (!adapter) return;
    keepPageJson(window, document, (response) => acceptsPageJson(new URL(location.href), response), PAGE_JSON_ELEMENT_ID, ctx.signal);
    runSite(adapter, ctx);
  },
});
