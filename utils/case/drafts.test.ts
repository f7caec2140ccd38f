import { describe, expect, it } from 'vitest';
import type { OrderEvent } from '../model';
import { renderDraft, type DraftContext, type DraftOrder } from './drafts';
import { ChannelSchema, ReasonSchema, RemedySchema, REASONS, type Case } from './schema';
import { MARKERS, PLACEHOLDERS, REASON_TEXT, REMEDY_TEXT, TEMPLATES, templatesFor, type TemplateId } from './templates';
import { editEntry, mergeTimeline, sentDraftEntry } from './timeline';

const CN = 'Asia/Shanghai';
const ev = (kind: OrderEvent['kind'], at: string, extra: Partial<OrderEvent> = {}): OrderEvent => ({ kind, at, dateOnly: false, zone: CN, ...extra });

const TEMPLATE_IDS = Object.keys(TEMPLATES) as TemplateId[];
const LANGS = ['en', 'zh'] as const;
const PLACEHOLDER = /\{\w+\}/;
const MARKER = /\[[^\]\n]*\]/g;

/** A Taobao order with every value a draft can use. */
const marketOrder: DraftOrder = {
  site: 'taobao',
  orderId: '4123456789012345678',
  seller: { name: '小米家居旗舰店' },
  items: [{ title: '北欧风陶瓷马克杯 带盖勺', sku: '颜色分类:奶白色', quantity: 2, unitPrice: { amount: 39.9, currency: 'CNY', text: '¥39.90' }, productId: '681234567890' }],
  total: { amount: 79.8, currency: 'CNY', text: '¥79.80' },
  tracking: [{ number: 'SF1234567890', carrier: '顺丰速运' }],
  events: [
    ev('paid', '2026-03-01T04:00:00.000Z'),
    ev('seller_shipped', '2026-03-02T06:00:00.000Z'),
    ev('signed_for', '2026-03-04T16:00:00.000Z', { dateOnly: true }),
    ev('qc_done', '2026-03-05T01:00:00.000Z'),
    ev('dispute_opened', '2026-03-05T02:00:00.000Z'),
    ev('return_shipped', '2026-03-07T02:00:00.000Z'),
    ev('refund_issued', '2026-03-10T02:00:00.000Z'),
    ev('paypal_dispute_opened', '2026-03-12T02:00:00.000Z', { zone: 'Europe/London' }),
  ],
};

/** A Taobao item bought through CNFans: the shopper's parcel is the agent's international one. */
const agentOrder: DraftOrder = {
  ...marketOrder,
  site: 'cnfans',
  orderId: 'CF20260301001',
  agent: { family: 'cnfans', host: 'cnfans.com' },
  events: [
    ...marketOrder.events,
    ev('warehouse_stored', '2026-03-05T00:30:00.000Z'),
    ev('intl_shipped', '2026-03-08T02:00:00.000Z'),
    ev('intl_delivered', '2026-03-18T10:00:00.000Z', { zone: 'Europe/London' }),
  ],
};

const caseOf = (reason: Case['reason'], extra: Partial<Case> = {}): DraftContext['case'] => ({
  reason,
  remedy: REASONS[reason].remedy,
  scope: { kind: 'order' },
  timeline: [],
  claim: { amount: 20, currency: 'CNY' },
  ...extra,
});

const complete = (order: DraftOrder, c: DraftContext['case']): DraftContext => ({
  order,
  case: c,
  evidence: [{ kind: 'video', caption: 'Unboxing' }, { kind: 'photo', caption: 'Dent on the lid' }, { kind: 'chat_log' }],
  userZone: 'Europe/London',
  now: new Date('2026-03-20T12:00:00.000Z'),
  buyer: 'Jane Doe',
  deadline: '2026-03-25T16:00:00.000Z',
});

const sparse = (reason: Case['reason']): DraftContext => ({
  order: { site: 'aliexpress', orderId: '8208460785972844', items: [], events: [], tracking: [] },
  case: caseOf(reason, { claim: undefined }),
  evidence: [],
  userZone: 'America/New_York',
  now: new Date('2026-03-20T12:00:00.000Z'),
});

const markersIn = (text: string) => [...text.matchAll(MARKER)].map((m) => m[0]);

