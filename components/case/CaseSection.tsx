import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { reasonsFor } from '@/utils/case/applies';
import { openCase } from '@/utils/case/open';
import { REASONS, type Case, type CaseScope, type Reason } from '@/utils/case/schema';
import { casesOf, saveCase } from '@/utils/db/cases';
import { db } from '@/utils/db/index';
import type { Lang } from '@/utils/i18n';
import type { Deadline, Order } from '@/utils/model';
import { useLang, useT } from '../i18n';
import { CaseWorkspace } from './CaseWorkspace';
import { pick } from './text';

/** The order's dispute cases: open one with a reason, or work on the one chosen. */
export function CaseSection({ order, deadlines }: { order: Order; deadlines: Deadline[] }) {
  const t = useT();
  const lang = useLang();
  const cases = useLiveQuery(() => casesOf(db(), order.site, order.orderId), [order.site, order.orderId]);
  const [chosen, setChosen] = useState<string>();
  const [opening, setOpening] = useState(false);
  if (!cases) return null;
  const current = cases.find((c) => c.id === chosen) ?? cases[cases.length - 1];
  return (
    <section className="case" aria-labelledby="case-title">
      <h2 id="case-title">{t('caseTitle')}</h2>
      {cases.length > 1 && (
        <label className="case-pick">
          <span>{t('caseChoose')}</span>
          <select value={current?.id} onChange={(e) => setChosen(e.target.value)}>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {caseLabel(c, lang)}
              </option>
            ))}
          </select>
        </label>
      )}
      {current && !opening ? (
        <>
          <CaseWorkspace key={current.id} order={order} deadlines={deadlines} kase={current} />
          <button type="button" className="case-new" onClick={() => setOpening(true)}>
            {t('caseAnother')}
          </button>
        </>
      ) : (
        <OpenCaseForm
          order={order}
          onOpened={(c) => {
            setChosen(c.id);
            setOpening(false);
          }}
          onCancel={cases.length ? () => setOpening(false) : undefined}
        />
      )}
    </section>
  );
}

function caseLabel(c: Case, lang: Lang): string {
  return `${pick(REASONS[c.reason].name, lang)} · ${c.createdAt.slice(0, 10)}`;
}

function OpenCaseForm({ order, onOpened, onCancel }: { order: Order; onOpened: (c: Case) => void; onCancel: (() => void) | undefined }) {
  const t = useT();
  const lang = useLang();
  const reasons = reasonsFor(order);
  const [reason, setReason] = useState<Reason>(reasons[0]!);
  // 'order', 'item:<index>' or 'parcel:<id>': a case may be about one item or one parcel only.
  const [about, setAbout] = useState('order');
  const [error, setError] = useState<string>();
  const scopeOf = (v: string): CaseScope => {
    if (v.startsWith('item:')) {
      const index = Number(v.slice(5));
      const id = order.items[index]?.productId;
      return { kind: 'item', index, ...(id ? { itemId: id } : {}) };
    }
    return v.startsWith('parcel:') ? { kind: 'parcel', parcelId: v.slice(7) } : { kind: 'order' };
  };
  const open = async () => {
    try {
      const c = openCase({ id: crypto.randomUUID(), order, reason, scope: scopeOf(about), now: new Date() });
      onOpened(await saveCase(db(), c));
    } catch (e) {
      setError(String(e));
    }
  };
  return (
    <form
      className="case-open"
      onSubmit={(e) => {
        e.preventDefault();
        void open();
      }}
    >
      <p className="muted">{t('caseOpenBody')}</p>
      <label>
        <span>{t('caseReason')}</span>
        <select value={reason} onChange={(e) => setReason(e.target.value as Reason)}>
          {reasons.map((r) => (
            <option key={r} value={r}>
              {pick(REASONS[r].name, lang)}
            </option>
          ))}
        </select>
      </label>
      {order.items.length + (order.parcelIds?.length ?? 0) > 1 && (
        <label>
          <span>{t('caseAbout')}</span>
          <select value={about} onChange={(e) => setAbout(e.target.value)}>
            <option value="order">{t('caseWholeOrder')}</option>
            {order.items.map((item, i) => (
              <option key={`item:${i}`} value={`item:${i}`}>
                {item.title}
              </option>
            ))}
            {order.parcelIds?.map((id) => (
              <option key={`parcel:${id}`} value={`parcel:${id}`}>
                {t('caseParcel', { parcelId: id })}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="row">
        <button type="submit">{t('caseOpen')}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
      {error && (
        <p className="note" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
