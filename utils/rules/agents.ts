import type { Source } from '../model';
import type { Flow, LadderStep, Rule } from './types';

/**
 * Shopping-agent clocks, from `../shared/research/rules.md` §4 and `agents.md` §0.2, §0.3 and the
 * comparison table (research of November 2026). One list per platform family (`AgentFamily`): the
 * brands of a family share one software and one policy text.
 *
 * An agent order carries three layers (rules.md §4):
 * 1. the marketplace seller's window: the order's site rules (`tb.7day.window` …) count from
 *    `signed_for`, which on an agent order is the **warehouse's** signature for the seller's parcel,
 *    not the buyer's: nothing here repeats it;
 * 2. the agent's request window, from "Stored in Warehouse"/"Stocked in" (`warehouse_stored`): the
 *    seller's 7 days minus the transit to the shelf;
 * 3. the agent's storage and parcel clocks.
 *
 * Agents count in China time; their timers are elapsed (mode E, no zone) except the template
 * agents' "from the next full hour" (mode H, read in Asia/Shanghai). A return request made with the
 * agent is the order's `dispute_opened`.
 *
 * Not rules (agents.md §0.3, rules.md §9.4): the seed flow's "CNFans reviews in 24–48 h, refunds in
 * 5–7 business days" come from a third-party affiliate page and contradict the official sister-site
 * text (`cnf.return.seller_ask`, `cnf.return.refund`). The CNFans case stages show them, marked as
 * third-party figures; they never become deadlines or reminders. AllChinaBuy's "7–14 days" is not
 * even a clock (no start event): left out.
 */

const CN = 'Asia/Shanghai';

// ── Sources ──────────────────────────────────────────────────────────────────────────────────
const MULEBUY_GUARANTEE: Source = {
  title: 'Mulebuy "5-Day Return/Exchange Guarantee" and returns/exchanges pages (official; CNFans-family wording)',
  url: 'https://mulebuy.com/?p=528',
  seen: '2026-11',
};
const MULEBUY_RETURNS: Source = {
  title: 'Mulebuy order return policy: seller asked within 48 h, refund to balance 3–5 days after the seller receives the item (official)',
  url: 'https://back.mulebuy.com/help-center/order-return-policy',
  seen: '2026-11',
};
const MULEBUY_STORAGE: Source = {
  title: 'Mulebuy storage management: 90 days free from "Stored in Warehouse", then 10 CNY/month for 1–30 days (official)',
  url: 'https://mulebuy.com/help/pt/storage-management',
  seen: '2026-11',
};
const CNFANS_PARCEL: Source = {
  title: 'CNFans help centre: parcels can be stored in the CNFans warehouse for 30 days (official)',
  url: 'https://cnfans.com/help-center/the-duration-for-which-parcels-can-be-stored-in-the-cnfans-warehouse-is-30-days/',
  seen: '2026-11',
};
const CNFANS_CLAIM: Source = {
  title: 'CNFans "Compensation standard for uninsured parcel": no claim after 7 days from sign-for or 45 days from shipment (official; ambiguous wording)',
  url: 'https://cnfans.com/help-center/compensation-standard-for-uninsured-parcel/',
  seen: '2026-11',
};
const ORIENTDIG_CLAIM: Source = {
  title: 'OrientDig "Compensation standard for insured parcel": same 7 / 45-day deadline (official)',
  url: 'https://orientdig.com/help-center/compensation-standard-for-insured-parcel',
  seen: '2026-11',
};
const HUBBUY_HELP: Source = {
  title: 'HubbuyCN help: returns within 5 days after "Stocked in"; storage 90 days, reminder at 60 (official)',
  url: 'https://www.hubbuycn.com',
  seen: '2026-11',
};
const TEMPLATE_WORDING: Source = {
  title: 'Ponybuy / Alvinclub / Hippoobuy help: "120 hours, from the next full hour after the status changes to Stocked in" (official, research note agents.md §0.2)',
  seen: '2026-11',
};
const CNSTORM_HELP: Source = { title: 'CNstorm help: "5 days after storage" (official, research note agents.md §0.2)', seen: '2026-11' };
const SUPERBUY_STORAGE: Source = {
  title: 'Superbuy storage wording as quoted by reseller pages: 90 days free, ¥0.1/item ID/day, reminder at 150 days, abandoned after 180',
  seen: '2026-11',
};
const SUPERBUY_BBS: Source = {
  title: 'Superbuy BBS notice extending free storage from 3 to 6 months during COVID (official; confirms the usual 3 months)',
  seen: '2020-04-22',
};
const TEMPLATE_INFERRED: Source = {
  title: 'Refund Radar research note agents.md §0.2: the 5-day / 120-hour return template is the industry standard; the site’s own page was not found (inferred)',
  seen: '2026-11',
};
const CSSBUY_STORAGE: Source = {
  title: 'CSSBuy help 81 "Storage period of goods": 90 days free from "In Warehouse" since 1 Jun 2024 (was 180), then 15 CNY/item ID/month (official, two versions)',
  url: 'https://www.cssbuy.com/help-81-storage-period-of-goods.html',
  seen: '2024-06-01',
};
const NO_OFFICIAL_PAGE: Source = {
  title: 'Refund Radar research note rules.md §4 `gen.*`: no official page found for Kakobuy, Hoobuy, Sugargoo, ACBuy; third-party pages contradict each other (ACBuy: 48 h / 7 d / 14 d)',
  seen: '2026-11',
};

