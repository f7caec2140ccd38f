import { useState } from 'react';
import { CHANNELS, type Case, type TimelineEntry } from '@/utils/case/schema';
import { addEntry, editEntry, removeEntry, shownEntries } from '@/utils/case/timeline';
import { instantToWallInput, wallInputToInstant } from '@/utils/format';
import type { Order } from '@/utils/model';
import { useFormatInstant, useLang, useT, useZone } from '../i18n';
import { pick } from './text';

/** The case's dated story: the order's captured dates, the user's own entries, the drafts sent. Each can be edited. */
export function Timeline({ kase, onChange }: { order: Order; kase: Case; onChange: (c: Case) => void }) {
  const t = useT();
  const zone = useZone();
  const [at, setAt] = useState('');
  const [text, setText] = useState('');
  const entries = shownEntries(kase.timeline);
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h3 id="timeline-title">{t('timelineTitle')}</h3>
      <ol className="timeline-items">
        {entries.map((e) => (
          <Entry key={e.id} entry={e} onEdit={(patch) => onChange({ ...kase, timeline: editEntry(kase.timeline, e.id, patch) })} onRemove={() => onChange({ ...kase, timeline: removeEntry(kase.timeline, e.id) })} />
        ))}
      </ol>
      <form
        className="timeline-add row"
        onSubmit={(e) => {
          e.preventDefault();
          const when = wallInputToInstant(at, zone);
          if (!when || !text.trim()) return;
          const entry: TimelineEntry = { id: crypto.randomUUID(), origin: 'user', kind: 'note', at: when.toISOString(), dateOnly: false, zone, text: text.trim(), edited: false };
          onChange({ ...kase, timeline: addEntry(kase.timeline, entry) });
          setText('');
        }}
      >
        <input type="datetime-local" aria-label={t('timelineWhen')} value={at} required onChange={(e) => setAt(e.target.value)} />
        <input aria-label={t('timelineWhat')} placeholder={t('timelineWhat')} value={text} maxLength={20_000} required onChange={(e) => setText(e.target.value)} />
        <button type="submit">{t('timelineAdd')}</button>
      </form>
    </section>
  );
}

function Entry({ entry, onEdit, onRemove }: { entry: TimelineEntry; onEdit: (patch: { at?: string; text?: string }) => void; onRemove: () => void }) {
  const t = useT();
  const lang = useLang();
  const fmt = useFormatInstant();
  const zone = useZone();
  const [editing, setEditing] = useState(false);
  const [at, setAt] = useState('');
  const [text, setText] = useState('');
  const title = entry.origin === 'draft' ? t('draftSentTo', { channel: pick(CHANNELS[entry.channel].name, lang) }) : entry.kind === 'note' ? t('note') : t(`event_${entry.kind}`);
  return (
    <li className={`timeline-entry origin-${entry.origin}`} data-entry={entry.id}>
      <div className="row">
        <time dateTime={entry.at}>{fmt(entry.at)}</time>
        <strong>{title}</strong>
        {entry.edited && <span className="tag">{t('editedByYou')}</span>}
        <span className="entry-actions">
          <button
            type="button"
            onClick={() => {
              setAt(instantToWallInput(entry.at, zone));
              setText(entry.text);
              setEditing(!editing);
            }}
          >
            {t('edit')}
          </button>
          <button type="button" onClick={onRemove}>
            {t('remove')}
          </button>
        </span>
      </div>
      {editing ? (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            const when = wallInputToInstant(at, zone);
            if (!when) return;
            onEdit({ at: when.toISOString(), text });
            setEditing(false);
          }}
        >
          <input type="datetime-local" aria-label={t('timelineWhen')} value={at} required onChange={(e) => setAt(e.target.value)} />
          <input aria-label={t('timelineWhat')} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit">{t('save')}</button>
        </form>
      ) : (
        entry.text && <div className={entry.origin === 'draft' ? 'entry-text draft-sent' : 'entry-text'}>{entry.text}</div>
      )}
    </li>
  );
}
