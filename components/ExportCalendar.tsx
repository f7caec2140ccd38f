import { useState } from 'react';
import { db } from '@/utils/db/index';
import { upcomingEntries } from '@/utils/db/calendar';
import { toIcs } from '@/utils/ics';
import { useLang, useT } from './i18n';

/** Downloads every upcoming deadline as an .ics file; importing a newer one updates the same events. */
export function ExportCalendar() {
  const t = useT();
  const lang = useLang();
  const [count, setCount] = useState<number>();
  const exportIcs = async () => {
    const now = new Date();
    const entries = await upcomingEntries(db(), now);
    const url = URL.createObjectURL(new Blob([toIcs(entries, now, lang)], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'refund-radar-deadlines.ics';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setCount(entries.length);
  };
  return (
    <span className="export-calendar">
      <button type="button" onClick={() => void exportIcs()}>
        {t('exportCalendar')}
      </button>
      {count !== undefined && <span role="status">{t('exportedCount', { count })}</span>}
    </span>
  );
}
