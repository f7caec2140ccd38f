import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { aliexpressOldDetail } from '@/utils/sites/aliexpress';

export default defineContentScript({
  matches: aliexpressOldDetail.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(aliexpressOldDetail, ctx),
});
