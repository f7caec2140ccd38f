import { useState } from 'react';
import type { OverrideMessage } from '@/utils/messages';
import type { Deadline, EventKind, Order } from '@/utils/model';
import { instantToWallInput, wallInputToInstant } from '@/utils/format';
import { useFormatInstant, useT, useZone } from './i18n';
import { useOverride } from './use-override';

/**
 * The dates the order's clocks count from: what the page showed, what the user set, and the ones
 * a deadline still needs. Each can be set by hand; a date set by hand can be handed back to the page.
 */
export function EventDates({ order, deadlines }: { order: Order; deadlines: Deadline[] }) {
  const t = useT();
  const kinds: EventKind[] = [];
  const add = (k: EventKind) => kinds.includes(k) || kinds.push(k);
  order.events.forEach((e) => add(e.kind));
  order.overrides?.events.forEach((e) => add(e.kind));
  deadlines.forEach((d) => d.missing && d.missing !== 'protectionDays' && add(d.missing));
  return (
    <ul className="events">
      {kinds.map((kind) => (
        <EventRow key={kind} order={order} kind={kind} />
      ))}
      {kinds.length === 0 && <li className="muted">{t('dueUnknown')}</li>}
    </ul>
  );
}

function EventRow({ order, kind }: { order: Order; kind: EventKind }) {
  const t = useT();
  const fmt = useFormatInstant();
  const zone = useZone();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState('');
  const userEvent = order.overrides?.events.find((e) => e.kind === kind);
  const pageEvent = order.events.filter((e) => e.kind === kind).at(-1);
  const shown = userEvent ?? pageEvent;
  const label = t(`event_${kind}`);

  const { error, send } = useOverride(order);
  const apply = async (change: OverrideMessage['change']) => {
    if (await send(change)) setEditing(false);
  };

  const save = () => {
    // Typed as wall time in the zone the dates are shown in, so it means what the user sees.
    const at = wallInputToInstant(value, zone);
    if (!at) return;
    void apply({ set: 'event', event: { kind, at: at.toISOString(), dateOnly: false, zone, text: 'set by hand' } });
  };

  return (
    <li className="event" data-event={kind}>
      <span>{label}: </span>
      {shown ? (
        <>
          {fmt(shown.at)} {shown.dateOnly && <span className="muted">{t('dateOnlyNote')}</span>}
          {userEvent && <span className="tag">{t('setByYou')}</span>}
        </>
      ) : (
        <span className="muted">{t('notOnPage')}</span>
      )}
      {editing ? (
        <form
          className="event-edit"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <input type="datetime-local" aria-label={t('setDateLabel', { event: label })} value={value} required onChange={(e) => setValue(e.target.value)} />
          <button type="submit">{t('save')}</button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('cancel')}
          </button>
        </form>
      ) : (
        <span className="event-actions">
          <button
            type="button"
            aria-label={t('setDateLabel', { event: label })}
            onClick={() => {
              setValue(shown ? instantToWallInput(shown.at, zone) : '');
              setEditing(true);
            }}
          >
            {t('setDate')}
          </button>
          {userEvent && (
            <button type="button" onClick={() => void apply({ clear: 'event', kind })}>
              {pageEvent ? t('usePageDate') : t('removeMyDate')}
            </button>
          )}
        </span>
      )}
      {error && (
        <div className="note" role="alert">
          {t('overrideFailed', { error })}
        </div>
      )}
    </li>
  );
}
