import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { db } from '@/utils/db/index';
import type { MarkMessage } from '@/utils/messages';
import { hides, type Deadline } from '@/utils/model';
import { useFormatInstant, useT } from './i18n';

/** What the user said of a deadline in the popup (done, not relevant, snoozed), and a way back. */
export function MarkTag({ d, now }: { d: Deadline; now: Date }) {
  const t = useT();
  const fmt = useFormatInstant();
  const mark = useLiveQuery(() => db().marks.get(d.id), [d.id]);
  if (!mark || !hides(mark, now)) return null;
  const text = mark.state === 'snoozed' && mark.until ? t('snoozedUntil', { date: fmt(mark.until) }) : t(mark.state === 'done' ? 'markedDone' : 'markedDismissed');
  return (
    <div className="mark">
      <span className="tag">{text}</span>
      <button type="button" onClick={() => void browser.runtime.sendMessage({ type: 'deadline.mark', id: d.id, mark: 'clear' } satisfies MarkMessage)}>
        {t('undoMark')}
      </button>
    </div>
  );
}
