import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { writePageJson } from '../utils/content/page-json';
import { PAGE_JSON_ELEMENT_ID } from '../utils/sites/superbuy';

/**
 * One order-list page of 50 orders per site (and the Superbuy warehouse's JSON of 50 orders), for the
 * parse benchmark: a saved fixture's orders repeated, each copy under its own order number. Built with happy-dom in Node; the same HTML is
 * then read in Node and in Chromium.
 */
export interface BenchPage {
  site: string;
  /** The adapter module and the export name of the page family whose content script reads this page. */
  module: string;
  exportName: string;
  label: string;
  url: string;
  html: string;
}

const N = 50;

function load(fixture: string): { doc: Document; url: string; close(): void } {
  const html = readFileSync(`tests/fixtures/${fixture}.html`, 'utf8');
  const { url } = JSON.parse(readFileSync(`tests/fixtures/${fixture}.expected.json`, 'utf8')) as { url: string };
  const window = new Window({ url });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, url, close: () => void window.happyDOM.close() };
}

/** Repeats the elements `selector` finds until there are `N`, giving each copy new digits where `id` matched. */
function repeatCards(doc: Document, selector: string, id: RegExp, base: bigint): void {
  const cards = [...doc.querySelectorAll(selector)];
  const parent = cards[0]!.parentElement!;
  for (let i = cards.length; i < N; i++) {
    const clone = cards[i % cards.length]!.cloneNode(true) as Element;
    clone.innerHTML = clone.innerHTML.replaceAll(id, String(base + BigInt(i)));
    parent.append(clone);
  }
}

function aliexpress(): BenchPage {
  const { doc, url, close } = load('aliexpress/list-current-1');
  repeatCards(doc, '.comet-checkbox-group > div.order-item', /\d{16}/g, 3080000000000000n);
  const html = doc.documentElement.outerHTML;
  close();
  return { site: 'aliexpress', module: 'utils/sites/aliexpress.ts', exportName: 'aliexpressCurrent', label: 'AliExpress order list (current layout)', url, html };
}

function alibaba1688(): BenchPage {
  const { doc, url, close } = load('1688/list-old-statuses');
  repeatCards(doc, 'li.order-item', /\d{19}/g, 3620000000000000000n);
  const html = doc.documentElement.outerHTML;
  close();
  return { site: '1688', module: 'utils/sites/1688.ts', exportName: 'alibaba1688List', label: '1688 order list (trade.1688.com)', url, html };
}

function weidian(): BenchPage {
  const { doc, url, close } = load('weidian/list-data-ssr');
  const el = doc.querySelector('#__rocker-render-inject__')!;
  const data = JSON.parse(el.getAttribute('data-obj')!) as { list: { result: { listRespDTOList: { order_id: string }[] } } };
  const list = data.list.result.listRespDTOList;
  const first = list.length;
  for (let i = first; i < N; i++) list.push({ ...structuredClone(list[i % first]!), order_id: String(829200000000000n + BigInt(i)) });
  el.setAttribute('data-obj', JSON.stringify(data));
  const html = doc.documentElement.outerHTML;
  close();
  return { site: 'weidian', module: 'utils/sites/weidian.ts', exportName: 'weidianList', label: 'Weidian order list (server data)', url, html };
}

/** The real capture is a full page of 50 orders already (anonymised; tests/fixtures/taobao/SOURCES.md). */
function taobao(): BenchPage {
  const { doc, url, close } = load('taobao/list-2025');
  const html = doc.documentElement.outerHTML;
  close();
  return { site: 'taobao', module: 'utils/sites/taobao.ts', exportName: 'taobaoList', label: 'Taobao order list (embedded data, real capture)', url, html };
}

/** Tmall has no order list of its own (its orders are in Taobao's): its detail page, one order. */
function tmall(): BenchPage {
  const { doc, url, close } = load('tmall/detail-shipped');
  const html = doc.documentElement.outerHTML;
  close();
  return { site: 'tmall', module: 'utils/sites/tmall.ts', exportName: 'tmall', label: 'Tmall order detail (embedded data)', url, html };
}

function cnfans(): BenchPage {
  const { doc, url, close } = load('cnfans/list-cnfans-1');
  repeatCards(doc, '.order-list .order-item', /\d{19}/g, 2512000000000000000n);
  const html = doc.documentElement.outerHTML;
  close();
  return { site: 'cnfans', module: 'utils/sites/cnfans.ts', exportName: 'cnfans', label: 'CNFans order list', url, html };
}

function superbuy(): BenchPage {
  const { doc, url, close } = load('superbuy/list-superbuy-en');
  // The order number (DO…) and the block's numeric id both take the copy's digits.
  repeatCards(doc, 'div[id^="div"]', /\d{8,}/g, 24000000000000n);
  const html = doc.documentElement.outerHTML;
  close();
  return { site: 'superbuy', module: 'utils/sites/superbuy.ts', exportName: 'superbuyList', label: 'Superbuy order list', url, html };
}

/** My Warehouse: its JSON response (50 orders) kept in the page as the content script keeps it. */
function superbuyWarehouse(): BenchPage {
  const fixture = 'superbuy/warehouse-superbuy-free-storage';
  const { doc, url, close } = load(fixture);
  const { response } = JSON.parse(readFileSync(`tests/fixtures/${fixture}.expected.json`, 'utf8')) as { response: { url: string; file: string } };
  const data = JSON.parse(readFileSync(`tests/fixtures/superbuy/${response.file}`, 'utf8')) as { data: { order_list: { order_no: string; items: { order_no: string }[] }[] } };
  const list = data.data.order_list;
  const first = list.length;
  for (let i = first; i < N; i++) {
    const no = `DO${24000000000000n + BigInt(i)}`;
    const copy = structuredClone(list[i % first]!);
    copy.order_no = no;
    for (const it of copy.items) it.order_no = no;
    list.push(copy);
  }
  // The shell's own request has no one to answer it in the benchmark: only the kept response stays.
  for (const script of doc.querySelectorAll('script')) script.remove();
  writePageJson(doc, PAGE_JSON_ELEMENT_ID, response.url, JSON.stringify(data));
  const html = doc.documentElement.outerHTML;
  close();
  return { site: 'superbuy', module: 'utils/sites/superbuy.ts', exportName: 'superbuyJson', label: 'Superbuy warehouse (page JSON)', url, html };
}

export function benchPages(): BenchPage[] {
  return [aliexpress(), taobao(), tmall(), alibaba1688(), weidian(), cnfans(), superbuy(), superbuyWarehouse()];
}
