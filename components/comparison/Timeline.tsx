// The dated claims and events of an entity across sources, in time order, each with the words that
// state the date (a claim) or the gazetteer's date (an event) or the source's own date.
import { useMemo, useState } from 'preact/hooks';
import type { EntityComparisonView, TimelineEntry } from '../../lib/messages';
import { COMPARE_STRINGS } from '../i18n-compare';
import type { UiLang } from '../i18n';
import { langAttrs, scriptLang } from '../t';
import { OriginBadge } from './Badges';
import { formatDateRange } from './format';
import { QuoteLink } from './QuoteLink';
import { entityNamer, namesToMark } from './side-helpers';
import { SourceName } from './SourceLabel';

function entryOrder(a: TimelineEntry, b: TimelineEntry): number {
  return (
    a.date.localeCompare(b.date) || a.dateMax.localeCompare(b.dateMax) || a.sourceId.localeCompare(b.sourceId)
  );
}

/** Entries rendered before "show more": an entity named by 1,700 dated sources has 1,700 entries. */
export const TIMELINE_CHUNK = 60;

export function Timeline({ view, lang }: { view: EntityComparisonView; lang: UiLang }) {
  const s = COMPARE_STRINGS[lang];
  const [shown, setShown] = useState(TIMELINE_CHUNK);
  const entries = useMemo(() => [...view.timeline].sort(entryOrder), [view]);
  if (entries.length === 0) return <p class="muted">{s.noTimeline}</p>;
  const sides = new Map(view.sides.map((side) => [side.source.id, side]));
  const nameOf = entityNamer(view, lang);
  return (
    <>
      <ol class="timeline">
        {entries.slice(0, shown).map((entry, i) => {
          const side = sides.get(entry.sourceId);
          return (
            <li
              key={i}
              class={`timeline-entry kind-${entry.kind}`}
              data-kind={entry.kind}
              data-source-id={entry.sourceId}
            >
              <time class="when" dateTime={entry.date}>
                {formatDateRange(entry.date, entry.dateMax, lang)}
              </time>
              <div class="what">
                <span class="muted">{s.timelineKind[entry.kind]}</span>
                {' · '}
                <span {...langAttrs(lang)}>{nameOf(entry.entityId)}</span>
                {' · '}
                {side ? <SourceName source={side.source} /> : <span>{entry.sourceId}</span>}{' '}
                {/* A claim's date is read off the text; an event's date is the gazetteer's. */}
                {entry.kind !== 'source' && (
                  <OriginBadge origin={entry.kind === 'claim' ? 'computed' : 'curated'} lang={lang} />
                )}
                {entry.quote && (
                  <blockquote class="quote">
                    <QuoteLink
                      sourceId={entry.sourceId}
                      entityId={view.entity.id}
                      span={entry.quote}
                      lang={side?.source.lang ?? scriptLang(entry.quote.text)}
                      names={namesToMark(view.entity, side?.characterization ?? null)}
                      label={s.openQuote}
                    />
                  </blockquote>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {entries.length > shown && (
        <p class="more">
          <span class="muted">{`${shown} / ${entries.length}`}</span>{' '}
          <button
            type="button"
            data-action="more-timeline"
            onClick={() => setShown((n) => n + TIMELINE_CHUNK * 5)}
          >
            {s.showMore(Math.min(TIMELINE_CHUNK * 5, entries.length - shown))}
          </button>
        </p>
      )}
    </>
  );
}
