import { z } from 'zod';

/**
 * The domain model. Every boundary (content script → background, database, import) validates
 * against these schemas; every type in the app is inferred from them.
 *
 * Instants are ISO-8601 strings in UTC (`…Z`): they sort as text, survive JSON and IndexedDB
 * unchanged, and never carry a hidden local zone.
 */

export const InstantSchema = z.iso.datetime({ offset: false });
export type Instant = z.infer<typeof InstantSchema>;

/** Marketplaces: the sellers' own sites. Their rules are the site's (utils/rules/<site>.ts). */
export const MarketSiteSchema = z.enum(['aliexpress', 'taobao', 'tmall', '1688', 'weidian']);
export type MarketSite = z.infer<typeof MarketSiteSchema>;

/** The Chinese marketplaces shopping agents buy from. */
export const AgentSourceSchema = z.enum(['taobao', 'tmall', '1688', 'weidian']);
export type AgentSource = z.infer<typeof AgentSourceSchema>;

/**
 * Shopping-agent brands whose pages we read (agents.md). Brands of one platform family share a
 * parser (utils/sites/<family>.ts) but stay separate sites: their order numbers are their own.
 */
export const AgentSiteSchema = z.enum(['cnfans', 'mulebuy', 'orientdig', 'joyabuy', 'superbuy', 'allchinabuy', 'wegobuy', 'cssbuy', 'sugargoo', 'hoobuy', 'kakobuy', 'acbuy']);
export type AgentSite = z.infer<typeof AgentSiteSchema>;

/** Every site we read: the key of an order, with its order number. */
export const SiteIdSchema = z.enum([...MarketSiteSchema.options, ...AgentSiteSchema.options]);
export type SiteId = z.infer<typeof SiteIdSchema>;

const AGENT_SITES: ReadonlySet<string> = new Set(AgentSiteSchema.options);
export const isAgentSite = (site: SiteId): site is AgentSite => AGENT_SITES.has(site);

/** Normalised order status; the page's own words are kept beside it in `statusText`. */
export const OrderStatusSchema = z.enum([
  'unpaid',
  'awaiting_shipment',
  'partially_shipped',
  'shipped',
  'delivered',
  'completed',
  'in_dispute',
  'refunded',
  'cancelled',
  'unknown',
]);
export type OrderStatus = z.infer<typeof OrderStatusSchema>;

/**
 * Dated facts about one order (`../shared/research/rules.md` §1). Deadline rules count from these.
 * `seller_shipped` means every item has shipped; a partial shipment is its own event.
 */
export const EventKindSchema = z.enum([
  'ordered',
  'paid',
  'seller_shipped_partial',
  'seller_shipped',
  /**
   * The marketplace parcel was signed for. On an order bought through a shopping agent this is the
   * agent's warehouse signing for the seller's parcel, not the buyer: the marketplace's 7-day window
   * (`tb.7day.window`) counts from it (rules.md §4), days before the item is "Stored in Warehouse".
   */
  'signed_for',
  'warehouse_stored',
  'qc_done',
  'completed',
  'dispute_opened',
  'seller_responded',
  'seller_offer_made',
  'return_agreed',
  'return_shipped',
  /** The seller signed for the returned parcel: the national 7-day refund clock starts (rules.md §3 `tb.7day.refund`). */
  'return_signed_by_seller',
  'platform_intervened',
  /** The seller, platform or agent approved a refund; the money has not necessarily moved yet (rules.md §1). */
  'refund_approved',
  'refund_issued',
  /** The agent quoted the international shipping fee and awaits payment ("int'l shipping fee unpaid"): the parcel-storage clock starts (rules.md §4 `cnf.parcel.storage`). */
  'intl_fee_quoted',
  'intl_shipped',
  'intl_delivered',
  /**
   * PayPal's own case, opened in its Resolution Center: not a marketplace refund request
   * (`dispute_opened`). Its clocks (rules.md §5) count from these, never from the marketplace's.
   */
  'paypal_dispute_opened',
  'paypal_offer_made',
  /** The PayPal dispute escalated to a claim. */
  'paypal_claim_opened',
  /** A complaint filed with the market regulator (12315): the acceptance clock starts (rules.md §8). */
  'complaint_submitted',
  /** The regulator accepted the complaint: the mediation clock starts (rules.md §8 `cn.12315.mediation`). */
  'complaint_accepted',
]);
export type EventKind = z.infer<typeof EventKindSchema>;

