import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { aliexpressOldList } from '@/utils/sites/aliexpress';

export default defineContentScript({
  matches: aliexpressOldList.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(aliexpressOldList, ctx),
});
