import type { Source } from '../model';

/**
 * What each dispute form accepts for uploads, as data with its source. A figure the research has not
 * found is `'unknown'`, never a guess: the UI says "limit unknown" and may let the user type the
 * figure the form shows. When a form's figure is found, record it here in bytes, reading "5 MB" as
 * the smaller 5,000,000 so that a copy made for it fits either way.
 */

export type Known<T> = T | 'unknown';

export const UPLOAD_CHANNELS = ['aliexpress_dispute', 'taobao_refund', 'paypal_resolution', 'card_chargeback', 'agent_ticket'] as const;
export type UploadChannel = (typeof UPLOAD_CHANNELS)[number];

export interface UploadLimit {
  channel: UploadChannel;
  /** Per file, in bytes. */
  maxFileBytes: Known<number>;
  /** Files per submission. */
  maxFiles: Known<number>;
  /** MIME types the form takes. */
  accepted: Known<readonly string[]>;
  source: Source;
  note?: string;
}

const NOT_IN_RESEARCH: Source = {
  title: 'No figure in the project research (shared/research: rules.md, flows.md, peers.md, agents.md)',
  seen: '2026-11-23',
};

export const UPLOAD_LIMITS: Record<UploadChannel, UploadLimit> = {
  aliexpress_dispute: {
    channel: 'aliexpress_dispute',
    maxFileBytes: 'unknown',
    maxFiles: 'unknown',
    accepted: 'unknown',
    source: NOT_IN_RESEARCH,
    note: 'Either side may add photos and video to an open dispute (flows.md §5).',
  },
  taobao_refund: {
    channel: 'taobao_refund',
    maxFileBytes: 'unknown',
    maxFiles: 'unknown',
    accepted: 'unknown',
    source: NOT_IN_RESEARCH,
    note: 'Taobao and Tmall share the refund page.',
  },
  paypal_resolution: {
    channel: 'paypal_resolution',
    maxFileBytes: 'unknown',
    maxFiles: 'unknown',
    accepted: 'unknown',
    source: NOT_IN_RESEARCH,
  },
  card_chargeback: {
    channel: 'card_chargeback',
    maxFileBytes: 'unknown',
    maxFiles: 'unknown',
    accepted: 'unknown',
    source: NOT_IN_RESEARCH,
    note: 'Each card issuer runs its own form; there is no network-wide figure for the cardholder.',
  },
  agent_ticket: {
    channel: 'agent_ticket',
    maxFileBytes: 'unknown',
    maxFiles: 'unknown',
    accepted: 'unknown',
    source: NOT_IN_RESEARCH,
    note: 'Each shopping agent runs its own ticket form.',
  },
};
