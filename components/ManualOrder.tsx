import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { ManualOrderMessage, Reply } from '@/utils/messages';
import { AgentSourceSchema, isAgentSite, SiteIdSchema, type EventKind, type SiteId } from '@/utils/model';
import { wallInputToInstant } from '@/utils/format';
import { useT, useZone } from './i18n';

/** The dates a shopper can copy from a site's order page, in the order they happen. */
const DATES: EventKind[] = ['paid', 'seller_shipped', 'signed_for', 'warehouse_stored', 'intl_shipped', 'intl_delivered', 'completed'];
const AGENT_ONLY: ReadonlySet<EventKind> = new Set(['warehouse_stored', 'intl_shipped', 'intl_delivered']);

/**
 * An order added by hand, for a site whose pages we do not read (or an order a page did not show):
 * it gets the same rules and deadlines as a captured one.
 */
export function ManualOrder({ onAdded }: { onAdded: (site: SiteId, orderId: string) => void }) {
  const t = useT();
  const zone = useZone();
  const [site, setSite] = useState<SiteId>('taobao');
  const [orderId, setOrderId] = useState('');
  const [title, setTitle] = useState('');
  const [marketplace, setMarketplace] = useState('');
  const [dates, setDates] = useState<Partial<Record<EventKind, string>>>({});
  const [error, setError] = useState<string>();
  const agent = isAgentSite(site);

  const submit = async () => {
    // Typed as wall time in the zone the dates are shown in.
    const events = DATES.filter((k) => dates[k] && (agent || !AGENT_ONLY.has(k))).flatMap((kind) => {
      const at = wallInputToInstant(dates[kind]!, zone);
      return at ? [{ kind, at: at.toISOString() }] : [];
    });
    const msg: ManualOrderMessage = {
      type: 'order.manual',
      site,
      orderId: orderId.trim(),
      events,
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(agent && marketplace ? { marketplace: AgentSourceSchema.parse(marketplace) } : {}),
    };
    try {
      const r = (await browser.runtime.sendMessage(msg)) as Reply;
      if (!r.ok) return setError(r.error);
      setError(undefined);
      onAdded(site, msg.orderId);
    } catch (e) {
      setError(String(e));
    }
  };

  return (
    <form
      className="manual-order"
      aria-labelledby="manual-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="manual-title">{t('manualTitle')}</h2>
      <p className="muted">{t('manualIntro')}</p>
      <label>
        <span>{t('manualSite')}</span>
        <select value={site} onChange={(e) => setSite(e.target.value as SiteId)}>
          {SiteIdSchema.options.map((s) => (
            <option key={s} value={s}>
              {t(`site_${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('manualOrderNo')}</span>
        <input required pattern="[0-9A-Za-z_\-]{4,40}" value={orderId} onChange={(e) => setOrderId(e.target.value)} />
      </label>
      <label>
        <span>{t('manualItem')}</span>
        <input maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      {agent && (
        <label>
          <span>{t('marketplace')}</span>
          <select value={marketplace} onChange={(e) => setMarketplace(e.target.value)}>
            <option value="">{t('payment_unknown')}</option>
            {AgentSourceSchema.options.map((m) => (
              <option key={m} value={m}>
                {t(`site_${m}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {DATES.filter((k) => agent || !AGENT_ONLY.has(k)).map((k) => (
        <label key={k}>
          <span>{t(`event_${k}`)}</span>
          <input type="datetime-local" value={dates[k] ?? ''} onChange={(e) => setDates({ ...dates, [k]: e.target.value })} />
        </label>
      ))}
      <button type="submit">{t('manualAdd')}</button>
      {error && (
        <div className="note" role="alert">
          {t('overrideFailed', { error })}
        </div>
      )}
    </form>
  );
}
