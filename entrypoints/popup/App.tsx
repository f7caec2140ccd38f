import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DeadlineActions } from '@/components/DeadlineActions';
import { DeadlineSummary } from '@/components/DeadlineSummary';
import { ExportCalendar } from '@/components/ExportCalendar';
import { LadderLine } from '@/components/LadderLine';
import { useT } from '@/components/i18n';
import { useNow } from '@/components/use-now';
import { db } from '@/utils/db/index';
import { ordersByNextDeadline, searchOrders, type OrderWithDeadlines } from '@/utils/db/orders';
import { openCasePanel, openEmptyPanel } from '@/utils/ext/panel';
import { userTimeZone } from '@/utils/format';
import { DeadlineKindSchema, OrderStatusSchema, SiteIdSchema, type Deadline, type DeadlineKind, type OrderStatus, type SiteId } from '@/utils/model';
import { deadlineState, nextDeadline } from '@/utils/rules/engine';
import { ladderFor } from '@/utils/rules/ladder';
import './popup.css';

const PAGE = 20;

export function App() {
  const t = useT();
  const now = useNow();
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);
  // Re-run when the minute changes so orders whose deadline just passed move down.
  const minute = Math.floor(now.getTime() / 60_000);
  // A first screenful fast, more on request: the popup opens in a blink however many orders there are.
  const [limit, setLimit] = useState(PAGE);
  const [text, setText] = useState('');
  const [site, setSite] = useState<SiteId | ''>('');
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const [kind, setKind] = useState<DeadlineKind | ''>('');
  const searching = !!text.trim() || !!site || !!status || !!kind;
  const rows = useLiveQuery(
    () =>
      searching
        ? searchOrders(db(), { text, site: site || undefined, status: status || undefined, kind: kind || undefined }, now, limit)
        : ordersByNextDeadline(db(), now, limit),
    [minute, limit, searching, text, site, status, kind],
  );

  return (
    <main className="popup">
      <header>
        <h1>{t('popupTitle')}</h1>
        <button type="button" className="add-order" onClick={() => void openEmptyPanel(windowId)}>
          {t('addByHand')}
        </button>
      </header>
      <div className="search" role="search">
        <input type="search" aria-label={t('searchLabel')} placeholder={t('searchLabel')} value={text} onChange={(e) => setText(e.target.value)} />
        <select aria-label={t('filterSite')} value={site} onChange={(e) => setSite(e.target.value as SiteId | '')}>
          <option value="">{t('allSites')}</option>
          {SiteIdSchema.options.map((s) => (
            <option key={s} value={s}>
              {t(`site_${s}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('filterStatus')} value={status} onChange={(e) => setStatus(e.target.value as OrderStatus | '')}>
          <option value="">{t('allStatuses')}</option>
          {OrderStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {t(`status_${s}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('filterKind')} value={kind} onChange={(e) => setKind(e.target.value as DeadlineKind | '')}>
          <option value="">{t('allKinds')}</option>
          {DeadlineKindSchema.options.map((k) => (
            <option key={k} value={k}>
              {t(`kind_${k}`)}
            </option>
          ))}
        </select>
      </div>
      {rows === undefined ? null : rows.length === 0 ? (
        searching ? <p className="note">{t('noMatch')}</p> : <Empty />
      ) : (
        GROUPS.map((g) => {
          const inGroup = rows.filter((row) => groupOf(visibleRowDeadline(row, now), now) === g);
          if (!inGroup.length) return null;
          return (
            <section key={g} className={`group group-${g}`} aria-labelledby={`group-${g}`}>
              <h2 id={`group-${g}`}>{t(`group_${g}`)}</h2>
              <ul className="orders">
                {inGroup.map((row) => (
                  <OrderRow key={`${row.order.site}:${row.order.orderId}`} row={row} now={now} windowId={windowId} />
                ))}
              </ul>
            </section>
          );
        })
      )}
      {rows && rows.length >= limit && (
        <button type="button" className="more" onClick={() => setLimit(limit + PAGE * 3)}>
          {t('showMore')}
        </button>
      )}
      <footer className="muted">
        <span>{t('shownInZone', { zone: userTimeZone() })}</span>
        {rows && rows.length > 0 && <ExportCalendar />}
      </footer>
    </main>
  );
}

function OrderRow({ row, now, windowId }: { row: OrderWithDeadlines; now: Date; windowId: number | undefined }) {
  const t = useT();
  const { order, deadlines } = row;
  const next = visibleRowDeadline(row, now);
  const item = order.items[0];
  return (
    <li className="order" data-order-id={order.orderId}>
      {item?.imageUrl ? <img className="thumb" src={item.imageUrl} alt="" referrerPolicy="no-referrer" /> : <div className="thumb" aria-hidden />}
      <div className="order-body">
        <div className="order-head">
          <span className="site">{t(`site_${order.site}`)}</span>
          {order.seller && <span className="seller">{order.seller.name}</span>}
          {order.missing.length > 0 && (
            <span className="tag partial" title={order.missing.join(', ')}>
              {t('partialOrder')}
            </span>
          )}
        </div>
        <div className="item-title" title={item?.title}>
          {item?.title ?? t('orderLabel', { orderId: order.orderId })}
        </div>
        {next ? (
          <>
            <DeadlineSummary d={next} now={now} />
            <DeadlineSource d={next} />
            {next.dueAt && <DeadlineActions d={next} />}
          </>
        ) : (
          <div className="note">{t('noOpenDeadline')}</div>
        )}
        <LadderLine rungs={ladderFor(order, deadlines, now)} />
      </div>
      <div className="order-actions">
        <button
          type="button"
          aria-label={t('openCaseLabel', { orderId: order.orderId })}
          onClick={() => void openCasePanel({ site: order.site, orderId: order.orderId }, windowId)}
        >
          {t('openCase')}
        </button>
        <a href={order.url} target="_blank" rel="noreferrer">
          {t('openOrderPage')}
        </a>
      </div>
    </li>
  );
}

/** How sure the row's deadline is, and where its rule comes from (the side panel lists every source). */
function DeadlineSource({ d }: { d: Deadline }) {
  const t = useT();
  const first = d.source.find((s) => s.url);
  return (
    <div className="deadline-source muted">
      {t('confidence', { level: t(`confidence_${d.confidence}`) })}
      {first?.url && (
        <>
          {' · '}
          <a href={first.url} target="_blank" rel="noreferrer" title={first.title}>
            {t('source')}
          </a>
        </>
      )}
    </div>
  );
}

const GROUPS = ['overdue', 'today', 'week', 'later', 'undated'] as const;
type Group = (typeof GROUPS)[number];
const DAY_MS = 86_400_000;

/** Overdue, today (in the user's zone), within a week, later, or no date known. */
function groupOf(d: Deadline | undefined, now: Date): Group {
  if (!d?.dueAt) return 'undated';
  const due = Date.parse(d.dueAt);
  if (due <= now.getTime()) return 'overdue';
  const endOfToday = new Date(now);
  endOfToday.setHours(24, 0, 0, 0);
  if (due < endOfToday.getTime()) return 'today';
  return due < now.getTime() + 7 * DAY_MS ? 'week' : 'later';
}

/** The row's deadline among those the user has not marked done, not relevant or snoozed. */
function visibleRowDeadline(row: OrderWithDeadlines, now: Date): Deadline | undefined {
  return rowDeadline(
    row.deadlines.filter((d) => !row.hidden.has(d.id)),
    now,
  );
}

/** What a row shows: the next open deadline, else the one that passed last, else the first we cannot date. */
function rowDeadline(deadlines: Deadline[], now: Date): Deadline | undefined {
  const passed = deadlines.filter((d) => d.dueAt && deadlineState(d, now) === 'passed');
  return nextDeadline(deadlines, now) ?? passed[passed.length - 1] ?? deadlines.find((d) => !d.dueAt);
}

function Empty() {
  const t = useT();
  return (
    <section className="empty">
      <h2>{t('emptyTitle')}</h2>
      <p>{t('emptyBody')}</p>
      <a href="https://www.aliexpress.com/p/order/index.html" target="_blank" rel="noreferrer">
        {t('emptyLink')}
      </a>
    </section>
  );
}