export const OrderEventSchema = z.object({
  kind: EventKindSchema,
  /** The instant, or for a date-only value the first instant of that day in `zone`. */
  at: InstantSchema,
  /** True when the page gave only a date: rules then count from the start of that day (the earlier, safer reading). */
  dateOnly: z.boolean(),
  /** IANA zone the page's clock was read in. */
  zone: z.string().min(1).max(64),
  /** The page's own words for the date, kept for the user and for bug reports. */
  text: z.string().max(200).optional(),
});
export type OrderEvent = z.infer<typeof OrderEventSchema>;

export const MoneySchema = z.object({
  /** Amount in major units (12.34), as the page showed it. */
  amount: z.number().finite().nonnegative(),
  /** ISO 4217 code when the page's symbol identifies one, else null (unknown, not guessed). */
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  text: z.string().max(100),
});
export type Money = z.infer<typeof MoneySchema>;

const HttpUrlSchema = z.url({ protocol: /^https?$/ }).max(2048);

export const SellerSchema = z.object({
  name: z.string().min(1).max(300),
  id: z.string().max(100).optional(),
  url: HttpUrlSchema.optional(),
});
export type Seller = z.infer<typeof SellerSchema>;

/** The marketplace listing an agent bought an item from ("item.htm?id=…", "itemID=", "/offer/…"). */
export const MarketplaceItemSchema = z.object({
  site: AgentSourceSchema,
  itemId: z.string().regex(/^\d{4,25}$/),
});
export type MarketplaceItem = z.infer<typeof MarketplaceItemSchema>;

/** A quality-control photo the agent's warehouse took, as the page links it. */
export const QcPhotoSchema = z.object({
  url: HttpUrlSchema,
  /** When we first saw it on the page. */
  seenAt: InstantSchema,
});
export type QcPhoto = z.infer<typeof QcPhotoSchema>;

export const OrderItemSchema = z.object({
  title: z.string().min(1).max(1000),
  sku: z.string().max(500).optional(),
  quantity: z.number().int().positive().max(1_000_000).optional(),
  unitPrice: MoneySchema.optional(),
  imageUrl: HttpUrlSchema.optional(),
  url: HttpUrlSchema.optional(),
  productId: z.string().max(100).optional(),
  /** On an agent order: the marketplace listing the agent bought it from. */
  marketplace: MarketplaceItemSchema.optional(),
  /** On an agent order: the warehouse's QC photos of this item. */
  qcPhotos: z.array(QcPhotoSchema).max(100).optional(),
});
export type OrderItem = z.infer<typeof OrderItemSchema>;

export const TrackingSchema = z.object({
  number: z.string().min(3).max(80),
  carrier: z.string().max(200).optional(),
});
export type Tracking = z.infer<typeof TrackingSchema>;

/** A deadline the page itself shows (a countdown or a dated promise): it wins over our computation. */
export const PageDeadlineSchema = z.object({
  ruleId: z.string().min(1).max(80),
  due: InstantSchema,
  text: z.string().max(300),
});
export type PageDeadline = z.infer<typeof PageDeadlineSchema>;

export const PaymentChannelSchema = z.enum(['paypal', 'card', 'alipay', 'site_balance', 'other']);
export type PaymentChannel = z.infer<typeof PaymentChannelSchema>;

export const CardNetworkSchema = z.enum(['visa', 'mastercard', 'amex', 'unionpay']);
export type CardNetwork = z.infer<typeof CardNetworkSchema>;

/** How the buyer paid: decides which payment-channel rules (PayPal, a card network) apply beside the site's. */
export const PaymentSchema = z.object({
  channel: PaymentChannelSchema,
  /** The card's network, when the page names it; absent means unknown, never guessed. */
  network: CardNetworkSchema.optional(),
});
export type Payment = z.infer<typeof PaymentSchema>;

