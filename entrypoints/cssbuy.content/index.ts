import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { cssbuy } from '@/utils/sites/cssbuy';

export default defineContentScript({
  matches: cssbuy.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(cssbuy, ctx),
});
