import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db/index';
import type { Order, OrderItem } from '@/utils/model';
import { useFormatInstant, useT } from './i18n';

/** The warehouse's QC photos of an item, with when we first saw each. */
export function QcPhotos({ item }: { item: OrderItem }) {
  const t = useT();
  const fmt = useFormatInstant();
  if (!item.qcPhotos?.length) return null;
  return (
    <div className="qc">
      <div className="muted">{t('qcPhotos', { count: item.qcPhotos.length })}</div>
      <ul className="qc-photos">
        {item.qcPhotos.map((p) => (
          <li key={p.url}>
            <a href={p.url} target="_blank" rel="noreferrer" title={t('qcSeen', { date: fmt(p.seenAt) })}>
              <img src={p.url} alt={t('qcPhotoOf', { title: item.title })} referrerPolicy="no-referrer" loading="lazy" />
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Where an agent's order comes from and where it went: the marketplace order behind it (when that
 * order was captured too) and the agent's parcels that hold it.
 */
export function AgentLinks({ order }: { order: Order }) {
  const t = useT();
  const linked = useLiveQuery(async () => {
    const market = order.marketplace?.orderId ? await db().orders.get([order.marketplace.site, order.marketplace.orderId]) : undefined;
    const parcels = order.parcelIds?.length ? await db().parcels.bulkGet(order.parcelIds.map((id) => [order.site, id] as [string, string])) : [];
    return { market, parcels: parcels.filter((p) => !!p) };
  }, [order.site, order.orderId, order.marketplace?.orderId, order.parcelIds?.join()]);
  if (!order.agent) return null;
  return (
    <dl className="facts agent-links">
      <dt>{t('boughtVia')}</dt>
      <dd>{order.agent.host ?? t(`site_${order.site}`)}</dd>
      {order.marketplace && (
        <>
          <dt>{t('marketplace')}</dt>
          <dd>
            {t(`site_${order.marketplace.site}`)}
            {linked?.market ? (
              <>
                {' · '}
                <a href={linked.market.url} target="_blank" rel="noreferrer">
                  {t('orderLabel', { orderId: linked.market.orderId })}
                </a>
              </>
            ) : order.marketplace.orderId ? (
              ` · ${t('orderLabel', { orderId: order.marketplace.orderId })}`
            ) : null}
          </dd>
        </>
      )}
      {linked?.parcels.map((p) => (
        <div key={p.parcelId} className="parcel">
          <dt>{t('parcel')}</dt>
          <dd>
            <a href={p.url} target="_blank" rel="noreferrer">
              {p.parcelId}
            </a>
            {' · '}
            {t(`parcel_${p.status}`)}
            {p.tracking.length > 0 && ` · ${p.tracking.map((tr) => [tr.number, tr.carrier].filter(Boolean).join(' ')).join(', ')}`}
          </dd>
        </div>
      ))}
    </dl>
  );
}
