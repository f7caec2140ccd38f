import type { LadderRung } from '@/utils/rules/ladder';
import { useFormatInstant, useLang, useT } from './i18n';

const SHORT: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };

/**
 * The ladder in one line for the popup: each rung where a step is open or opens later, with the
 * last safe day of its latest-closing step. The side panel shows the whole ladder.
 */
export function LadderLine({ rungs }: { rungs: LadderRung[] }) {
  const t = useT();
  const lang = useLang();
  const fmt = useFormatInstant();
  const chips = rungs.flatMap((r) => {
    const live = r.steps.filter((s) => s.state === 'open' || s.state === 'not_yet');
    if (!live.length) return [];
    const last = live.reduce((a, b) => ((b.lastSafeAt ?? '') > (a.lastSafeAt ?? '') ? b : a));
    const name = lang === 'zh_CN' ? last.step.name.zh : last.step.name.en;
    const when = last.lastSafeAt ? new Intl.DateTimeFormat(lang === 'zh_CN' ? 'zh-CN' : 'en', SHORT).format(new Date(last.lastSafeAt)) : '…';
    const full = last.lastSafeAt ? t('step_open', { date: fmt(last.lastSafeAt) }) : t('step_open_undated');
    return [{ rung: r.rung, label: `${t(`rung_${r.rung}`)} · ${when}`, title: `${name}: ${full}` }];
  });
  if (!chips.length) return null;
  return (
    <ul className="ladder-line" aria-label={t('ladderTitle')}>
      {chips.map((c) => (
        <li key={c.rung} title={c.title} data-rung={c.rung}>
          {c.label}
        </li>
      ))}
    </ul>
  );
}
