import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { taobaoDetail } from '@/utils/sites/taobao';

export default defineContentScript({
  matches: taobaoDetail.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(taobaoDetail, ctx),
});
