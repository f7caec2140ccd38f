import { useLiveQuery } from 'dexie-react-hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { DeadlineActions } from '@/components/DeadlineActions';
import { DeadlineSummary } from '@/components/DeadlineSummary';
import { ExportCalendar } from '@/components/ExportCalendar';
import { LadderLine } from '@/components/LadderLine';
import { StorageWarning } from '@/components/StorageWarning';
import { useT, useZone } from '@/components/i18n';
import { useNow } from '@/components/use-now';
import { db } from '@/utils/db/index';
import { ordersByNextDeadline, searchOrders, type OrderWithDeadlines } from '@/utils/db/orders';
import { openCasePanel, openEmptyPanel } from '@/utils/ext/panel';
import { instantToWallInput, wallInputToInstant } from '@/utils/format';
import { DeadlineKindSchema, OrderStatusSchema, SiteIdSchema, type Deadline, type DeadlineKind, type OrderStatus, type SiteId } from '@/utils/model';
import { deadlineState, nextDeadline } from '@/utils/rules/engine';
import { ladderFor } from '@/utils/rules/ladder';
import './popup.css';

const PAGE = 20;

/**
 * The first page, asked for as the popup's script loads: it runs while the settings are read and
 * React starts, so the first render already has its rows. Live queries take over from there.
 */
let firstRows: OrderWithDeadlines[] | undefined;
export const firstPage: Promise<unknown> = ordersByNextDeadline(db(), new Date(), PAGE).then(
  (rows) => (firstRows = rows),
  () => undefined,
);

export function App() {
  const t = useT();
  const zone = useZone();
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
    searching ? undefined : firstRows,
  );

  return (
    <main className="popup">
      <header>
        <h1>{t('popupTitle')}</h1>
        <button type="button" className="add-order" onClick={() => void openEmptyPanel(windowId)}>
          {t('addByHand')}
        </button>
      </header>
      <StorageWarning />
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
        <DeadlineList rows={rows} now={now} windowId={windowId} more={rows.length >= limit} onMore={() => setLimit((l) => l + PAGE * 3)} />
      )}
      <footer className="muted">
        <span>{t('shownInZone', { zone })}</span>
        {rows && rows.length > 0 && <ExportCalendar />}
      </footer>
    </main>
  );
}

type Entry = { kind: 'head'; group: Group } | { kind: 'row'; group: Group; row: OrderWithDeadlines };

/**
 * The rows in their groups, as one virtualised list: only the rows in view (and a few around) are in
 * the page, so 5,000 orders scroll as lightly as 20. Near the end the next page is asked for.
 */
function DeadlineList({ rows, now, windowId, more, onMore }: { rows: OrderWithDeadlines[]; now: Date; windowId: number | undefined; more: boolean; onMore: () => void }) {
  const t = useT();
  const zone = useZone();
  const entries = useMemo(() => {
    const byGroup = new Map<Group, OrderWithDeadlines[]>();
    for (const row of rows) {
      const g = groupOf(visibleRowDeadline(row, now), now, zone);
      byGroup.set(g, [...(byGroup.get(g) ?? []), row]);
    }
    return GROUPS.flatMap((group): Entry[] => {
      const inGroup = byGroup.get(group);
      return inGroup ? [{ kind: 'head', group }, ...inGroup.map((row): Entry => ({ kind: 'row', group, row }))] : [];
    });
  }, [rows, now, zone]);
  const scroller = useRef<HTMLDivElement>(null);
  const list = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (entries[i]!.kind === 'head' ? 28 : 132),
    getItemKey: (i) => {
      const e = entries[i]!;
      return e.kind === 'head' ? `head:${e.group}` : `${e.row.order.site}:${e.row.order.orderId}`;
    },
    overscan: 3,
  });
  const shown = list.getVirtualItems();
  const lastShown = shown[shown.length - 1]?.index ?? 0;
  useEffect(() => {
    if (more && lastShown >= entries.length - 4) onMore();
  }, [more, lastShown, entries.length, onMore]);

  return (
    <div ref={scroller} className="list">
      <ul className="orders" aria-label={t('popupTitle')} style={{ height: list.getTotalSize() }}>
        {shown.map((v) => {
          const e = entries[v.index]!;
          return (
            <li key={v.key} ref={list.measureElement} data-index={v.index} data-group={e.group} className={e.kind === 'head' ? `group-head group-${e.group}` : 'order'} data-order-id={e.kind === 'row' ? e.row.order.orderId : undefined} style={{ transform: `translateY(${v.start}px)` }}>
              {e.kind === 'head' ? <h2>{t(`group_${e.group}`)}</h2> : <OrderRow row={e.row} now={now} windowId={windowId} />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function OrderRow({ row, now, windowId }: { row: OrderWithDeadlines; now: Date; windowId: number | undefined }) {
  const t = useT();
  const { order, deadlines } = row;
  const next = visibleRowDeadline(row, now);
  const item = order.items[0];
  return (
    <div className="card">
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
    </div>
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

/** Overdue, today (in the zone dates are shown in), within a week, later, or no date known. */
function groupOf(d: Deadline | undefined, now: Date, zone: string): Group {
  if (!d?.dueAt) return 'undated';
  const due = Date.parse(d.dueAt);
  if (due <= now.getTime()) return 'overdue';
  // Tomorrow's date by calendar arithmetic, as a day of 23 or 25 hours would fool "now + 24 h".
  const [y, m, day] = instantToWallInput(now.toISOString(), zone).slice(0, 10).split('-').map(Number) as [number, number, number];
  const tomorrow = new Date(Date.UTC(y, m - 1, day + 1)).toISOString().slice(0, 10);
  if (due < wallInputToInstant(tomorrow, zone)!.getTime()) return 'today';
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
