import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { wegobuy } from '@/utils/sites/superbuy';

export default defineContentScript({
  matches: wegobuy.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(wegobuy, ctx),
});
