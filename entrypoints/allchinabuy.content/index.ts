import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { allchinabuyList } from '@/utils/sites/superbuy';

export default defineContentScript({
  // The order list: the parcel and warehouse pages have their own scripts (superbuy-json, -hook).
  matches: allchinabuyList.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(allchinabuyList, ctx),
});
