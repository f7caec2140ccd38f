import { useState } from 'react';
import { renderDraft, type DraftEvidence } from '@/utils/case/drafts';
import type { Case, TextLang } from '@/utils/case/schema';
import { MARKERS, TEMPLATES, templatesFor, type TemplateId } from '@/utils/case/templates';
import { addEntry, sentDraftEntry } from '@/utils/case/timeline';
import { AgentSourceSchema, type Order } from '@/utils/model';
import { useLang, useT, useZone } from '../i18n';
import { pick } from './text';

/**
 * A seller or platform of the Chinese marketplaces (those agents buy from) reads Chinese; everyone
 * else gets English first. Either can be picked.
 */
function firstLang(order: Order, kase: Case): TextLang {
  const chinese = AgentSourceSchema.safeParse(order.site).success;
  return chinese && ['seller_chat', 'marketplace_dispute'].includes(kase.channel) ? 'zh' : 'en';
}

/**
 * The draft for this channel, filled from the order and the case, as plain text the user edits before
 * sending; copying it puts the edited text on the clipboard, and "I sent it" logs it on the timeline.
 */
export function Drafts({ order, kase, evidence, deadline, onSent }: { order: Order; kase: Case; evidence: DraftEvidence[]; deadline: string | undefined; onSent: (c: Case) => void }) {
  const t = useT();
  const lang = useLang();
  const zone = useZone();
  const templates = templatesFor(kase.channel);
  const [chosen, setChosen] = useState<TemplateId>();
  const id = chosen && templates.includes(chosen) ? chosen : templates[0]!;
  const [dlang, setDlang] = useState<TextLang>(() => firstLang(order, kase));
  const draft = renderDraft(id, dlang, { order, case: kase, evidence, userZone: zone, now: new Date(), deadline, dateLocale: navigator.language });
  // Until the user edits it, the text follows the case (a new piece of evidence joins its list).
  const [edited, setEdited] = useState<string>();
  const text = edited ?? draft.text;
  const [status, setStatus] = useState<string>();

  return (
    <section className="drafts" aria-labelledby="drafts-title">
      <h3 id="drafts-title">{t('draftsTitle')}</h3>
      <div className="row">
        <select aria-label={t('draftWhich')} value={id} onChange={(e) => (setChosen(e.target.value as TemplateId), setEdited(undefined))}>
          {templates.map((tid) => (
            <option key={tid} value={tid}>
              {pick(TEMPLATES[tid].name, lang)}
            </option>
          ))}
        </select>
        <select aria-label={t('draftLanguage')} value={dlang} onChange={(e) => (setDlang(e.target.value as TextLang), setEdited(undefined))}>
          <option value="en">English</option>
          <option value="zh">简体中文</option>
        </select>
      </div>
      {draft.missing.length > 0 && <p className="note">{t('draftFillIn', { fields: draft.missing.map((m) => `[${MARKERS[m][dlang]}]`).join(', ') })}</p>}
      <textarea
        className="draft-text"
        aria-label={t('draftText')}
        rows={10}
        value={text}
        onChange={(e) => setEdited(e.target.value)}
      />
      <div className="row">
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard.writeText(text).then(
              () => setStatus(t('copied')),
              (e: unknown) => setStatus(String(e)),
            )
          }
        >
          {t('copyDraft')}
        </button>
        {edited !== undefined && (
          <button type="button" onClick={() => setEdited(undefined)}>
            {t('draftReset')}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            onSent({ ...kase, timeline: addEntry(kase.timeline, sentDraftEntry({ id: crypto.randomUUID(), at: new Date(), zone, channel: kase.channel, templateId: id, lang: dlang, text })) });
            setStatus(t('draftLogged'));
          }}
        >
          {t('draftSent')}
        </button>
        {status && <span role="status">{status}</span>}
      </div>
    </section>
  );
}
