import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { channelsFor, reasonsFor, rungOf } from '@/utils/case/applies';
import { checklistFor, checklistProgress } from '@/utils/case/checklist';
import { CHANNELS, REASONS, REMEDIES, RemedySchema, type Case, type Channel, type Reason } from '@/utils/case/schema';
import { mergeTimeline } from '@/utils/case/timeline';
import { saveCase } from '@/utils/db/cases';
import { db } from '@/utils/db/index';
import { listEvidence } from '@/utils/evidence/store';
import type { Deadline, Order } from '@/utils/model';
import { ladderFor } from '@/utils/rules/ladder';
import { useLang, useT } from '../i18n';
import { useNow } from '../use-now';
import { Checklist } from './Checklist';
import { Drafts } from './Drafts';
import { EvidenceList } from './EvidenceList';
import { ExportCase } from './ExportCase';
import { Timeline } from './Timeline';
import { pick } from './text';

/**
 * One case: what went wrong and what is asked, where; the evidence that channel wants and what is
 * attached; the drafts to send; the dated story; the export.
 */
export function CaseWorkspace({ order, deadlines, kase }: { order: Order; deadlines: Deadline[]; kase: Case }) {
  const t = useT();
  const lang = useLang();
  const now = useNow();
  const evidence = useLiveQuery(() => listEvidence(db(), kase.id), [kase.id]);
  const [error, setError] = useState<string>();
  const save = (next: Case) =>
    void saveCase(db(), next).then(
      () => setError(undefined),
      (e: unknown) => setError(String(e)),
    );

  // Dates captured since the case was opened join its timeline.
  useEffect(() => {
    const merged = mergeTimeline(order, kase.timeline);
    if (JSON.stringify(merged) !== JSON.stringify(kase.timeline)) save({ ...kase, timeline: merged });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-run only when the order's dates change
  }, [order.capturedAt, order.overrides]);

  const channels = channelsFor(order);
  const items = checklistFor(kase.reason, kase.channel);
  const progress = checklistProgress(items, evidence ?? []);
  // The next step's last safe moment on this channel's rung, for the drafts' "by" date.
  const step = ladderFor(order, deadlines, now)
    .find((r) => r.rung === rungOf(kase.channel))
    ?.steps.find((s) => s.state === 'open' && s.lastSafeAt);

  return (
    <div className="case-workspace" data-case-id={kase.id}>
      <div className="case-head">
        {kase.scope.kind !== 'order' && (
          <div className="muted">
            {t('caseAbout')}: {kase.scope.kind === 'item' ? (order.items[kase.scope.index]?.title ?? `#${kase.scope.index + 1}`) : t('caseParcel', { parcelId: kase.scope.parcelId })}
          </div>
        )}
        <label>
          <span>{t('caseReason')}</span>
          <select value={kase.reason} onChange={(e) => save({ ...kase, reason: e.target.value as Reason })}>
            {reasonsFor(order).map((r) => (
              <option key={r} value={r}>
                {pick(REASONS[r].name, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('caseRemedy')}</span>
          <select value={kase.remedy} onChange={(e) => save({ ...kase, remedy: RemedySchema.parse(e.target.value) })}>
            {RemedySchema.options.map((r) => (
              <option key={r} value={r}>
                {pick(REMEDIES[r].name, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('caseChannel')}</span>
          <select value={kase.channel} onChange={(e) => save({ ...kase, channel: e.target.value as Channel })}>
            {channels.map((c) => (
              <option key={c} value={c}>
                {pick(CHANNELS[c].name, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p className="note" role="alert">
          {error}
        </p>
      )}
      <Checklist caseId={kase.id} progress={progress} />
      <EvidenceList order={order} caseId={kase.id} evidence={evidence ?? []} items={items} />
      <Drafts order={order} kase={kase} evidence={evidence ?? []} deadline={step?.lastSafeAt} onSent={save} />
      <Timeline order={order} kase={kase} onChange={save} />
      <label className="case-notes">
        <span>{t('caseNotes')}</span>
        <textarea defaultValue={kase.notes} rows={3} onBlur={(e) => e.target.value !== kase.notes && save({ ...kase, notes: e.target.value })} />
      </label>
      <ExportCase order={order} kase={kase} evidence={evidence ?? []} />
    </div>
  );
}
