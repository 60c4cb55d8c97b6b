// Links to the comparisons of related entities: ISIS-K is part of the Islamic State, the TTP is
// related to the Taliban. The relation is the gazetteer's (curated).
import type { RelatedEntity } from '../../lib/messages';
import { COMPARE_STRINGS } from '../i18n-compare';
import { STRINGS, type UiLang } from '../i18n';
import { langAttrs } from '../t';
import { comparePageUrl } from './urls';

export function RelatedLinks({
  related,
  lang,
  onOpen,
}: {
  related: readonly RelatedEntity[];
  lang: UiLang;
  /** Same-page navigation (the full page swaps its entity); without it the link opens normally. */
  onOpen?: (id: string, event: MouseEvent) => void;
}) {
  const s = COMPARE_STRINGS[lang];
  if (related.length === 0) return <p class="muted">{s.noneFound}</p>;
  return (
    <ul class="related-list">
      {related.map((r) => (
        <li key={r.id} data-entity-id={r.id} data-relation={r.kind}>
          <span class="muted">{s.related[r.kind]}</span>{' '}
          <a
            class="related-link"
            href={comparePageUrl(r.id)}
            onClick={onOpen ? (e) => onOpen(r.id, e) : undefined}
            {...langAttrs(lang)}
          >
            {r.names[lang]}
          </a>{' '}
          <span class="muted">({STRINGS[lang].type[r.type]})</span>
        </li>
      ))}
    </ul>
  );
}
