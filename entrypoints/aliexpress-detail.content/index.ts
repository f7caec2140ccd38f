import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { aliexpressDetail } from '@/utils/sites/aliexpress';

export default defineContentScript({
  matches: aliexpressDetail.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(aliexpressDetail, ctx),
});
