import { describe, expect, it } from 'vitest';
import { EvidenceKindSchema, type EvidenceRecord } from '../evidence/schema';
import { ruleById } from '../rules/index';
import { checklistFor, checklistProgress, type ChecklistItem, type EvidenceRef } from './checklist';
import { EVIDENCE_ITEMS, type EvidenceItemId } from './evidence-items';
import { ChannelSchema, ReasonSchema } from './schema';

const pairs = ReasonSchema.options.flatMap((reason) => ChannelSchema.options.map((channel) => [reason, channel] as const));
const ids = (items: ChecklistItem[]) => items.map((i) => i.id);
const need = (items: ChecklistItem[], id: EvidenceItemId) => {
  const item = items.find((i) => i.id === id);
  return item ? (item.required ? 'required' : 'recommended') : 'absent';
};

describe('every reason × channel has a checklist', () => {
  it.each(pairs)('%s × %s: non-empty, each item once, in both languages, with accepted kinds', (reason, channel) => {
    const items = checklistFor(reason, channel);
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(ids(items)).size).toBe(items.length);
    for (const i of items) {
      for (const t of [i.what, i.why]) {
        expect(t.en.trim(), i.id).not.toBe('');
        expect(t.zh.trim(), i.id).not.toBe('');
        // A Chinese text left in English would show as English to a Chinese reader.
        expect(t.zh, i.id).toMatch(/\p{Script=Han}/u);
      }
      expect(i.kinds.length, i.id).toBeGreaterThan(0);
      for (const k of i.kinds) expect(EvidenceKindSchema.options).toContain(k);
    }
  });

  it.each(pairs)('%s × %s: required items come first', (reason, channel) => {
    const flags = checklistFor(reason, channel).map((i) => i.required);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
  });

  it('every catalogue item is asked for somewhere (no unused evidence)', () => {
    const used = new Set(pairs.flatMap(([r, c]) => ids(checklistFor(r, c))));
    expect(Object.keys(EVIDENCE_ITEMS).filter((id) => !used.has(id as EvidenceItemId))).toEqual([]);
  });

  it('every cited rule exists, so its sources reach the item', () => {
    for (const [id, def] of Object.entries(EVIDENCE_ITEMS)) {
      for (const rule of 'rules' in def ? def.rules : []) expect(ruleById.has(rule), `${id} cites ${rule}`).toBe(true);
    }
  });

  it('items cite their sources: rules’ sources resolved, own sources kept, each once', () => {
    const items = checklistFor('not_received', 'card_issuer');
    const promised = items.find((i) => i.id === 'promised_delivery')!;
    const titles = promised.sources.map((s) => s.title);
    expect(titles.some((t) => t.startsWith('Visa and Mastercard dispute conditions'))).toBe(true);
    expect(new Set(titles).size).toBe(titles.length);
    const fromResearch = checklistFor('damaged', 'seller_chat').find((i) => i.id === 'defect_photos')!;
    expect(fromResearch.sources.map((s) => s.url)).toContain('https://allchinabuysheetnew.com/Articles/1085.html');
  });
});

