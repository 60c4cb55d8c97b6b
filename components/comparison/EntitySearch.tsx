// Search over every entity of the corpus (not only this page's), as a combobox: type, then arrows
// and Enter (or a click) choose. Asks the background as you type, debounced.
import { browser } from 'wxt/browser';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntitySearchResult } from '../../lib/messages';
import { askBackground } from '../../lib/send';
import { COMPARE_STRINGS } from '../i18n-compare';
import { STRINGS, type UiLang } from '../i18n';
import { langAttrs, scriptLang } from '../t';

const DEBOUNCE_MS = 100;

export function EntitySearch({
  lang,
  onChoose,
  id = 'entity-search',
}: {
  lang: UiLang;
  onChoose: (entityId: string) => void;
  id?: string;
}) {
  const s = COMPARE_STRINGS[lang];
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<EntitySearchResult[] | null>(null);
  const [active, setActive] = useState(-1);
  const asked = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults(null);
      return;
    }
    const ticket = ++asked.current;
    const timer = setTimeout(() => {
      askBackground(browser, { type: 'entity/search', query: q, limit: 12 }).then(
        ({ results }) => {
          // A slower answer to an older query must not replace a newer one.
          if (ticket !== asked.current) return;
          setResults(results);
          setActive(results.length ? 0 : -1);
        },
        () => ticket === asked.current && setResults([]),
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const listId = `${id}-list`;
  const open = results !== null;
  const choose = (r: EntitySearchResult | undefined) => {
    if (!r) return;
    setQuery('');
    setResults(null);
    onChoose(r.id);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!results?.length) {
      if (e.key === 'Escape') setQuery('');
      return;
    }
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (a + 1) % results.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a <= 0 ? results.length - 1 : a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(results[active]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setQuery('');
    }
  };

  return (
    <div class="entity-search" role="search">
      <label for={id} class="search-label">
        {s.searchLabel}
      </label>
      <input
        id={id}
        type="search"
        class="search-input"
        role="combobox"
        // Preact's types allow role=combobox on a search input only with `list` (a datalist); the
        // list here is our own listbox, tied by aria-controls.
        list={undefined}
        autocomplete="off"
        spellcheck={false}
        dir="auto"
        placeholder={s.searchPlaceholder}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? `${id}-opt-${active}` : undefined}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} class="search-results" role="listbox" aria-label={s.searchLabel} hidden={!open}>
        {open && results.length === 0 && (
          <li class="muted" role="presentation">
            {s.searchNone}
          </li>
        )}
        {results?.map((r, i) => (
          <li
            key={r.id}
            id={`${id}-opt-${i}`}
            role="option"
            class={i === active ? 'search-result active' : 'search-result'}
            aria-selected={i === active}
            data-entity-id={r.id}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(r)}
          >
            <span class={`type-dot type-${r.type}`} aria-hidden="true" />
            <span {...langAttrs(lang)}>{r.names[lang]}</span>{' '}
            <span class="muted" {...langAttrs(lang === 'ar' ? 'en' : 'ar')}>
              {r.names[lang === 'ar' ? 'en' : 'ar']}
            </span>
            <span class="muted">
              {' · '}
              {STRINGS[lang].type[r.type]} · {STRINGS[lang].sources(r.sources)}
            </span>
            {r.matched && (
              <span class="muted">
                {' · '}
                {s.searchMatched} <q {...langAttrs(scriptLang(r.matched))}>{r.matched}</q>
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