// ── CNFans family: CNFans, Mulebuy, OrientDig, Joyabuy ───────────────────────────────────────
export const cnfansRules: Rule[] = [
  {
    id: 'cnf.return.request',
    platform: 'cnfans',
    name: { en: 'Ask the agent for a return or exchange (5 days after stored)', zh: '向代购申请退换货（入库后 5 天）' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 5, unit: 'days' },
    startsFrom: 'warehouse_stored',
    appliesWhen: 'always',
    endedBy: ['dispute_opened', 'intl_shipped'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'The agent no longer accepts a return or exchange request; the seller may still agree if you ask through support. It is the seller’s 7 days, counted from the warehouse’s sign-for.',
      zh: '代购不再受理退换货申请；通过客服联系，卖家仍可能同意。此期限即卖家的七天，从仓库签收起算。',
    },
    sources: [MULEBUY_GUARANTEE, MULEBUY_RETURNS],
    confidence: 'medium',
    estimate: false,
  },
  {
    id: 'cnf.return.seller_ask',
    platform: 'cnfans',
    name: { en: 'Agent should ask the seller about your return', zh: '代购应向卖家申请退换' },
    kind: 'expected_by',
    duration: { from: 'fixed', amount: 48, unit: 'hours' },
    startsFrom: 'dispute_opened',
    appliesWhen: 'event',
    endedBy: ['seller_responded', 'return_agreed', 'refund_issued'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'Overdue: the agent promised to contact the seller within 48 hours. Ask support for the seller’s answer.',
      zh: '已超时：代购承诺 48 小时内联系卖家。请向客服询问卖家答复。',
    },
    sources: [MULEBUY_RETURNS],
    confidence: 'medium',
    estimate: false,
  },
  {
    id: 'cnf.return.refund',
    platform: 'cnfans',
    name: { en: 'Refund to your agent balance', zh: '退款至代购账户余额' },
    kind: 'expected_by',
    // "3–5 days": overdue only after the outer figure.
    duration: { from: 'fixed', amount: 5, unit: 'days' },
    startsFrom: 'return_signed_by_seller',
    appliesWhen: 'event',
    endedBy: ['refund_issued'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'Overdue: the refund should reach your site balance 3–5 days after the seller receives the item. Contact support.',
      zh: '已超时：卖家收到退货后 3–5 天内应退至账户余额。请联系客服。',
    },
    sources: [MULEBUY_RETURNS],
    confidence: 'medium',
    estimate: false,
  },
  {
    id: 'cnf.storage.free',
    platform: 'cnfans',
    name: { en: 'Free warehouse storage ends', zh: '免费仓储到期' },
    kind: 'storage_ends',
    duration: { from: 'fixed', amount: 90, unit: 'days' },
    startsFrom: 'warehouse_stored',
    appliesWhen: 'always',
    endedBy: ['intl_shipped'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'Storage costs 10 CNY/month, extendable from the warehouse page for 1–30 days past expiry; later the item becomes "unavailable for submitting" and needs support.',
      zh: '之后仓储按每月 10 元收费，到期后 1–30 天内可在仓库页续期；再往后商品变为"不可提交"，需联系客服。',
    },
    sources: [MULEBUY_STORAGE],
    confidence: 'medium',
    estimate: false,
  },
  {
    id: 'cnf.parcel.storage',
    platform: 'cnfans',
    name: { en: 'Pay the international shipping or the parcel is discarded', zh: '支付国际运费，否则包裹将被销毁' },
    kind: 'storage_ends',
    duration: { from: 'fixed', amount: 30, unit: 'days' },
    startsFrom: 'intl_fee_quoted',
    appliesWhen: 'event',
    endedBy: ['intl_shipped'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'The unpaid parcel is deemed abandoned and destroyed.',
      zh: '未付运费的包裹视为放弃并销毁。',
    },
    sources: [CNFANS_PARCEL],
    confidence: 'high',
    estimate: false,
  },
  {
    // rules.md §9.5: one ambiguous sentence ("7 days after signed for, or 45 days after shipped"),
    // read as two clocks: damage counts from delivery, loss from dispatch.
    id: 'cnf.claim.damage',
    platform: 'cnfans',
    name: { en: 'Claim for a damaged parcel', zh: '包裹破损索赔' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 7, unit: 'days' },
    startsFrom: 'intl_delivered',
    appliesWhen: 'event',
    endedBy: [],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'No compensation for damage without an inquiry or claim to online support. (The site’s wording is ambiguous; this is the earlier reading.)',
      zh: '未在期限内向在线客服咨询或索赔的，破损不予赔偿。（网站措辞含糊，此为较早的读法。）',
    },
    sources: [CNFANS_CLAIM, ORIENTDIG_CLAIM],
    confidence: 'medium',
    estimate: false,
  },
  {
    id: 'cnf.claim.loss',
    platform: 'cnfans',
    name: { en: 'Claim for a lost parcel', zh: '包裹丢失索赔' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 45, unit: 'days' },
    startsFrom: 'intl_shipped',
    appliesWhen: 'event',
    // Once delivered, the parcel is not lost: the damage clock takes over.
    endedBy: ['intl_delivered'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'No compensation for a lost parcel without an inquiry or claim to online support within 45 days of shipment.',
      zh: '发货后 45 天内未咨询或索赔的，丢件不予赔偿。',
    },
    sources: [CNFANS_CLAIM, ORIENTDIG_CLAIM],
    confidence: 'medium',
    estimate: false,
  },
];

