// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OrderReadSchema } from '../model';
import { cnfans, joyabuy, mapStatus, marketplaceItemOf, mulebuy, orientdig, parseCnfans, parseCreateTime, paymentOf, type CnfansSite } from './cnfans';
import type { PageRead, SiteAdapter } from './types';
import { covered } from '../../tests/site-matches';

// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is the DOM's.
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/cnfans');

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const page = (body: string) => load(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);
const LIST = new URL('https://cnfans.com/my-account/orders');
const ADAPTERS: Record<CnfansSite, SiteAdapter> = { cnfans, mulebuy, orientdig, joyabuy };

function expectValid(read: PageRead) {
  for (const o of read.orders) OrderReadSchema.parse(o);
}

/** One order card in the documented markup, with parts replaceable. */
function card(o: { id?: string; date?: string; status?: string; products?: string; meta?: string } = {}): string {
  return `<div class="order-item">
    <div class="order-date-no"><span class="order-date">Create Time: ${o.date ?? '09-12-2025 14:30:05'}</span>${o.id === undefined ? '<span class="order-no">Order No: 2512091430051234567</span>' : o.id ? `<span class="order-no">Order No: ${o.id}</span>` : ''}</div>
    <div class="status-manage-wrapper"><span class="status-node-status">${o.status ?? 'Stored in Warehouse'}</span></div>
    <div class="order-product-info">${o.products ?? product()}</div>
    <div class="order-price-info">${o.meta ?? '<div class="price-meta"><span class="meta-label">Payment Method</span><span class="meta-value">PayPal</span></div>'}</div>
  </div>`;
}
function product(p: { href?: string; name?: string; sku?: string; price?: string; qty?: string; img?: string } = {}): string {
  return `<div class="order-product-info-meta product-detail">
    <div class="product-main-img"><img src="${p.img ?? 'https://img.alicdn.com/imgextra/i1/1/O1CN01x.jpg'}"></div>
    <a class="product-name" href="${p.href ?? '/product/?shop_type=taobao&amp;id=712345678901'}"><span>${p.name ?? 'Hoodie'}</span></a>
    <div class="product-sku"><span>${p.sku ?? 'Size: L'}</span></div>
    <div class="product-price"><span>${p.price ?? '$12.70'}</span><span>${p.qty ?? 'x1'}</span></div>
  </div>`;
}
const list = (cards: string) => page(`<div class="orders"><div class="order-list">${cards}</div></div>`);

// ---------------------------------------------------------------------------------------------------

