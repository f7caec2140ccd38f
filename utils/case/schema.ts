import { z } from 'zod';
import type { EvidenceKind } from '../evidence/schema';
import { EventKindSchema, InstantSchema, OrderIdSchema, SiteIdSchema } from '../model';
import type { Rung, TextSchema } from '../rules/types';

/**
 * A dispute case (issue 8): what went wrong with an order, what the shopper asks for, where they are
 * asking, and the dated story so far. Stored in the `cases` store (db/schema.ts, version 5).
 *
 * The case keeps no "stage": the engine derives the stages from the order's events
 * (rules/stages.ts), so a stored stage could only drift from them.
 */

export type Text = z.infer<typeof TextSchema>;
export type TextLang = keyof Text;

export const ReasonSchema = z.enum([
  /** Not received, or late beyond the promised delivery. */
  'not_received',
  'lost_in_transit',
  /** Held by customs, or duties the buyer disputes. */
  'customs_held',
  'damaged',
  'not_as_described',
  'wrong_item',
  'wrong_size_colour',
  'counterfeit',
  'missing_parts',
  'seller_unresponsive',
  'refund_not_received',
  'return_not_accepted',
  /** The agent's QC photos show an item that does not match the listing. */
  'agent_qc_mismatch',
  /** The warehouse signed for the seller's parcel but cannot find the item. */
  'agent_lost_in_warehouse',
  'overcharged_shipping',
]);
export type Reason = z.infer<typeof ReasonSchema>;

export const RemedySchema = z.enum(['refund_only', 'return_refund', 'replacement', 'partial_refund', 'reship']);
export type Remedy = z.infer<typeof RemedySchema>;

/** Where the shopper is asking: each sits on one rung of the escalation ladder (rules/types.ts `Rung`). */
export const ChannelSchema = z.enum(['seller_chat', 'marketplace_dispute', 'agent_after_sales', 'paypal', 'card_issuer', 'consumer_body']);
export type Channel = z.infer<typeof ChannelSchema>;

export interface ReasonInfo {
  name: Text;
  /** Only an order bought through a shopping agent has a warehouse. */
  agentOnly: boolean;
  /** What a case for this reason asks for unless the shopper picks otherwise. */
  remedy: Remedy;
}

export const REASONS: Record<Reason, ReasonInfo> = {
  not_received: { name: { en: 'Not received or delayed', zh: '未收到货或延迟' }, agentOnly: false, remedy: 'refund_only' },
  lost_in_transit: { name: { en: 'Lost in transit', zh: '运输途中丢件' }, agentOnly: false, remedy: 'refund_only' },
  customs_held: { name: { en: 'Held by customs or duties dispute', zh: '海关扣件或关税争议' }, agentOnly: false, remedy: 'refund_only' },
  damaged: { name: { en: 'Arrived damaged', zh: '商品破损' }, agentOnly: false, remedy: 'return_refund' },
  not_as_described: { name: { en: 'Not as described', zh: '与描述不符' }, agentOnly: false, remedy: 'return_refund' },
  wrong_item: { name: { en: 'Wrong item', zh: '发错货' }, agentOnly: false, remedy: 'return_refund' },
  wrong_size_colour: { name: { en: 'Wrong size or colour', zh: '尺码或颜色不符' }, agentOnly: false, remedy: 'replacement' },
  counterfeit: { name: { en: 'Counterfeit', zh: '假冒商品' }, agentOnly: false, remedy: 'return_refund' },
  missing_parts: { name: { en: 'Missing parts or items', zh: '缺件少件' }, agentOnly: false, remedy: 'reship' },
  seller_unresponsive: { name: { en: 'Seller does not answer', zh: '卖家不回复' }, agentOnly: false, remedy: 'refund_only' },
  refund_not_received: { name: { en: 'Refund not received', zh: '退款未到账' }, agentOnly: false, remedy: 'refund_only' },
  return_not_accepted: { name: { en: 'Return not accepted', zh: '退货未被签收或处理' }, agentOnly: false, remedy: 'refund_only' },
  agent_qc_mismatch: { name: { en: 'QC photos do not match the listing', zh: '质检照片与商品不符' }, agentOnly: true, remedy: 'return_refund' },
  agent_lost_in_warehouse: { name: { en: 'Lost in the agent’s warehouse', zh: '代购仓库丢件' }, agentOnly: true, remedy: 'refund_only' },
  overcharged_shipping: { name: { en: 'Overcharged for shipping', zh: '运费多收' }, agentOnly: false, remedy: 'partial_refund' },
};

