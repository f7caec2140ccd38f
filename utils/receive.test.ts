import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RadarDB } from './db/index';
import type { PageReadMessage } from './messages';
import { receive, type SenderInfo } from './receive';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
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
    expect(await receive(db, msg(), fromPage, EXT, at)).toEqual({ ok: true, saved: 1 });
    expect(await db.orders.count()).toBe(1);
  });

  it.each<[string, SenderInfo]>([
    ['another extension', { ...fromPage, id: 'otherextensionidotherextensionid' }],
    ['a sub-frame', { ...fromPage, frameId: 3 }],
    ['no tab (an extension page)', { id: EXT, url: 'chrome-extension://x/popup.html' }],
    ['a page we do not read', { ...fromPage, url: 'https://www.aliexpress.com/item/100.html' }],
    ['a lookalike host', { ...fromPage, url: 'https://www.aliexpress.com.evil.example/p/order/index.html' }],
  ])('rejects %s', async (_name, sender) => {
    expect(await receive(db, msg(), sender, EXT, at)).toEqual({ ok: false, error: 'sender not allowed' });
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
    const reply = await receive(db, raw, fromPage, EXT, at);
    if (_name === 'a prototype-pollution key') {
      // Zod drops unknown keys; nothing reaches Object.prototype.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      return;
    }
    expect(reply).toEqual({ ok: false, error: 'invalid message' });
    expect(await db.orders.count()).toBe(0);
  });

  it('a script on one site cannot write orders of another', async () => {
    // Only AliExpress exists today; a forged site id fails the schema before the site check.
    const forged = msg({ orders: [{ ...msg().orders[0]!, site: 'taobao' as never }] });
    expect(await receive(db, forged, fromPage, EXT, at)).toEqual({ ok: false, error: 'invalid message' });
  });
});
