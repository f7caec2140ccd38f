import type { Source } from '../model';
import { fromTaobao } from './taobao';
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
