import { ZipPathSchema, type EvidenceKind, type EvidenceSource, type ManifestItem } from './schema';
import { formatBytes } from './size';

/**
 * `report.html` in the export: one self-contained page that prints to PDF for a bank or a platform
 * (order, timeline, each item with its thumbnail, caption and SHA-256, the message sent). Every
 * string in it came from a shop page, a file name or the user, so every one is escaped; the page
 * also forbids scripts itself, in case a viewer ever renders it with the extension's privileges.
 */

export type ReportLang = 'en' | 'zh';

/** The order as the case shows it; plain strings so this module needs nothing from the case module. */
export interface ReportOrder {
  site: string;
  orderId: string;
  url?: string;
  seller?: string;
  items?: string[];
  /** Already formatted ("US $12.90"). */
  total?: string;
  status?: string;
  orderedAt?: string;
}

export interface TimelineEntry {
  /** UTC instant. */
  at: string;
  text: string;
}

export interface ReportDraft {
  text: string;
  /** Where it went ("AliExpress dispute", "Visa chargeback form"). */
  channel?: string;
  sentAt?: string;
}

export interface ReportInput {
  lang: ReportLang;
  caseId: string;
  /** What the case is about ("Item not as described"). */
  reason?: string;
  order: ReportOrder;
  timeline: TimelineEntry[];
  items: ManifestItem[];
  draft?: ReportDraft;
  exportedAt: string;
}

const LABELS = {
  en: {
    title: 'Evidence report',
    case: 'Case',
    exported: 'Exported',
    reason: 'Reason',
    order: 'Order',
    site: 'Site',
    orderId: 'Order number',
    orderPage: 'Order page',
    seller: 'Seller',
    items: 'Items',
    total: 'Total',
    status: 'Status',
    ordered: 'Ordered',
    timeline: 'Timeline',
    none: 'None',
    evidence: 'Evidence',
    file: 'File in this archive',
    size: 'Size',
    captured: 'Stored',
    source: 'Source',
    originalFile: 'Original file',
    lastModified: 'last modified',
    screenshot: 'Screenshot of',
    visible: 'visible area',
    fullPage: 'full page',
    pageTitle: 'Page title',
    localTime: 'Local time at capture',
    qcPage: 'Agent page',
    imageUrl: 'Image address',
    firstSeen: 'first seen',
    pageText: 'Text read from',
    pastedFrom: 'Pasted from',
    fulfils: 'Checklist items',
    draft: 'Message sent',
    sentTo: 'To',
    sentAt: 'Sent',
    integrity:
      'Each file’s SHA-256 is listed so that anyone can check it is unchanged since it was stored: `sha256sum FILE` (Linux), `shasum -a 256 FILE` (macOS), `certutil -hashfile FILE SHA256` (Windows). manifest.json lists the same in machine-readable form.',
    kind: {
      photo: 'Photo',
      video: 'Video',
      screenshot: 'Screenshot',
      document: 'Document',
      qc_photo: 'QC photo',
      chat_log: 'Chat log',
      tracking: 'Tracking history',
      receipt: 'Receipt',
    },
  },
  zh: {
    title: '证据报告',
    case: '案件',
    exported: '导出时间',
    reason: '原因',
    order: '订单',
    site: '平台',
    orderId: '订单号',
    orderPage: '订单页面',
    seller: '卖家',
    items: '商品',
    total: '金额',
    status: '状态',
    ordered: '下单时间',
    timeline: '时间线',
    none: '无',
    evidence: '证据',
    file: '压缩包内文件',
    size: '大小',
    captured: '保存时间',
    source: '来源',
    originalFile: '原始文件',
    lastModified: '修改时间',
    screenshot: '网页截图',
    visible: '可见区域',
    fullPage: '整页',
    pageTitle: '页面标题',
    localTime: '截图时当地时间',
    qcPage: '代购页面',
    imageUrl: '图片地址',
    firstSeen: '首次发现',
    pageText: '网页文字，来自',
    pastedFrom: '粘贴自',
    fulfils: '清单项',
    draft: '已发送的内容',
    sentTo: '发送至',
    sentAt: '发送时间',
    integrity:
      '每个文件都列出了 SHA-256 值，任何人都可以核对文件自保存以来未被改动：`sha256sum 文件`（Linux）、`shasum -a 256 文件`（macOS）、`certutil -hashfile 文件 SHA256`（Windows）。manifest.json 以机器可读的形式列出相同信息。',
    kind: {
      photo: '照片',
      video: '视频',
      screenshot: '截图',
      document: '文档',
      qc_photo: '质检照片',
      chat_log: '聊天记录',
      tracking: '物流记录',
      receipt: '收据',
    },
  },
} as const satisfies Record<ReportLang, Record<string, string | Record<EvidenceKind, string>>>;

