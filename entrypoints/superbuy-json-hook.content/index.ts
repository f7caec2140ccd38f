import { defineContentScript } from 'wxt/utils/define-content-script';
import { hookPageJson } from '@/utils/content/page-json';
import { jsonPageMatches, PAGE_JSON_URL } from '@/utils/sites/superbuy';

/**
 * In the page's own world, before its scripts: copies the responses of the two JSON endpoints the
 * Superbuy family's parcel and warehouse pages load, for superbuy-json to read. The page's world has
 * no extension APIs and this script uses none; the code is utils/content/page-json.ts.
 */
export default defineContentScript({
  // The patterns, not the adapters: this bundle carries none of the reading code.
  matches: (['superbuy', 'allchinabuy', 'wegobuy'] as const).flatMap(jsonPageMatches),
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    hookPageJson(window, PAGE_JSON_URL);
  },
});
