import { flowFromTaobao, fromTaobao, ladderFromTaobao } from './taobao';
import type { Rule } from './types';

/**
 * Tmall clocks. Tmall runs on Taobao's trade system (`../shared/research/rules.md` §3): the same
 * lengths, start events and counting, and the captured Tmall order page shows the same 10 × 24 h
 * auto-confirm `targetTime` as Taobao's. The rules are Taobao's, renamed `tm.*`.
 */
export const tmallRules: Rule[] = fromTaobao('tmall', 'tm');

export const tmallFlow = flowFromTaobao('tmall', 'tm', { en: 'Tmall refund request', zh: '天猫退款申请' });
export const tmallLadderSteps = ladderFromTaobao('tmall', 'tm');
