import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { aliexpressList } from '@/utils/sites/aliexpress';

export default defineContentScript({
  matches: aliexpressList.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(aliexpressList, ctx),
});