type Labels = (typeof LABELS)[ReportLang];

/** Types every browser shows in <img>; SVG stays out (an SVG opened from the report could run script). */
const THUMBNAIL_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'image/bmp']);

export function renderReport(input: ReportInput): string {
  const L = LABELS[input.lang];
  const o = input.order;
  const orderRows: [string, string | undefined][] = [
    [L.reason, input.reason && esc(input.reason)],
    [L.site, esc(o.site)],
    [L.orderId, esc(o.orderId)],
    [L.orderPage, o.url && link(o.url)],
    [L.seller, o.seller && esc(o.seller)],
    [L.items, o.items?.length ? `<ul>${o.items.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>` : undefined],
    [L.total, o.total && esc(o.total)],
    [L.status, o.status && esc(o.status)],
    [L.ordered, o.orderedAt && esc(utc(o.orderedAt))],
  ];
  const timeline = [...input.timeline].sort((a, b) => a.at.localeCompare(b.at));
  return `<!doctype html>
<html lang="${input.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(`${L.title} · ${o.site} ${o.orderId}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(L.title)}</h1>
<p>${esc(L.case)} <code>${esc(input.caseId)}</code> · ${esc(L.exported)} ${esc(utc(input.exportedAt))}</p>
</header>
<section>
<h2>${esc(L.order)}</h2>
${definitions(orderRows)}
</section>
<section>
<h2>${esc(L.timeline)}</h2>
${timeline.length ? `<ol class="timeline">${timeline.map((e) => `<li><time>${esc(utc(e.at))}</time> ${esc(e.text)}</li>`).join('')}</ol>` : `<p>${esc(L.none)}</p>`}
</section>
<section>
<h2>${esc(L.evidence)}</h2>
${input.items.length ? input.items.map((item, i) => evidenceItem(item, i, L)).join('\n') : `<p>${esc(L.none)}</p>`}
</section>
${input.draft ? draftSection(input.draft, L) : ''}
<footer><p>${esc(L.integrity)}</p></footer>
</body>
</html>
`;
}

function evidenceItem(item: ManifestItem, index: number, L: Labels): string {
  const path = ZipPathSchema.safeParse(item.path).success ? item.path : undefined;
  const thumb = path && THUMBNAIL_TYPES.has(item.mime) ? `<a class="thumb" href="${esc(path)}"><img src="${esc(path)}" alt="${esc(item.caption ?? path)}"></a>` : '';
  const rows: [string, string | undefined][] = [
    [L.file, `<code>${esc(item.path)}</code>`],
    [L.size, esc(`${formatBytes(item.size)} (${item.size} B) · ${item.mime}`)],
    [L.captured, esc(utc(item.capturedAt))],
    ...sourceRows(item.source, L),
    [L.fulfils, item.fulfils?.length ? esc(item.fulfils.join(', ')) : undefined],
    ['SHA-256', `<code class="hash">${esc(item.sha256)}</code>`],
  ];
  return `<article class="item">
