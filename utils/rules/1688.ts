import type { Source } from '../model';
import { flowFromTaobao, fromTaobao, ladderFromTaobao } from './taobao';
import type { Rule } from './types';

/**
 * 1688 (阿里巴巴批发) clocks, from `../shared/research/rules.md` §3 ("1688") and §9.10. No 1688
 * auto-confirm or refund clock was found: every clock reuses the Taobao value as a low-confidence
 * estimate, to be replaced by the order page's own countdown. The national 7-day rule covers only
 * purchases "for living consumption" (art. 2), and much of 1688 is business-to-business: it binds
 * a 1688 seller only when the listing promises it (a "7天无理由" badge), so its clocks are estimates
 * too and their names say so.
 */

const NOTE_1688: Source = {
  title: 'Refund Radar research note rules.md §3 (1688): no 1688 clock found; Taobao value reused',
  seen: '2026-11',
};

const SEVEN_DAY = new Set(['tb.7day.window', 'tb.7day.window.legal', 'tb.7day.refund']);

export const rules1688: Rule[] = fromTaobao('1688', '1688', (r) => ({
  name: SEVEN_DAY.has(r.id) ? { en: `${r.name.en} (only if the listing promises it)`, zh: `${r.name.zh}（仅限商品承诺时）` } : r.name,
  sources: [NOTE_1688, ...r.sources],
  confidence: 'low',
  estimate: true,
}));

export const flow1688 = flowFromTaobao('1688', '1688', { en: '1688 refund request', zh: '1688 退款申请' });
export const ladder1688 = ladderFromTaobao('1688', '1688', {
  id: '1688.step.platform',
  platform: '1688',
  rung: 'platform',
  name: { en: 'Ask 1688 to step in', zh: '申请 1688 平台介入' },
  how: {
    en: 'From the refund page, if the seller refuses or stalls and the page offers it. How 1688 decides was not documented.',
    zh: '卖家拒绝或拖延时，如退款页面提供该入口，可申请平台介入。平台的处理方式未见公开说明。',
  },
  windows: [],
  takenBy: ['platform_intervened'],
  outer: [],
  noClock: {
    why: { en: 'No rule found for this platform’s intervention.', zh: '未找到该平台介入的规则。' },
    sources: [NOTE_1688],
  },
});
