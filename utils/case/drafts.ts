import type { EvidenceKind } from '../evidence/schema';
import { translate, type MessageKey } from '../i18n';
import type { EventKind, Money, Order, OrderItem, OrderRead } from '../model';
import { viaAgent } from './applies';
import { EVIDENCE_KINDS, type Case, type CaseScope, type Channel, type TextLang, type TimelineEntry } from './schema';
import { MARKERS, PLACEHOLDERS, REASON_TEXT, REMEDY_TEXT, TEMPLATES, type Placeholder, type TemplateId } from './templates';
import { mergeTimeline, shownEntries } from './timeline';

/**
 * Renders a complaint draft from its template (templates.ts), the order, the case and the evidence.
 * The result is plain text for a textarea or the clipboard, never HTML: nothing is escaped, so the
 * UI must show it as text. Values are substituted in one pass, so a seller name containing
 * `{orderId}` stays those characters. A value the order lacks becomes a bracketed marker
 * ("[delivery date]") and is named in `missing`, so the user sees what to fill before sending.
 */

export type DraftOrder = Pick<OrderRead, 'site' | 'orderId' | 'seller' | 'items' | 'total' | 'events' | 'tracking' | 'agent'> & Pick<Order, 'overrides'>;

export interface DraftEvidence {
  kind: EvidenceKind;
  caption?: string | undefined;
}

export interface DraftContext {
  order: DraftOrder;
  case: Pick<Case, 'reason' | 'remedy' | 'scope' | 'timeline' | 'claim'>;
  /** The evidence to list, as the user attached it. */
  evidence: readonly DraftEvidence[];
  /** Instants show as dates in this zone; a date-only value keeps the date it was read as. */
  userZone: string;
  now: Date;
  /** The shopper's name, for letters they sign (cardholder, consumer). */
  buyer?: string | undefined;
  /** The instant the next step's window closes (the ladder's last safe moment), when there is one. */
  deadline?: string | undefined;
  /** BCP 47 locale for dates in English drafts ('en-GB' writes 16 March 2026); Chinese drafts use zh-CN. */
  dateLocale?: string | undefined;
}

export interface Draft {
  text: string;
  /** Placeholders rendered as markers, in the order they appear. */
  missing: Placeholder[];
}

/**
 * Page text is the seller's to write: a line break could forge a line of the shopper's letter and a
 * bidirectional override could reorder it, so values become one line with format characters removed.
 */
const oneLine = (s: string) =>
  s
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();

const SEPARATOR: Record<TextLang, string> = { en: '; ', zh: '；' };
const LIST: Record<TextLang, string> = { en: ', ', zh: '、' };
const paren = (s: string, lang: TextLang) => (lang === 'zh' ? `（${s}）` : ` (${s})`);

/** Contacts with the other side that count as having asked it: the first message, ticket or refund request. */
const FIRST_CONTACT: ReadonlySet<Channel> = new Set(['seller_chat', 'agent_after_sales', 'marketplace_dispute']);

/** The items the case is about. An item whose id no longer matches is not guessed by index: the user is asked. */
export function itemsInScope(items: readonly OrderItem[], scope: CaseScope): OrderItem[] {
  if (scope.kind !== 'item') return [...items];
  const found = scope.itemId ? items.find((i) => i.productId === scope.itemId || i.marketplace?.itemId === scope.itemId) : items[scope.index];
  return found ? [found] : [];
}

function formatMoney(m: Pick<Money, 'amount' | 'currency'> & { text?: string | undefined }, locale: string): string {
  if (m.currency) return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(m.amount);
  // No currency known: the page's own words, or the bare number; never a guessed symbol.
  return m.text ? oneLine(m.text) : new Intl.NumberFormat(locale).format(m.amount);
}

/** What the scope cost: one item's price times its quantity, or the order's total. */
function scopeAmount(order: DraftOrder, scope: CaseScope, locale: string): string | undefined {
  if (scope.kind !== 'item') return order.total && formatMoney(order.total, locale);
  const item = itemsInScope(order.items, scope)[0];
  const price = item?.unitPrice;
  if (!price) return undefined;
  const q = item.quantity ?? 1;
  return formatMoney({ amount: price.amount * q, currency: price.currency, text: q === 1 ? price.text : undefined }, locale);
}

function itemsText(order: DraftOrder, scope: CaseScope, lang: TextLang): string | undefined {
  const items = itemsInScope(order.items, scope).map((i) => {
    const sku = i.sku ? paren(oneLine(i.sku), lang) : '';
    const qty = i.quantity && i.quantity > 1 ? `${lang === 'zh' ? '' : ' '}×${i.quantity}` : '';
    return `${oneLine(i.title)}${sku}${qty}`;
  });
  if (!items.length) return undefined;
  const list = items.join(SEPARATOR[lang]);
  return scope.kind === 'parcel' ? (lang === 'zh' ? `包裹${scope.parcelId}：${list}` : `parcel ${scope.parcelId}: ${list}`) : list;
}

