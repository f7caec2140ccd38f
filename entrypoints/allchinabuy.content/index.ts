import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { allchinabuy } from '@/utils/sites/superbuy';

export default defineContentScript({
  matches: allchinabuy.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(allchinabuy, ctx),
});
