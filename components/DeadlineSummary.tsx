import type { Deadline } from '@/utils/model';
import { timeLeft } from '@/utils/format';
import { deadlineState } from '@/utils/rules/engine';
import { ruleById } from '@/utils/rules/index';
import { useFormatInstant, useLang, useT } from './i18n';

export function ruleName(ruleId: string, lang: 'en' | 'zh_CN'): string {
  const rule = ruleById.get(ruleId);
  return rule ? (lang === 'zh_CN' ? rule.name.zh : rule.name.en) : ruleId;
}

/** "in 2 d 5 h" / "passed 3 d ago" / the reason a date is unknown. */
export function LeftText({ d, now }: { d: Deadline; now: Date }) {
  const t = useT();
  if (!d.dueAt) {
    return <span>{d.missing === 'protectionDays' ? t('needsProtectionDays') : t('needsEvent', { event: t(`event_${d.missing ?? d.from}`) })}</span>;
  }
  const left = timeLeft(d.dueAt, now);
  if (left.past) return <span>{left.days > 0 ? t('overdueBy', { days: left.days }) : t('passed')}</span>;
  return <span>{left.days > 0 ? t('leftDaysHours', { days: left.days, hours: left.hours }) : t('leftHours', { hours: left.hours })}</span>;
}

/** One deadline in a line: name, due in the user's zone, time left, coloured by urgency. */
export function DeadlineSummary({ d, now }: { d: Deadline; now: Date }) {
  const t = useT();
  const lang = useLang();
  const fmt = useFormatInstant();
  const state = deadlineState(d, now);
  return (
    <div className={`deadline state-${state} kind-${d.kind}`} data-rule={d.ruleId}>
      <span className="deadline-name">
        {ruleName(d.ruleId, lang)}
        {d.estimate && <span className="tag">{t('estimate')}</span>}
      </span>
      <span className="deadline-due">{d.dueAt ? fmt(d.dueAt) : t('dueUnknown')}</span>
      <span className="deadline-left">
        <LeftText d={d} now={now} />
      </span>
    </div>
  );
}
