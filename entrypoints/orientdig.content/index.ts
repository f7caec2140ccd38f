import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { orientdig } from '@/utils/sites/cnfans';

export default defineContentScript({
  matches: orientdig.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(orientdig, ctx),
});
