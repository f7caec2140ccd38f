import { useState } from 'react';
import type { ChecklistProgress } from '@/utils/case/checklist';
import { useLang, useT } from '../i18n';
import { attachFiles } from './attach';
import { pick } from './text';

/** What this channel wants for this reason, ticked as evidence is attached; each item can take files directly. */
export function Checklist({ caseId, progress }: { caseId: string; progress: ChecklistProgress }) {
  const t = useT();
  const lang = useLang();
  const [error, setError] = useState<string>();
  return (
    <section className="checklist" aria-labelledby="checklist-title">
      <h3 id="checklist-title">{t('checklistTitle')}</h3>
      <div className="checklist-progress">
        <progress max={progress.all.total} value={progress.all.done} aria-label={t('checklistProgressLabel')} />
        <span>{t('checklistProgress', { done: progress.required.done, total: progress.required.total, all: progress.all.done, allTotal: progress.all.total })}</span>
      </div>
      <ul className="checklist-items">
        {progress.items.map(({ item, done }) => (
          <li key={item.id} data-item={item.id} className={done ? 'done' : undefined}>
            <span className="tick" aria-hidden>
              {done ? '✓' : '○'}
            </span>
            <div className="checklist-text">
              <div>
                {pick(item.what, lang)} {item.required ? <span className="tag">{t('required')}</span> : <span className="muted">{t('recommended')}</span>}
              </div>
              <div className="muted">{pick(item.why, lang)}</div>
              <span className="sr-only">{done ? t('itemDone') : t('itemNotDone')}</span>
            </div>
            <label className="attach">
              <span>{t('attach')}</span>
              <input
                type="file"
                multiple
                aria-label={t('attachFor', { what: pick(item.what, lang) })}
                onChange={(e) => {
                  const files = [...(e.target.files ?? [])];
                  e.target.value = '';
                  void attachFiles(caseId, files, { itemId: item.id, kinds: item.kinds }).then(
                    () => setError(undefined),
                    (err: unknown) => setError(String(err)),
                  );
                }}
              />
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p className="note" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
