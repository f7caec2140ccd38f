import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { joyabuy } from '@/utils/sites/cnfans';

export default defineContentScript({
  matches: joyabuy.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(joyabuy, ctx),
});
