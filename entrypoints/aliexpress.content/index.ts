import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { aliexpressCurrent } from '@/utils/sites/aliexpress';

export default defineContentScript({
  matches: aliexpressCurrent.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(aliexpressCurrent, ctx),
});
