import type { LadderRung, LadderStepStatus, LadderWindow } from '@/utils/rules/ladder';
import { ruleName } from './DeadlineSummary';
import { useFormatInstant, useLang, useT } from './i18n';
import { SourceList } from './SourceList';

/** What a step's state means for this order, in one phrase. */
export function StepStateText({ s }: { s: LadderStepStatus }) {
  const t = useT();
  const fmt = useFormatInstant();
  switch (s.state) {
    case 'not_yet':
      return <>{t('step_not_yet', { date: fmt(s.opensAt!) })}</>;
    case 'open':
      return <>{s.lastSafeAt ? t('step_open', { date: fmt(s.lastSafeAt) }) : t('step_open_undated')}</>;
    case 'waiting':
    case 'unknown': {
      const w = s.windows.find((x) => !x.outer && (x.state === (s.state === 'waiting' ? 'pending' : 'unknown')));
      const waitsFor = w?.waitsFor;
      const event = waitsFor === 'protectionDays' ? t('protectionDaysShort') : waitsFor ? t(`event_${waitsFor}`) : '';
      return <>{t(s.state === 'waiting' ? 'step_waiting' : 'step_unknown', { event })}</>;
    }
    default:
      return <>{t(`step_${s.state}`)}</>;
  }
}

function WindowRow({ w }: { w: LadderWindow }) {
  const t = useT();
  const lang = useLang();
  const fmt = useFormatInstant();
  const d = w.deadline;
  return (
    <li className={`window window-${w.state}`} data-rule={w.ruleId}>
      <span>{ruleName(w.ruleId, lang)}</span>
      {w.outer && <span className="tag">{t('outerBound')}</span>}
      {d?.estimate && <span className="tag">{t('estimate')}</span>}
      <span className="muted">{d?.dueAt ? fmt(d.dueAt) : w.state === 'ended' ? t('step_ended') : t('dueUnknown')}</span>
    </li>
  );
}

function Step({ s }: { s: LadderStepStatus }) {
  const t = useT();
  const lang = useLang();
  const text = (x: { en: string; zh: string }) => (lang === 'zh_CN' ? x.zh : x.en);
  return (
    <li className={`step step-${s.state}`} data-step={s.step.id}>
      <div className="step-head">
        <strong>{text(s.step.name)}</strong>
        <span className={`step-state state-${s.state}`}>
          <StepStateText s={s} />
        </span>
      </div>
      <details>
        <summary>{text(s.step.how)}</summary>
        {s.windows.length > 0 && <ul className="windows">{s.windows.map((w) => <WindowRow key={w.ruleId} w={w} />)}</ul>}
        {s.step.noClock && (
          <>
            <p className="muted">{text(s.step.noClock.why)}</p>
            <div>{t('sources')}:</div>
            <SourceList sources={s.step.noClock.sources} />
          </>
        )}
      </details>
    </li>
  );
}

/** The escalation ladder: each rung in order, each step with its last safe moment for this order. */
export function Ladder({ rungs }: { rungs: LadderRung[] }) {
  const t = useT();
  return (
    <section aria-labelledby="ladder-title">
      <h2 id="ladder-title">{t('ladderTitle')}</h2>
      <p className="muted">{t('ladderIntro')}</p>
      <ol className="ladder">
        {rungs.map((r) => (
          <li key={r.rung} className="rung" data-rung={r.rung}>
            <div className="rung-name">{t(`rung_${r.rung}`)}</div>
            <ul className="steps">
              {r.steps.map((s) => (
                <Step key={s.step.id} s={s} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
