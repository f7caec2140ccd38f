import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { MarkMessage, Reply } from '@/utils/messages';
import type { Deadline } from '@/utils/model';
import { ruleName } from './DeadlineSummary';
import { instantToWallInput, wallInputToInstant } from '@/utils/format';
import { useLang, useT, useZone } from './i18n';
import { useNow } from './use-now';

const DAY_MS = 86_400_000;


/** Done, not relevant, snooze a day or three: the deadline leaves the list and its reminders stop until then. */
export function DeadlineActions({ d }: { d: Deadline }) {
  const t = useT();
  const lang = useLang();
  const zone = useZone();
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
        min={instantToWallInput(new Date(now.getTime() + DAY_MS).toISOString(), zone).slice(0, 10)}
        onChange={(e) => {
          // Until the start of that day, midnight in the zone the user sees dates in.
          const until = wallInputToInstant(e.target.value, zone);
          if (until && until.getTime() > Date.now()) void mark({ snoozeUntil: until.toISOString() });
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