describe('every template renders for every reason in both languages', () => {
  const cases = TEMPLATE_IDS.flatMap((id) => ReasonSchema.options.flatMap((reason) => LANGS.map((lang) => [id, reason, lang] as const)));

  it.each(cases)('%s × %s (%s): a complete order leaves nothing to fill', (id, reason, lang) => {
    for (const order of [marketOrder, agentOrder]) {
      const d = renderDraft(id, lang, complete(order, caseOf(reason)));
      expect(d.missing).toEqual([]);
      expect(d.text).not.toMatch(PLACEHOLDER);
      expect(markersIn(d.text)).toEqual([]);
      expect(d.text).toContain(order.orderId);
    }
  });

  it.each(cases)('%s × %s (%s): a sparse order shows a marker for each value it lacks, and names it', (id, reason, lang) => {
    const d = renderDraft(id, lang, sparse(reason));
    expect(d.missing.length).toBeGreaterThan(0);
    expect(d.text).not.toMatch(PLACEHOLDER);
    const shown = new Set(markersIn(d.text));
    expect(shown).toEqual(new Set(d.missing.map((m) => `[${MARKERS[m][lang]}]`)));
  });

  it.each(RemedySchema.options)('remedy %s renders in both languages', (remedy) => {
    for (const lang of LANGS) {
      const d = renderDraft('marketplace_dispute', lang, complete(marketOrder, caseOf('damaged', { remedy })));
      expect(d.missing).toEqual([]);
      expect(d.text).toContain(REMEDY_TEXT[remedy][lang].replace('{claimAmount}', lang === 'zh' ? '¥20.00' : 'CN¥20.00'));
    }
  });

  it('names the missing values in English and in Chinese', () => {
    const en = renderDraft('seller_first', 'en', sparse('damaged'));
    const zh = renderDraft('seller_first', 'zh', sparse('damaged'));
    expect(en.missing).toEqual(['items', 'deliveredOn', 'deadline']);
    expect(en.text).toContain('It arrived damaged on [delivery date].');
    expect(zh.missing).toEqual(['items', 'deliveredOn']);
    expect(zh.text).toContain('[签收日期]签收的');
  });

  it('a partial refund with no amount set asks for one; other remedies ask back what was paid', () => {
    const partial = renderDraft('paypal_dispute', 'en', complete(marketOrder, caseOf('overcharged_shipping', { remedy: 'partial_refund', claim: undefined })));
    expect(partial.missing).toEqual(['claimAmount']);
    expect(partial.text).toContain('a partial refund of [amount to refund]');
    const full = renderDraft('paypal_dispute', 'en', complete(marketOrder, caseOf('damaged', { claim: undefined })));
    expect(full.text).toContain('I ask for a refund of CN¥79.80 under PayPal Buyer Protection.');
  });
});

