import type { EvidenceKind } from '../evidence/schema';
import type { Source } from '../model';
import type { Channel, Text } from './schema';

/**
 * Every piece of evidence a checklist can ask for, defined once (checklist.ts composes them per
 * reason and channel). An item's id is what attached evidence points at (`fulfils`), so it must
 * never change once shipped.
 *
 * `why` says why a channel wants it: `default` for any channel, a channel's own text where the
 * research says what that channel looks for. `rules` cite rule ids whose sources back the item
 * (utils/rules); `sources` cite what the research says outside any rule.
 */
export interface EvidenceItemDef {
  what: Text;
  kinds: readonly EvidenceKind[];
  why: { default: Text } & Partial<Record<Channel, Text>>;
  rules?: readonly string[];
  sources?: readonly Source[];
}

// ── Sources (the research notes in ../shared/research) ──────────────────────────────────────
const CNFANS_GUIDE: Source = {
  title: 'CNFans after-sales guide (seed document, flows.md §2): keep order confirmations, payment receipts, photos and videos of the goods on receipt, every message with the seller',
  seen: '2025-04-08',
};
const CNFANS_DISPUTE: Source = {
  title: 'CNFans dispute flow as described by a third-party page (flows.md §1): file with photos, the order number and a clear description',
  url: 'https://cnbuysheet.com/cnfans/2594.html',
  seen: '2026-11',
};
const ACB_PROCESS: Source = {
  title: 'AllChinaBuy refund process, third-party page (flows.md §3): contact the seller with photos or video; dispute with the seller conversation and the evidence',
  url: 'https://allchinabuysheetnew.com/Articles/1085.html',
  seen: '2026-11',
};
const SELLER_PLAYBOOK: Source = {
  title: 'AliExpress seller playbook (flows.md §4; ssopdot.com): not-as-described is answered with evidence on the specific problem; the seller pays duties when the buyer is not responsible',
  url: 'https://ssopdot.com/blog/19333.html',
  seen: '2026-11',
};
const AE_DISPUTE_QA: Source = {
  title: 'AliExpress buyer dispute process, seed Chinese Q&A (flows.md §5): each side can add evidence; the platform decides between the proposals',
  seen: '2026',
};
const MULEBUY_INSPECTION: Source = {
  title: 'Mulebuy inspection scopes: QC checks appearance only (colour, large damage, stains, size, model); electronics are not powered on (official)',
  url: 'https://mulebuy.com/help-center/inspection-scopes-of-mulebuy-shopping-agent-service/',
  seen: '2026-11',
};
const MULEBUY_COMPENSATION: Source = {
  title: 'Mulebuy compensation policy for uninsured parcels: nothing for an intact parcel of unchanged weight with missing contents, nor without an inquiry in time (official)',
  url: 'https://back.mulebuy.com/help-center/compensation-policy-for-uninsured-parcels',
  seen: '2026-11',
};
const CNFANS_PARCEL_PAGE: Source = {
  title: 'CNFans parcel page: shipping cost and declared value per parcel (public scraper selectors, agents.md §1)',
  seen: '2026-11',
};
const TAOBAO_DISPUTE_RULES: Source = {
  title: '淘宝平台争议处理规则 (rulechannel.taobao.com ruleId 99) arts. 4–5: late claims accepted with an authority’s counterfeit finding or proof of quality problems; art. 36: sign-for by a place the recipient designated',
  seen: '2025-08-15',
};
const CN12315_BUSINESS: Source = {
  title: 'Refund Radar research note rules.md §8: a 12315 complaint must name a business registered in mainland China (the seller or the agent’s company)',
  seen: '2026-11',
};
const REG_Z: Source = {
  title: 'Regulation Z §1026.13: a billing-error notice names the charge on the statement; it must reach the creditor within 60 days of the first statement showing it',
  url: 'https://www.consumerfinance.gov/rules-policy/regulations/1026/2018-06-01/13/',
  seen: '2018-06-01',
};

