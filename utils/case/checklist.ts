import type { EvidenceKind } from '../evidence/schema';
import type { Source } from '../model';
import { ruleById } from '../rules/index';
import { EVIDENCE_ITEMS, type EvidenceItemDef, type EvidenceItemId } from './evidence-items';
import { ChannelSchema, type Channel, type Reason, type Text } from './schema';

/**
 * The evidence checklist of a case: what a reason needs (the proof of the problem itself) plus what
 * the channel needs (the proof of the transaction and of what was tried before). Both are tables of
 * rows over the shared items (evidence-items.ts); a row can be limited to some channels, and when
 * two rows name one item the stronger need wins.
 */

type Need = 'required' | 'recommended';

interface Row {
  item: EvidenceItemId;
  need: Need;
  /** Only on these channels; every channel when absent. */
  on?: readonly Channel[];
}

const req = (item: EvidenceItemId, on?: readonly Channel[]): Row => ({ item, need: 'required', on });
const rec = (item: EvidenceItemId, on?: readonly Channel[]): Row => ({ item, need: 'recommended', on });

/** Every channel past the first message: there the seller's silence or refusal is itself the evidence. */
const ESCALATIONS = ChannelSchema.options.filter((c) => c !== 'seller_chat');
const AGENT = ['agent_after_sales'] as const;

const BY_REASON: Record<Reason, readonly Row[]> = {
  not_received: [req('tracking_history'), rec('promised_delivery'), req('promised_delivery', ['card_issuer'])],
  lost_in_transit: [req('tracking_history'), rec('loss_confirmation'), req('loss_confirmation', AGENT)],
  customs_held: [req('customs_notice'), req('tracking_history'), rec('declared_value'), rec('duties_receipt')],
  damaged: [req('defect_photos'), req('parcel_exterior'), rec('unboxing_video'), req('unboxing_video', AGENT), rec('shipping_label'), req('qc_vs_received', AGENT)],
  not_as_described: [req('listing_page'), req('comparison_photos'), rec('defect_photos'), rec('unboxing_video'), rec('qc_vs_received', AGENT)],
  wrong_item: [req('listing_page'), req('comparison_photos'), rec('unboxing_video'), rec('shipping_label'), req('qc_vs_received', AGENT)],
  wrong_size_colour: [req('listing_page'), req('size_tag_photo'), rec('comparison_photos'), rec('qc_vs_received', AGENT)],
  counterfeit: [req('listing_page'), req('authenticity_evidence'), rec('comparison_photos')],
  missing_parts: [req('contents_inventory'), req('listing_page'), req('unboxing_video'), rec('shipping_label'), rec('parcel_weight'), rec('qc_vs_received', AGENT)],
  seller_unresponsive: [req('seller_contact', ESCALATIONS)],
  refund_not_received: [req('refund_confirmation'), req('bank_statement_no_credit'), req('agent_balance', AGENT)],
  return_not_accepted: [req('return_agreement'), req('return_tracking')],
  agent_qc_mismatch: [req('qc_photos'), req('qc_vs_listing'), req('listing_page')],
  agent_lost_in_warehouse: [req('warehouse_status'), req('domestic_tracking')],
  overcharged_shipping: [req('shipping_quote'), req('shipping_charge'), rec('parcel_weight')],
};

const BY_CHANNEL: Record<Channel, readonly Row[]> = {
  seller_chat: [rec('order_record')],
  // The platform sees its own chat, but a dispute form only shows what is attached to it.
  marketplace_dispute: [rec('order_record'), rec('seller_contact')],
  agent_after_sales: [req('order_record')],
  paypal: [req('payment_proof'), req('order_record'), req('seller_contact')],
  card_issuer: [req('statement_line'), req('order_record'), req('seller_contact'), rec('payment_proof'), rec('dispute_record')],
  consumer_body: [req('business_identity'), req('order_record'), req('payment_proof'), req('seller_contact'), rec('dispute_record')],
};

export interface ChecklistItem {
  id: EvidenceItemId;
  what: Text;
  /** Why this channel wants it. */
  why: Text;
  kinds: readonly EvidenceKind[];
  required: boolean;
  sources: readonly Source[];
}

function sourcesOf(def: EvidenceItemDef): Source[] {
  const all = [...(def.sources ?? []), ...(def.rules ?? []).flatMap((id) => ruleById.get(id)?.sources ?? [])];
  // Several rules share a source (the Quavo mirror backs every Visa and Mastercard window).
  return all.filter((s, i) => all.findIndex((t) => t.title === s.title) === i);
}

/** The checklist for a reason on a channel: required items first, then recommended, each once. */
export function checklistFor(reason: Reason, channel: Channel): ChecklistItem[] {
  const needs = new Map<EvidenceItemId, Need>();
  for (const row of [...BY_REASON[reason], ...BY_CHANNEL[channel]]) {
    if (row.on && !row.on.includes(channel)) continue;
    if (needs.get(row.item) !== 'required') needs.set(row.item, row.need);
  }
  const items = [...needs].map(([id, need]): ChecklistItem => {
    const def: EvidenceItemDef = EVIDENCE_ITEMS[id];
    return { id, what: def.what, why: def.why[channel] ?? def.why.default, kinds: def.kinds, required: need === 'required', sources: sourcesOf(def) };
  });
  return [...items.filter((i) => i.required), ...items.filter((i) => !i.required)];
}

/** An attached piece of evidence, as far as the checklist cares (an `EvidenceRecord` of utils/evidence fits). */
export interface EvidenceRef {
  id: string;
  kind: EvidenceKind;
  /**
   * The checklist items the user attached it for. Absent: it counts for every item that accepts
   * its kind. Present (even empty): only for the items named, so unticking an item sticks.
   */
  fulfils?: readonly string[] | undefined;
}

export interface ItemProgress {
  item: ChecklistItem;
  done: boolean;
  /** Ids of the evidence that ticks it. */
  evidence: string[];
}

export interface Count {
  done: number;
  total: number;
}

export interface ChecklistProgress {
  items: ItemProgress[];
  required: Count;
  all: Count;
}

const counts = (items: ItemProgress[]): Count => ({ done: items.filter((i) => i.done).length, total: items.length });

/** Which checklist items the attached evidence ticks, and how far along the case is. */
export function checklistProgress(items: readonly ChecklistItem[], evidence: readonly EvidenceRef[]): ChecklistProgress {
  const progress = items.map((item): ItemProgress => {
    const by = evidence.filter((e) => (e.fulfils ? e.fulfils.includes(item.id) : item.kinds.includes(e.kind))).map((e) => e.id);
    return { item, done: by.length > 0, evidence: by };
  });
  return { items: progress, required: counts(progress.filter((p) => p.item.required)), all: counts(progress) };
}
