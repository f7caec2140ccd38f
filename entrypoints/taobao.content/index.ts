import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/utils/ext/run-site';
import { taobao } from '@/utils/sites/taobao';

export default defineContentScript({
  matches: taobao.matches,
  runAt: 'document_idle',
  main: (ctx) => runSite(taobao, ctx),
});
