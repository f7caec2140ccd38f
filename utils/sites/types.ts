import type { OrderRead, ParcelRead, SiteId } from '../model';

/**
 * list / detail: orders. On agent sites also warehouse (items stored, QC photos, storage left) and
 * parcel (international parcels: tracking, dates, which orders each holds).
 */
export type PageKind = 'list' | 'detail' | 'warehouse' | 'parcel';

/** Why a page yielded nothing: a wall in front of the orders, not an empty order list. */
export type PageBlock = 'captcha' | 'login';

export interface PageRead {
  kind: PageKind;
  orders: OrderRead[];
  /** Agent parcel pages: the parcels shown (their events become their orders' events when stored). */
  parcels?: ParcelRead[];
  /** Page-level problems worth telling the user or a bug report (each order has its own `missing`). */
  notes: string[];
  blocked?: PageBlock;
}

/**
 * One marketplace or agent site. Plain data and pure functions over a Document: no extension APIs,
 * so adapters run the same in a content script, in Node tests and in `npm run parse`.
 */
export interface SiteAdapter {
  id: SiteId;
  /**
   * Sites whose orders these pages show, when more than its own: Taobao's order list shows the
   * buyer's Tmall orders too. The background accepts orders of these sites only.
   */
  sites?: SiteId[];
  /** Content-script match patterns: the only hosts we ask the browser for. */
  matches: string[];
  /** Which of our page kinds this address is, or null when we do not read it. */
  detect(url: URL): PageKind | null;
  /** True once the page has rendered enough to read (SPAs draw after load). */
  ready(doc: Document, kind: PageKind): boolean;
  /** Reads the page. Never throws: a layout we do not recognise gives partial orders and notes. */
  parse(doc: Document, url: URL): PageRead;
}
