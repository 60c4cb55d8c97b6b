// One line of metadata about a source: outlet (or that the text names none), date, kind.
import type { SourceSummary } from '../lib/types';
import { langAttrs, scriptLang, ui } from './t';

type Meta = Pick<SourceSummary, 'outlet' | 'date'> & Partial<Pick<SourceSummary, 'author' | 'kind'>>;

/** ISO dates read left to right in Arabic text too: `dir` isolates them from the bidi reordering. */
export function IsoDate({ date }: { date: string }) {
  return (
    <time dateTime={date} dir="ltr">
      {date}
    </time>
  );
}

export function SourceMeta({ source }: { source: Meta }) {
  const who = source.outlet ?? source.author;
  return (
    <span class="source-meta">
      {who ? <span {...langAttrs(scriptLang(who))}>{who}</span> : <span>{ui().unknownOutlet}</span>}
      {' · '}
      <span>{source.date ? <IsoDate date={source.date} /> : ui().noDate}</span>
      {source.kind && (
        <>
          {' · '}
          <span>{ui().kind[source.kind]}</span>
        </>
      )}
    </span>
  );
}
