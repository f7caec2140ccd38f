import type { Channel, Reason, Remedy, Text } from './schema';

/**
 * Complaint drafts as data (issue 8): one template per channel and stage, in English and Simplified
 * Chinese, with named placeholders that drafts.ts fills from the order and the case. `{reason}` and
 * `{remedy}` are slots for the sentences below; every other placeholder is a value.
 *
 * The Chinese is written as a Chinese buyer writes, not translated: a Taobao seller gets a short,
 * polite 亲 message; the platform, PayPal, the bank and 12315 get the formal 本人 register.
 * Square brackets never appear in the text: drafts.ts marks a value the user must fill with them.
 */

export const PLACEHOLDERS = [
  'orderId',
  'site',
  'seller',
  'items',
  'amount',
  'claimAmount',
  'paidOn',
  'shippedOn',
  'signedOn',
  'deliveredOn',
  'qcOn',
  'refundOn',
  'returnShippedOn',
  /** When the shopper first asked the seller or agent: the first sent draft, or the first refund request. */
  'askedOn',
  'disputedOn',
  'tracking',
  'evidenceList',
  'deadline',
  'buyer',
  'today',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** What a value the order lacks shows as, inside brackets, for the user to fill in. */
export const MARKERS: Record<Placeholder, Text> = {
  orderId: { en: 'order number', zh: '订单号' },
  site: { en: 'shop', zh: '购物平台' },
  seller: { en: 'seller name', zh: '卖家名称' },
  items: { en: 'items', zh: '商品名称' },
  amount: { en: 'amount paid', zh: '实付金额' },
  claimAmount: { en: 'amount to refund', zh: '退款金额' },
  paidOn: { en: 'payment date', zh: '付款日期' },
  shippedOn: { en: 'shipping date', zh: '发货日期' },
  signedOn: { en: 'date the warehouse signed', zh: '仓库签收日期' },
  deliveredOn: { en: 'delivery date', zh: '签收日期' },
  qcOn: { en: 'QC date', zh: '质检日期' },
  refundOn: { en: 'refund date', zh: '退款日期' },
  returnShippedOn: { en: 'return shipping date', zh: '退货寄出日期' },
  askedOn: { en: 'date you asked', zh: '协商日期' },
  disputedOn: { en: 'dispute date', zh: '争议发起日期' },
  tracking: { en: 'tracking number', zh: '运单号' },
  evidenceList: { en: 'evidence list', zh: '证据清单' },
  deadline: { en: 'deadline', zh: '截止时间' },
  buyer: { en: 'your name', zh: '你的姓名' },
  today: { en: 'date', zh: '日期' },
};

/** Chat: to the seller or the agent's support, as people write in a chat. Formal: to whoever decides. */
export type Register = 'chat' | 'formal';

export const REASON_TEXT: Record<Register, Record<Reason, Text>> = {
  chat: {
    not_received: {
      en: 'It shows as shipped on {shippedOn}, but I still haven’t received it and the tracking hasn’t updated for days.',
      zh: '{shippedOn}就显示发货了，到现在还没收到，物流也好几天没更新了。',
    },
    lost_in_transit: {
      en: 'It was shipped on {shippedOn} (tracking {tracking}), but the tracking stopped and the carrier can’t find the parcel, so it looks lost.',
      zh: '{shippedOn}发的货，单号{tracking}，物流一直不动，快递那边也查不到，估计是丢件了。',
    },
    customs_held: {
      en: 'The parcel (tracking {tracking}) is held by customs, waiting for duties or documents.',
      zh: '包裹被海关扣了（单号{tracking}），说要补税或者补资料才能放行。',
    },
    damaged: {
      en: 'It arrived damaged on {deliveredOn}. I filmed the unboxing and took photos.',
      zh: '{deliveredOn}签收的，拆开发现东西坏了，开箱视频和照片我都有。',
    },
    not_as_described: {
      en: 'It arrived on {deliveredOn}, but it is quite different from the listing’s description and photos.',
      zh: '{deliveredOn}收到了，但是跟详情页描述的差别挺大的。',
    },
    wrong_item: {
      en: 'It arrived on {deliveredOn}, but it isn’t the item I ordered.',
      zh: '{deliveredOn}收到了，但不是我拍的那款，应该是发错货了。',
    },
    wrong_size_colour: {
      en: 'It arrived on {deliveredOn}, but in a different size or colour from the one I ordered.',
      zh: '{deliveredOn}收到了，但尺码/颜色跟我拍的不一样。',
    },
    counterfeit: {
      en: 'It arrived on {deliveredOn}, but it doesn’t look genuine next to the original.',
      zh: '{deliveredOn}收到了，但感觉不是正品，跟官方的对比差别挺明显的。',
    },
    missing_parts: {
      en: 'It arrived on {deliveredOn}, but parts or items are missing.',
      zh: '{deliveredOn}收到了，拆开发现少了东西，配件不全。',
    },
    seller_unresponsive: {
      en: 'I wrote to you on {askedOn} and haven’t had a reply yet.',
      zh: '{askedOn}给您留过言，一直没收到回复。',
    },
    refund_not_received: {
      en: 'The refund showed as done on {refundOn}, but it hasn’t reached my account.',
      zh: '退款{refundOn}就显示成功了，但我这边一直没到账。',
    },
    return_not_accepted: {
      en: 'I sent the return back on {returnShippedOn}, but it hasn’t been accepted or refunded yet.',
      zh: '退货{returnShippedOn}就寄回去了，到现在还没确认收货退款。',
    },
    agent_qc_mismatch: {
      en: 'The QC photos of {qcOn} show the item doesn’t match the listing.',
      zh: '看了仓库{qcOn}拍的质检照片，东西跟详情页不一样。',
    },
    agent_lost_in_warehouse: {
      en: 'The seller’s parcel was signed for at the warehouse on {signedOn}, but the item can’t be found.',
      zh: '物流显示{signedOn}仓库就签收了，但仓库说找不到这件货。',
    },
    overcharged_shipping: {
      en: 'I was charged more for shipping than quoted, and it doesn’t match the parcel’s weight.',
      zh: '运费收得比报价多，跟包裹实际重量也对不上。',
    },
  },
  formal: {
    not_received: {
      en: 'The order was shipped on {shippedOn} and has still not been delivered; the tracking shows no delivery.',
      zh: '卖家于{shippedOn}发货，本人至今未收到商品，物流信息显示未妥投。',
    },
    lost_in_transit: {
      en: 'The parcel was shipped on {shippedOn} (tracking {tracking}) and has been lost in transit: the tracking stopped and the carrier cannot locate it.',
      zh: '包裹于{shippedOn}发出（运单号{tracking}），物流信息长期停滞，承运商无法查到包裹下落，包裹已在运输途中丢失。',
    },
    customs_held: {
      en: 'The parcel (tracking {tracking}) is held by customs pending duties or documents, for a reason that is not mine.',
      zh: '包裹（运单号{tracking}）被海关扣留，需补缴税费或补充资料，扣关原因不在本人。',
    },
    damaged: {
      en: 'The item arrived damaged on {deliveredOn}; I recorded the unboxing and photographed the damage and the packaging.',
      zh: '本人于{deliveredOn}签收，开箱发现商品破损，已录制开箱视频并拍摄破损及外包装照片。',
    },
    not_as_described: {
      en: 'The item I received on {deliveredOn} is significantly different from the listing’s description and photos.',
      zh: '本人于{deliveredOn}收到的商品与商品页面的描述和图片严重不符。',
    },
    wrong_item: {
      en: 'The item I received on {deliveredOn} is not the item I ordered.',
      zh: '本人于{deliveredOn}收到的商品并非所购商品，卖家发错货。',
    },
    wrong_size_colour: {
      en: 'The item I received on {deliveredOn} is in a different size or colour from the one I ordered.',
      zh: '本人于{deliveredOn}收到的商品尺码或颜色与所购规格不符。',
    },
    counterfeit: {
      en: 'The item I received on {deliveredOn} is not genuine, although the listing presented it as the branded product.',
      zh: '本人于{deliveredOn}收到的商品疑为假冒产品，与商品页面宣称的正品不符。',
    },
    missing_parts: {
      en: 'The parcel I received on {deliveredOn} is missing parts or items of the order.',
      zh: '本人于{deliveredOn}收到的包裹缺少配件或商品。',
    },
    seller_unresponsive: {
      en: 'I contacted the seller on {askedOn} about a problem with this order and have received no reply.',
      zh: '本人已于{askedOn}就订单问题联系卖家，卖家至今未予答复。',
    },
    refund_not_received: {
      en: 'A refund was confirmed on {refundOn}, but it has not reached my account.',
      zh: '退款已于{refundOn}确认，但至今未到账。',
    },
    return_not_accepted: {
      en: 'I returned the item as agreed on {returnShippedOn}, but the seller has not accepted the return or refunded me.',
      zh: '本人已按约定于{returnShippedOn}寄回商品，卖家至今未确认收货并退款。',
    },
    agent_qc_mismatch: {
      en: 'The warehouse’s quality-control photos of {qcOn} show an item that does not match the listing (model, size, colour or defects).',
      zh: '仓库于{qcOn}拍摄的质检照片显示，商品与商品页面不符（款式、尺码、颜色或瑕疵）。',
    },
    agent_lost_in_warehouse: {
      en: 'The seller’s parcel was signed for by the agent’s warehouse on {signedOn}, but the agent cannot locate the item.',
      zh: '卖家发出的包裹已于{signedOn}由代购仓库签收，但代购至今找不到该商品。',
    },
    overcharged_shipping: {
      en: 'I was charged more for shipping than the quoted rate; the charge does not match the parcel’s weight.',
      zh: '所收运费高于报价，与包裹实际重量不符。',
    },
  },
};

/** What the shopper asks for, as a phrase that fits "I would like …" / "申请…". */
export const REMEDY_TEXT: Record<Remedy, Text> = {
  refund_only: { en: 'a full refund', zh: '仅退款' },
  return_refund: { en: 'a return and full refund', zh: '退货退款' },
  replacement: { en: 'a replacement', zh: '换货' },
  partial_refund: { en: 'a partial refund of {claimAmount}', zh: '部分退款{claimAmount}' },
  reship: { en: 'the item to be sent again', zh: '补发' },
};

export interface Template {
  channel: Channel;
  name: Text;
  register: Register;
  text: Text;
}

export const TEMPLATES = {
  seller_first: {
    channel: 'seller_chat',
    name: { en: 'First message to the seller', zh: '给卖家的第一条消息' },
    register: 'chat',
    text: {
      en: 'Hello,\n\nI’m writing about order {orderId}: {items}.\n{reason} I would like {remedy}.\n\nCould you let me know by {deadline} how you will resolve this?\n\nThank you.',
      zh: '亲，您好！订单号{orderId}，买的是{items}。{reason}想申请{remedy}，麻烦帮忙处理一下，谢谢！',
    },
  },
  agent_ticket: {
    channel: 'agent_after_sales',
    name: { en: 'After-sales ticket to the agent', zh: '代购售后工单' },
    register: 'chat',
    text: {
      en: 'Hello,\n\nOrder {orderId}: {items} (seller: {seller}).\n{reason}\nI would like {remedy}. Please contact the seller on my behalf; the window for this request closes on {deadline}.\n\nAttached: {evidenceList}.\n\nThank you.',
      zh: '您好，订单号{orderId}，商品：{items}（卖家：{seller}）。\n{reason}想申请{remedy}，麻烦帮忙联系卖家处理。申请期限到{deadline}，还请在此之前处理，谢谢！\n附件：{evidenceList}。',
    },
  },
  marketplace_dispute: {
    channel: 'marketplace_dispute',
    name: { en: 'Dispute description for the marketplace', zh: '平台退款/纠纷说明' },
    register: 'formal',
    text: {
      en: 'Order {orderId}: {items}.\n{reason}\nI am asking for {remedy}. Evidence attached: {evidenceList}.',
      zh: '订单号{orderId}，商品：{items}。\n{reason}申请{remedy}。已上传凭证：{evidenceList}。',
    },
  },
  platform_escalation: {
    channel: 'marketplace_dispute',
    name: { en: 'Asking the platform to step in', zh: '申请平台介入' },
    register: 'formal',
    text: {
      en: 'I ask {site} to step in on order {orderId} ({items}; seller: {seller}).\n{reason}\nOn {askedOn} I asked the seller for {remedy}. The seller has not resolved it.\nEvidence: {evidenceList}.\nPlease review the case and decide it under your buyer protection rules.',
      zh: '申请平台介入。订单号{orderId}，商品：{items}，卖家：{seller}。\n{reason}本人已于{askedOn}与卖家协商，申请{remedy}，卖家至今未解决。\n证据：{evidenceList}。\n请平台核实并依规处理，谢谢。',
    },
  },
  paypal_dispute: {
    channel: 'paypal',
    name: { en: 'PayPal dispute', zh: 'PayPal 争议' },
    register: 'formal',
    text: {
      en: 'On {paidOn} I paid {amount} with PayPal for order {orderId} on {site} (seller: {seller}): {items}.\n{reason}\nOn {askedOn} I contacted the seller and asked for {remedy}; the problem has not been resolved.\nI ask for a refund of {claimAmount} under PayPal Buyer Protection.\nEvidence: {evidenceList}.',
      zh: '本人于{paidOn}通过 PayPal 支付{amount}，在{site}购买{items}（订单号{orderId}，卖家：{seller}）。\n{reason}本人已于{askedOn}联系卖家，要求{remedy}，问题至今未解决。\n现依据 PayPal 买家保护政策申请退款{claimAmount}。\n证据：{evidenceList}。',
    },
  },
  paypal_claim: {
    channel: 'paypal',
    name: { en: 'PayPal claim (escalated dispute)', zh: 'PayPal 索赔（争议升级）' },
    register: 'formal',
    text: {
      en: 'I am escalating this dispute, opened on {disputedOn}, to a claim.\nOrder {orderId} on {site} (seller: {seller}), {amount} paid on {paidOn}: {items}.\n{reason}\nI asked the seller for {remedy} on {askedOn}; the seller has not resolved it through the dispute.\nPlease review the evidence and decide the claim: {evidenceList}.\nI ask for a refund of {claimAmount}.',
      zh: '本人于{disputedOn}发起的争议至今未解决，现申请升级为索赔。\n订单号{orderId}，{site}，卖家：{seller}；本人于{paidOn}支付{amount}，购买{items}。\n{reason}本人已于{askedOn}向卖家提出{remedy}，卖家在争议期间未予解决。\n请审核以下证据并作出裁决：{evidenceList}。\n申请退款{claimAmount}。',
    },
  },
  // What issuers ask for (rules.md §6; the issuer help pages it cites): cardholder, transaction date
  // and amount, merchant, reason, what was tried with the merchant and when, evidence enclosed.
  card_chargeback: {
    channel: 'card_issuer',
    name: { en: 'Chargeback letter to your card issuer', zh: '致发卡行的拒付申请' },
    register: 'formal',
    text: {
      en: 'To: the card disputes department\n\nCardholder: {buyer}\nTransaction date: {paidOn}\nAmount: {amount}\nMerchant: {site} (seller: {seller}), order {orderId}\nGoods: {items}\n\nReason for the dispute: {reason}\n\nWhat I did to resolve it with the merchant: on {askedOn} I contacted the merchant and asked for {remedy}. The matter has not been resolved.\n\nI ask you to charge back {claimAmount}.\n\nEnclosed: {evidenceList}.\n\n{buyer}\n{today}',
      zh: '致：发卡行争议处理部门\n\n持卡人：{buyer}\n交易日期：{paidOn}\n交易金额：{amount}\n商户：{site}（卖家：{seller}），订单号{orderId}\n商品：{items}\n\n争议原因：{reason}\n\n与商户协商情况：本人已于{askedOn}联系商户，要求{remedy}，至今未获解决。\n\n本人申请对{claimAmount}发起拒付。\n\n随附材料：{evidenceList}。\n\n{buyer}\n{today}',
    },
  },
  // In Chinese for 12315 (a business registered in mainland China, rules.md §8); in English for the
  // shopper's own consumer body, e.g. ECC-Net for a buyer in the EU.
  consumer_complaint: {
    channel: 'consumer_body',
    name: {
      en: 'Consumer complaint (in Chinese: 12315; in English: ECC-Net or your national consumer body)',
      zh: '消费者投诉（中文：12315；英文：欧洲消费者中心或本国消费者组织）',
    },
    register: 'formal',
    text: {
      en: 'Complaint about a purchase from a trader abroad\n\nConsumer: {buyer}\nTrader: {seller}, selling on {site}\nOrder: {orderId}, {amount} paid on {paidOn}\nGoods: {items}\n\nWhat happened: {reason}\n\nWhat I have done: on {askedOn} I contacted the trader and asked for {remedy}. The matter has not been resolved.\n\nWhat I am asking for: {remedy}.\n\nEvidence enclosed: {evidenceList}.\n\n{buyer}\n{today}',
      zh: '投诉人：{buyer}\n被投诉经营者：{seller}（{site}）\n订单号：{orderId}\n购买时间：{paidOn}\n商品：{items}\n金额：{amount}\n\n投诉事由：{reason}本人已于{askedOn}与经营者协商，要求{remedy}，但至今未获解决。\n\n投诉请求：依据《中华人民共和国消费者权益保护法》，请求市场监督管理部门依法处理，责令经营者{remedy}。\n\n证据材料：{evidenceList}。\n\n{buyer}\n{today}',
    },
  },
} satisfies Record<string, Template>;

export type TemplateId = keyof typeof TEMPLATES;

/** The drafts a channel offers, in the order a case meets them. */
export function templatesFor(channel: Channel): TemplateId[] {
  return (Object.keys(TEMPLATES) as TemplateId[]).filter((id) => TEMPLATES[id].channel === channel);
}
