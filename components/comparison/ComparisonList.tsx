// The comparisons of an entity's claims across sources: the verdict in words, the attribute, and each
// side's value, source, date and sentence. Disagreements first. Every comparison is computed.
import { useState } from 'preact/hooks';
import type { Comparison } from '../../lib/characterize/types';
import type { EntityComparisonView, SourceSide } from '../../lib/messages';
import { COMPARE_STRINGS } from '../i18n-compare';
import type { UiLang } from '../i18n';
import { scriptLang } from '../t';
import { OriginBadge } from './Badges';
import { ClaimLine } from './ClaimLine';
import { byVerdict, formatDateRange } from './format';
import { entityNamer, namesToMark } from './side-helpers';
import { SourceDate, SourceName } from './SourceLabel';

function StoryNote({
  story,
  view,
  lang,
}: {
  story: Comparison['story'];
  view: EntityComparisonView;
  lang: UiLang;
}) {
  if (story.kind === 'dates')
    return <span class="muted">{` · ${formatDateRange(story.from, story.to, lang)}`}</span>;
  if (story.kind === 'event') {
    const event = view.related.find((r) => r.id === story.eventId);
    return <span class="muted">{` · ${event ? event.names[lang] : story.eventId}`}</span>;
  }
  return null;
}

/** Sides shown per comparison before "show more": a figure can be stated by hundreds of sources. */
export const COMPARISON_SIDES = 8;
/** Comparisons shown before "show more". */
export const COMPARISON_CHUNK = 20;

export function ComparisonItem({
  comparison,
  view,
  sides,
  lang,
  maxSides = COMPARISON_SIDES,
}: {
  comparison: Comparison;
  view: EntityComparisonView;
  sides: ReadonlyMap<string, SourceSide>;
  lang: UiLang;
  maxSides?: number;
}) {
  const s = COMPARE_STRINGS[lang];
  const [shown, setShown] = useState(maxSides);
  const claims = comparison.claims.slice(0, shown);
  const rest = comparison.claims.length - claims.length;
  return (
    <li
      class={`comparison-item verdict-${comparison.verdict}`}
      data-verdict={comparison.verdict}
      data-attribute={comparison.attribute}
    >
      <p class="comparison-head">
        <strong class="verdict">{s.verdict[comparison.verdict]}</strong>
        {' · '}
        <span>{s.attribute[comparison.attribute]}</span>
        <StoryNote story={comparison.story} view={view} lang={lang} />{' '}
        <OriginBadge origin="computed" lang={lang} />
      </p>
      <div class="sides">
        {claims.map((c) => {
          const side = sides.get(c.sourceId);
          return (
            <div class="side" key={`${c.sourceId}:${c.claim.start}`} data-source-id={c.sourceId}>
              <div class="source-line">
                {/* Until every side has arrived (useComparisonView), a source is named by its id. */}
                {side ? (
                  <SourceName source={side.source} />
                ) : (
                  <span class="muted source-pending" dir="ltr">
                    {c.sourceId}
                  </span>
                )}
                <span class="muted">
                  {' · '}
                  <SourceDate date={c.date} lang={lang} />
                </span>
              </div>
              <ClaimLine
                claim={c.claim}
                sourceId={c.sourceId}
                sourceLang={side?.source.lang ?? scriptLang(c.claim.text)}
                entityId={view.entity.id}
                characterization={side?.characterization ?? null}
                names={namesToMark(view.entity, side?.characterization ?? null)}
                lang={lang}
                nameOf={entityNamer(view, lang)}
              />
            </div>
          );
        })}
      </div>
      {rest > 0 && (
        <button
          type="button"
          class="more-sides"
          data-action="more-sides"
          onClick={() => setShown((n) => n + maxSides * 4)}
        >
          {s.showMore(Math.min(rest, maxSides * 4))}
        </button>
      )}
    </li>
  );
}

export function ComparisonList({
  view,
  lang,
  chunk = COMPARISON_CHUNK,
  maxSides = COMPARISON_SIDES,
}: {
  view: EntityComparisonView;
  lang: UiLang;
  chunk?: number;
  maxSides?: number;
}) {
  const s = COMPARE_STRINGS[lang];
  const [shown, setShown] = useState(chunk);
  const sides = new Map(view.sides.map((side) => [side.source.id, side]));
  if (view.comparisons.length === 0) return <p class="muted">{s.noComparisons}</p>;
  const all = byVerdict(view.comparisons);
  return (
    <>
      <ul class="comparison-list">
        {all.slice(0, shown).map((c, i) => (
          <ComparisonItem
            key={`${c.attribute}:${i}`}
            comparison={c}
            view={view}
            sides={sides}
            lang={lang}
            maxSides={maxSides}
          />
        ))}
      </ul>
      {all.length > shown && (
        <button type="button" data-action="more-comparisons" onClick={() => setShown((n) => n + chunk)}>
          {s.showMore(Math.min(chunk, all.length - shown))}
        </button>
      )}
    </>
  );
}
