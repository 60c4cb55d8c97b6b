// Every stored source: search (folded metadata), sort, filters, 50 rows at a time with "show more",
// edit, delete with undo, and the storage used.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ManagedSource, SourceMetaPatch } from '../../lib/messages';
import type { UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { langAttrs } from '../t';
import { ErrorLine, errorText, Loaded, send, useKeptAsync } from './common';
import { applyFilters, NO_FILTER, type SourceFilter, type SourceSort } from './source-filter';
import { SourceSearch, tokenize } from './source-search';
import { SourceFilters } from './SourceFilters';
import { SourceRow } from './SourceRow';
import { StorageInfo } from './StorageInfo';

export const PAGE = 50;
/** "Show more" stops here: past it the list is for a search or a filter, not for scrolling. */
export const MAX_SHOWN = 1000;

export function SourcesPanel({
  lang,
  revision,
  onChanged,
}: {
  lang: UiLang;
  revision: number;
  onChanged: () => void;
}) {
  const [reload, setReload] = useState(0);
  const state = useKeptAsync(() => send({ type: 'source/list' }), [revision, reload]);
  return (
    <>
      <Loaded state={state} lang={lang}>
        {({ sources }) => (
          <SourceManager
            lang={lang}
            stored={sources}
            onChanged={() => {
              setReload((n) => n + 1);
              onChanged();
            }}
          />
        )}
      </Loaded>
      <StorageInfo lang={lang} revision={revision + reload} />
    </>
  );
}

function lazyIndex(sources: readonly ManagedSource[]): { get: () => SourceSearch } {
  let built: SourceSearch | null = null;
  return { get: () => (built ??= new SourceSearch(sources)) };
}

interface Deleted {
  token: string;
  title: string;
  lang: string;
}

/**
 * The background's trash keeps one deletion (entrypoints/background/source-trash.ts): a delete empties
 * it first. So only the newest deletion has an Undo; the ones before it stay listed, saying they can
 * no longer be undone, rather than vanishing as if they had been.
 */
const KEPT_NOTICES = 5;

function SourceManager({
  lang,
  stored,
  onChanged,
}: {
  lang: UiLang;
  stored: ManagedSource[];
  onChanged: () => void;
}) {
  const m = MANAGE_STRINGS[lang];
  const [sources, setSources] = useState(stored);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<SourceFilter>(NO_FILTER);
  const [sort, setSort] = useState<SourceSort>('added');
  // How many rows are shown, for the current query, filter and sort: a new one starts at one page
  // again, in the same render (an effect would paint the list twice for every key typed).
  const [paging, setPaging] = useState({ key: '', limit: PAGE });
  // Oldest first; `kept` is the one deletion the trash still holds (none once it is undone).
  const [deleted, setDeleted] = useState<Deleted[]>([]);
  const [kept, setKept] = useState<string | null>(null);
  const undoable = deleted.find((d) => d.token === kept) ?? null;
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setSources(stored), [stored]);
  // The deleted row's button is gone: keyboard focus goes to the undo button rather than the page.
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (undoable) undoButton.current?.focus();
  }, [undoable]);

  // The index (≈ 0.15 s for 3,800 sources) is built after the list is painted, or at the first
  // query if one comes sooner: the list does not wait for it. It is built from the list as edited
  // here, so a source retitled is found by its new title.
  const index = useMemo(() => lazyIndex(sources), [sources]);
  useEffect(() => {
    const timer = setTimeout(() => index.get(), 0);
    return () => clearTimeout(timer);
  }, [index]);
  const hits = useMemo(
    () => (tokenize(query).length === 0 ? null : index.get().search(query)),
    [index, query],
  );
  const effectiveSort = hits === null && sort === 'relevance' ? 'added' : sort;
  const shown = useMemo(
    () => applyFilters(sources, filter, effectiveSort, hits, lang),
    [sources, filter, effectiveSort, hits, lang],
  );
  const viewKey = JSON.stringify([query, filter, effectiveSort]);
  const limit = paging.key === viewKey ? paging.limit : PAGE;
  const setLimit = (n: number) => setPaging({ key: viewKey, limit: n });

  const save = async (id: string, patch: SourceMetaPatch) => {
    const { source } = await send({ type: 'source/update', id, patch });
    setSources((list) => list.map((s) => (s.id === id ? { ...s, ...source } : s)));
  };
  const remove = async (s: ManagedSource) => {
    setError(null);
    setNotice(null);
    try {
      const { token, deleted: count } = await send({ type: 'source/delete', ids: [s.id] });
      setSources((list) => list.filter((x) => x.id !== s.id));
      if (count === 0) return; // already gone (a stale list): nothing was deleted, nothing to undo
      setDeleted((list) => [...list, { token, title: s.title, lang: s.lang }].slice(-KEPT_NOTICES));
      setKept(token);
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const undo = async () => {
    if (!undoable) return;
    setError(null);
    try {
      const { restored } = await send({ type: 'source/undo-delete', token: undoable.token });
      // The ones before it were emptied from the trash by the deletion just undone: they stay listed.
      setDeleted((list) => list.filter((d) => d.token !== undoable.token));
      setKept(null);
      setNotice(m.restored(restored));
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <>
      <div class="search-box" role="search">
        <label class="field" for="source-search">
          <span>{m.searchLabel}</span>
          <input
            id="source-search"
            type="search"
            name="source-search"
            dir="auto"
            autocomplete="off"
            value={query}
            onInput={(e) => {
              const q = e.currentTarget.value;
              setQuery(q);
              if (q.trim() && sort !== 'relevance') setSort('relevance');
            }}
          />
        </label>
      </div>
      <SourceFilters
        lang={lang}
        sources={sources}
        filter={filter}
        sort={effectiveSort}
        searching={hits !== null}
        onFilter={setFilter}
        onSort={setSort}
      />
      <p aria-live="polite">
        <strong data-testid="source-count" dir="ltr">
          {String(shown.length)}
        </strong>{' '}
        {m.matching(shown.length)}
        {shown.length > limit && <span class="muted"> · {m.shown(limit, shown.length)}</span>}
      </p>
      {deleted.map((d, i) => (
        <p role="status" class="notice" key={`${i}:${d.token}`} data-deleted-token={d.token}>
          {m.deleted} <span {...langAttrs(d.lang)}>{d.title}</span>{' '}
          {d.token === '' ? (
            <span class="muted" data-testid="undo-none">
              {m.noUndo}
            </span>
          ) : d === undoable ? (
            <button type="button" data-action="undo-delete" ref={undoButton} onClick={() => void undo()}>
              {m.undo}
            </button>
          ) : (
            <span class="muted" data-testid="undo-gone">
              {m.undoGone}
            </span>
          )}
        </p>
      ))}
      {notice && <p role="status">{notice}</p>}
      {error && <ErrorLine lang={lang} message={error} />}
      <ul class="source-list manage-list">
        {shown.slice(0, limit).map((s) => (
          <SourceRow
            key={s.id}
            lang={lang}
            source={s}
            onSave={(patch) => save(s.id, patch)}
            onDelete={() => void remove(s)}
          />
        ))}
      </ul>
      {shown.length > limit && limit < MAX_SHOWN && (
        <button type="button" data-action="show-more-sources" onClick={() => setLimit(limit + PAGE)}>
          {m.showMore(Math.min(PAGE, shown.length - limit))}
        </button>
      )}
      {shown.length > limit && limit >= MAX_SHOWN && <p class="muted">{m.narrowDown}</p>}
    </>
  );
}
