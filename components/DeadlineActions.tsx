import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { MarkMessage, Reply } from '@/utils/messages';
import type { Deadline } from '@/utils/model';
import { ruleName } from './DeadlineSummary';
import { useLang, useT } from './i18n';
import { useNow } from './use-now';

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' of a moment in the user's own calendar (a date input's value). */
const localDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Done, not relevant, snooze a day or three: the deadline leaves the list and its reminders stop until then. */
export function DeadlineActions({ d }: { d: Deadline }) {
  const t = useT();
  const lang = useLang();
  const [error, setError] = useState<string>();
  const now = useNow();
  const name = ruleName(d.ruleId, lang);
  const mark = async (m: MarkMessage['mark']) => {
    try {
      const r = (await browser.runtime.sendMessage({ type: 'deadline.mark', id: d.id, mark: m } satisfies MarkMessage)) as Reply;
      setError(r.ok ? undefined : r.error);
    } catch (e) {
      setError(String(e));
    }
  };
  const snooze = (days: number) => void mark({ snoozeUntil: new Date(Date.now() + days * DAY_MS).toISOString() });
  return (
    <div className="deadline-actions" role="group" aria-label={t('actionsFor', { rule: name })}>
      <button type="button" onClick={() => void mark('done')} aria-label={t('markDoneLabel', { rule: name })}>
        {t('markDone')}
      </button>
      <button type="button" onClick={() => void mark('dismissed')} aria-label={t('markDismissedLabel', { rule: name })}>
        {t('markDismissed')}
      </button>
      <button type="button" onClick={() => snooze(1)} aria-label={t('snoozeLabel', { rule: name, days: 1 })}>
        {t('snoozeDays', { days: 1 })}
      </button>
      <button type="button" onClick={() => snooze(3)} aria-label={t('snoozeLabel', { rule: name, days: 3 })}>
        {t('snoozeDays', { days: 3 })}
      </button>
      <input
        type="date"
        aria-label={t('snoozeUntilLabel', { rule: name })}
        min={localDate(new Date(now.getTime() + DAY_MS))}
        onChange={(e) => {
          // Until the start of that day, the user's own midnight.
          const until = new Date(`${e.target.value}T00:00`);
          if (!Number.isNaN(until.getTime()) && until.getTime() > Date.now()) void mark({ snoozeUntil: until.toISOString() });
        }}
      />
      {error && (
        <span className="note" role="alert">
          {t('overrideFailed', { error })}
        </span>
      )}
    </div>
  );
}
