import { z } from 'zod';
import { AgentSourceSchema, ConsumerRegionSchema, InstantSchema, DurationOverrideSchema, EventKindSchema, OrderEventSchema, OrderIdSchema, OrderReadSchema, ParcelReadSchema, PaymentSchema, SiteIdSchema } from './model';

/**
 * Every message that crosses a context boundary, in one registry. The background parses each one
 * with these schemas and checks who sent it before doing anything; unknown types are dropped.
 * Content scripts import only the inferred types (erased at build), so Zod stays out of their bundle.
 */
export const PageReadMessageSchema = z.object({
  type: z.literal('page.read'),
  kind: z.enum(['list', 'detail', 'warehouse', 'parcel']),
  orders: z.array(OrderReadSchema).max(200),
  parcels: z.array(ParcelReadSchema).max(200).optional(),
  notes: z.array(z.string().max(300)).max(50),
  blocked: z.enum(['captcha', 'login']).optional(),
});

/** From the side panel: the user corrects an event date or a rule's length on one order. */
export const OverrideMessageSchema = z.object({
  type: z.literal('order.override'),
  site: SiteIdSchema,
  orderId: z.string().min(1).max(40),
  change: z.union([
    z.object({ set: z.literal('event'), event: OrderEventSchema }),
    z.object({ clear: z.literal('event'), kind: EventKindSchema }),
    z.object({ set: z.literal('duration'), ruleId: z.string().max(80), duration: DurationOverrideSchema }),
    z.object({ clear: z.literal('duration'), ruleId: z.string().max(80) }),
    z.object({ set: z.literal('payment'), payment: PaymentSchema }),
    z.object({ clear: z.literal('payment') }),
    z.object({ set: z.literal('consumerRegion'), consumerRegion: ConsumerRegionSchema }),
    z.object({ clear: z.literal('consumerRegion') }),
  ]),
});
export type OverrideMessage = z.infer<typeof OverrideMessageSchema>;

/**
 * A content script asks for the next deadline of the orders it sees, to draw its badges on the page.
 * The site is the sender's, never the payload's: a page can only learn about its own site's orders.
 */
export const NextDeadlinesMessageSchema = z.object({
  type: z.literal('deadlines.next'),
  orderIds: z.array(OrderIdSchema).max(200),
});

/** A click on a badge: open the side panel on that order (a site the sender's page shows). */
export const OpenCaseMessageSchema = z.object({ type: z.literal('case.open'), site: SiteIdSchema, orderId: OrderIdSchema });

/**
 * An order the user adds by hand, for a site whose pages we do not read (or a page that did not
 * show it): the dates they copy from the site, in their own zone.
 */
export const ManualOrderMessageSchema = z.object({
  type: z.literal('order.manual'),
  site: SiteIdSchema,
  orderId: OrderIdSchema,
  url: z.url({ protocol: /^https?$/ }).max(2048).optional(),
  title: z.string().trim().min(1).max(300).optional(),
  marketplace: AgentSourceSchema.optional(),
  payment: PaymentSchema.optional(),
  events: z
    .array(z.object({ kind: EventKindSchema, at: OrderEventSchema.shape.at }))
    .max(20),
});
export type ManualOrderMessage = z.infer<typeof ManualOrderMessageSchema>;

/** The popup's actions on one deadline: done, not relevant, snooze until a date, or undo. */
export const MarkMessageSchema = z.object({
  type: z.literal('deadline.mark'),
  id: z.string().min(1).max(200),
  mark: z.union([z.enum(['done', 'dismissed', 'clear']), z.object({ snoozeUntil: InstantSchema })]),
});
export type MarkMessage = z.infer<typeof MarkMessageSchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  PageReadMessageSchema,
  OverrideMessageSchema,
  NextDeadlinesMessageSchema,
  OpenCaseMessageSchema,
  ManualOrderMessageSchema,
  MarkMessageSchema,
]);
export type Message = z.infer<typeof MessageSchema>;
export type PageReadMessage = z.infer<typeof PageReadMessageSchema>;

export const PageReadReplySchema = z.object({ ok: z.literal(true), saved: z.number().int() });
export const OkReplySchema = z.object({ ok: z.literal(true) });
export const ErrorReplySchema = z.object({ ok: z.literal(false), error: z.string() });

/** What a badge shows for one order: its next open deadline, else the last one that passed, else one it cannot date. */
export const BadgeDeadlineSchema = z.object({
  site: SiteIdSchema,
  orderId: z.string(),
  ruleId: z.string(),
  name: z.object({ en: z.string(), zh: z.string() }),
  /** Null when no deadline of the order can be dated yet: the badge invites the user to set the date. */
  dueAt: z.string().nullable(),
  estimate: z.boolean(),
  /** How many other deadlines of the order are still open. */
  more: z.number().int().nonnegative(),
});
export type BadgeDeadline = z.infer<typeof BadgeDeadlineSchema>;
export const NextDeadlinesReplySchema = z.object({ ok: z.literal(true), next: z.array(BadgeDeadlineSchema) });

export type Reply =
  | z.infer<typeof PageReadReplySchema>
  | z.infer<typeof OkReplySchema>
  | z.infer<typeof ErrorReplySchema>
  | z.infer<typeof NextDeadlinesReplySchema>;

/** The selected order in the side panel, shared through `storage.session`. */
export const SelectionSchema = z.object({ site: SiteIdSchema, orderId: z.string().min(1).max(40) });
export type Selection = z.infer<typeof SelectionSchema>;
export const SELECTION_KEY = 'selectedOrder';
