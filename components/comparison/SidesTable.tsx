// The full page's table: one row per source, one column per kind of thing it says (stance, summary,
// names, descriptors, figures and dates, quotes). A view can hold hundreds of sides (the BBC archive
// is 3,815 articles): rows are rendered in chunks, the next chunk on request.
import { useState } from 'preact/hooks';
import type { EntityComparisonView, SourceSide } from '../../lib/messages';
import { COMPARE_STRINGS } from '../i18n-compare';
import type { UiLang } from '../i18n';
import { langAttrs } from '../t';
import { OriginBadge, StanceBadge } from './Badges';
import { ClaimLine } from './ClaimLine';
import { QuoteLink } from './QuoteLink';
import { CuratedPoints, UserNoteText } from './SideCard';
import { claimsToShow, disputedClaims, entityNamer, namesToMark } from './side-helpers';
import { SourceLine, SourceTitle } from './SourceLabel';
import { SummaryText } from './SummaryText';

export const TABLE_CHUNK = 40;

function Row({
  side,
  view,
  disputed,
  lang,
}: {
  side: SourceSide;
  view: EntityComparisonView;
  disputed: ReadonlySet<string>;
  lang: UiLang;
}) {
  const s = COMPARE_STRINGS[lang];
  const { source, characterization: ch } = side;
  const names = namesToMark(view.entity, ch);
  return (
    <tr data-source-id={source.id}>
      <th scope="row">
        <SourceLine source={source} lang={lang} />
        <SourceTitle source={source} />
      </th>
      <td data-column="stance">
        <StanceBadge stance={side.stance} lang={lang} />
      </td>
      <td data-column="summary">
        <SummaryText summary={side.summary} lang={lang} />
        {/* The curated summary is its points joined: the points, each with its quotes, fold away. */}
        {side.curatedPoints && side.curatedPoints.length > 0 && (
          <details class="points-box">
            <summary>
              {s.pointsLabel} <OriginBadge origin="curated" lang={lang} />
            </summary>
            <CuratedPoints side={side} entityId={view.entity.id} names={names} lang={lang} />
          </details>
        )}
        <UserNoteText side={side} entityId={view.entity.id} names={names} lang={lang} />
      </td>
      <td data-column="names">
        {ch.names.length ? (
          <ul class="plain">
            {ch.names.map((n) => (
              <li key={n.text}>
                <span {...langAttrs(source.lang)}>{n.text}</span> <span class="muted">×{n.count}</span>
              </li>
            ))}
          </ul>
        ) : (
          s.noneFound
        )}
      </td>
      <td data-column="descriptors">
        {ch.descriptors.length ? (
          <ul class="plain">
            {ch.descriptors.map((d) => (
              <li key={d.start}>
                <QuoteLink
                  sourceId={source.id}
                  entityId={view.entity.id}
                  span={d}
                  lang={source.lang}
                  names={names}
                  label={s.openQuote}
                />
              </li>
            ))}
          </ul>
        ) : (
          s.noneFound
        )}
      </td>
      <td data-column="claims">
        {ch.claims.length
          ? claimsToShow(source.id, ch.claims, disputed, ch.claims.length).map(({ claim, disputed }) => (
              <div class={disputed ? 'claim-row disputed' : 'claim-row'} key={claim.start}>
                <ClaimLine
                  claim={claim}
                  sourceId={source.id}
                  sourceLang={source.lang}
                  entityId={view.entity.id}
                  characterization={ch}
                  names={names}
                  lang={lang}
                  nameOf={entityNamer(view, lang)}
                />
              </div>
            ))
          : s.noneFound}
      </td>
      <td data-column="quotes">
        {ch.quotes.map((q) => (
          <blockquote class="quote" key={q.start}>
            <QuoteLink
              sourceId={source.id}
              entityId={view.entity.id}
              span={q}
              lang={source.lang}
              names={names}
              label={s.openQuote}
            />
          </blockquote>
        ))}
      </td>
    </tr>
  );
}

export function SidesTable({ view, lang }: { view: EntityComparisonView; lang: UiLang }) {
  const s = COMPARE_STRINGS[lang];
  const [shown, setShown] = useState(TABLE_CHUNK);
  const disputed = disputedClaims(view.comparisons);
  const rows = view.sides.slice(0, shown);
  const total = view.sides.length;
  const computed = <OriginBadge origin="computed" lang={lang} />;
  return (
    <>
      <div class="table-wrap">
        <table class="sides-table">
          <thead>
            <tr>
              <th scope="col">{s.sourceColumn}</th>
              <th scope="col">{s.stanceLabel}</th>
              <th scope="col">{s.summaryLabel}</th>
              <th scope="col">
                {s.namesLabel} {computed}
              </th>
              <th scope="col">
                {s.descriptorsLabel} {computed}
              </th>
              <th scope="col">
                {s.claimsLabel} {computed}
              </th>
              <th scope="col">
                {s.quotesLabel} {computed}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((side) => (
              <Row key={side.source.id} side={side} view={view} disputed={disputed} lang={lang} />
            ))}
          </tbody>
        </table>
      </div>
      {total > shown && (
        <p class="more">
          <span class="muted">{s.sourcesShown(shown, total)}</span>{' '}
          <button type="button" data-action="show-more" onClick={() => setShown((n) => n + TABLE_CHUNK)}>
            {s.showMore(Math.min(TABLE_CHUNK, total - shown))}
          </button>
        </p>
      )}
    </>
  );
}
