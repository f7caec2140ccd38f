import { defineContentScript } from 'wxt/utils/define-content-script';
import { keepServerData } from '@/utils/content/keep-server-data';
import { runSite } from '@/utils/ext/run-site';
import { PAGE_DATA_ELEMENT_ID, weidianList } from '@/utils/sites/weidian';

export default defineContentScript({
  matches: weidianList.matches,
  // Early: the page removes its server data element as soon as its own script starts.
  runAt: 'document_start',
  main(ctx) {
    keepServerData(document, { selector: 'script#__rocker-render-inject__[data-obj]', attribute: 'data-obj' }, PAGE_DATA_ELEMENT_ID, ctx.signal);
    runSite(weidianList, ctx);
  },
});
