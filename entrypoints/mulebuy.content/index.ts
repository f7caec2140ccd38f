import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { mulebuy } from '@/utils/sites/cnfans';

export default defineContentScript({
  matches: mulebuy.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(mulebuy, ctx),
});