export const REMEDIES: Record<Remedy, { name: Text }> = {
  refund_only: { name: { en: 'Refund only', zh: '仅退款' } },
  return_refund: { name: { en: 'Return and refund', zh: '退货退款' } },
  replacement: { name: { en: 'Replacement', zh: '换货' } },
  partial_refund: { name: { en: 'Partial refund', zh: '部分退款' } },
  reship: { name: { en: 'Send it again', zh: '补发' } },
};

export const CHANNELS: Record<Channel, { name: Text; rung: Rung }> = {
  seller_chat: { name: { en: 'Message the seller', zh: '联系卖家' }, rung: 'seller' },
  marketplace_dispute: { name: { en: 'Marketplace dispute', zh: '平台退款/纠纷' }, rung: 'platform' },
  agent_after_sales: { name: { en: 'Agent after-sales', zh: '代购售后' }, rung: 'agent' },
  paypal: { name: { en: 'PayPal dispute', zh: 'PayPal 争议' }, rung: 'payment' },
  card_issuer: { name: { en: 'Card chargeback', zh: '信用卡拒付' }, rung: 'payment' },
  consumer_body: { name: { en: 'Consumer body', zh: '消费者投诉' }, rung: 'consumer_body' },
};

/** Evidence kinds (utils/evidence/schema.ts) as drafts name them in a list of enclosures. */
export const EVIDENCE_KINDS: Record<EvidenceKind, { name: Text }> = {
  photo: { name: { en: 'photo', zh: '照片' } },
  video: { name: { en: 'video', zh: '视频' } },
  screenshot: { name: { en: 'screenshot', zh: '截图' } },
  chat_log: { name: { en: 'chat log', zh: '聊天记录' } },
  tracking: { name: { en: 'tracking', zh: '物流记录' } },
  receipt: { name: { en: 'receipt', zh: '收据' } },
  document: { name: { en: 'document', zh: '文件' } },
  qc_photo: { name: { en: 'QC photo', zh: '质检照片' } },
};

/**
 * What the case is about. One item is found by its id (the listing's product id, or on an agent
 * order the marketplace item id) when known, because a re-read may list items in another order;
 * the index is the fallback.
 */
export const CaseScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('order') }),
  z.object({ kind: z.literal('item'), index: z.number().int().nonnegative().max(499), itemId: z.string().min(1).max(100).optional() }),
  z.object({ kind: z.literal('parcel'), parcelId: OrderIdSchema }),
]);
export type CaseScope = z.infer<typeof CaseScopeSchema>;

const TimelineBase = {
  /** Captured entries: `captured:<kind>:<n>`, the n-th event of that kind by time, so a re-merge finds them again. */
  id: z.string().min(1).max(200),
  at: InstantSchema,
  /** A date without a time: `at` is the first instant of that day in `zone`, and shows as that date. */
  dateOnly: z.boolean(),
  zone: z.string().min(1).max(64),
  text: z.string().max(20_000),
  /** The user changed it; a re-merge keeps it as they left it. */
  edited: z.boolean(),
};

export const TimelineEntrySchema = z.discriminatedUnion('origin', [
  z.object({
    ...TimelineBase,
    origin: z.literal('captured'),
    kind: EventKindSchema,
    /** The user removed it: kept as a tombstone so the next merge does not bring it back. */
    removed: z.boolean().optional(),
  }),
  z.object({ ...TimelineBase, origin: z.literal('user'), kind: z.union([EventKindSchema, z.literal('note')]) }),
  z.object({
    ...TimelineBase,
    origin: z.literal('draft'),
    kind: z.literal('draft_sent'),
    channel: ChannelSchema,
    /** The template the text came from (templates.ts); the text is what the user actually sent. */
    templateId: z.string().min(1).max(80),
    lang: z.enum(['en', 'zh']),
  }),
]);
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const ClaimAmountSchema = z.object({
  amount: z.number().finite().positive(),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
});
export type ClaimAmount = z.infer<typeof ClaimAmountSchema>;

export const CaseSchema = z.object({
  id: z.string().min(1).max(100),
  site: SiteIdSchema,
  orderId: OrderIdSchema,
  scope: CaseScopeSchema,
  reason: ReasonSchema,
  remedy: RemedySchema,
  /** Where the shopper is asking now. */
  channel: ChannelSchema,
  /** The amount asked back when it is not what the scope cost: a partial refund needs it. */
  claim: ClaimAmountSchema.optional(),
  notes: z.string().max(20_000),
  timeline: z.array(TimelineEntrySchema).max(1000),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type Case = z.infer<typeof CaseSchema>;