${thumb}<div>
<h3>${index + 1}. ${esc(L.kind[item.kind])}</h3>
${item.caption ? `<p class="caption">${esc(item.caption)}</p>` : ''}
${definitions(rows)}
</div>
</article>`;
}

function sourceRows(s: EvidenceSource, L: Labels): [string, string | undefined][] {
  switch (s.type) {
    case 'file':
      return [[L.originalFile, esc(s.name) + (s.lastModified ? esc(` · ${L.lastModified} ${utc(s.lastModified)}`) : '')]];
    case 'tab_screenshot':
      return [
        [L.screenshot, `${link(s.url)} (${esc(s.area === 'visible' ? L.visible : L.fullPage)})`],
        [L.pageTitle, s.title ? esc(s.title) : undefined],
        [L.localTime, esc(local(s.capturedAt, s.offsetMinutes, s.zone))],
      ];
    case 'qc_photo':
      return [
        [L.qcPage, link(s.pageUrl)],
        [L.imageUrl, link(s.imageUrl) + esc(` · ${L.firstSeen} ${utc(s.firstSeenAt)}`)],
      ];
    case 'page_text':
      return [
        [L.pageText, link(s.url)],
        [L.pageTitle, s.title ? esc(s.title) : undefined],
        [L.localTime, esc(local(s.capturedAt, s.offsetMinutes, s.zone))],
      ];
    case 'pasted_text':
      return [[L.pastedFrom, esc(s.from) + (s.url ? ` · ${link(s.url)}` : '')]];
  }
}

function draftSection(d: ReportDraft, L: Labels): string {
  const rows: [string, string | undefined][] = [
    [L.sentTo, d.channel && esc(d.channel)],
    [L.sentAt, d.sentAt && esc(utc(d.sentAt))],
  ];
  return `<section class="draft">
<h2>${esc(L.draft)}</h2>
${definitions(rows)}
<pre>${esc(d.text)}</pre>
</section>`;
}

/** Rows whose value is absent are left out; values arrive already escaped. */
function definitions(rows: [string, string | undefined][]): string {
  const shown = rows.filter((r): r is [string, string] => !!r[1]);
  return shown.length ? `<dl>${shown.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>` : '';
}

/** A link only for http(s); anything else (javascript:, data:) is shown as text and never clickable. */
function link(url: string): string {
  let ok = false;
  try {
    ok = ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    // Not a URL: shown as text below.
  }
  return ok ? `<a href="${esc(url)}" rel="noreferrer noopener">${esc(url)}</a>` : esc(url);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** `2026-03-01 12:00:00 UTC`: one unambiguous clock for every reader of the report. */
function utc(iso: string): string {
  // Only ISO instants: \`Date\`'s lenient parser reads a year out of any text with a number in it.
  const d = ISO.test(iso) ? new Date(iso) : undefined;
  return d && !Number.isNaN(d.getTime()) ? `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC` : iso;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The wall time the user saw, from the offset recorded at capture (no zone database needed). */
function local(iso: string, offsetMinutes: number, zone: string): string {
  const d = new Date(Date.parse(iso) + offsetMinutes * 60_000);
  if (!ISO.test(iso) || Number.isNaN(d.getTime())) return iso;
  const abs = Math.abs(offsetMinutes);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const off = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} ${off} (${zone})`;
}

const STYLE = `
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;color:#111;margin:2rem auto;max-width:60rem;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}
h2{font-size:1.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1rem;margin:0 0 .3rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .8rem;margin:.3rem 0}
dt{color:#555}
dd{margin:0;overflow-wrap:anywhere}
dd ul{margin:0;padding-left:1.1rem}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em}
.hash{word-break:break-all}
.timeline{padding-left:1.2rem}
.timeline time{font-variant-numeric:tabular-nums;color:#555;margin-right:.4rem}
.item{display:flex;gap:1rem;align-items:flex-start;border:1px solid #ddd;border-radius:4px;padding:.7rem;margin:.7rem 0}
.item>div{flex:1;min-width:0}
.thumb img{display:block;max-width:12rem;max-height:12rem;object-fit:contain;border:1px solid #eee}
.caption{margin:0 0 .3rem;white-space:pre-wrap}
.draft pre{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;border-left:3px solid #ccc;padding-left:.8rem}
footer{margin-top:2rem;color:#555;font-size:.85rem}
a{color:#0645ad}
@media print{
@page{margin:15mm}
body{margin:0;max-width:none;font-size:11pt}
a{color:inherit;text-decoration:none}
.item,.timeline li,dl{break-inside:avoid}
h2,h3{break-after:avoid}
.thumb img{max-width:6cm;max-height:6cm}
}
`;
