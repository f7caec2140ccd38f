import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { alibaba1688List } from '@/utils/sites/1688';

export default defineContentScript({
  matches: alibaba1688List.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(alibaba1688List, ctx),
});