describe('values from the order and the case', () => {
  it('the Taobao seller gets a short, polite message in a buyer’s words', () => {
    const d = renderDraft('seller_first', 'zh', complete(marketOrder, caseOf('damaged')));
    expect(d.text).toBe(
      '亲，您好！订单号4123456789012345678，买的是北欧风陶瓷马克杯 带盖勺（颜色分类:奶白色）×2。2026年3月5日签收的，拆开发现东西坏了，开箱视频和照片我都有。想申请退货退款，麻烦帮忙处理一下，谢谢！',
    );
  });

  it('the chargeback letter carries what issuers ask for', () => {
    const d = renderDraft('card_chargeback', 'en', complete(marketOrder, caseOf('not_received', { claim: undefined })));
    const lines = d.text.split('\n');
    expect(lines).toContain('Cardholder: Jane Doe');
    expect(lines).toContain('Transaction date: March 1, 2026');
    expect(lines).toContain('Amount: CN¥79.80');
    expect(lines).toContain('Merchant: Taobao (seller: 小米家居旗舰店), order 4123456789012345678');
    expect(lines).toContain('Reason for the dispute: The order was shipped on March 2, 2026 and has still not been delivered; the tracking shows no delivery.');
    expect(lines).toContain(
      'What I did to resolve it with the merchant: on March 5, 2026 I contacted the merchant and asked for a full refund. The matter has not been resolved.',
    );
    expect(lines).toContain('Enclosed: Unboxing (video); Dent on the lid (photo); chat log.');
    expect(lines.at(-1)).toBe('March 20, 2026');
  });

  it('a date-only date keeps the day it was read as; an instant shows in the user’s zone', () => {
    // Signed for on 5 March in China (date only, 00:00 CST = 4 March 16:00Z); paid 1 March 04:00Z = 28 Feb in Los Angeles.
    const ctx = { ...complete(marketOrder, caseOf('damaged')), userZone: 'America/Los_Angeles' };
    const d = renderDraft('paypal_dispute', 'en', ctx);
    expect(d.text).toContain('On February 28, 2026 I paid');
    expect(d.text).toContain('arrived damaged on March 5, 2026');
  });

  it('a deadline shows its last open minute, never the next day', () => {
    // Closes 11 March 00:00 CST: the last day is 10 March.
    const ctx = { ...complete(marketOrder, caseOf('damaged')), userZone: CN, deadline: '2026-03-10T16:00:00.000Z' };
    expect(renderDraft('seller_first', 'en', ctx).text).toMatch(/by March 10, 2026 at 11:59\sPM GMT\+8 how/);
    expect(renderDraft('agent_ticket', 'zh', ctx).text).toContain('申请期限到2026年3月10日');
  });

  it('English dates follow the user’s locale', () => {
    const ctx = { ...complete(marketOrder, caseOf('damaged')), dateLocale: 'en-GB' };
    expect(renderDraft('paypal_dispute', 'en', ctx).text).toContain('On 1 March 2026 I paid');
  });

  it('on an agent order, shipped and delivered mean the international parcel', () => {
    const d = renderDraft('agent_ticket', 'en', complete(agentOrder, caseOf('not_received')));
    expect(d.text).toContain('It shows as shipped on March 8, 2026');
    const damaged = renderDraft('agent_ticket', 'en', complete(agentOrder, caseOf('damaged')));
    expect(damaged.text).toContain('arrived damaged on March 18, 2026');
    const lost = renderDraft('consumer_complaint', 'zh', complete(agentOrder, caseOf('agent_lost_in_warehouse')));
    expect(lost.text).toContain('已于2026年3月5日由代购仓库签收');
    expect(lost.text).toContain('被投诉经营者：小米家居旗舰店（CNFans）');
  });

  it('“asked on” is the first contact: a sent message or ticket, or the refund request, not a PayPal dispute', () => {
    const first = sentDraftEntry({ id: 'd1', at: new Date('2026-03-03T09:00:00.000Z'), zone: 'Europe/London', channel: 'seller_chat', templateId: 'seller_first', lang: 'zh', text: '亲…' });
    const paypal = sentDraftEntry({ id: 'd0', at: new Date('2026-03-02T09:00:00.000Z'), zone: 'Europe/London', channel: 'paypal', templateId: 'paypal_dispute', lang: 'en', text: '…' });
    const withDraft = renderDraft('platform_escalation', 'en', complete(marketOrder, caseOf('seller_unresponsive', { timeline: [paypal, first] })));
    expect(withDraft.text).toContain('On March 3, 2026 I asked the seller');
    const onlyRequest = renderDraft('platform_escalation', 'en', complete(marketOrder, caseOf('seller_unresponsive', { timeline: [paypal] })));
    expect(onlyRequest.text).toContain('On March 5, 2026 I asked the seller');
  });

  it('the user’s correction of a captured date is what the draft says', () => {
    const c = caseOf('damaged');
    const timeline = editEntry(mergeTimeline(marketOrder, []), 'captured:signed_for:0', { at: '2026-03-06T10:00:00.000Z', dateOnly: false });
    expect(renderDraft('marketplace_dispute', 'en', complete(marketOrder, { ...c, timeline })).text).toContain('arrived damaged on March 6, 2026');
  });

  it('one item in scope: its own title and price; an item id that no longer matches is asked for, not guessed', () => {
    const two: DraftOrder = { ...marketOrder, items: [{ title: 'Other thing', quantity: 1 }, ...marketOrder.items] };
    const byId = renderDraft('paypal_dispute', 'en', complete(two, caseOf('damaged', { claim: undefined, scope: { kind: 'item', index: 0, itemId: '681234567890' } })));
    expect(byId.text).toContain('I paid CN¥79.80 with PayPal');
    expect(byId.text).toContain(': 北欧风陶瓷马克杯 带盖勺 (颜色分类:奶白色) ×2.');
    expect(byId.text).not.toContain('Other thing');
    const gone = renderDraft('paypal_dispute', 'en', complete(two, caseOf('damaged', { claim: undefined, scope: { kind: 'item', index: 0, itemId: '999999999' } })));
    expect(gone.missing).toEqual(['amount', 'items', 'claimAmount']);
  });

  it('a parcel case names the parcel', () => {
    const d = renderDraft('agent_ticket', 'zh', complete(agentOrder, caseOf('lost_in_transit', { scope: { kind: 'parcel', parcelId: 'PN2026031800' } })));
    expect(d.text).toContain('商品：包裹PN2026031800：北欧风陶瓷马克杯');
  });
});

