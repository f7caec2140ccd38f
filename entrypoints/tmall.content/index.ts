import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { tmall } from '@/utils/sites/tmall';

export default defineContentScript({
  matches: tmall.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(tmall, ctx),
});