export const EVIDENCE_ITEMS = {
  order_record: {
    what: { en: 'Screenshot of the order page: order number, items and options chosen, price, date', zh: '订单详情截图：订单号、商品及所选规格、价格、下单时间' },
    kinds: ['screenshot', 'receipt', 'document'],
    why: {
      default: { en: 'Identifies the order and shows exactly what you bought.', zh: '证明订单存在，并说明你买的具体是什么。' },
      card_issuer: { en: 'The bank matches it to the card transaction: merchant, order number, amount.', zh: '银行据此核对信用卡交易：商户、订单号、金额。' },
      consumer_body: { en: 'A complaint must identify the business and the transaction.', zh: '投诉须写明经营者和交易。' },
    },
    sources: [CNFANS_GUIDE],
  },
  listing_page: {
    what: { en: 'Screenshot of the listing as sold: title, description, photos, size chart, “package includes”', zh: '商品详情页截图：标题、描述、图片、尺码表、“包装清单”' },
    kinds: ['screenshot', 'document'],
    why: {
      default: { en: 'Your claim is measured against what the seller promised; listings change or vanish once a dispute starts.', zh: '是否属实以卖家的承诺为准；纠纷开始后商品页常被修改或下架。' },
      paypal: { en: 'PayPal decides “significantly not as described” against the seller’s description.', zh: 'PayPal 以卖家的描述判断是否“与描述严重不符”。' },
    },
    rules: ['pp.dispute.open'],
    sources: [SELLER_PLAYBOOK],
  },
  payment_proof: {
    what: { en: 'Payment receipt: amount, date and method (PayPal transaction ID, card or Alipay record)', zh: '付款凭证：金额、日期及支付方式（PayPal 交易号、银行卡或支付宝记录）' },
    kinds: ['receipt', 'screenshot', 'document'],
    why: {
      default: { en: 'Shows what you paid, when and how.', zh: '证明你付了多少钱、何时、用什么方式支付。' },
      paypal: {
        en: 'Buyer Protection covers one payment: its transaction ID ties the dispute to it, and the 180 days count from it.',
        zh: '买家保护针对具体一笔付款：交易号把争议与付款对应起来，180 天期限也从付款日起算。',
      },
      consumer_body: { en: 'Shows the amount in dispute and that you are the paying consumer.', zh: '证明争议金额，以及你是付款的消费者。' },
    },
    rules: ['pp.dispute.open'],
    sources: [CNFANS_GUIDE],
  },
  statement_line: {
    what: { en: 'Card statement line with the charge: date, amount, merchant name as printed', zh: '信用卡账单中的该笔交易：日期、金额、账单上显示的商户名' },
    kinds: ['document', 'screenshot', 'receipt'],
    why: {
      default: {
        en: 'The bank disputes one posted transaction; the name on the statement is often the platform or its payment processor, not the seller.',
        zh: '银行针对的是一笔已入账的交易；账单上的商户名常是平台或支付机构，而非卖家。',
      },
    },
    rules: ['visa.13_1', 'mc.not_provided'],
    sources: [REG_Z],
  },
  seller_contact: {
    what: { en: 'Chat log with the seller or agent: what you asked, when, and their reply or silence', zh: '与卖家或代购的聊天记录：你提出了什么、何时提出、对方如何答复或未答复' },
    kinds: ['chat_log', 'screenshot'],
    why: {
      default: { en: 'Shows you tried to settle it first, and what the other side said.', zh: '证明你已先尝试协商，以及对方的答复。' },
      marketplace_dispute: {
        en: 'The platform reads the negotiation before deciding; each side can add evidence to the dispute.',
        zh: '平台裁决前会查看协商过程；双方都可以在纠纷中补充证据。',
      },
      paypal: { en: 'PayPal expects you to have asked the seller first; the log shows what was offered.', zh: 'PayPal 要求先与卖家沟通；聊天记录可显示卖家提出过什么方案。' },
      card_issuer: {
        en: 'Issuers ask what you did to resolve it with the merchant, and when: a chargeback is the last resort.',
        zh: '发卡行会询问你何时、如何与商户协商：拒付是最后手段。',
      },
      consumer_body: { en: 'Mediation follows a failed attempt with the business: show what you asked and when.', zh: '调解以与经营者协商未果为前提：请说明你何时提出了什么要求。' },
    },
    sources: [CNFANS_GUIDE, ACB_PROCESS, AE_DISPUTE_QA],
  },
  dispute_record: {
    what: { en: 'The earlier dispute or case: its number, the decision and the date', zh: '之前的纠纷或争议记录：编号、处理结果及日期' },
    kinds: ['screenshot', 'document'],
    why: {
      default: { en: 'Shows the platform or payment channel was tried and how it ended.', zh: '证明已经走过平台或支付渠道的流程，以及结果如何。' },
      card_issuer: { en: 'Issuers ask what was attempted before the chargeback: a closed case or a refusal shows it.', zh: '发卡行会询问拒付前已采取的措施：已结案或被拒的记录可以证明。' },
    },
    sources: [CNFANS_GUIDE],
  },
  tracking_history: {
    what: { en: 'Full tracking history from the carrier’s site: tracking number, every scan, the last update', zh: '承运商网站上的完整物流记录：运单号、每条扫描、最后更新时间' },
    kinds: ['tracking', 'screenshot'],
    why: {
      default: { en: 'Shows where the parcel is, when it stopped moving, or that it was never delivered.', zh: '证明包裹所在位置、何时停止更新，或从未妥投。' },
      agent_after_sales: {
        en: 'The agent’s loss claim runs on the international tracking (CNFans family: within 45 days of shipment).',
        zh: '代购的丢件索赔以国际物流记录为依据（CNFans 系：发货后 45 天内）。',
      },
      paypal: { en: 'For “item not received” the seller has to prove delivery; your tracking shows it did not happen.', zh: '对“未收到物品”，卖家须证明已妥投；你的物流记录可证明并未送达。' },
    },
    rules: ['cnf.claim.loss'],
    sources: [CNFANS_GUIDE],
  },
  promised_delivery: {
    what: { en: 'Screenshot of the promised delivery date or the buyer-protection countdown', zh: '承诺送达时间或买家保护倒计时的截图' },
    kinds: ['screenshot'],
    why: {
      default: { en: 'Shows when the goods were due; protection that runs out while the parcel is in transit completes the order.', zh: '证明应何时送达；包裹在途时保护期结束，订单会自动完成。' },
      card_issuer: {
        en: 'Card networks count from the expected delivery date when one was promised; without one the bank makes you wait 15 days (Visa) or 30 (Mastercard) first.',
        zh: '有承诺送达日期时，卡组织从该日期起算；没有的话，银行会要求先等 15 天（Visa）或 30 天（万事达）。',
      },
    },
    rules: ['ae.protection.end', 'visa.13_1', 'mc.not_provided'],
  },
  loss_confirmation: {
    what: { en: 'The carrier’s or agent’s statement that the parcel is lost, or your trace request and its answer', zh: '承运商或代购确认丢件的说明，或你的查件申请及答复' },
    kinds: ['document', 'screenshot', 'chat_log'],
    why: { default: { en: 'Turns “no news” into a confirmed loss.', zh: '把“没有消息”变成确认丢件。' } },
    rules: ['cnf.claim.loss'],
  },
  parcel_exterior: {
    what: { en: 'Photos of the parcel as delivered, before opening: every side, dents, tears, re-taping', zh: '拆封前包裹外观照片：各个面、凹陷、破损、二次封胶' },
    kinds: ['photo', 'video'],
    why: {
      default: { en: 'Damage in transit shows on the outside; without it the seller blames the carrier and the carrier the seller.', zh: '运输损坏会体现在外包装上；没有这些照片，卖家和快递会互相推诿。' },
      agent_after_sales: { en: 'The agent’s damage claim asks for the package and label photos (CNFans family: within 7 days of delivery).', zh: '代购的破损索赔要求提供外包装及面单照片（CNFans 系：签收后 7 天内）。' },
    },
    rules: ['cnf.claim.damage'],
  },
  shipping_label: {
    what: { en: 'Photo of the shipping label: tracking number, weight, addresses', zh: '快递面单照片：运单号、重量、收寄地址' },
    kinds: ['photo'],
    why: { default: { en: 'Ties the parcel in your hands to the order’s tracking; the printed weight is evidence too.', zh: '把你收到的包裹与订单物流对应起来；面单上的重量也是证据。' } },
    rules: ['cnf.claim.damage'],
  },
  unboxing_video: {
    what: { en: 'One uncut unboxing video: label visible, parcel opened on camera, every item shown', zh: '完整不剪辑的开箱视频：面单清晰可见、当场拆封、逐件展示' },
    kinds: ['video'],
    why: {
      default: { en: 'An uncut video from the sealed parcel to its contents proves what was inside, which photos cannot.', zh: '从未拆封到内件的完整视频能证明包裹里有什么，照片做不到。' },
      agent_after_sales: { en: 'The agent’s parcel claim asks for the unboxing video.', zh: '代购的包裹索赔要求提供开箱视频。' },
    },
    rules: ['cnf.claim.damage'],
    sources: [CNFANS_GUIDE],
  },
  defect_photos: {
    what: { en: 'Clear photos of the damage or defect: close-ups and the whole item', zh: '清晰的破损或瑕疵照片：特写和整体' },
    kinds: ['photo', 'video'],
    why: { default: { en: 'Shows the problem itself.', zh: '直接展示问题所在。' } },
    sources: [CNFANS_DISPUTE, ACB_PROCESS],
  },
  comparison_photos: {
    what: { en: 'Photos of the item you received beside the listing’s photos or specification (logo, colour, model number, material)', zh: '收到的商品与商品页图片或参数的对比照片（logo、颜色、型号、材质）' },
    kinds: ['photo', 'screenshot'],
    why: { default: { en: 'Shows the difference point by point, which is what the decision turns on.', zh: '逐项展示差异，裁决正是据此作出。' } },
    sources: [SELLER_PLAYBOOK],
  },
  size_tag_photo: {
    what: { en: 'Photo of the size tag and colour in daylight, and a measurement against the listing’s size chart', zh: '自然光下的尺码标签和颜色照片，以及对照尺码表的实测照片' },
    kinds: ['photo'],
    why: { default: { en: 'Proves the size or colour differs from what you chose.', zh: '证明尺码或颜色与你所选的不同。' } },
    sources: [SELLER_PLAYBOOK],
  },
  authenticity_evidence: {
    what: { en: 'Proof it is not genuine: the brand’s or an appraiser’s finding, or photos of marks beside the original', zh: '非正品的证明：品牌方或鉴定机构的结论，或与正品细节的对比照片' },
    kinds: ['document', 'photo', 'screenshot'],
    why: {
      default: { en: 'A counterfeit claim needs more than an impression.', zh: '假货投诉不能只凭感觉。' },
      marketplace_dispute: {
        en: 'Taobao’s rules accept a counterfeit claim even after the after-sales window when an authority or the brand confirms it.',
        zh: '淘宝规则规定，经有关部门或品牌方确认为假货的，即使超过售后期限也可受理。',
      },
    },
    rules: ['tb.aftersale.window'],
    sources: [TAOBAO_DISPUTE_RULES],
  },
  contents_inventory: {
    what: { en: 'Photo of everything that was in the parcel laid out, beside the listing’s “package includes”', zh: '包裹内全部物品摆开的照片，对照商品页“包装清单”' },
    kinds: ['photo', 'video'],
    why: { default: { en: 'Shows exactly what is missing.', zh: '清楚显示缺了什么。' } },
  },
  parcel_weight: {
    what: { en: 'The parcel’s weight as shipped (label or parcel page) and as received (photo on a scale)', zh: '包裹发出时的重量（面单或包裹页面）和收到时的重量（称重照片）' },
    kinds: ['photo', 'screenshot', 'document'],
    why: {
      default: { en: 'Weight shows where contents went missing, or what shipping should have cost.', zh: '重量能说明东西在哪一环节丢失，或运费应是多少。' },
      agent_after_sales: {
        en: 'Agents refuse compensation for an intact parcel of unchanged weight with missing contents: show where the shortfall happened.',
        zh: '代购对外包装完好、重量未变而内件缺失的包裹不予赔偿：请说明短少发生在哪一环节。',
      },
    },
    sources: [MULEBUY_COMPENSATION, CNFANS_PARCEL_PAGE],
  },
  customs_notice: {
    what: { en: 'The customs or carrier notice: why the parcel is held, duties asked, declared value', zh: '海关或承运商通知：扣件原因、应缴税费、申报价值' },
    kinds: ['document', 'photo', 'screenshot'],
    why: { default: { en: 'Shows the hold and its cause; the seller pays to clear it when the buyer is not responsible.', zh: '证明扣件及其原因；非买家原因的，应由卖家承担清关费用。' } },
    sources: [SELLER_PLAYBOOK],
  },
  declared_value: {
    what: { en: 'The declaration the seller or agent made: declared value and contents (e.g. the agent’s parcel page)', zh: '卖家或代购的申报信息：申报价值和品名（如代购包裹页面）' },
    kinds: ['screenshot', 'document'],
    why: { default: { en: 'A wrong declaration is the sender’s responsibility, not yours.', zh: '申报错误是寄件方的责任，不是你的。' } },
    sources: [CNFANS_PARCEL_PAGE],
  },
  duties_receipt: {
    what: { en: 'Receipt for duties or fees you paid to release the parcel', zh: '你为放行包裹缴纳税费的收据' },
    kinds: ['receipt', 'document'],
    why: { default: { en: 'The amount you ask back.', zh: '这是你要求退还的金额。' } },
    sources: [SELLER_PLAYBOOK],
  },
  refund_confirmation: {
    what: { en: 'The refund confirmation: date, amount, and where it was sent (balance or original payment method)', zh: '退款成功的凭证：日期、金额、退往何处（余额或原支付方式）' },
    kinds: ['screenshot', 'receipt', 'document'],
    why: {
      default: { en: 'Shows the refund was issued and when; the bank’s processing time counts from it.', zh: '证明已退款及退款时间；银行处理时间从此起算。' },
      card_issuer: { en: 'For “credit not processed” Visa wants 15 days waited from the credit receipt.', zh: '对“退款未入账”，Visa 要求自退款凭证日期起等待 15 天。' },
      agent_after_sales: { en: 'Agents usually refund to the site balance, not to your card: check it first.', zh: '代购通常退到站内余额而非银行卡：请先查看余额。' },
    },
    rules: ['visa.13_1', 'cnf.return.refund'],
  },
  bank_statement_no_credit: {
    what: { en: 'Bank or card statement from the refund date until today, with no matching credit', zh: '自退款日至今的银行或信用卡流水，显示没有对应入账' },
    kinds: ['document', 'screenshot'],
    why: { default: { en: 'Proves the money did not arrive.', zh: '证明款项没有到账。' } },
    rules: ['visa.13_1'],
  },
  agent_balance: {
    what: { en: 'Screenshot of your agent balance and its transaction history', zh: '代购账户余额及流水截图' },
    kinds: ['screenshot'],
    why: { default: { en: 'The official text sends refunds to the site balance: show it is not there either.', zh: '官方说明退款退至站内余额：请证明余额里也没有。' } },
    rules: ['cnf.return.refund'],
  },
  return_agreement: {
    what: { en: 'The seller’s or platform’s agreement to the return, with the return address it gave', zh: '卖家或平台同意退货的记录，及其提供的退货地址' },
    kinds: ['screenshot', 'chat_log'],
    why: { default: { en: 'Shows the return was agreed and sent where you were told.', zh: '证明退货已获同意，且寄往指定地址。' } },
    rules: ['tb.7day.refund'],
  },
  return_tracking: {
    what: { en: 'Proof of the return: tracking number, postage receipt, delivery to the seller', zh: '退货凭证：退货运单号、邮费收据、卖家签收记录' },
    kinds: ['tracking', 'receipt', 'screenshot'],
    why: {
      default: { en: 'The seller’s refund clock starts when it signs for the return.', zh: '卖家签收退货后，退款时限开始计算。' },
      card_issuer: { en: 'For “not as described” Visa wants 15 days waited after you returned the goods.', zh: '对“货不对板”，Visa 要求退货后等待 15 天。' },
    },
    rules: ['tb.7day.refund', 'visa.13_3'],
  },
  qc_photos: {
    what: { en: 'The warehouse’s QC photos of the item, as the agent’s page shows them', zh: '代购仓库的质检照片（代购页面显示的原图）' },
    kinds: ['qc_photo', 'screenshot'],
    why: {
      default: { en: 'The only view of the item before it ships abroad; the agent judges a return request on them.', zh: '这是商品出国前唯一的实物图；代购据此处理退换申请。' },
    },
    rules: ['cnf.return.request'],
    sources: [MULEBUY_INSPECTION],
  },
  qc_vs_listing: {
    what: { en: 'QC photos beside the listing, same detail side by side: logo, colour, size label, measurements', zh: '质检照片与商品页对比：logo、颜色、尺码标、尺寸逐项对照' },
    kinds: ['qc_photo', 'screenshot', 'photo'],
    why: {
      default: { en: 'The seller accepts a return for a visible difference; QC checks appearance only, so point to it.', zh: '卖家只接受看得见的差异；质检只看外观，请指出具体差异。' },
    },
    rules: ['cnf.return.request'],
    sources: [MULEBUY_INSPECTION],
  },
  qc_vs_received: {
    what: { en: 'Photos of the item you received beside the warehouse’s QC photos', zh: '收到的商品与仓库质检照片的对比' },
    kinds: ['photo', 'qc_photo'],
    why: {
      default: {
        en: 'Shows whether the problem arose after QC (in international transit: the agent’s or carrier’s) or before (the seller’s).',
        zh: '说明问题出现在质检之后（国际运输：代购或承运商的责任）还是之前（卖家的责任）。',
      },
    },
    sources: [MULEBUY_INSPECTION],
  },
  warehouse_status: {
    what: { en: 'The agent’s order page with the item’s status history: seller shipped, signed for by the warehouse, stored or not', zh: '代购订单页的状态记录：卖家已发货、仓库已签收、是否入库' },
    kinds: ['screenshot'],
    why: {
      default: { en: 'A parcel signed for by the warehouse is in the agent’s hands: the signature counts as yours.', zh: '仓库签收即视为你已签收，货物已在代购手中。' },
    },
    sources: [TAOBAO_DISPUTE_RULES],
  },
  domestic_tracking: {
    what: { en: 'The seller’s domestic tracking, showing delivery to the agent’s warehouse', zh: '卖家国内物流记录，显示已送达代购仓库' },
    kinds: ['tracking', 'screenshot'],
    why: { default: { en: 'Proves the item reached the warehouse.', zh: '证明商品已到达仓库。' } },
    sources: [TAOBAO_DISPUTE_RULES],
  },
  shipping_quote: {
    what: { en: 'The shipping quote or rate you were shown: route, price per weight, estimate', zh: '你看到的运费报价或标准：线路、每公斤价格、预估运费' },
    kinds: ['screenshot', 'document'],
    why: { default: { en: 'What you were charged is measured against it.', zh: '实际收费以此为比较基准。' } },
    sources: [CNFANS_PARCEL_PAGE],
  },
  shipping_charge: {
    what: { en: 'The parcel’s charge breakdown: actual and volumetric weight, every fee charged', zh: '包裹费用明细：实重、体积重、各项收费' },
    kinds: ['screenshot', 'receipt'],
    why: { default: { en: 'Shows which fee is wrong and by how much.', zh: '说明哪项费用有误、差多少。' } },
    sources: [CNFANS_PARCEL_PAGE],
  },
  business_identity: {
    what: { en: 'The business’s identity: shop name and address (URL), and the business licence shown on the shop page (营业执照)', zh: '经营者信息：店铺名称和网址，及店铺页面公示的营业执照' },
    kinds: ['screenshot', 'document'],
    why: {
      default: { en: 'A complaint must name the business; 12315 handles only businesses registered in mainland China.', zh: '投诉须写明经营者；12315 只受理中国大陆注册的经营者。' },
    },
    rules: ['cn.12315.accept'],
    sources: [CN12315_BUSINESS],
  },
} satisfies Record<string, EvidenceItemDef>;

export type EvidenceItemId = keyof typeof EVIDENCE_ITEMS;
