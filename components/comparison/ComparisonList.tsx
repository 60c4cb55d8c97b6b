// The comparisons of an entity's claims across sources: the verdict in words, the attribute, and each
// side's value, source, date and sentence. Disagreements first. Every comparison is computed.
import type { Comparison } from '../../lib/characterize/types';
import type { EntityComparisonView, SourceSide } from '../../lib/messages';
import { COMPARE_STRINGS } from '../i18n-compare';
import type { UiLang } from '../i18n';
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

export function ComparisonItem({
  comparison,
  view,
  sides,
  lang,
}: {
  comparison: Comparison;
  view: EntityComparisonView;
  sides: ReadonlyMap<string, SourceSide>;
  lang: UiLang;
}) {
  const s = COMPARE_STRINGS[lang];
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
        {comparison.claims.map((c) => {
          const side = sides.get(c.sourceId);
          return (
            <div class="side" key={`${c.sourceId}:${c.claim.start}`} data-source-id={c.sourceId}>
              <div class="source-line">
                {side ? <SourceName source={side.source} /> : <span>{c.sourceId}</span>}
                <span class="muted">
                  {' · '}
                  <SourceDate date={c.date} lang={lang} />
                </span>
              </div>
              <ClaimLine
                claim={c.claim}
                sourceId={c.sourceId}
                sourceLang={side?.source.lang ?? 'und'}
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
    </li>
  );
}

export function ComparisonList({ view, lang }: { view: EntityComparisonView; lang: UiLang }) {
  const s = COMPARE_STRINGS[lang];
  const sides = new Map(view.sides.map((side) => [side.source.id, side]));
  if (view.comparisons.length === 0) return <p class="muted">{s.noComparisons}</p>;
  return (
    <ul class="comparison-list">
      {byVerdict(view.comparisons).map((c, i) => (
        <ComparisonItem key={`${c.attribute}:${i}`} comparison={c} view={view} sides={sides} lang={lang} />
      ))}
    </ul>
  );
}
