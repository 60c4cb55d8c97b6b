// The popup's comparison for one entity (narrow, ~380px): what it is, where the sources differ (the
// disagreements first), then one card per source — who and when, stance, summary in the UI language,
// disputed claims, 1–3 quotes with the entity marked. Long lists stop after POPUP_SIDES; the full
// comparison page (compare.html) has everything.
import type { EntityComparisonView } from '../lib/messages';
import type { Entity } from '../lib/types';
import { COMPARE_STRINGS } from './i18n-compare';
import { dirOf, STRINGS, type UiLang } from './i18n';
import { langAttrs } from './t';
import { ComparisonList } from './comparison/ComparisonList';
import { formatIsoDate } from './comparison/format';
import { SideCard } from './comparison/SideCard';
import { disputedClaims, entityNamer } from './comparison/side-helpers';
import { comparePageUrl } from './comparison/urls';
import { usePainted } from './comparison/usePainted';

/** How many sides the popup renders before "show all" (and how many it asks the background for). */
import { POPUP_SIDES } from './comparison/prefetch';

export { POPUP_SIDES };
const POPUP_COMPARISONS = 5;
const POPUP_COMPARISON_SIDES = 4;

export function EntityHeading({ entity, lang, level = 2 }: { entity: Entity; lang: UiLang; level?: 1 | 2 }) {
  const Heading = level === 1 ? 'h1' : 'h2';
  const other: UiLang = lang === 'ar' ? 'en' : 'ar';
  return (
    <header class="entity-heading">
      <Heading id={`entity-heading-${entity.id}`}>
        <span {...langAttrs(lang)}>{entity.names[lang]}</span>
        {' · '}
        <span class="other-name" {...langAttrs(other)}>
          {entity.names[other]}
        </span>
      </Heading>
      <p class="muted">
        {STRINGS[lang].type[entity.type]}
        {entity.date && (
          <>
            {' · '}
            <time dateTime={entity.date}>{formatIsoDate(entity.date, lang)}</time>
          </>
        )}
      </p>
      <p lang={lang} dir={dirOf(lang)}>
        {entity.description[lang]}
      </p>
    </header>
  );
}

export function EntityComparison({
  view,
  lang,
  onShowAll,
  expanded = false,
}: {
  view: EntityComparisonView;
  lang: UiLang;
  /** Asks for every side (the popup first asks for POPUP_SIDES of them). */
  onShowAll: () => void;
  expanded?: boolean;
}) {
  const s = COMPARE_STRINGS[lang];
  const { entity } = view;
  usePainted(true, view);
  const disputed = disputedClaims(view.comparisons);
  const shown = expanded ? view.sides : view.sides.slice(0, POPUP_SIDES);
  const total = view.sideCount ?? view.sides.length;
  const fullUrl = comparePageUrl(entity.id);
  return (
    <section class="comparison" data-entity-id={entity.id} aria-labelledby={`entity-heading-${entity.id}`}>
      <EntityHeading entity={entity} lang={lang} />
      <p>
        <a class="open-full" href={fullUrl} target="_blank" rel="noopener" data-action="open-full">
          {s.openFull}
        </a>
      </p>
      {view.comparisons.length > 0 && (
        <section class="popup-comparisons" aria-labelledby="popup-comparisons-heading">
          <h3 id="popup-comparisons-heading">{s.comparisonsHeading}</h3>
          {/* Narrow: a few comparisons with a few sides each, more on request; the full page has all. */}
          <ComparisonList
            view={view}
            lang={lang}
            chunk={POPUP_COMPARISONS}
            maxSides={POPUP_COMPARISON_SIDES}
          />
        </section>
      )}
      <h3>{s.sourcesHeading}</h3>
      {total === 0 && <p class="muted">{STRINGS[lang].noSources}</p>}
      <ul class="source-cards">
        {shown.map((side) => (
          <SideCard
            key={side.source.id}
            side={side}
            entity={entity}
            disputed={disputed}
            lang={lang}
            nameOf={entityNamer(view, lang)}
          />
        ))}
      </ul>
      {total > shown.length && (
        <p class="more">
          <span class="muted">{s.sourcesShown(shown.length, total)}</span>{' '}
          <button type="button" data-action="show-all" onClick={onShowAll}>
            {s.showAll(total)}
          </button>{' '}
          <a href={fullUrl} target="_blank" rel="noopener">
            {s.openFull}
          </a>
        </p>
      )}
      {view.silent.count > 0 && (
        <p class="muted silent-line">
          {s.silentHeading}: {s.silentCount(view.silent.count)}
        </p>
      )}
    </section>
  );
}