describe('fixtures', () => {
  const htmlFiles = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const expectedOf = (f: string) =>
    JSON.parse(readFileSync(path.join(FIXTURES, f.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string; now: string; result: PageRead };

  it('are all there, each with its expected result', () => {
    expect(htmlFiles.length).toBeGreaterThanOrEqual(8);
    for (const f of htmlFiles) expect(readdirSync(FIXTURES)).toContain(f.replace(/\.html$/, '.expected.json'));
  });

  it.each(htmlFiles)('%s starts with a comment naming its source', (f) => {
    const html = readFileSync(path.join(FIXTURES, f), 'utf8');
    expect(html.trimStart().startsWith('<!--')).toBe(true);
    const comment = html.slice(0, html.indexOf('-->'));
    expect(comment).toMatch(/Source:/);
    expect(comment).toMatch(/invented|anonymised/i);
  });

  it.each(htmlFiles)('%s parses to its expected result, through its brand’s adapter', (f) => {
    const html = readFileSync(path.join(FIXTURES, f), 'utf8');
    const expected = expectedOf(f);
    const url = new URL(expected.url);
    const doc = load(html);
    const adapter = Object.values(ADAPTERS).find((a) => a.detect(url));
    expect(adapter, expected.url).toBeDefined();
    expect(adapter!.detect(url)).toBe(expected.result.kind);
    expect(adapter!.ready(doc, expected.result.kind)).toBe(true);
    const read = adapter!.parse(doc, url);
    expect(read).toEqual(expected.result);
    expect(parseCnfans(doc, url, adapter!.id as CnfansSite)).toEqual(read);
    expectValid(read);
    // JSON round trip: no undefined values or non-JSON types hide in the record.
    expect(JSON.parse(JSON.stringify(read))).toEqual(read);
    for (const o of read.orders) {
      expect(o.site).toBe(adapter!.id);
      expect(o.agent).toEqual({ family: 'cnfans', host: url.hostname.replace(/^www\./, '') });
    }
  });

  it('cover every brand, and between them each documented state of the list', () => {
    const reads = htmlFiles.map(expectedOf);
    const sites = new Set(reads.flatMap((r) => r.result.orders.map((o) => o.site)));
    expect([...sites].sort()).toEqual(['cnfans', 'joyabuy', 'mulebuy', 'orientdig']);
    const statuses = new Set(reads.flatMap((r) => r.result.orders.map((o) => o.statusText)));
    for (const s of ['Order Pending', 'Order Processing', 'Purchased', 'Seller Sent', 'Stock Arrived', 'QC Completed', 'Stored in Warehouse']) expect(statuses).toContain(s);
  });

  it('hold invented values only: every long number is an order number or an item id the reads name', () => {
    for (const f of htmlFiles) {
      // Picture addresses carry the CDN's own long numbers: not ids of anyone.
      const html = readFileSync(path.join(FIXTURES, f), 'utf8').replace(/src="[^"]*"/g, '');
      const read = expectedOf(f).result;
      const known = new Set(read.orders.flatMap((o) => [o.orderId, ...o.items.flatMap((i) => (i.marketplace ? [i.marketplace.itemId] : []))]));
      // Not read on purpose: the foreign link in the changed layout, the sku id in a Tmall link's query.
      const ignored = { 'list-changed-layout.html': ['799900000001'], 'list-mulebuy-eur.html': ['5000000000001'] }[f] ?? [];
      for (const [n] of html.matchAll(/(?<!\d)\d{10,}(?!\d)/g)) if (!ignored.includes(n)) expect(known, `${f}: ${n}`).toContain(n);
      expect(html, f).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/); // no e-mail address
      expect(html, f).not.toMatch(/\+?\d{1,3}[ -]?\(?\d{3}\)?[ -]\d{3,4}[ -]\d{4}/); // no phone number
    }
  });

  it('keep 19-digit order numbers exact, as strings', () => {
    const read = expectedOf('list-cnfans-1.html').result;
    for (const o of read.orders) {
      expect(typeof o.orderId).toBe('string');
      expect(o.orderId).toMatch(/^\d{19}$/);
    }
    const r = parseCnfans(list(card({ id: '0099999999999999999' })), LIST);
    expect(r.orders[0]?.orderId).toBe('0099999999999999999');
  });
});

// ---------------------------------------------------------------------------------------------------

describe('detect', () => {
  const cases: [CnfansSite, string, 'list' | null][] = [
    ['cnfans', 'https://cnfans.com/my-account/orders', 'list'],
    ['cnfans', 'https://cnfans.com/my-account/orders/', 'list'],
    ['cnfans', 'https://cnfans.com/my-account/orders?status=3&page=2', 'list'],
    ['cnfans', 'https://www.cnfans.com/my-account/orders', 'list'],
    ['cnfans', 'http://cnfans.com/my-account/orders', 'list'],
    ['mulebuy', 'https://mulebuy.com/my-account/orders', 'list'],
    ['mulebuy', 'https://www.mulebuy.com/my-account/orders/', 'list'],
    ['orientdig', 'https://orientdig.com/my-account/orders', 'list'],
    ['joyabuy', 'https://joyabuy.com/my-account/orders', 'list'],
    ['joyabuy', 'https://www.joyabuy.com/my-account/orders', 'list'],
    // Gotchas: the family's other pages (no markup known), other brands, lookalike hosts.
    ['cnfans', 'https://cnfans.com/my-account/order-detail?order_no=2512091430051234567', null],
    ['cnfans', 'https://cnfans.com/my-account/parcel-detail?id=1', null],
    ['cnfans', 'https://cnfans.com/my-account/cart/', null],
    ['cnfans', 'https://cnfans.com/my-account/user-center', null],
    ['cnfans', 'https://cnfans.com/my-account/orders-export', null],
    ['cnfans', 'https://cnfans.com/my-account/orders/2512091430051234567', null],
    ['cnfans', 'https://cnfans.com/my-account/', null],
    ['cnfans', 'https://cnfans.com/product/?shop_type=taobao&id=712345678901', null],
    ['cnfans', 'https://cnfans.com/login', null],
    ['cnfans', 'https://cnfans.com/uniorder-order/', null],
    ['cnfans', 'https://cnfans.com/help-center/the-duration-for-which-parcels-can-be-stored-in-the-cnfans-warehouse-is-30-days/', null],
    ['cnfans', 'https://m.cnfans.com/my-account/orders', null],
    ['cnfans', 'https://mulebuy.com/my-account/orders', null],
    ['mulebuy', 'https://cnfans.com/my-account/orders', null],
    ['mulebuy', 'https://back.mulebuy.com/my-account/orders', null],
    ['mulebuy', 'https://mulebuy.com/help/pt/storage-management', null],
    ['cnfans', 'https://joyagoo.com/my-account/orders', null],
    ['cnfans', 'https://cnfans.com.evil.example/my-account/orders', null],
    ['cnfans', 'https://evilcnfans.com/my-account/orders', null],
    ['cnfans', 'https://cnfans.com@evil.example/my-account/orders', null],
    ['cnfans', 'https://evil.example/my-account/orders?next=cnfans.com', null],
    ['cnfans', 'ftp://cnfans.com/my-account/orders', null],
  ];
  it.each(cases)('%s: %s → %s', (site, url, kind) => {
    expect(ADAPTERS[site].detect(new URL(url))).toBe(kind);
  });

  it('each brand claims only its own host', () => {
    for (const [site, adapter] of Object.entries(ADAPTERS)) {
      expect(adapter.id).toBe(site);
      for (const other of Object.keys(ADAPTERS)) {
        const url = new URL(`https://${other}.com/my-account/orders`);
        expect(adapter.detect(url), `${site} on ${other}`).toBe(other === site ? 'list' : null);
      }
    }
  });

  /** Chrome match-pattern semantics, enough for our patterns: scheme `*`, host `*.x` or exact, path glob. */

  it('every page detect accepts is covered by one of its brand’s match patterns', () => {
    for (const [site, url, kind] of cases) {
      if (!kind) continue;
      expect(ADAPTERS[site].matches.some((p) => covered(p, new URL(url))), url).toBe(true);
    }
  });

  it('match patterns stay off the brands’ other pages and hosts', () => {
    for (const adapter of Object.values(ADAPTERS)) {
      for (const p of adapter.matches) expect(p).toMatch(/^\*:\/\/(www\.)?[a-z]+\.com\/my-account\/orders\*$/);
      const host = `${adapter.id}.com`;
      for (const url of [`https://${host}/`, `https://${host}/my-account/cart/`, `https://${host}/product/?shop_type=taobao&id=1`, `https://${host}/login`, `https://m.${host}/my-account/orders`, `https://${host}.evil.example/my-account/orders`]) {
        expect(adapter.matches.some((p) => covered(p, new URL(url))), url).toBe(false);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------

describe('marketplaceItemOf', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    // [link, site, itemId]
    ['https://item.taobao.com/item.htm?id=712345678901', 'taobao', '712345678901'],
    ['//item.taobao.com/item.htm?spm=a1z10&id=712345678901&ns=1', 'taobao', '712345678901'],
    ['https://detail.tmall.com/item.htm?id=678900011122&skuId=1', 'tmall', '678900011122'],
    ['https://weidian.com/item.html?itemID=7312000101', 'weidian', '7312000101'],
    ['https://weidian.com/item.html?itemId=7312000101', 'weidian', '7312000101'],
    ['https://shop1234.v.weidian.com/item.html?itemID=7312000101', 'weidian', '7312000101'],
    ['https://detail.1688.com/offer/623456789012.html', '1688', '623456789012'],
    ['https://detail.1688.com/offer/623456789012.html?spm=a26352', '1688', '623456789012'],
    ['/product/?shop_type=taobao&id=712345678901', 'taobao', '712345678901'],
    ['/product/?shop_type=tmall&id=712345678901', 'tmall', '712345678901'],
    ['/product/?shop_type=weidian&id=7312000101', 'weidian', '7312000101'],
    ['/product/?shop_type=ali_1688&id=623456789012', '1688', '623456789012'],
    ['/product/?shoptype=taobao&id=712345678901', 'taobao', '712345678901'],
    ['https://cnfans.com/product?id=712345678901&platform=TAOBAO&ref=1', 'taobao', '712345678901'],
    ['https://cnfans.com/product?id=7312000101&platform=WEIDIAN', 'weidian', '7312000101'],
    ['https://www.cnfans.com/product?id=623456789012&platform=ALI_1688', '1688', '623456789012'],
    // The link does not say which marketplace, or is not a listing: nothing, never a guess.
    ['/product/?id=712345678901', undefined, undefined],
    ['/product/?shop_type=amazon&id=712345678901', undefined, undefined],
    ['/product/?shop_type=taobao', undefined, undefined],
    ['/product/?shop_type=taobao&id=12ab', undefined, undefined],
    ['/product/?shop_type=taobao&id=123', undefined, undefined],
    ['/product/?shop_type=constructor&id=712345678901', undefined, undefined],
    ['/uniorder-order/?product_link=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D712345678901', undefined, undefined],
    ['https://mulebuy.com/product/?shop_type=taobao&id=712345678901', undefined, undefined],
    ['https://item.taobao.com/item.htm', undefined, undefined],
    ['https://item.taobao.com/other.htm?id=712345678901', undefined, undefined],
    ['https://m.intl.taobao.com/detail/detail.html?id=712345678901', undefined, undefined],
    ['https://detail.tmall.com/item.htm?itemId=678900011122', undefined, undefined],
    ['https://detail.1688.com/offer/abc.html', undefined, undefined],
    ['https://item.taobao.com.evil.example/item.htm?id=712345678901', undefined, undefined],
    ['https://evil.example/item.htm?id=712345678901', undefined, undefined],
    ['javascript:alert(1)//item.taobao.com/item.htm?id=712345678901', undefined, undefined],
    ['', undefined, undefined],
  ];
  it.each(cases)('%s → %s %s', (href, site, itemId) => {
    const m = marketplaceItemOf(href, LIST, 'cnfans');
    if (!site) return expect(m).toBeUndefined();
    expect(m).toEqual({ site, itemId, url: expect.stringMatching(/^https:\/\//) });
  });

  it('links to the marketplace’s own listing, whatever form the page used', () => {
    expect(marketplaceItemOf('/product/?shop_type=taobao&id=712345678901', LIST, 'cnfans')?.url).toBe('https://item.taobao.com/item.htm?id=712345678901');
    expect(marketplaceItemOf('/product/?shop_type=tmall&id=712345678901', LIST, 'cnfans')?.url).toBe('https://detail.tmall.com/item.htm?id=712345678901');
    expect(marketplaceItemOf('/product/?shop_type=weidian&id=7312000101', LIST, 'cnfans')?.url).toBe('https://weidian.com/item.html?itemID=7312000101');
    expect(marketplaceItemOf('https://detail.1688.com/offer/623456789012.html?spm=x', LIST, 'cnfans')?.url).toBe('https://detail.1688.com/offer/623456789012.html');
  });

  it('reads a brand’s product page only on that brand’s host', () => {
    const mule = new URL('https://mulebuy.com/my-account/orders');
    expect(marketplaceItemOf('/product/?shop_type=taobao&id=712345678901', mule, 'mulebuy')?.site).toBe('taobao');
    expect(marketplaceItemOf('https://cnfans.com/product/?shop_type=taobao&id=712345678901', mule, 'mulebuy')).toBeUndefined();
  });

  it('in an order: an item link that does not name the marketplace leaves the order’s marketplace unset and missing', () => {
    const r = parseCnfans(list(card({ products: product({ href: '/product/?id=712345678901' }) })), LIST);
    const o = r.orders[0]!;
    expect(o.items[0]?.marketplace).toBeUndefined();
    expect(o.items[0]?.url).toBeUndefined();
    expect(o.marketplace).toBeUndefined();
    expect(o.missing).toContain('marketplace');
  });

  it('in an order: items from two marketplaces leave the order’s marketplace unset, with a note', () => {
    const products = product() + product({ href: 'https://weidian.com/item.html?itemID=7312000101', name: 'Cap' });
    const r = parseCnfans(list(card({ products })), LIST);
    const o = r.orders[0]!;
    expect(o.items.map((i) => i.marketplace?.site)).toEqual(['taobao', 'weidian']);
    expect(o.marketplace).toBeUndefined();
    expect(o.missing).toContain('marketplace');
    expect(r.notes).toEqual(['order 2512091430051234567: items from taobao and weidian; its marketplace is left unset']);
  });

  it('in an order: linked items agreeing set it even when another item has no link', () => {
    const products = product() + product({ href: '#', name: 'Gift wrap' });
    const o = parseCnfans(list(card({ products })), LIST).orders[0]!;
    expect(o.marketplace).toEqual({ site: 'taobao' });
    expect(o.missing).not.toContain('marketplace');
  });
});

// ---------------------------------------------------------------------------------------------------

describe('mapStatus', () => {
  const cases: [string, string][] = [
    ['Order Pending', 'awaiting_shipment'],
    ['Order Processing', 'awaiting_shipment'],
    ['Purchased', 'awaiting_shipment'],
    ['Seller Sent', 'shipped'],
    ['Out for delivery', 'shipped'],
    ['Stock Arrived', 'delivered'],
    ['QC Completed', 'delivered'],
    ['Stored in Warehouse', 'delivered'],
    ['STORED IN WAREHOUSE', 'delivered'],
    ['In Warehouse', 'delivered'],
    ['storage but unavailable for submitting', 'delivered'],
    ["int'l shipping fee unpaid", 'delivered'],
    ['Int’l shipping fee unpaid', 'delivered'],
    ['Unpaid', 'unpaid'],
    ['Awaiting Payment', 'unpaid'],
    ['After-sales', 'in_dispute'],
    ['Aftersales processing', 'in_dispute'],
    ['Refund/Exchange', 'in_dispute'],
    ['Refunding', 'in_dispute'],
    ['Returning', 'in_dispute'],
    ['Refunded', 'refunded'],
    ['Refund completed', 'refunded'],
    ['Cancelled', 'cancelled'],
    ['Canceled', 'cancelled'],
    ['Order Closed', 'cancelled'],
    ['Completed', 'completed'],
    ['待付款', 'unpaid'],
    ['待处理', 'awaiting_shipment'],
    ['已采购', 'awaiting_shipment'],
    ['卖家已发货', 'shipped'],
    ['已到货', 'delivered'],
    ['质检完成', 'delivered'],
    ['已入库', 'delivered'],
    ['售后中', 'in_dispute'],
    ['已退款', 'refunded'],
    ['已取消', 'cancelled'],
    ['已完成', 'completed'],
    ['Awaiting Consolidation', 'unknown'],
    ['constructor', 'unknown'],
    ['', 'unknown'],
  ];
  it.each(cases)('%s → %s', (text, status) => {
    expect(mapStatus(text)).toBe(status);
  });

  it('keeps an unknown status text without calling it missing', () => {
    const o = parseCnfans(list(card({ status: 'Waiting for the moon' })), LIST).orders[0]!;
    expect(o.status).toBe('unknown');
    expect(o.statusText).toBe('Waiting for the moon');
    expect(o.missing).not.toContain('status');
  });
});

describe('parseCreateTime (China time)', () => {
  const cases: [string, string, boolean][] = [
    ['Create Time: 09-12-2025 14:30:05', '2025-12-09T06:30:05.000Z', false],
    ['09-12-2025 14:30', '2025-12-09T06:30:00.000Z', false],
    ['Create Time: 9-1-2026', '2026-01-08T16:00:00.000Z', true],
    ['Create Time: 2026-01-05 10:20:00', '2026-01-05T02:20:00.000Z', false],
    ['创建时间：2026-01-05 10:20:00', '2026-01-05T02:20:00.000Z', false],
    ['2026/01/05', '2026-01-04T16:00:00.000Z', true],
    ['25/03/2026 17:45:30', '2026-03-25T09:45:30.000Z', false],
    ['03/25/2026', '2026-03-24T16:00:00.000Z', true],
  ];
  it.each(cases)('%s', (text, at, dateOnly) => {
    expect(parseCreateTime(text)).toEqual({ at, dateOnly });
  });
  it('gives up rather than guess', () => {
    for (const t of ['03/04/2026', 'Create Time: 03/04/2026 10:00', '31-02-2026', '13/13/2026', '2026-13-01', 'yesterday', '', 'Order No: 2512091430051234567', 'Create Time: 09-12-2025 25:00']) {
      expect(parseCreateTime(t), t).toBeUndefined();
    }
  });
});

describe('paymentOf', () => {
  const cases: [string, unknown][] = [
    ['PayPal', { channel: 'paypal' }],
    ['Balance + PayPal', { channel: 'paypal' }],
    ['Debit/Credit Card', { channel: 'card' }],
    ['Visa', { channel: 'card', network: 'visa' }],
    ['Debit/Credit Card (Mastercard)', { channel: 'card', network: 'mastercard' }],
    ['American Express', { channel: 'card', network: 'amex' }],
    ['UnionPay', { channel: 'card', network: 'unionpay' }],
    ['Alipay', { channel: 'alipay' }],
    ['Balance', { channel: 'site_balance' }],
    ['余额支付', { channel: 'site_balance' }],
    ['Wallet', { channel: 'site_balance' }],
    ['Stripe Link', { channel: 'other' }],
    ['-', undefined],
    ['', undefined],
  ];
  it.each(cases)('%s', (text, payment) => {
    expect(paymentOf(text)).toEqual(payment);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('reading a card', () => {
  it('reads the order’s total only from a total row, never from the goods alone', () => {
    const meta = (label: string) => `<div class="price-meta"><span class="meta-label">Total Product Amount</span><span class="meta-value">$25.40</span></div><div class="price-meta"><span class="meta-label">${label}</span><span class="meta-value">$27.00</span></div>`;
    expect(parseCnfans(list(card({ meta: meta('Domestic Shipping') })), LIST).orders[0]?.total).toBeUndefined();
    expect(parseCnfans(list(card({ meta: meta('Paid Amount') })), LIST).orders[0]?.total).toEqual({ amount: 27, currency: null, text: '$27.00' });
    expect(parseCnfans(list(card({ meta: meta('Total Amount') })), LIST).orders[0]?.total?.amount).toBe(27);
  });

  it('prices: a bare ¥ is CNY on an agent’s page, a bare $ stays unknown, a named currency is kept', () => {
    const price = (p: string) => parseCnfans(list(card({ products: product({ price: p }) })), LIST).orders[0]?.items[0]?.unitPrice?.currency;
    expect(price('¥59.00')).toBe('CNY');
    expect(price('￥59.00')).toBe('CNY');
    expect(price('CNY 59.00')).toBe('CNY');
    expect(price('$12.70')).toBeNull();
    expect(price('US $12.70')).toBe('USD');
    expect(price('12,70 €')).toBe('EUR');
    expect(price('£9.99')).toBe('GBP');
  });

  it('an order address falls back to the list when the card has no detail link, and refuses foreign ones', () => {
    const foreign = card().replace('</div>\n  </div>', '</div><a href="https://evil.example/my-account/order-detail?x=1">View</a>\n  </div>');
    expect(parseCnfans(list(foreign), LIST).orders[0]?.url).toBe('https://cnfans.com/my-account/orders');
    const own = card().replace('<div class="order-product-info">', '<a href="/my-account/order-detail?order_no=2512091430051234567">View</a><div class="order-product-info">');
    expect(parseCnfans(list(own), LIST).orders[0]?.url).toBe('https://cnfans.com/my-account/order-detail?order_no=2512091430051234567');
  });

  it('credits the brand whose host the page is on, and names a saved copy’s brand from the adapter', () => {
    const doc = list(card());
    expect(mulebuy.parse(doc, new URL('https://www.mulebuy.com/my-account/orders')).orders[0]?.agent).toEqual({ family: 'cnfans', host: 'mulebuy.com' });
    const saved = orientdig.parse(doc, new URL('https://example.com/saved.html'));
    expect(saved.orders[0]?.site).toBe('orientdig');
    expect(saved.orders[0]?.url).toBe('https://orientdig.com/my-account/orders');
    expect(saved.notes).toEqual(["this address is not one of OrientDig's order pages we know; read as an order list"]);
  });

  it('keeps the first of two cards with the same order number', () => {
    const r = parseCnfans(list(card() + card({ status: 'Seller Sent' })), LIST);
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0]?.statusText).toBe('Stored in Warehouse');
    expect(r.notes).toEqual(['order 2512091430051234567 appears twice; the first card was kept']);
  });

  it('reads no QC photos, tracking or deadlines from the list: the research shows none on it', () => {
    for (const f of readdirSync(FIXTURES).filter((x) => x.endsWith('.expected.json'))) {
      const { result } = JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as { result: PageRead };
      for (const o of result.orders) {
        expect(o.tracking).toEqual([]);
        expect(o.pageDeadlines).toEqual([]);
        expect(o.items.every((i) => i.qcPhotos === undefined)).toBe(true);
        expect(o.events.map((e) => e.kind).every((k) => k === 'ordered')).toBe(true);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------

describe('walls and odd pages', () => {
  it('a login form instead of the orders is a login wall', () => {
    const doc = page('<input type="text" placeholder="Username or email address"><input type="password"><button class="submit-btn">login</button>');
    expect(cnfans.ready(doc, 'list')).toBe(true);
    const r = parseCnfans(doc, LIST);
    expect(r.blocked).toBe('login');
    expect(r.orders).toEqual([]);
  });

  it('a bot check is a captcha wall, even over an order list', () => {
    const doc = page(`<div id="challenge-running"></div><div class="cf-turnstile"></div>`);
    expect(cnfans.ready(doc, 'list')).toBe(true);
    expect(parseCnfans(doc, LIST)).toEqual({ kind: 'list', orders: [], notes: ['CNFans shows a bot check instead of the orders'], blocked: 'captcha' });
    const over = page(`<form id="challenge-form" action="/my-account/orders?__cf_chl_f_tk=x"></form><div class="orders"><div class="order-list">${card()}</div></div>`);
    expect(parseCnfans(over, LIST).blocked).toBe('captcha');
  });

  it('a hidden login form beside real orders is not a wall', () => {
    const html = readFileSync(path.join(FIXTURES, 'list-cnfans-1.html'), 'utf8').replace('<div id="app">', '<form style="display:none"><input type="password"></form><div id="app">');
    const r = parseCnfans(load(html), LIST);
    expect(r.blocked).toBeUndefined();
    expect(r.orders).toHaveLength(4);
  });

  it('is not ready while the SPA has drawn only its shell', () => {
    expect(cnfans.ready(page('<div id="app"><div class="orders"><div class="order-list"></div></div></div>'), 'list')).toBe(false);
    expect(cnfans.ready(page('<div id="app"></div>'), 'list')).toBe(false);
    expect(cnfans.ready(page(''), 'list')).toBe(false);
  });

  it('a shell with no cards and no empty state gives a note, not silence', () => {
    expect(parseCnfans(page('<div class="orders"><div class="order-list"></div></div>'), LIST)).toEqual({
      kind: 'list',
      orders: [],
      notes: ['no order cards found on the page (the layout may have changed)'],
    });
  });
});

describe('limits', () => {
  it('reads at most 200 orders per page (the page.read message limit) and says so', () => {
    const cards = Array.from({ length: 205 }, (_, i) => card({ id: `2512091430051${100000 + i}` })).join('');
    const r = parseCnfans(list(cards), LIST);
    expect(r.orders).toHaveLength(200);
    expect(r.orders[199]?.orderId).toBe('2512091430051100199');
    expect(r.notes).toEqual(['the page shows 205 orders; only the first 200 were read']);
    expectValid(r);
  });
});

describe('never throws', () => {
  it('on an empty document', () => {
    const r = parseCnfans(document.implementation.createHTMLDocument(''), LIST);
    expect(r.orders).toEqual([]);
    expect(r.blocked).toBeUndefined();
  });

  it('on garbage', () => {
    const doc = load('<<<div class="orders"><div class="order-list"><div class="order-item"><<script>>>\u0000\uffff<span class="order-no">Order No: </span><div class="order-product-info-meta"></p></div>');
    const r = parseCnfans(doc, LIST);
    expect(Array.isArray(r.orders)).toBe(true);
    expectValid(r);
  });

  it('on a document whose every method throws', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } }) as unknown as Document;
    expect(() => parseCnfans(hostile, LIST)).not.toThrow();
    expect(parseCnfans(hostile, LIST)).toEqual({ kind: 'list', orders: [], notes: ['could not read the page (Error)'] });
    expect(cnfans.ready(hostile, 'list')).toBe(false);
  });

  it('turns a hostile card into a valid, capped record of inert text', () => {
    const long = 'A'.repeat(5000);
    const script = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const doc = list(
      card({
        status: esc(script) + 'Stored in Warehouse '.repeat(50),
        date: esc(script),
        products: product({
          href: 'javascript:alert(1)//item.taobao.com/item.htm?id=712345678901',
          img: 'https://tracker.evil.example/p.jpg',
          name: esc(script) + long,
          sku: long + '\u0007',
          price: 'US $NaN',
          qty: 'x99999999',
        }),
        meta: `<div class="price-meta"><span class="meta-label">Actual Payment</span><span class="meta-value">US $${'9'.repeat(400)}</span></div><div class="price-meta"><span class="meta-label">Payment Method</span><span class="meta-value">${esc(script)}</span></div>`,
      }),
    );
    const r = parseCnfans(doc, LIST);
    expectValid(r);
    const o = r.orders[0]!;
    expect(o.statusText?.length).toBeLessThanOrEqual(200);
    expect(o.statusText?.startsWith('<script>alert(1)</script>')).toBe(true);
    expect(o.status).toBe('unknown');
    expect(o.items[0]?.title.length).toBe(1000);
    expect(o.items[0]?.title.startsWith('<script>')).toBe(true);
    expect(o.items[0]?.sku?.length).toBe(500);
    expect(o.items[0]?.imageUrl).toBeUndefined();
    expect(o.items[0]?.url).toBeUndefined();
    expect(o.items[0]?.marketplace).toBeUndefined();
    expect(o.items[0]?.quantity).toBeUndefined();
    expect(o.total).toBeUndefined();
    expect(o.payment).toEqual({ channel: 'other' });
    expect(o.missing).toEqual(['events.ordered', 'total', 'items[0].quantity', 'items[0].unitPrice', 'marketplace']);
    // Read as text only: nothing the page wrote became markup.
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });
});
