// Every entity of the gazetteer with its mentions, aliases and mutes; adding entities and aliases
// (the background reindexes the corpus: "reindexing…" is shown while it runs).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ManagedEntity } from '../../lib/messages';
import type { Entity, Mute } from '../../lib/types';
import type { UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { ErrorLine, errorText, Loaded, send, useKeptAsync } from './common';
import { filterEntities, withAlias, withoutAlias } from './entity-helpers';
import { EntityForm } from './EntityForm';
import { EntityRow } from './EntityRow';
import { MuteList } from './MuteList';

// The shipped gazetteer (75 entities) fits in one page; a larger one is filtered or paged.
const PAGE = 100;

async function loadAll() {
  const [{ entities }, { mutes }] = await Promise.all([
    send({ type: 'entity/list' }),
    send({ type: 'mute/list' }),
  ]);
  return { entities, mutes };
}

type Titles = Map<string, { title: string; lang: string }>;

/**
 * The source titles for the per-source counts, asked for the first time a count list is opened:
 * with thousands of sources, the panel should not wait for them.
 */
function useTitles(revision: number): [Titles | null, () => void] {
  const [titles, setTitles] = useState<Titles | null>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    send({ type: 'source/list' }).then(
      ({ sources }) =>
        live && setTitles(new Map(sources.map((s) => [s.id, { title: s.title, lang: s.lang }]))),
      () => live && setTitles(new Map()),
    );
    return () => {
      live = false;
    };
  }, [wanted, revision]);
  return [titles, () => setWanted(true)];
}

export function EntitiesPanel({
  lang,
  revision,
  onChanged,
}: {
  lang: UiLang;
  revision: number;
  onChanged: () => void;
}) {
  const [reload, setReload] = useState(0);
  const state = useKeptAsync(loadAll, [revision, reload]);
  const [titles, wantTitles] = useTitles(revision + reload);
  return (
    <Loaded state={state} lang={lang}>
      {(data) => (
        <EntityManager
          lang={lang}
          {...data}
          titles={titles}
          wantTitles={wantTitles}
          onChanged={() => {
            setReload((n) => n + 1);
            onChanged();
          }}
        />
      )}
    </Loaded>
  );
}

function EntityManager({
  lang,
  entities,
  mutes: storedMutes,
  titles,
  wantTitles,
  onChanged,
}: {
  lang: UiLang;
  entities: ManagedEntity[];
  mutes: Mute[];
  titles: Titles | null;
  wantTitles: () => void;
  onChanged: () => void;
}) {
  const m = MANAGE_STRINGS[lang];
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [mutes, setMutes] = useState(storedMutes);
  useEffect(() => setMutes(storedMutes), [storedMutes]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shown = useMemo(() => filterEntities(entities, query), [entities, query]);
  const names = useMemo(() => new Map(entities.map((x) => [x.entity.id, x.entity.names])), [entities]);
  const nameOf = (id: string) => names.get(id)?.[lang] ?? id;
  const isEntity = (id: string) => names.has(id);

  /** Entity changes reindex the whole corpus: one at a time, with the state shown. */
  const change = async (work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onChanged();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const put = (entity: Entity) => change(() => send({ type: 'entity/put', entity }));
  const setMute = async (mute: Mute, muted: boolean) => {
    setError(null);
    try {
      setMutes((await send({ type: 'mute/set', mute, muted })).mutes);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <>
      {busy && (
        <p role="status" data-testid="reindexing">
          {m.reindexing}
        </p>
      )}
      {error && <ErrorLine lang={lang} message={error} />}
      <MuteList lang={lang} mutes={mutes} nameOf={nameOf} onUnmute={(x) => void setMute(x, false)} />
      <label class="field" for="entity-filter">
        <span>{m.entityFilter}</span>
        <input
          id="entity-filter"
          type="search"
          name="entity-filter"
          dir="auto"
          autocomplete="off"
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setLimit(PAGE);
          }}
        />
      </label>
      <p aria-live="polite" class="muted">
        {m.shown(Math.min(limit, shown.length), shown.length)}
      </p>
      <ul class="manage-list entity-list">
        {shown.slice(0, limit).map((item) => (
          <EntityRow
            key={item.entity.id}
            lang={lang}
            item={item}
            mutes={mutes}
            busy={busy}
            nameOf={nameOf}
            isEntity={isEntity}
            sourceOf={(id) => titles?.get(id)}
            onOpenCounts={wantTitles}
            actions={{
              mute: (x) => void setMute(x, true),
              removeAlias: (text) => void put(withoutAlias(item.entity, text)),
              addAlias: (alias) => put(withAlias(item.entity, alias)),
              removeEntity: () => void change(() => send({ type: 'entity/delete', id: item.entity.id })),
            }}
          />
        ))}
      </ul>
      {shown.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          {m.showMore(Math.min(PAGE, shown.length - limit))}
        </button>
      )}
      <EntityForm lang={lang} busy={busy} onAdd={put} />
    </>
  );
}