describe('the checklist follows the research', () => {
  it('an agent’s damage claim asks for the unboxing video and the QC photos beside what arrived', () => {
    const agent = checklistFor('damaged', 'agent_after_sales');
    expect([need(agent, 'unboxing_video'), need(agent, 'qc_vs_received'), need(agent, 'parcel_exterior')]).toEqual(['required', 'required', 'required']);
    const seller = checklistFor('damaged', 'seller_chat');
    expect([need(seller, 'unboxing_video'), need(seller, 'qc_vs_received')]).toEqual(['recommended', 'absent']);
  });

  it('a refund that never arrived: the bank wants the statement line and the statement without the credit', () => {
    const card = checklistFor('refund_not_received', 'card_issuer');
    expect([need(card, 'statement_line'), need(card, 'bank_statement_no_credit'), need(card, 'refund_confirmation'), need(card, 'seller_contact')]).toEqual([
      'required',
      'required',
      'required',
      'required',
    ]);
    expect(need(checklistFor('refund_not_received', 'agent_after_sales'), 'agent_balance')).toBe('required');
    expect(need(card, 'agent_balance')).toBe('absent');
  });

  it('a promised delivery date matters most to the card networks', () => {
    expect(need(checklistFor('not_received', 'card_issuer'), 'promised_delivery')).toBe('required');
    expect(need(checklistFor('not_received', 'paypal'), 'promised_delivery')).toBe('recommended');
  });

  it('no chat log is asked for in the chat itself, but every escalation wants it', () => {
    expect(need(checklistFor('seller_unresponsive', 'seller_chat'), 'seller_contact')).toBe('absent');
    for (const c of ['paypal', 'card_issuer', 'consumer_body', 'agent_after_sales', 'marketplace_dispute'] as const) {
      expect(need(checklistFor('seller_unresponsive', c), 'seller_contact'), c).toBe('required');
    }
  });

  it('a consumer body needs the business’s identity; QC mismatch needs the QC photos', () => {
    for (const r of ReasonSchema.options) expect(need(checklistFor(r, 'consumer_body'), 'business_identity'), r).toBe('required');
    expect(ids(checklistFor('agent_qc_mismatch', 'agent_after_sales')).slice(0, 3)).toEqual(['qc_photos', 'qc_vs_listing', 'listing_page']);
  });

  it('says why this channel wants it, where the channel has its own reason', () => {
    const card = checklistFor('damaged', 'card_issuer').find((i) => i.id === 'seller_contact')!;
    const market = checklistFor('damaged', 'marketplace_dispute').find((i) => i.id === 'seller_contact')!;
    expect(card.why).toEqual(EVIDENCE_ITEMS.seller_contact.why.card_issuer);
    expect(market.why).toEqual(EVIDENCE_ITEMS.seller_contact.why.marketplace_dispute);
    expect(card.why.en).not.toBe(market.why.en);
  });
});

describe('checklist progress', () => {
  const items = checklistFor('damaged', 'seller_chat');

  it('the shape under test', () => {
    expect(items.map((i) => [i.id, i.required])).toEqual([
      ['defect_photos', true],
      ['parcel_exterior', true],
      ['unboxing_video', false],
      ['shipping_label', false],
      ['order_record', false],
    ]);
  });

  it('nothing attached: nothing done', () => {
    const p = checklistProgress(items, []);
    expect([p.required, p.all]).toEqual([
      { done: 0, total: 2 },
      { done: 0, total: 5 },
    ]);
  });

  it('evidence without a choice of items ticks every item that accepts its kind', () => {
    const p = checklistProgress(items, [{ id: 'e1', kind: 'photo' }]);
    expect(p.items.filter((i) => i.done).map((i) => i.item.id)).toEqual(['defect_photos', 'parcel_exterior', 'shipping_label']);
    expect([p.required, p.all]).toEqual([
      { done: 2, total: 2 },
      { done: 3, total: 5 },
    ]);
  });

  it('evidence attached for named items ticks only those, whatever its kind', () => {
    const evidence: EvidenceRef[] = [
      { id: 'e1', kind: 'photo', fulfils: ['parcel_exterior'] },
      { id: 'e2', kind: 'document', fulfils: ['unboxing_video'] },
    ];
    const p = checklistProgress(items, evidence);
    expect(p.items.filter((i) => i.done).map((i) => [i.item.id, i.evidence])).toEqual([
      ['parcel_exterior', ['e1']],
      ['unboxing_video', ['e2']],
    ]);
    expect([p.required, p.all]).toEqual([
      { done: 1, total: 2 },
      { done: 2, total: 5 },
    ]);
  });

  it('an empty choice ticks nothing: the user unticked it', () => {
    expect(checklistProgress(items, [{ id: 'e1', kind: 'photo', fulfils: [] }]).all.done).toBe(0);
  });

  it('takes the evidence store’s records as they are', () => {
    const record: EvidenceRecord = {
      id: 'ev-1',
      caseId: 'case-1',
      kind: 'video',
      mime: 'video/mp4',
      size: 1,
      sha256: 'a'.repeat(64),
      source: { type: 'file', name: 'unboxing.mp4' },
      capturedAt: '2026-03-06T00:00:00.000Z',
      fulfils: ['unboxing_video'],
    };
    expect(checklistProgress(items, [record]).items.filter((i) => i.done).map((i) => i.item.id)).toEqual(['unboxing_video']);
  });

  it('lists every piece of evidence that ticks an item', () => {
    const p = checklistProgress(items, [
      { id: 'a', kind: 'video' },
      { id: 'b', kind: 'photo', fulfils: ['unboxing_video'] },
    ]);
    expect(p.items.find((i) => i.item.id === 'unboxing_video')!.evidence).toEqual(['a', 'b']);
    expect(p.items.find((i) => i.item.id === 'defect_photos')!.evidence).toEqual(['a']);
  });
});