/**
 * Shopping-agent platform families (rules.md §4, agents.md §0.1): brands that share one software and
 * one policy text. 'template' = the small agents that copy the 120-hour wording (HubbuyCN, Ponybuy,
 * Alvinclub, Hippoobuy, CNstorm); 'generic' = agents without an official policy page found (Kakobuy,
 * Hoobuy, Sugargoo, ACBuy and others).
 */
export const AgentFamilySchema = z.enum(['cnfans', 'superbuy', 'cssbuy', 'template', 'generic']);
export type AgentFamily = z.infer<typeof AgentFamilySchema>;

/** The shopping agent an order was bought through: its family decides the agent's clocks. */
export const AgentSchema = z.object({
  family: AgentFamilySchema,
  /** The agent's own host (mulebuy.com), to name it; the rules depend only on the family. */
  host: z.string().min(1).max(100).optional(),
});
export type Agent = z.infer<typeof AgentSchema>;

/** Where the consumer's statutory withdrawal right comes from (rules.md §7); absent = unknown, none shown. */
export const ConsumerRegionSchema = z.enum(['eu', 'uk']);
export type ConsumerRegion = z.infer<typeof ConsumerRegionSchema>;

/** A site's order number: digits or letters, as text (19-digit ids do not fit a JavaScript number). */
export const OrderIdSchema = z.string().regex(/^[0-9A-Za-z_-]{4,40}$/);

/** What one page read yields. Optional fields absent here are named in `missing`. */
export const OrderReadSchema = z.object({
  site: SiteIdSchema,
  orderId: OrderIdSchema,
  url: HttpUrlSchema,
  seller: SellerSchema.optional(),
  items: z.array(OrderItemSchema).max(500),
  total: MoneySchema.optional(),
  status: OrderStatusSchema,
  statusText: z.string().max(200).optional(),
  events: z.array(OrderEventSchema).max(100),
  tracking: z.array(TrackingSchema).max(50),
  /** Days of buyer protection the page promises, counted from shipment ("not received in 60 days"). */
  protectionDays: z.number().int().positive().max(365).optional(),
  pageDeadlines: z.array(PageDeadlineSchema).max(50),
  payment: PaymentSchema.optional(),
  /**
   * Bought through a shopping agent: the marketplace order (site, seller, events) is the agent's
   * purchase on the buyer's behalf; the agent's own clocks apply beside the marketplace's.
   */
  agent: AgentSchema.optional(),
  /**
   * On an agent order: the marketplace the agent bought from (its rules apply, counted from the
   * warehouse's sign-for) and, when the page shows it, the agent's order number there.
   */
  marketplace: z.object({ site: AgentSourceSchema, orderId: OrderIdSchema.optional() }).optional(),
  /** On an agent order: the agent's parcels that hold it (international shipping). */
  parcelIds: z.array(OrderIdSchema).max(20).optional(),
  /** The consumer's region for statutory withdrawal rights (EU/UK); absent means unknown: no statutory rules. */
  consumerRegion: ConsumerRegionSchema.optional(),
  /** Field names the page did not yield (the layout may have changed). */
  missing: z.array(z.string().max(80)).max(50),
});
export type OrderRead = z.infer<typeof OrderReadSchema>;

const RuleIdSchema = z.string().regex(/^[a-z0-9]+(\.[a-z0-9_]+)+$/).max(80);

export const DurationOverrideSchema = z.object({
  amount: z.number().positive().max(3650),
  unit: z.enum(['days', 'hours']),
});
export type DurationOverride = z.infer<typeof DurationOverrideSchema>;

/**
 * What the user set by hand on one order: an event date the page got wrong or never showed, a
 * rule's length for this order (a seller who granted an extension). Page reads never touch these.
 */
export const OverridesSchema = z.object({
  /** Win over page events of the same kind. */
  events: z.array(OrderEventSchema).max(50),
  durations: z.record(RuleIdSchema, DurationOverrideSchema),
  /** How the buyer paid, when the page does not say or says it wrongly: decides the payment rules. */
  payment: PaymentSchema.optional(),
  /** Where the buyer lives, for statutory withdrawal rights: pages never say. */
  consumerRegion: ConsumerRegionSchema.optional(),
});
export type Overrides = z.infer<typeof OverridesSchema>;

