import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { superbuy } from '@/utils/sites/superbuy';

export default defineContentScript({
  matches: superbuy.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(superbuy, ctx),
});
