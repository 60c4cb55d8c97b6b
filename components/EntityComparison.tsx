// One entity, source by source: outlet, date, mentions and a verbatim quote that opens the stored
// source at that passage. Used by the popup (and linked from the hover card).
import type { EntityCard } from '../lib/messages';
import { readerUrl } from './SourceList';
import { IsoDate, SourceMeta } from './SourceMeta';
import { langAttrs, ui, uiLang } from './t';

export function EntityHeading({ entity }: { entity: EntityCard['entity'] }) {
  const lang = uiLang();
  return (
    <header class="entity-heading">
      <h2>
        <span lang="en" dir="ltr">
          {entity.names.en}
        </span>
        {' · '}
        <span lang="ar" dir="rtl">
          {entity.names.ar}
        </span>
      </h2>
      <p class="muted">
        {ui().type[entity.type]}
        {entity.date && (
          <>
            {' · '}
            <IsoDate date={entity.date} />
          </>
        )}
      </p>
      <p {...langAttrs(lang)}>{entity.description[lang]}</p>
    </header>
  );
}

export function EntityComparison({ card }: { card: EntityCard }) {
  return (
    <section class="comparison" aria-label={ui().compareHeading}>
      <EntityHeading entity={card.entity} />
      <h3>{ui().compareHeading}</h3>
      {card.sources.length === 0 && <p class="muted">{ui().noSources}</p>}
      <ul class="source-list">
        {card.sources.map((s) => (
          <li key={s.sourceId} data-source-id={s.sourceId}>
            <div {...langAttrs(s.lang)}>
              <strong>{s.title}</strong>
            </div>
            <div class="muted">
              <SourceMeta source={s} /> · {ui().mentions(s.mentions)}
            </div>
            {s.quote && (
              <blockquote {...langAttrs(s.lang)}>
                <a href={readerUrl(s.sourceId, s.quote)} target="_blank" rel="noopener">
                  «{s.quote.text}»
                </a>
              </blockquote>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
