import type { Lang } from '@/utils/i18n';
import type { FlowStatus, StageStatus } from '@/utils/rules/stages';
import { useFormatInstant, useLang, useT } from './i18n';
import { SourceList } from './SourceList';

const text = (x: { en: string; zh: string }, lang: Lang) => (lang === 'zh_CN' ? x.zh : x.en);

function StageRow({ s }: { s: StageStatus }) {
  const t = useT();
  const lang = useLang();
  const fmt = useFormatInstant();
  const clock = s.stage.clock;
  const length = (l: { amount: number; unit: 'days' | 'hours' }) => t(`amount_${l.unit}`, { amount: l.amount });
  return (
    <li className={`stage stage-${s.state}`} data-stage={s.stage.id}>
      <div className="stage-head">
        <span>{text(s.stage.name, lang)}</span>
        <span className="muted">({t(`actor_${s.stage.actor}`)})</span>
        <span className={`stage-state state-${s.state}`}>{t(`stage_${s.state}`)}</span>
      </div>
      {(s.state === 'running' || s.state === 'overdue') && (
        <div className="stage-clock">
          {s.dueAt ? t('stageDue', { date: fmt(s.dueAt) }) : t('stageNoClock')}
          {clock.from === 'third_party' && clock.rule.duration.from === 'fixed' && (
            <span className="tag">{t('thirdPartyFigure', { least: length(clock.least), most: length(clock.rule.duration) })}</span>
          )}
          {s.estimate && clock.from !== 'third_party' && <span className="tag">{t('estimate')}</span>}
        </div>
      )}
      {(s.state === 'running' || s.state === 'overdue') && (
        <details open={s.state === 'overdue'}>
          <summary>{t('ifMissed')}</summary>
          <p>{text(s.stage.ifMissed, lang)}</p>
          {clock.from === 'third_party' && <SourceList sources={clock.rule.sources} />}
          {clock.from === 'none' && <SourceList sources={clock.sources} />}
        </details>
      )}
    </li>
  );
}

/** The case's stages on each platform whose process has begun, with each stage's clock. */
export function CaseStages({ flows }: { flows: FlowStatus[] }) {
  const t = useT();
  const lang = useLang();
  const started = flows.filter((f) => f.started);
  if (!started.length) return null;
  return (
    <section aria-labelledby="stages-title">
      <h2 id="stages-title">{t('stagesTitle')}</h2>
      {started.map((f) => (
        <div key={f.flow.id} className="flow" data-flow={f.flow.id}>
          <h3>{text(f.flow.name, lang)}</h3>
          <ol className="stages">
            {f.stages.map((s) => (
              <StageRow key={s.stage.id} s={s} />
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
