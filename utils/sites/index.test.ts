import { describe, expect, it } from 'vitest';
import { alibaba1688 } from './1688';
import { aliexpress } from './aliexpress';
import { taobao } from './taobao';
import { tmall } from './tmall';
import { adapterFor, adapters } from './index';
import { allchinabuy, superbuy } from './superbuy';
import { weidian } from './weidian';

describe('adapterFor', () => {
  it('finds the AliExpress adapter and the page kind', () => {
    expect(adapterFor(new URL('https://www.aliexpress.com/p/order/index.html'))).toEqual({ adapter: aliexpress, kind: 'list' });
    expect(adapterFor(new URL('https://www.aliexpress.com/p/order/detail.html?orderId=3071845526021947'))).toEqual({ adapter: aliexpress, kind: 'detail' });
    expect(adapterFor(new URL('https://trade.aliexpress.com/order_detail.htm?orderId=62312345678901'))?.kind).toBe('detail');
  });

  it('finds the 1688 adapter on its lists and detail page, and on the anti-bot wall in front of them', () => {
    expect(adapterFor(new URL('https://trade.1688.com/order/buyer_order_list.htm'))?.adapter).toBe(alibaba1688);
    expect(adapterFor(new URL('https://air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html?status=all'))?.kind).toBe('list');
    expect(adapterFor(new URL('https://trade.1688.com/order/new_step_order_detail.htm?orderId=3618254907731234567'))?.kind).toBe('detail');
  });

  it('finds the Taobao adapter on its list and detail, and Tmall’s on its detail', () => {
    expect(adapterFor(new URL('https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm'))).toEqual({ adapter: taobao, kind: 'list' });
    expect(adapterFor(new URL('https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4852360405357890001'))?.kind).toBe('detail');
    expect(adapterFor(new URL('https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4853472194746890001'))).toEqual({ adapter: tmall, kind: 'detail' });
  });

  it('finds the CSSBuy adapter on its order list and warehouse tab only', () => {
    expect(adapterFor(new URL('https://www.cssbuy.com/?go=m&name=orderlist'))?.kind).toBe('list');
    expect(adapterFor(new URL('https://www.cssbuy.com/?go=m&name=orderlist&type=arrived'))?.kind).toBe('warehouse');
    expect(adapterFor(new URL('https://www.cssbuy.com/?go=m&name=sendorderlist'))).toBeNull();
  });

  it('finds the Superbuy-family adapters on their order lists, parcel and warehouse pages', () => {
    expect(adapterFor(new URL('https://www.superbuy.com/order/'))?.kind).toBe('list');
    expect(adapterFor(new URL('https://www.superbuy.com/en/page/account/myparcel/'))).toEqual({ adapter: superbuy, kind: 'parcel' });
    expect(adapterFor(new URL('https://www.allchinabuy.com/account/parcel/'))).toEqual({ adapter: allchinabuy, kind: 'warehouse' });
    expect(adapterFor(new URL('https://front.superbuy.com/package/package/list'))).toBeNull();
  });

  it('finds the Weidian adapter on its list and detail pages', () => {
    expect(adapterFor(new URL('https://weidian.com/user/order/list.php?type=0'))).toEqual({ adapter: weidian, kind: 'list' });
    expect(adapterFor(new URL('https://weidian.com/user/order-new/detail.php?oid=829104455660101'))).toEqual({ adapter: weidian, kind: 'detail' });
  });

  it('finds none for pages no adapter reads', () => {
    for (const url of [
      'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=1',
      'https://aliexpress.com.evil.example/p/order/index.html',
      'https://login.aliexpress.com/',
      'https://sso.weidian.com/login/index.php',
      'https://detail.1688.com/offer/123456789.html',
      'https://item.taobao.com/item.htm?id=123456789',
      'https://login.taobao.com/member/login.jhtml',
      'https://weidian.com/item.html?itemID=7312000101',
      'https://example.com/',
      'about:blank',
    ]) {
      expect(adapterFor(new URL(url)), url).toBeNull();
    }
  });

  it('lists each site once, with content-script match patterns', () => {
    const ids = adapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of adapters) {
      expect(a.matches.length).toBeGreaterThan(0);
      for (const m of a.matches) expect(m).toMatch(/^(\*|https?):\/\/(\*\.)?[a-z0-9.-]+\/\S*$/);
    }
  });
});
