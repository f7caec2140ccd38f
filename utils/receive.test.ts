import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RadarDB } from './db/index';
import type { PageReadMessage } from './messages';
import type { PageRead } from './sites/types';
import { caseOpenRequest, followedOrder, receive, type SenderInfo } from './receive';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const SELF = { id: EXT, origin: `chrome-extension://${EXT}/` };
const at = { now: new Date('2026-03-10T00:00:00Z'), userZone: 'Europe/Berlin' };
let db: RadarDB;
beforeEach(() => {
  db = new RadarDB(`recv-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const msg = (over: Partial<PageReadMessage> = {}): PageReadMessage => ({
  type: 'page.read',
  kind: 'list',
  notes: [],
  orders: [
    {
      site: 'aliexpress',
      orderId: '3068481379959913',
      url: 'https://www.aliexpress.com/p/order/detail.html?orderId=3068481379959913',
      items: [{ title: 'Cable' }],
      status: 'shipped',
      events: [],
      tracking: [],
      pageDeadlines: [],
      missing: [],
    },
  ],
  ...over,
});
const fromPage: SenderInfo = { id: EXT, url: 'https://www.aliexpress.com/p/order/index.html', frameId: 0, tab: { id: 7 } };

describe('background message handling', () => {
  it('stores orders sent by our content script on a page we read', async () => {
    expect(await receive(db, msg(), fromPage, SELF, at)).toEqual({ ok: true, saved: 1 });
    expect(await db.orders.count()).toBe(1);
  });

  it.each<[string, SenderInfo]>([
    ['another extension', { ...fromPage, id: 'otherextensionidotherextensionid' }],
    ['a sub-frame', { ...fromPage, frameId: 3 }],
    ['no tab (an extension page)', { id: EXT, url: 'chrome-extension://x/popup.html' }],
    ['a page we do not read', { ...fromPage, url: 'https://www.aliexpress.com/item/100.html' }],
    ['a lookalike host', { ...fromPage, url: 'https://www.aliexpress.com.evil.example/p/order/index.html' }],
  ])('rejects %s', async (_name, sender) => {
    expect(await receive(db, msg(), sender, SELF, at)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await db.orders.count()).toBe(0);
  });

  it.each<[string, unknown]>([
    ['an unknown type', { type: 'db.wipe' }],
    ['not an object', 'page.read'],
    ['a bad order id', msg({ orders: [{ ...msg().orders[0]!, orderId: '<img src=x>' }] })],
    ['a script URL', msg({ orders: [{ ...msg().orders[0]!, url: 'javascript:alert(1)' }] })],
    ['a prototype-pollution key', JSON.parse('{"type":"page.read","kind":"list","notes":[],"orders":[],"__proto__":{"polluted":1}}')],
    ['too many orders', msg({ orders: Array.from({ length: 201 }, () => msg().orders[0]!) })],
    ['a huge title', msg({ orders: [{ ...msg().orders[0]!, items: [{ title: 'x'.repeat(5000) }] }] })],
  ])('rejects %s and writes nothing', async (_name, raw) => {
    const reply = await receive(db, raw, fromPage, SELF, at);
    if (_name === 'a prototype-pollution key') {
      // Zod drops unknown keys; nothing reaches Object.prototype.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      return;
    }
    expect(reply).toEqual({ ok: false, error: 'invalid message' });
    expect(await db.orders.count()).toBe(0);
  });

  it('a script on one site cannot write orders of another', async () => {
    const forged = msg({ orders: [{ ...msg().orders[0]!, site: 'taobao' }] });
    expect(await receive(db, forged, fromPage, SELF, at)).toEqual({ ok: false, error: 'orders from another site' });
    expect(await db.orders.count()).toBe(0);
  });
});

describe('corrections from the side panel', () => {
  const fromPanel: SenderInfo = { id: EXT, url: `chrome-extension://${EXT}/sidepanel.html` };
  const override = (change: unknown) => ({ type: 'order.override', site: 'aliexpress', orderId: '3068481379959913', change });
  const shippedByUser = { set: 'event', event: { kind: 'seller_shipped', at: '2026-03-01T00:00:00.000Z', dateOnly: false, zone: 'Europe/Berlin' } };
  beforeEach(async () => {
    await receive(db, msg(), fromPage, SELF, at);
  });

  it('stores a date the user set and recomputes the deadlines with it', async () => {
    expect(await receive(db, override(shippedByUser), fromPanel, SELF, at)).toEqual({ ok: true });
    const d = await db.deadlines.get('aliexpress:3068481379959913:ae.dispute.opens');
    expect(d).toMatchObject({ dueAt: '2026-03-11T00:00:00.000Z', basis: 'user' });
    // A later read of the page keeps the user's date.
    await receive(db, msg(), fromPage, SELF, at);
    expect((await db.deadlines.get('aliexpress:3068481379959913:ae.dispute.opens'))?.basis).toBe('user');
    // And clearing it brings the page's (missing) date back.
    await receive(db, override({ clear: 'event', kind: 'seller_shipped' }), fromPanel, SELF, at);
    expect(await db.deadlines.get('aliexpress:3068481379959913:ae.dispute.opens')).toMatchObject({ missing: 'seller_shipped' });
  });

  it('stores a rule length for this order only', async () => {
    await receive(db, override(shippedByUser), fromPanel, SELF, at);
    const change = { set: 'duration', ruleId: 'ae.dispute.opens', duration: { amount: 5, unit: 'days' } };
    expect(await receive(db, override(change), fromPanel, SELF, at)).toEqual({ ok: true });
    expect((await db.deadlines.get('aliexpress:3068481379959913:ae.dispute.opens'))?.dueAt).toBe('2026-03-06T00:00:00.000Z');
  });

  it('accepts our own page opened in a tab (the popup as a page): only our pages have our origin', async () => {
    expect(await receive(db, override(shippedByUser), { ...fromPanel, tab: { id: 3 } }, SELF, at)).toEqual({ ok: true });
  });

  it('accepts a payment channel’s rule length (an issuer’s shorter card window)', async () => {
    const change = { set: 'duration', ruleId: 'visa.13_1', duration: { amount: 90, unit: 'days' } };
    expect(await receive(db, override(change), fromPanel, SELF, at)).toEqual({ ok: true });
  });

  it('accepts a rule the order has because of its region', async () => {
    await receive(db, msg({ orders: [{ ...msg().orders[0]!, consumerRegion: 'eu' }] }), fromPage, SELF, at);
    const change = { set: 'duration', ruleId: 'eu.crd.withdrawal', duration: { amount: 30, unit: 'days' } };
    expect(await receive(db, override(change), fromPanel, SELF, at)).toEqual({ ok: true });
  });

  it('stores how the buyer paid: the payment channel’s clocks appear, and survive a later read of the page', async () => {
    const paid = { set: 'event', event: { kind: 'paid', at: '2026-03-01T12:00:00.000Z', dateOnly: false, zone: 'Europe/London' } };
    await receive(db, override(paid), fromPanel, SELF, at);
    expect(await db.deadlines.get('aliexpress:3068481379959913:pp.dispute.open')).toBeUndefined();
    expect(await receive(db, override({ set: 'payment', payment: { channel: 'paypal' } }), fromPanel, SELF, at)).toEqual({ ok: true });
    // The user is in Berlin: paid 1 Mar 13:00 CET, day 0 = 1 Mar, + 180 = 28 Aug, closes 29 Aug 00:00 CEST.
    expect((await db.deadlines.get('aliexpress:3068481379959913:pp.dispute.open'))?.dueAt).toBe('2026-08-28T22:00:00.000Z');
    await receive(db, msg(), fromPage, SELF, at);
    expect(await db.deadlines.get('aliexpress:3068481379959913:pp.dispute.open')).toBeDefined();
    // A card replaces PayPal: its network's window, PayPal's gone.
    await receive(db, override({ set: 'payment', payment: { channel: 'card', network: 'mastercard' } }), fromPanel, SELF, at);
    expect(await db.deadlines.get('aliexpress:3068481379959913:pp.dispute.open')).toBeUndefined();
    expect(await db.deadlines.get('aliexpress:3068481379959913:mc.not_provided')).toBeDefined();
    await receive(db, override({ clear: 'payment' }), fromPanel, SELF, at);
    expect(await db.deadlines.get('aliexpress:3068481379959913:mc.not_provided')).toBeUndefined();
    expect((await db.orders.get(['aliexpress', '3068481379959913']))?.overrides).not.toHaveProperty('payment');
  });

  it('stores where the buyer lives: the statutory window appears', async () => {
    expect(await receive(db, override({ set: 'consumerRegion', consumerRegion: 'uk' }), fromPanel, SELF, at)).toEqual({ ok: true });
    expect(await db.deadlines.get('aliexpress:3068481379959913:uk.ccr.withdrawal')).toBeDefined();
    await receive(db, override({ clear: 'consumerRegion' }), fromPanel, SELF, at);
    expect(await db.deadlines.get('aliexpress:3068481379959913:uk.ccr.withdrawal')).toBeUndefined();
  });

  it.each([
    ['an unknown channel', { set: 'payment', payment: { channel: 'bitcoin' } }],
    ['an unknown network', { set: 'payment', payment: { channel: 'card', network: 'diners' } }],
    ['an unknown region', { set: 'consumerRegion', consumerRegion: 'us' }],
  ])('refuses %s', async (_n, change) => {
    expect(await receive(db, override(change), fromPanel, SELF, at)).toEqual({ ok: false, error: 'invalid message' });
  });

  it.each<[string, SenderInfo]>([
    ['a content script', fromPage],
    ['another extension’s page', { id: 'x'.repeat(32), url: 'chrome-extension://xxxxxxxx/sidepanel.html' }],
    ['a content script that claims our address in its payload', { ...fromPage, url: 'https://www.aliexpress.com/p/order/index.html#chrome-extension://' }],
  ])('refuses corrections from %s', async (_n, sender) => {
    expect(await receive(db, override(shippedByUser), sender, SELF, at)).toEqual({ ok: false, error: 'sender not allowed' });
  });

  it.each([
    ['an unknown rule', { set: 'duration', ruleId: 'tb.autoconfirm', duration: { amount: 5, unit: 'days' } }, 'unknown rule'],
    ['a rule this order does not have (an agent’s, a region’s)', { set: 'duration', ruleId: 'cnf.return.request', duration: { amount: 5, unit: 'days' } }, 'unknown rule'],
    ['a statutory rule when the region is unknown', { set: 'duration', ruleId: 'eu.crd.withdrawal', duration: { amount: 30, unit: 'days' } }, 'unknown rule'],
    ['an order that is not stored', null, 'order not found'],
  ])('refuses %s', async (_n, change, error) => {
    const m = change ? override(change) : { ...override(shippedByUser), orderId: '9999999999999999' };
    expect(await receive(db, m, fromPanel, SELF, at)).toEqual({ ok: false, error });
  });
});

describe('badges on the page', () => {
  const fromWeidian: SenderInfo = { id: EXT, url: 'https://weidian.com/user/order/list.php?type=0', frameId: 0, tab: { id: 9 } };
  const shipped = { kind: 'seller_shipped' as const, at: '2026-03-01T00:00:00.000Z', dateOnly: false, zone: 'America/Los_Angeles' };

  it('gives each order its next open deadline with the rule’s names, and how many more are open', async () => {
    await receive(db, msg({ orders: [{ ...msg().orders[0]!, events: [shipped], protectionDays: 60 }] }), fromPage, SELF, at);
    const reply = await receive(db, { type: 'deadlines.next', orderIds: ['3068481379959913', '3068481379959913', '1111111111'] }, fromPage, SELF, at);
    expect(reply).toEqual({
      ok: true,
      next: [
        {
          site: 'aliexpress',
          orderId: '3068481379959913',
          ruleId: 'ae.dispute.opens',
          name: { en: 'Dispute can be opened', zh: '可以发起纠纷' },
          dueAt: '2026-03-11T00:00:00.000Z',
          estimate: false,
          more: 1,
        },
      ],
    });
  });

  it('an order with no datable deadline still gets a badge that asks for the date', async () => {
    await receive(db, msg(), fromPage, SELF, at);
    const reply = await receive(db, { type: 'deadlines.next', orderIds: ['3068481379959913'] }, fromPage, SELF, at);
    expect(reply).toMatchObject({ ok: true, next: [{ orderId: '3068481379959913', dueAt: null }] });
  });

  it('a page only learns about its own site’s orders, and only our content script may ask', async () => {
    await receive(db, msg(), fromPage, SELF, at);
    expect(await receive(db, { type: 'deadlines.next', orderIds: ['3068481379959913'] }, fromWeidian, SELF, at)).toEqual({ ok: true, next: [] });
    // A Weidian page cannot store AliExpress orders either.
    expect(await receive(db, msg(), fromWeidian, SELF, at)).toEqual({ ok: false, error: 'orders from another site' });
    expect(await receive(db, { type: 'deadlines.next', orderIds: ['3068481379959913'] }, { ...fromPage, frameId: 3 }, SELF, at)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await receive(db, { type: 'deadlines.next', orderIds: ['<script>'] }, fromPage, SELF, at)).toEqual({ ok: false, error: 'invalid message' });
    expect(await receive(db, { type: 'deadlines.next', orderIds: Array(201).fill('3068481379959913') }, fromPage, SELF, at)).toEqual({ ok: false, error: 'invalid message' });
  });

  it('a badge click names the order on the sender’s site and the sender’s tab', () => {
    const open = { type: 'case.open', site: 'weidian', orderId: '829104455660101' };
    expect(caseOpenRequest(open, fromWeidian, SELF)).toEqual({ tabId: 9, selection: { site: 'weidian', orderId: '829104455660101' } });
    expect(caseOpenRequest({ ...open, site: 'aliexpress' }, fromWeidian, SELF)).toBeUndefined();
    expect(caseOpenRequest(open, { ...fromWeidian, url: 'https://example.com/' }, SELF)).toBeUndefined();
    expect(caseOpenRequest(open, { id: EXT, url: `chrome-extension://${EXT}/popup.html` }, SELF)).toBeUndefined();
    // Taobao's list shows Tmall orders too: a click on one names Tmall.
    const fromTaobao: SenderInfo = { id: EXT, url: 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm', frameId: 0, tab: { id: 4 } };
    expect(caseOpenRequest({ ...open, site: 'tmall', orderId: '4853472194746890001' }, fromTaobao, SELF)?.selection).toEqual({ site: 'tmall', orderId: '4853472194746890001' });
    expect(caseOpenRequest({ type: 'page.read' }, fromWeidian, SELF)).toBeUndefined();
  });
});

describe('orders added by hand', () => {
  const fromPanel: SenderInfo = { id: EXT, url: `chrome-extension://${EXT}/sidepanel.html` };
  const manual = { type: 'order.manual', site: 'kakobuy', orderId: 'KB20260301001', events: [{ kind: 'warehouse_stored', at: '2026-03-09T10:00:00.000Z' }] };

  it('are stored from our own pages, with their deadlines', async () => {
    expect(await receive(db, manual, fromPanel, SELF, at)).toEqual({ ok: true });
    expect((await db.deadlines.get('kakobuy:KB20260301001:gen.return.request'))?.dueAt).toBe('2026-03-14T10:00:00.000Z');
  });

  it('never from a page, and never malformed', async () => {
    expect(await receive(db, manual, fromPage, SELF, at)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await receive(db, { ...manual, orderId: '<b>' }, fromPanel, SELF, at)).toEqual({ ok: false, error: 'invalid message' });
    expect(await receive(db, { ...manual, url: 'javascript:alert(1)' }, fromPanel, SELF, at)).toEqual({ ok: false, error: 'invalid message' });
    expect(await db.orders.count()).toBe(0);
  });
});

describe('marks on deadlines', () => {
  const fromPopup: SenderInfo = { id: EXT, url: `chrome-extension://${EXT}/popup.html` };
  const id = 'aliexpress:3068481379959913:ae.dispute.opens';
  beforeEach(async () => {
    await receive(db, msg(), fromPage, SELF, at);
  });

  it('done, not relevant and snoozed are stored; undo removes them', async () => {
    expect(await receive(db, { type: 'deadline.mark', id, mark: 'done' }, fromPopup, SELF, at)).toEqual({ ok: true });
    expect(await db.marks.get(id)).toMatchObject({ state: 'done' });
    await receive(db, { type: 'deadline.mark', id, mark: { snoozeUntil: '2026-03-12T00:00:00.000Z' } }, fromPopup, SELF, at);
    expect(await db.marks.get(id)).toMatchObject({ state: 'snoozed', until: '2026-03-12T00:00:00.000Z' });
    await receive(db, { type: 'deadline.mark', id, mark: 'clear' }, fromPopup, SELF, at);
    expect(await db.marks.get(id)).toBeUndefined();
  });

  it('refuses a page, an unknown deadline and a snooze into the past', async () => {
    expect(await receive(db, { type: 'deadline.mark', id, mark: 'done' }, fromPage, SELF, at)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await receive(db, { type: 'deadline.mark', id: 'x:y:z', mark: 'done' }, fromPopup, SELF, at)).toEqual({ ok: false, error: 'deadline not found' });
    expect(await receive(db, { type: 'deadline.mark', id, mark: { snoozeUntil: '2026-03-01T00:00:00.000Z' } }, fromPopup, SELF, at)).toEqual({ ok: false, error: 'snooze must end in the future' });
    expect(await db.marks.count()).toBe(0);
  });
});

describe('sites switched off in the options', () => {
  it('their pages are not stored', async () => {
    expect(await receive(db, msg(), fromPage, SELF, { ...at, disabledSites: ['aliexpress'] })).toEqual({ ok: false, error: 'site switched off' });
    expect(await db.orders.count()).toBe(0);
    expect(await receive(db, msg(), fromPage, SELF, { ...at, disabledSites: ['weidian'] })).toEqual({ ok: true, saved: 1 });
  });

  it('the side panel follows a detail page read in the tab the user looks at, never a list', () => {
    const detail = msg({ kind: 'detail' });
    const active: SenderInfo = { ...fromPage, url: 'https://www.aliexpress.com/p/order/detail.html?orderId=3068481379959913', tab: { id: 7, active: true } };
    expect(followedOrder(detail, active, SELF)).toEqual({ site: 'aliexpress', orderId: '3068481379959913' });
    expect(followedOrder(msg(), active, SELF)).toBeUndefined();
    expect(followedOrder(detail, { ...active, tab: { id: 7, active: false } }, SELF)).toBeUndefined();
    expect(followedOrder(detail, { ...active, url: 'https://example.com/' }, SELF)).toBeUndefined();
    expect(followedOrder({ ...detail, orders: [] }, active, SELF)).toBeUndefined();
  });
});

describe('Superbuy-family parcel and warehouse pages', () => {
  const fixture = (name: string) => JSON.parse(readFileSync(path.resolve('tests/fixtures/superbuy', `${name}.expected.json`), 'utf8')) as { url: string; result: PageRead };
  const read = (name: string): PageReadMessage => {
    const { result } = fixture(name);
    return { type: 'page.read', kind: result.kind, orders: result.orders, parcels: result.parcels, notes: result.notes };
  };
  const from = (name: string): SenderInfo => ({ id: EXT, url: fixture(name).url, frameId: 0, tab: { id: 9 } });
  const now = { now: new Date('2024-03-28T08:00:00Z'), userZone: 'Europe/Berlin' };

  it('a parcel page stores its parcels, and their tracking and dates land on the orders they hold', async () => {
    expect(await receive(db, read('list-superbuy-en'), from('list-superbuy-en'), SELF, now)).toEqual({ ok: true, saved: 3 });
    expect(await receive(db, read('parcels-superbuy-shipped'), from('parcels-superbuy-shipped'), SELF, now)).toEqual({ ok: true, saved: 0 });
    expect((await db.parcels.toArray()).map((p) => p.parcelId).sort()).toEqual(['PN24032200001234', 'PN24032600005678']);
    for (const orderId of ['DO24031512345678', 'DO24030211112222']) {
      const o = await db.orders.get(['superbuy', orderId]);
      expect(o?.parcelIds, orderId).toEqual(['PN24032200001234']);
      expect(o?.tracking, orderId).toEqual([{ number: 'EB204915372CN', carrier: 'EMS' }]);
      expect(o?.events.find((e) => e.kind === 'intl_shipped')?.at, orderId).toBe('2024-03-25T10:20:00.000Z');
    }
    // Stored, then shipped internationally: the agent's return and storage clocks of that order end.
    const warehouse = read('warehouse-superbuy-free-storage');
    expect(await receive(db, warehouse, from('warehouse-superbuy-free-storage'), SELF, now)).toEqual({ ok: true, saved: 2 });
    const rules = async (orderId: string) => (await db.deadlines.where('[site+orderId]').equals(['superbuy', orderId]).toArray()).map((d) => d.ruleId);
    expect(await rules('DO24031512345678')).not.toContain('sb.storage.free');
    expect(await rules('DO24031512345678')).not.toContain('sb.return.request');
    expect(await rules('DO24031800007777')).toEqual(expect.arrayContaining(['sb.return.request', 'sb.storage.free', 'sb.storage.abandoned']));
    expect((await db.orders.get(['superbuy', 'DO24031512345678']))?.parcelIds).toEqual(['PN24032200001234']);
  });

  it('a warehouse page stores its orders with the stored date and the page’s storage clocks', async () => {
    expect(await receive(db, read('warehouse-superbuy-free-storage'), from('warehouse-superbuy-free-storage'), SELF, now)).toEqual({ ok: true, saved: 2 });
    const ds = await db.deadlines.where('[site+orderId]').equals(['superbuy', 'DO24031512345678']).toArray();
    expect(ds.find((d) => d.ruleId === 'sb.return.request')).toMatchObject({ dueAt: '2024-03-23T02:32:05.000Z', basis: 'computed', fromAt: '2024-03-18T02:32:05.000Z' });
    expect(ds.find((d) => d.ruleId === 'sb.storage.free')).toMatchObject({ dueAt: '2024-06-16T02:32:05.000Z', basis: 'page' });
    expect(ds.find((d) => d.ruleId === 'sb.storage.abandoned')).toMatchObject({ dueAt: '2024-09-14T02:32:05.000Z', basis: 'page' });
  });

  it('a parcel of another brand, or of a site switched off, is not stored', async () => {
    const acb = read('parcels-allchinabuy-zh');
    expect(await receive(db, acb, from('parcels-superbuy-shipped'), SELF, now)).toEqual({ ok: false, error: 'orders from another site' });
    expect(await receive(db, acb, from('parcels-allchinabuy-zh'), SELF, { ...now, disabledSites: ['allchinabuy'] })).toEqual({ ok: false, error: 'site switched off' });
    expect(await db.parcels.count()).toBe(0);
    expect(await receive(db, acb, from('parcels-allchinabuy-zh'), SELF, now)).toEqual({ ok: true, saved: 0 });
    expect(await db.parcels.count()).toBe(1);
  });
});