function dayFormat(locale: string, timeZone: string) {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone });
}

/** A date-only entry is a date in the zone it was read in; shown in the user's zone it could move a day. */
const entryDay = (e: TimelineEntry, locale: string, userZone: string) => dayFormat(locale, e.dateOnly ? e.zone : userZone).format(new Date(e.at));

/**
 * A deadline is an exclusive end (the first instant the window is closed): show its last open
 * minute, so "end of 10 March" never reads as "11 March".
 */
function deadlineText(dueAt: string, locale: string, userZone: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: userZone, timeZoneName: 'short' }).format(
    new Date(Date.parse(dueAt) - 1),
  );
}

function values(ctx: DraftContext, lang: TextLang): Partial<Record<Placeholder, string>> {
  const { order, case: c } = ctx;
  const locale = lang === 'zh' ? 'zh-CN' : (ctx.dateLocale ?? 'en');
  const entries = shownEntries(mergeTimeline(order, c.timeline));
  const latest = (...kinds: EventKind[]) => {
    for (const k of kinds) {
      const e = entries.findLast((x) => x.kind === k);
      if (e) return entryDay(e, locale, ctx.userZone);
    }
    return undefined;
  };
  const asked = entries.find((e) => (e.origin === 'draft' ? FIRST_CONTACT.has(e.channel) : e.kind === 'dispute_opened'));
  // On an agent order the shopper's parcel is the agent's international one, not the seller's to the warehouse.
  const agent = viaAgent(order);
  const amount = scopeAmount(order, c.scope, locale);
  const evidence = ctx.evidence.map((e) => {
    const kind = EVIDENCE_KINDS[e.kind].name[lang];
    const caption = e.caption && oneLine(e.caption);
    return caption ? `${caption}${paren(kind, lang)}` : kind;
  });
  return {
    orderId: order.orderId,
    site: translate(lang === 'zh' ? 'zh_CN' : 'en', `site_${order.site}` satisfies MessageKey),
    seller: order.seller && oneLine(order.seller.name),
    items: itemsText(order, c.scope, lang),
    amount,
    // A partial refund's amount is the user's to set; any other remedy asks back what the scope cost.
    claimAmount: c.claim ? formatMoney(c.claim, locale) : c.remedy === 'partial_refund' ? undefined : amount,
    paidOn: latest('paid'),
    shippedOn: agent ? latest('intl_shipped') : latest('seller_shipped', 'seller_shipped_partial'),
    signedOn: latest('signed_for'),
    deliveredOn: agent ? latest('intl_delivered') : latest('signed_for'),
    qcOn: latest('qc_done'),
    refundOn: latest('refund_issued', 'refund_approved'),
    returnShippedOn: latest('return_shipped'),
    askedOn: asked && entryDay(asked, locale, ctx.userZone),
    disputedOn: latest('paypal_dispute_opened'),
    tracking: order.tracking.map((t) => oneLine(t.number) + (t.carrier ? paren(oneLine(t.carrier), lang) : '')).join(LIST[lang]),
    evidenceList: evidence.join(SEPARATOR[lang]),
    deadline: ctx.deadline && deadlineText(ctx.deadline, locale, ctx.userZone),
    buyer: ctx.buyer && oneLine(ctx.buyer),
    today: dayFormat(locale, ctx.userZone).format(ctx.now),
  };
}

const PLACEHOLDER = /\{(\w+)\}/g;
const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

export function renderDraft(id: TemplateId, lang: TextLang, ctx: DraftContext): Draft {
  const template = TEMPLATES[id];
  const filled = values(ctx, lang);
  const slots = { reason: REASON_TEXT[template.register][ctx.case.reason][lang], remedy: REMEDY_TEXT[ctx.case.remedy][lang] };
  const missing = new Set<Placeholder>();
  // Slots are our own text and are filled in turn; values are inserted as they are, never re-read.
  const fill = (text: string): string =>
    text.replace(PLACEHOLDER, (_, name: string) => {
      if (name === 'reason' || name === 'remedy') return fill(slots[name]);
      if (!isPlaceholder(name)) throw new Error(`template ${id}: unknown placeholder {${name}}`);
      const value = filled[name];
      if (value) return value;
      missing.add(name);
      return `[${MARKERS[name][lang]}]`;
    });
  return { text: fill(template.text[lang]), missing: [...missing] };
}
