import { z } from 'zod';
import { OrderReadSchema, SiteIdSchema } from './model';

/**
 * Every message that crosses a context boundary, in one registry. The background parses each one
 * with these schemas and checks who sent it before doing anything; unknown types are dropped.
 * Content scripts import only the inferred types (erased at build), so Zod stays out of their bundle.
 */
export const PageReadMessageSchema = z.object({
  type: z.literal('page.read'),
  kind: z.enum(['list', 'detail']),
  orders: z.array(OrderReadSchema).max(200),
  notes: z.array(z.string().max(300)).max(50),
  blocked: z.enum(['captcha', 'login']).optional(),
});

export const MessageSchema = z.discriminatedUnion('type', [PageReadMessageSchema]);
export type Message = z.infer<typeof MessageSchema>;
export type PageReadMessage = z.infer<typeof PageReadMessageSchema>;

export const PageReadReplySchema = z.object({ ok: z.literal(true), saved: z.number().int() });
export const ErrorReplySchema = z.object({ ok: z.literal(false), error: z.string() });
export type Reply = z.infer<typeof PageReadReplySchema> | z.infer<typeof ErrorReplySchema>;

/** Who a message came from, as the browser (not the page) reports it. */
export type Sender = 'content-script' | 'extension-page';

/** The selected order in the side panel, shared through `storage.session`. */
export const SelectionSchema = z.object({ site: SiteIdSchema, orderId: z.string().min(1).max(40) });
export type Selection = z.infer<typeof SelectionSchema>;
export const SELECTION_KEY = 'selectedOrder';
