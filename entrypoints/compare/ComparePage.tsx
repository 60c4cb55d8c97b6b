// The full comparison page (`compare.html?entity=<id>`), opened from the popup and the hover card: a
// table of sources × what they say, the comparisons with each side's quote, a timeline of dated
// claims and events, the silent sources and links to related entities. Related links and the search
// swap the entity in place (history entries, so Back works).
import { useEffect, useState } from 'preact/hooks';
import { EntityHeading } from '../../components/EntityComparison';
import { COMPARE_STRINGS } from '../../components/i18n-compare';
import { STRINGS } from '../../components/i18n';
import { Status } from '../../components/Status';
import { uiLang } from '../../components/t';
import { ComparisonList } from '../../components/comparison/ComparisonList';
import { EntitySearch } from '../../components/comparison/EntitySearch';
import { RelatedLinks } from '../../components/comparison/RelatedLinks';
import { SidesTable, TABLE_CHUNK } from '../../components/comparison/SidesTable';
import { useComparisonView } from '../../components/comparison/useComparisonView';
import { SilentSources } from '../../components/comparison/SilentSources';
import { Timeline } from '../../components/comparison/Timeline';
import { usePainted } from '../../components/comparison/usePainted';
import type { EntityComparisonView } from '../../lib/messages';
import type { UiLang } from '../../components/i18n';

const entityFromUrl = () => new URLSearchParams(location.search).get('entity');

function Sections({
  view,
  lang,
  go,
}: {
  view: EntityComparisonView;
  lang: UiLang;
  go: (id: string) => void;
}) {
  const s = COMPARE_STRINGS[lang];
  usePainted(true, view);
  useEffect(() => {
    document.title = s.pageTitle(view.entity.names[lang]);
  }, [view]);
  const sections = [
    ['sources', s.sourcesHeading],
    ['comparisons', s.comparisonsHeading],
    ['timeline', s.timelineHeading],
    ['silent', s.silentHeading],
    ['related', s.relatedHeading],
  ] as const;
  return (
    <article class="comparison-page" data-entity-id={view.entity.id}>
      <EntityHeading entity={view.entity} lang={lang} level={1} />
      <nav aria-label={s.comparisonLabel(view.entity.names[lang])}>
        <ul class="section-nav">
          {sections.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <section id="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">
          {s.sourcesHeading}{' '}
          <span class="muted">({STRINGS[lang].sources(view.sideCount ?? view.sides.length)})</span>
        </h2>
        {view.sides.length ? (
          <SidesTable view={view} lang={lang} />
        ) : (
          <p class="muted">{STRINGS[lang].noSources}</p>
        )}
      </section>
      <section id="comparisons" aria-labelledby="comparisons-heading">
        <h2 id="comparisons-heading">{s.comparisonsHeading}</h2>
        <ComparisonList view={view} lang={lang} />
      </section>
      <section id="timeline" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{s.timelineHeading}</h2>
        <Timeline view={view} lang={lang} />
      </section>
      <section id="silent" aria-labelledby="silent-heading">
        <h2 id="silent-heading">{s.silentHeading}</h2>
        <SilentSources silent={view.silent} lang={lang} />
      </section>
      <section id="related" aria-labelledby="related-heading">
        <h2 id="related-heading">{s.relatedHeading}</h2>
        <RelatedLinks
          related={view.related}
          lang={lang}
          onOpen={(id, event) => {
            // A modified click (new tab, new window) is the browser's; a plain one stays on this page.
            if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            go(id);
          }}
        />
      </section>
    </article>
  );
}

export function ComparePage() {
  const lang = uiLang();
  const s = COMPARE_STRINGS[lang];
  const [entityId, setEntityId] = useState(entityFromUrl);
  useEffect(() => {
    const onPop = () => setEntityId(entityFromUrl());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const go = (id: string) => {
    history.pushState(null, '', `?${new URLSearchParams({ entity: id })}`);
    setEntityId(id);
    scrollTo(0, 0);
  };
  // The first rows paint from a short answer; the rest of the sides follow (the table shows them in
  // chunks anyway).
  const state = useComparisonView(entityId, TABLE_CHUNK, true);
  return (
    <main class="compare">
      <header class="compare-header">
        <p class="app-name">{STRINGS[lang].appName}</p>
        <EntitySearch lang={lang} onChoose={go} id="compare-search" />
      </header>
      {!entityId ? (
        <p class="muted">{s.missingEntity}</p>
      ) : (
        <Status state={state}>
          {(view) =>
            view ? (
              <Sections view={view} lang={lang} go={go} />
            ) : (
              <p class="error" role="alert">
                {s.notFound(entityId)}
              </p>
            )
          }
        </Status>
      )}
    </main>
  );
}
