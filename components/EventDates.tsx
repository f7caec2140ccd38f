import { useState } from 'react';
import type { OverrideMessage } from '@/utils/messages';
import type { Deadline, EventKind, Order } from '@/utils/model';
import { formatInstant, userTimeZone } from '@/utils/format';
import { useLang, useT } from './i18n';
import { useOverride } from './use-override';

/** `datetime-local` wants the user's wall time; the browser's zone is the user's zone. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

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
  const lang = useLang();
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
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) return;
    void apply({ set: 'event', event: { kind, at: at.toISOString(), dateOnly: false, zone: userTimeZone(), text: 'set by hand' } });
  };

  return (
    <li className="event" data-event={kind}>
      <span>{label}: </span>
      {shown ? (
        <>
          {formatInstant(shown.at, lang)} {shown.dateOnly && <span className="muted">{t('dateOnlyNote')}</span>}
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
              setValue(shown ? toLocalInput(shown.at) : '');
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
