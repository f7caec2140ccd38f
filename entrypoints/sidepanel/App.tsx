import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { AgentLinks, QcPhotos } from '@/components/AgentLinks';
import { CaseSection } from '@/components/case/CaseSection';
import { CaseStages } from '@/components/CaseStages';
import { DeadlineSummary } from '@/components/DeadlineSummary';
import { EventDates } from '@/components/EventDates';
import { Ladder } from '@/components/Ladder';
import { ManualOrder } from '@/components/ManualOrder';
import { MarkTag } from '@/components/MarkTag';
import { OrderContext } from '@/components/OrderContext';
import { RuleLength } from '@/components/RuleLength';
import { SourceList } from '@/components/SourceList';
import { StorageWarning } from '@/components/StorageWarning';
import { useFormatInstant, useLang, useT, useZone } from '@/components/i18n';
import { useNow } from '@/components/use-now';
import { db } from '@/utils/db/index';
import { deadlinesOf } from '@/utils/db/orders';
import { readSelection, selectOrder, watchSelection } from '@/utils/ext/panel';
import { userTimeZone } from '@/utils/format';
import type { Selection } from '@/utils/messages';
import type { Deadline, Order } from '@/utils/model';
import { pageDisagreement } from '@/utils/rules/engine';
import { ruleById } from '@/utils/rules/index';
import { ladderFor } from '@/utils/rules/ladder';
import { caseStages } from '@/utils/rules/stages';
import './sidepanel.css';

export function App() {
  const t = useT();
  const [selection, setSelection] = useState<Selection>();
  useEffect(() => {
    void readSelection().then(setSelection);
    return watchSelection(setSelection);
  }, []);
  const data = useLiveQuery(async () => {
    if (!selection) return null;
    const order = await db().orders.get([selection.site, selection.orderId]);
    return order ? { order, deadlines: await deadlinesOf(db(), order) } : undefined;
  }, [selection?.site, selection?.orderId]);

  if (!selection) {
    return (
      <main className="panel">
        <h1>{t('panelEmptyTitle')}</h1>
        <p className="muted">{t('panelEmptyBody')}</p>
        <ManualOrder onAdded={(site, orderId) => void selectOrder({ site, orderId })} />
      </main>
    );
  }
  if (data === undefined) return <main className="panel"><p className="note">{t('orderNotFound')}</p></main>;
  if (data === null) return null;
  return <OrderCase order={data.order} deadlines={data.deadlines} />;
}

function OrderCase({ order, deadlines }: { order: Order; deadlines: Deadline[] }) {
  const t = useT();
  const fmt = useFormatInstant();
  const displayZone = useZone();
  const now = useNow();
  const flows = caseStages(order, deadlines, now, userTimeZone());
  const rungs = ladderFor(order, deadlines, now);
  return (
    <main className="panel" data-order-id={order.orderId}>
      <header>
        <div className="muted">{t(`site_${order.site}`)}</div>
        <h1>{t('orderLabel', { orderId: order.orderId })}</h1>
        <a href={order.url} target="_blank" rel="noreferrer">{t('openOrderPage')}</a>
      </header>

      <StorageWarning />
      {order.missing.length > 0 && <p className="note" role="status">{t('missingFields', { fields: order.missing.join(', ') })}</p>}

      <dl className="facts">
        <dt>{t('status')}</dt>
        <dd>
          {t(`status_${order.status}`)}
          {order.statusText && <span className="muted"> ({order.statusText})</span>}
        </dd>
        {order.seller && (
          <>
            <dt>{t('seller')}</dt>
            <dd>{order.seller.url ? <a href={order.seller.url} target="_blank" rel="noreferrer">{order.seller.name}</a> : order.seller.name}</dd>
          </>
        )}
        {order.total && (
          <>
            <dt>{t('total')}</dt>
            <dd>{order.total.text}</dd>
          </>
        )}
        {order.tracking.length > 0 && (
          <>
            <dt>{t('tracking')}</dt>
            <dd>{order.tracking.map((tr) => [tr.number, tr.carrier].filter(Boolean).join(' · ')).join(', ')}</dd>
          </>
        )}
      </dl>

      <AgentLinks order={order} />
      <OrderContext order={order} />

      <CaseStages flows={flows} />
      <Ladder rungs={rungs} />
      <CaseSection order={order} deadlines={deadlines} />

      <h2>{t('deadlines')}</h2>
      <ul className="deadlines">
        {deadlines.map((d) => (
          <li key={d.id}>
            <DeadlineSummary d={d} now={now} />
            <MarkTag d={d} now={now} />
            <Disagreement d={d} />
            <DeadlineDetails d={d} />
            <RuleLength order={order} d={d} />
          </li>
        ))}
      </ul>

      <h2>{t('events')}</h2>
      <EventDates order={order} deadlines={deadlines} />

      {order.items.length > 0 && (
        <>
          <h2>{t('items')}</h2>
          <ul className="items">
            {order.items.map((item, i) => (
              <li key={`${item.productId ?? ''}:${i}`}>
                {item.imageUrl ? <img className="thumb" src={item.imageUrl} alt="" referrerPolicy="no-referrer" /> : <div className="thumb" aria-hidden />}
                <div>
                  {item.url ? <a href={item.url} target="_blank" rel="noreferrer">{item.title}</a> : <span>{item.title}</span>}
                  <div className="muted">
                    {[item.sku, item.quantity !== undefined ? t('quantity', { quantity: item.quantity }) : undefined, item.unitPrice?.text].filter(Boolean).join(' · ')}
                  </div>
                  <QcPhotos item={item} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}

      <footer className="muted">
        <div>{t('capturedAt', { date: fmt(order.capturedAt) })}</div>
        <div>{t('shownInZone', { zone: displayZone })}</div>
      </footer>
    </main>
  );
}

/** A page clock that our rule does not reproduce: shown, never silently resolved. */
function Disagreement({ d }: { d: Deadline }) {
  const t = useT();
  const fmt = useFormatInstant();
  const diff = pageDisagreement(d);
  if (diff === undefined || !d.dueAt || !d.computedDueAt) return null;
  return (
    <p className="note disagreement" role="status">
      {t('pageDiffers', { page: fmt(d.dueAt), computed: fmt(d.computedDueAt), hours: Math.round(Math.abs(diff) / 3_600_000) })}
    </p>
  );
}

/** Where a deadline comes from: the page's own clock or our rule, its start, and its sources. */
function DeadlineDetails({ d }: { d: Deadline }) {
  const t = useT();
  const lang = useLang();
  const fmt = useFormatInstant();
  const rule = ruleById.get(d.ruleId);
  return (
    <details className="deadline-details">
      <summary>
        {d.basis === 'page' ? t('fromPage') : d.basis === 'user' ? t('fromUser') : d.fromAt ? t('countsFrom', { event: t(`event_${d.from}`), date: fmt(d.fromAt) }) : t('countsFromUnknown', { event: t(`event_${d.from}`) })}
      </summary>
      {d.basis === 'page' && d.computedDueAt && <p className="muted">{t('computedCrossCheck', { due: fmt(d.computedDueAt) })}</p>}
      {rule && (
        <p>
          <strong>{t('atExpiry')}: </strong>
          {lang === 'zh_CN' ? rule.atExpiry.zh : rule.atExpiry.en}
        </p>
      )}
      <p className="muted">{t('confidence', { level: t(`confidence_${d.confidence}`) })}</p>
      <div>{t('sources')}:</div>
      <SourceList sources={d.source} />
    </details>
  );
}