// ── Template agents: HubbuyCN, Ponybuy, Alvinclub, Hippoobuy, CNstorm ────────────────────────
export const templateAgentRules: Rule[] = [
  {
    // Ponybuy-type wording: 120 h from the next full hour (mode H); HubbuyCN/CNstorm say "5 days"
    // (mode E), which is never earlier. An instant on the hour starts that hour (rules.md §9.6).
    id: 'tpl.return.request',
    platform: 'template',
    name: { en: 'Ask the agent for a return or exchange (120 h after stocked in)', zh: '向代购申请退换货（入库后 120 小时）' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 120, unit: 'hours' },
    startsFrom: 'warehouse_stored',
    appliesWhen: 'always',
    endedBy: ['dispute_opened', 'intl_shipped'],
    mode: 'H',
    zone: CN,
    atExpiry: {
      en: 'The request may be refused. The first return or exchange each month is free; later ones cost postage plus a ¥5 fee.',
      zh: '申请可能被拒绝。每月首次退换免费，之后收取运费及 5 元服务费。',
    },
    sources: [TEMPLATE_WORDING, HUBBUY_HELP, CNSTORM_HELP],
    confidence: 'medium',
    estimate: false,
  },
  {
    id: 'tpl.storage.free',
    platform: 'template',
    name: { en: 'Warehouse storage ends', zh: '仓储到期' },
    kind: 'storage_ends',
    duration: { from: 'fixed', amount: 90, unit: 'days' },
    startsFrom: 'warehouse_stored',
    appliesWhen: 'always',
    endedBy: ['intl_shipped'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'Items left in storage are treated as abandoned (HubbuyCN: reminder at 60 days). Other template agents may differ.',
      zh: '逾期未处理的商品视为放弃（HubbuyCN 在 60 天时提醒）。其他同类代购可能不同。',
    },
    sources: [HUBBUY_HELP],
    confidence: 'medium',
    estimate: false,
  },
];

