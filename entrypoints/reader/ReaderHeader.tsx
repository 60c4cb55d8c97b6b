// Title (and whose title it is), metadata, the way back to the comparison, what is marked.
import { h } from 'preact';
import type { EntityType } from '../../lib/types';
import type { EntityLabel, SourceReading } from '../../lib/messages';
import { READER_STRINGS } from '../../components/i18n-reader';
import { SourceMeta } from '../../components/SourceMeta';
import { langAttrs, ui, uiLang } from '../../components/t';
import { MARK_TAG } from './ReaderText';

const TYPES: EntityType[] = ['person', 'organization', 'place', 'event'];

export function ReaderHeader({
  reading,
  entity,
  entityCount,
  children,
}: {
  reading: SourceReading;
  entity: EntityLabel | null;
  entityCount: number;
  children?: preact.ComponentChildren;
}) {
  const t = READER_STRINGS[uiLang()];
  const { source, mentions } = reading;
  const name = entity ? entity.names[uiLang()] : null;
  return (
    <header class="reader-header">
      {entity && name && (
        <nav class="way-back">
          <a href={`/compare.html?entity=${encodeURIComponent(entity.id)}`} data-action="back-to-compare">
            {t.backToComparison(name)}
          </a>
          <a href={`/popup.html?entity=${encodeURIComponent(entity.id)}`} data-action="back-to-popup">
            {t.popupView}
          </a>
        </nav>
      )}
      <h1 {...langAttrs(source.lang)}>{source.title}</h1>
      {source.titleOrigin === 'curated' && (
        <p class="title-origin" data-title-origin="curated">
          {t.titleCurated}
        </p>
      )}
      {source.titleOrigin === 'user' && (
        <p class="title-origin" data-title-origin="user">
          {t.titleUser}
        </p>
      )}
      {source.titleOrigin === 'file-name' && (
        <p class="title-origin" data-title-origin="file-name">
          {t.titleFileName}
        </p>
      )}
      <p class="muted">
        <SourceMeta source={source} />
      </p>
      <p class="muted marks-summary">
        {t.marksSummary(ui().mentions(mentions.length), ui().entities(entityCount))}
        {' · '}
        <span class="legend" aria-label={t.legend}>
          {TYPES.map((type) => (
            <MarkSample key={type} type={type} label={ui().type[type]} />
          ))}
        </span>
      </p>
      {children}
    </header>
  );
}

function MarkSample({ type, label }: { type: EntityType; label: string }) {
  return h(MARK_TAG, { 'data-entity-type': type, class: 'legend-sample' }, label);
}
