import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { superbuyList } from '@/utils/sites/superbuy';

export default defineContentScript({
  // The order list: the parcel and warehouse pages have their own scripts (superbuy-json, -hook).
  matches: superbuyList.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(superbuyList, ctx),
});