// ── Superbuy family: Superbuy, AllChinaBuy, Wegobuy ──────────────────────────────────────────
export const superbuyRules: Rule[] = [
  {
    id: 'sb.return.request',
    platform: 'superbuy',
    name: { en: 'Ask the agent for a return (5 days after stored, assumed)', zh: '向代购申请退货（入库后 5 天，推定）' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 5, unit: 'days' },
    startsFrom: 'warehouse_stored',
    appliesWhen: 'always',
    endedBy: ['dispute_opened', 'intl_shipped'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'Superbuy’s own return window was not found; this is the industry template. The seller’s 7 days from the warehouse’s sign-for are the hard limit.',
      zh: '未找到 Superbuy 的退货期限，此为行业通用模板。卖家七天（自仓库签收起）为硬性上限。',
    },
    sources: [TEMPLATE_INFERRED],
    confidence: 'low',
    estimate: true,
  },
  {
    id: 'sb.storage.free',
    platform: 'superbuy',
    name: { en: 'Free warehouse storage ends', zh: '免费仓储到期' },
    kind: 'storage_ends',
    duration: { from: 'fixed', amount: 90, unit: 'days' },
    startsFrom: 'warehouse_stored',
    appliesWhen: 'always',
    endedBy: ['intl_shipped'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'Storage then costs ¥0.1 per item ID per day; a reminder comes at 150 days.',
      zh: '之后每个商品 ID 每天收取 0.1 元仓储费；第 150 天会提醒。',
    },
    sources: [SUPERBUY_STORAGE, SUPERBUY_BBS],
    confidence: 'medium',
    estimate: false,
  },
  {
    id: 'sb.storage.abandoned',
    platform: 'superbuy',
    name: { en: 'Stored items treated as abandoned', zh: '仓储商品视为放弃' },
    kind: 'storage_ends',
    duration: { from: 'fixed', amount: 180, unit: 'days' },
    startsFrom: 'warehouse_stored',
    appliesWhen: 'always',
    endedBy: ['intl_shipped'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'Items still in storage after 180 days are treated as abandoned and destroyed.',
      zh: '入库满 180 天仍未处理的商品视为放弃并销毁。',
    },
    sources: [SUPERBUY_STORAGE],
    confidence: 'medium',
    estimate: false,
  },
];

// ── CSSBuy ───────────────────────────────────────────────────────────────────────────────────
export const cssbuyRules: Rule[] = [
  {
    id: 'css.return.request',
    platform: 'cssbuy',
    name: { en: 'Ask the agent for a return (5 days after stored, assumed)', zh: '向代购申请退货（入库后 5 天，推定）' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 5, unit: 'days' },
    startsFrom: 'warehouse_stored',
    appliesWhen: 'always',
    endedBy: ['dispute_opened', 'intl_shipped'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'CSSBuy’s own return window was not read; the "5 days after storage" template is assumed.',
      zh: '未读到 CSSBuy 的退货期限，按"入库后 5 天"模板推定。',
    },
    sources: [TEMPLATE_INFERRED],
    confidence: 'low',
    estimate: true,
  },
  {
    id: 'css.storage.free',
    platform: 'cssbuy',
    name: { en: 'Free warehouse storage ends', zh: '免费仓储到期' },
    kind: 'storage_ends',
    duration: { from: 'fixed', amount: 90, unit: 'days' },
    startsFrom: 'warehouse_stored',
    appliesWhen: 'always',
    endedBy: ['intl_shipped'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'Storage then costs 15 CNY per item ID per month; unextended items are treated as abandoned and destroyed.',
      zh: '之后每个商品 ID 每月收取 15 元仓储费；未续期的商品视为放弃并销毁。',
    },
    sources: [CSSBUY_STORAGE],
    confidence: 'medium',
    estimate: false,
  },
];

