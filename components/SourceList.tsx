import type { Source } from '@/utils/model';

/** Where a rule or a step comes from: linked when the source has an address, with the date it shows. */
export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.title}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noreferrer">
              {s.title}
            </a>
          ) : (
            s.title
          )}{' '}
          <span className="muted">({s.seen})</span>
        </li>
      ))}
    </ul>
  );
}
