import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { taobaoList } from '@/utils/sites/taobao';

export default defineContentScript({
  matches: taobaoList.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(taobaoList, ctx),
});