/**
 * An agent's international parcel (its parcel page): which of the agent's orders it holds, its
 * tracking and its dates. Its events (fee quoted, shipped, delivered) are the orders' too: the
 * agent's parcel-storage and claim clocks count from them.
 */
export const ParcelReadSchema = z.object({
  site: AgentSiteSchema,
  parcelId: OrderIdSchema,
  url: HttpUrlSchema,
  status: z.enum(['unpaid', 'packing', 'shipped', 'delivered', 'cancelled', 'unknown']),
  statusText: z.string().max(200).optional(),
  orderIds: z.array(OrderIdSchema).max(500),
  tracking: z.array(TrackingSchema).max(20),
  events: z.array(OrderEventSchema).max(50),
  missing: z.array(z.string().max(80)).max(50),
});
export type ParcelRead = z.infer<typeof ParcelReadSchema>;

/** What the user said of one deadline from the popup: it stops showing (and reminding) until undone or the snooze ends. */
export const MarkSchema = z.object({
  id: z.string().min(1).max(200),
  state: z.enum(['done', 'dismissed', 'snoozed']),
  /** For a snooze: when the deadline comes back. */
  until: InstantSchema.optional(),
  at: InstantSchema,
});
export type Mark = z.infer<typeof MarkSchema>;

/** Whether a mark hides its deadline at `now` (a snooze that ended no longer does). */
export const hides = (m: Pick<Mark, 'state' | 'until'> | undefined, now: Date): boolean => !!m && (m.state !== 'snoozed' || !m.until || m.until > now.toISOString());

/** A stored parcel: the merge of its reads. */
export const ParcelSchema = ParcelReadSchema.extend({ firstSeenAt: InstantSchema, capturedAt: InstantSchema });
export type Parcel = z.infer<typeof ParcelSchema>;

/** A stored order: the merge of every read of it, and the user's own corrections. */
export const OrderSchema = OrderReadSchema.extend({
  firstSeenAt: InstantSchema,
  capturedAt: InstantSchema,
  overrides: OverridesSchema.optional(),
});
export type Order = z.infer<typeof OrderSchema>;

export type OrderKey = readonly [SiteId, string];
export const orderKey = (o: { site: SiteId; orderId: string }): OrderKey => [o.site, o.orderId];

export const DeadlineKindSchema = z.enum([
  'opens',
  'closes',
  'response_clock',
  'auto_action',
  'storage_ends',
  'expected_by',
]);
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;

export const SourceSchema = z.object({
  title: z.string().min(1),
  url: z.string().min(1).optional(),
  /** The date shown on the source or the commit, as rules.md records it. */
  seen: z.string().min(4),
});
export type Source = z.infer<typeof SourceSchema>;

export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const DeadlineStateSchema = z.enum(['upcoming', 'due_soon', 'passed', 'not_computable']);
export type DeadlineState = z.infer<typeof DeadlineStateSchema>;

export const DeadlineSchema = z.object({
  /** `<site>:<orderId>:<ruleId>`: one deadline per rule per order. */
  id: z.string(),
  site: SiteIdSchema,
  orderId: z.string(),
  ruleId: z.string(),
  kind: DeadlineKindSchema,
  /** Exclusive end: the first instant at which the window is closed. Absent when not computable. */
  dueAt: InstantSchema.optional(),
  /** The event the rule counts from, and its instant. */
  from: EventKindSchema,
  fromAt: InstantSchema.optional(),
  /** Where the due instant came from: the page's own clock, our computation, or a date or length the user set. */
  basis: z.enum(['page', 'computed', 'user']),
  /** The computed value kept as a cross-check when the page's clock wins. */
  computedDueAt: InstantSchema.optional(),
  /** What we lack when not computable: the start event's date, or the per-order duration. */
  missing: z.union([EventKindSchema, z.literal('protectionDays')]).optional(),
  estimate: z.boolean(),
  confidence: ConfidenceSchema,
  source: z.array(SourceSchema).min(1),
});
export type Deadline = z.infer<typeof DeadlineSchema>;
