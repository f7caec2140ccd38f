import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { cnfans } from '@/utils/sites/cnfans';

export default defineContentScript({
  matches: cnfans.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(cnfans, ctx),
});
