import type { Source } from '../model';
import { flowFromTaobao, fromTaobao, ladderFromTaobao } from './taobao';
import type { Rule } from './types';

/**
 * Weidian (微店) clocks, from `../shared/research/rules.md` §3 ("Weidian") and §9.10. The national
 * 7-day rule applies to consumer purchases with the same start (the day after sign-for), so those
 * rules keep their legal standing. Weidian's own auto-confirm and refund timeouts were not found:
 * they reuse the Taobao values as low-confidence estimates until the order page's countdown is read.
 */

const NOTE_WEIDIAN: Source = {
  title: 'Refund Radar research note rules.md §3 (Weidian): national 7-day rule applies; no Weidian timeout found, Taobao value reused',
  seen: '2026-11',
};

/** The national rules' clocks: the law, not Taobao's practice, sets them. */
const NATIONAL = new Set(['tb.7day.window', 'tb.7day.window.legal', 'tb.7day.refund']);

export const weidianRules: Rule[] = fromTaobao('weidian', 'wd', (r) =>
  // The law is certain; how Weidian applies it is not documented: at most medium.
  NATIONAL.has(r.id)
    ? { sources: [...r.sources, NOTE_WEIDIAN], confidence: 'medium' }
    : { sources: [NOTE_WEIDIAN, ...r.sources], confidence: 'low', estimate: true },
);

export const weidianFlow = flowFromTaobao('weidian', 'wd', { en: 'Weidian refund request', zh: '微店退款申请' });
export const weidianLadderSteps = ladderFromTaobao('weidian', 'wd', {
  id: 'wd.step.platform',
  platform: 'weidian',
  rung: 'platform',
  name: { en: 'Ask Weidian to step in', zh: '申请微店平台介入' },
  how: {
    en: 'From the refund page, if the seller refuses or stalls and the page offers it. How Weidian decides was not documented.',
    zh: '卖家拒绝或拖延时，如退款页面提供该入口，可申请平台介入。平台的处理方式未见公开说明。',
  },
  windows: [],
  takenBy: ['platform_intervened'],
  outer: [],
  noClock: {
    why: { en: 'No rule found for this platform’s intervention.', zh: '未找到该平台介入的规则。' },
    sources: [NOTE_WEIDIAN],
  },
});