// ── Agents without an official policy page: Kakobuy, Hoobuy, Sugargoo, ACBuy, others ────────
export const genericAgentRules: Rule[] = [
  {
    id: 'gen.return.request',
    platform: 'generic',
    name: { en: 'Ask the agent for a return (5 days after stored, default)', zh: '向代购申请退货（入库后 5 天，默认）' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 5, unit: 'days' },
    startsFrom: 'warehouse_stored',
    appliesWhen: 'always',
    endedBy: ['dispute_opened', 'intl_shipped'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'A default: this agent’s own window was not found. Check its help page and set the length here.',
      zh: '默认值：未找到该代购的期限。请查看其帮助页并在此设置时长。',
    },
    sources: [NO_OFFICIAL_PAGE, TEMPLATE_INFERRED],
    confidence: 'low',
    estimate: true,
  },
  {
    id: 'gen.storage.free',
    platform: 'generic',
    name: { en: 'Free warehouse storage ends (default)', zh: '免费仓储到期（默认）' },
    kind: 'storage_ends',
    duration: { from: 'fixed', amount: 90, unit: 'days' },
    startsFrom: 'warehouse_stored',
    appliesWhen: 'always',
    endedBy: ['intl_shipped'],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'A default: fees or abandonment may follow. Check the agent’s storage page.',
      zh: '默认值：之后可能收费或视为放弃。请查看代购的仓储说明。',
    },
    sources: [NO_OFFICIAL_PAGE],
    confidence: 'low',
    estimate: true,
  },
  {
    id: 'gen.claim.damage',
    platform: 'generic',
    name: { en: 'Claim for a damaged parcel (default)', zh: '包裹破损索赔（默认）' },
    kind: 'closes',
    duration: { from: 'fixed', amount: 7, unit: 'days' },
    startsFrom: 'intl_delivered',
    appliesWhen: 'event',
    endedBy: [],
    mode: 'E',
    zone: null,
    atExpiry: {
      en: 'A default: claims may be refused after this. Third-party pages give anything from 48 hours to 14 days; report damage at once.',
      zh: '默认值：之后索赔可能被拒。第三方说法从 48 小时到 14 天不等，请尽快报告破损。',
    },
    sources: [NO_OFFICIAL_PAGE],
    confidence: 'low',
    estimate: true,
  },
];

// ── Case stages and ladder ───────────────────────────────────────────────────────────────────

const SEED_PAGE: Source = {
  title: 'cnbuysheet.com/cnfans/2594.html: CNFans dispute process as described by a third-party affiliate site (not confirmed by CNFans)',
  url: 'https://cnbuysheet.com/cnfans/2594.html',
  seen: '2026-11',
};

/** A figure from the seed page, in the shape of a rule so the engine's counting applies; never in a rule list. */
function seedFigure(id: string, name: Rule['name'], amount: number, unit: 'days' | 'hours', mode: 'E' | 'B', startsFrom: Rule['startsFrom']): Rule {
  return {
    id,
    platform: 'cnfans',
    name,
    kind: 'expected_by',
    duration: { from: 'fixed', amount, unit },
    startsFrom,
    appliesWhen: 'event',
    endedBy: [],
    mode,
    zone: mode === 'B' ? CN : null,
    atExpiry: { en: 'Past the third-party figure.', zh: '已超过第三方给出的时间。' },
    sources: [SEED_PAGE],
    confidence: 'low',
    estimate: true,
  };
}

