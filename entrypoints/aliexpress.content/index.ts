import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { aliexpress } from '@/utils/sites/aliexpress';

export default defineContentScript({
  matches: aliexpress.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(aliexpress, ctx),
});