describe('rendering is plain text', () => {
  const hostile: DraftOrder = {
    ...marketOrder,
    seller: { name: '{orderId} <img src=x onerror=alert(1)>' },
    items: [{ title: '<script>alert("x")</script> {reason} & more', sku: '{evidenceList}' }],
    tracking: [{ number: '{deadline}$&' }],
  };

  it.each(LANGS)('page strings come out verbatim and are never expanded (%s)', (lang) => {
    const ctx = { ...complete(hostile, caseOf('lost_in_transit')), evidence: [{ kind: 'photo' as const, caption: '{buyer} $1 <b>bold</b>' }] };
    for (const id of TEMPLATE_IDS) {
      const { text } = renderDraft(id, lang, ctx);
      if (TEMPLATES[id].text[lang].includes('{seller}')) expect(text, id).toContain('{orderId} <img src=x onerror=alert(1)>');
      expect(text, id).not.toContain('&lt;');
      expect(text, id).not.toContain('&amp;');
    }
    const ticket = renderDraft('agent_ticket', lang, ctx).text;
    expect(ticket).toContain('{orderId} <img src=x onerror=alert(1)>');
    expect(ticket).toContain('<script>alert("x")</script> {reason} & more');
    expect(ticket).toContain('{evidenceList}');
    expect(ticket).toContain('{deadline}$&');
    expect(ticket).toContain('{buyer} $1 <b>bold</b>');
    expect(ticket).not.toContain('Jane Doe');
  });

  it('a page string cannot add lines or reorder the letter', () => {
    const forged: DraftOrder = { ...marketOrder, seller: { name: 'Shop\n\nI withdraw this complaint.\r\n\u202Egnp.exe' } };
    const { text } = renderDraft('card_chargeback', 'en', complete(forged, caseOf('damaged')));
    expect(text.split('\n').filter((l) => l.startsWith('I withdraw'))).toEqual([]);
    expect(text).toContain('Merchant: Taobao (seller: Shop I withdraw this complaint. gnp.exe)');
    expect(text).not.toContain('\u202E');
  });
});

describe('templates are data', () => {
  const texts = [
    ...TEMPLATE_IDS.flatMap((id) => LANGS.map((l) => [`${id}.${l}`, TEMPLATES[id].text[l]] as const)),
    ...Object.entries(REASON_TEXT).flatMap(([reg, byReason]) => Object.entries(byReason).flatMap(([r, t]) => LANGS.map((l) => [`${reg}.${r}.${l}`, t[l]] as const))),
    ...Object.entries(REMEDY_TEXT).flatMap(([r, t]) => LANGS.map((l) => [`remedy.${r}.${l}`, t[l]] as const)),
  ];
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

  it('every placeholder is a known value or slot, and slots hold values only', () => {
    for (const [where, t] of texts) for (const n of names(t)) expect([...PLACEHOLDERS, 'reason', 'remedy'], where).toContain(n);
    for (const [where, t] of texts.filter(([w]) => !TEMPLATE_IDS.some((id) => w.startsWith(`${id}.`)))) {
      expect(names(t).filter((n) => n === 'reason' || n === 'remedy'), where).toEqual([]);
    }
    for (const id of TEMPLATE_IDS) for (const l of LANGS) expect(names(TEMPLATES[id].text[l]), `${id}.${l}`).toEqual(expect.arrayContaining(['reason', 'remedy']));
  });

  it('every value placeholder is used somewhere', () => {
    const used = new Set(texts.flatMap(([, t]) => names(t)));
    expect(PLACEHOLDERS.filter((p) => !used.has(p))).toEqual([]);
  });

  it('no square brackets in the data: they mark what the user must fill', () => {
    for (const [where, t] of texts) expect(t, where).not.toMatch(/[[\]]/);
  });

  it('Chinese texts are Chinese and English texts English', () => {
    for (const [where, t] of texts) {
      const words = t.replace(/\{\w+\}/g, '').replace(/PayPal/g, '');
      if (where.endsWith('.zh')) expect(words, where).not.toMatch(/[A-Za-z]{3,}/);
      else expect(words, where).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('every channel offers a draft; PayPal both the dispute and the claim', () => {
    for (const c of ChannelSchema.options) expect(templatesFor(c).length, c).toBeGreaterThan(0);
    expect(templatesFor('paypal')).toEqual(['paypal_dispute', 'paypal_claim']);
    expect(templatesFor('marketplace_dispute')).toEqual(['marketplace_dispute', 'platform_escalation']);
  });
});