/** The CNFans dispute flow of the seed documents (flows.md §1), with the official Mulebuy clocks where they exist. */
export const cnfansFlow: Flow = {
  id: 'cnf.flow.dispute',
  platform: 'cnfans',
  name: { en: 'Dispute with the agent (CNFans family)', zh: '代购纠纷（CNFans 系）' },
  stages: [
    {
      id: 'cnf.stage.review',
      name: { en: 'Support reviews your dispute', zh: '客服审核纠纷' },
      actor: 'agent',
      startsOn: 'dispute_opened',
      doneOn: ['seller_responded', 'return_agreed', 'platform_intervened', 'refund_approved', 'refund_issued'],
      clock: {
        from: 'third_party',
        rule: seedFigure('cnf.seed.review', { en: 'Support reviews the dispute (24–48 h)', zh: '客服审核纠纷（24–48 小时）' }, 48, 'hours', 'E', 'dispute_opened'),
        least: { amount: 24, unit: 'hours' },
      },
      ifMissed: {
        en: 'Past the 24–48 hours a third-party page gives for the review. Ask support, in the order’s ticket, where your dispute stands.',
        zh: '已超过第三方页面所说的 24–48 小时审核时间。请在订单工单中询问客服处理进度。',
      },
    },
    {
      id: 'cnf.stage.seller',
      name: { en: 'The agent asks the seller', zh: '代购联系卖家' },
      actor: 'agent',
      startsOn: 'dispute_opened',
      doneOn: ['seller_responded', 'return_agreed', 'refund_approved', 'refund_issued'],
      clock: { from: 'rules', rules: ['cnf.return.seller_ask'] },
      ifMissed: {
        en: 'The agent promised to contact the seller within 48 hours. Ask support for the seller’s answer, and keep the seller’s 7-day window in view.',
        zh: '代购承诺 48 小时内联系卖家。请向客服询问卖家答复，并留意卖家七天期限。',
      },
    },
    {
      id: 'cnf.stage.mediation',
      name: { en: 'The agent’s mediation team decides', zh: '代购调解团队处理' },
      actor: 'agent',
      startsOn: 'platform_intervened',
      doneOn: ['refund_approved', 'refund_issued'],
      clock: { from: 'none', sources: [SEED_PAGE] },
      ifMissed: {
        en: 'No clock is published for mediation. If it stalls, the next rung is your payment channel: watch its window in the ladder.',
        zh: '调解没有公布的时限。如长期无进展，下一步是支付渠道：请留意阶梯中的期限。',
      },
    },
    {
      id: 'cnf.stage.refund_balance',
      name: { en: 'Refund to your agent balance', zh: '退款至代购账户余额' },
      actor: 'agent',
      startsOn: 'return_signed_by_seller',
      doneOn: ['refund_issued'],
      clock: { from: 'rules', rules: ['cnf.return.refund'] },
      ifMissed: {
        en: 'The refund should reach your site balance 3–5 days after the seller receives the item. Contact support with the return tracking.',
        zh: '卖家收到退货后 3–5 天内应退至账户余额。请附上退货物流联系客服。',
      },
    },
    {
      id: 'cnf.stage.refund_original',
      name: { en: 'Refund to your original payment method', zh: '退款至原支付方式' },
      actor: 'agent',
      startsOn: 'refund_approved',
      doneOn: ['refund_issued'],
      clock: {
        from: 'third_party',
        rule: seedFigure('cnf.seed.refund', { en: 'Refund to the original payment method (5–7 business days)', zh: '退回原支付方式（5–7 个工作日）' }, 7, 'days', 'B', 'refund_approved'),
        least: { amount: 5, unit: 'days' },
      },
      ifMissed: {
        en: 'Past the 5–7 business days a third-party page gives. Mulebuy’s official text says refunds go to the site balance: check it first, then ask support.',
        zh: '已超过第三方页面所说的 5–7 个工作日。Mulebuy 官方说明退款退至账户余额：请先查看余额，再联系客服。',
      },
    },
  ],
};

function returnStep(platform: string, prefix: string, rule: string): LadderStep {
  return {
    id: `${prefix}.step.return`,
    platform,
    rung: 'agent',
    name: { en: 'Ask the agent for a return or exchange', zh: '向代购申请退换货' },
    how: {
      en: 'In the agent’s warehouse or order page: “Return/Exchange”, with the QC photos that show the problem. The agent asks the seller; the seller may still refuse.',
      zh: '在代购的仓库或订单页选择“退换货”，附上能说明问题的质检照片。代购会联系卖家，卖家仍可能拒绝。',
    },
    windows: [rule],
    takenBy: ['dispute_opened'],
    outer: [],
  };
}

function claimStep(platform: string, prefix: string, windows: string[]): LadderStep {
  return {
    id: `${prefix}.step.claim`,
    platform,
    rung: 'agent',
    name: { en: 'Claim for a lost or damaged parcel', zh: '包裹丢失或破损索赔' },
    how: {
      en: 'Open a ticket on the parcel with photos of the package and its label, the unboxing video and the tracking history.',
      zh: '在包裹页面提交工单，附上外包装及面单照片、开箱视频和物流记录。',
    },
    windows,
    // The model has no event for a filed parcel claim yet: the window stays in view until it passes.
    takenBy: [],
    outer: [],
  };
}

export const cnfansLadder: LadderStep[] = [returnStep('cnfans', 'cnf', 'cnf.return.request'), claimStep('cnfans', 'cnf', ['cnf.claim.loss', 'cnf.claim.damage'])];
export const superbuyLadder: LadderStep[] = [returnStep('superbuy', 'sb', 'sb.return.request')];
export const cssbuyLadder: LadderStep[] = [returnStep('cssbuy', 'css', 'css.return.request')];
export const templateAgentLadder: LadderStep[] = [returnStep('template', 'tpl', 'tpl.return.request')];
export const genericAgentLadder: LadderStep[] = [returnStep('generic', 'gen', 'gen.return.request'), claimStep('generic', 'gen', ['gen.claim.damage'])];
