// A verbatim passage of a source, as a link that opens the reader there. The entity's own names are
// marked inside it; `emphasis` (a claim's words within its sentence) is marked as well. The text is
// exactly source.text.slice(span.start, span.end): nothing is trimmed or rewritten.
import type { Span } from '../../lib/characterize/types';
import { langAttrs } from '../t';
import { markNames, type Segment } from './mark-names';
import { quoteUrl } from './urls';

function withEmphasis(span: Span, emphasis: Span | null, names: readonly string[]) {
  if (!emphasis || emphasis.start < span.start || emphasis.end > span.end) {
    return markNames(span.text, names).map((seg, i) => <Piece key={i} seg={seg} />);
  }
  const a = emphasis.start - span.start;
  const b = emphasis.end - span.start;
  const parts = [span.text.slice(0, a), span.text.slice(a, b), span.text.slice(b)];
  return parts.map((part, i) =>
    i === 1 ? (
      <strong key={i} class="claim-words">
        {markNames(part, names).map((seg, j) => (
          <Piece key={j} seg={seg} />
        ))}
      </strong>
    ) : (
      markNames(part, names).map((seg, j) => <Piece key={`${i}-${j}`} seg={seg} />)
    ),
  );
}

function Piece({ seg }: { seg: Segment }) {
  return seg.marked ? <mark class="entity-name">{seg.text}</mark> : <>{seg.text}</>;
}

export function QuoteLink({
  sourceId,
  entityId,
  span,
  lang,
  names,
  emphasis = null,
  label,
}: {
  sourceId: string;
  entityId: string;
  span: Span;
  /** The source's language: the quote keeps it whatever the UI language is. */
  lang: string;
  names: readonly string[];
  emphasis?: Span | null;
  /** Accessible hint ("Open this passage in the source"), in the UI language. */
  label: string;
}) {
  return (
    <a
      class="quote-link"
      href={quoteUrl(sourceId, span, entityId)}
      target="_blank"
      rel="noopener"
      title={label}
      data-start={span.start}
      data-end={span.end}
      {...langAttrs(lang)}
    >
      {span.text.length ? withEmphasis(span, emphasis, names) : null}
    </a>
  );
}
