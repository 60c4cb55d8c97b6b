// The sources list's controls: sort and the filters (outlet, language, kind, origin, date range).
import { useMemo } from 'preact/hooks';
import type { ManagedSource } from '../../lib/messages';
import type { SourceKind } from '../../lib/types';
import { STRINGS, type UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { langAttrs, scriptLang } from '../t';
import { facetValues, NO_FILTER, primaryLang, type SourceFilter, type SourceSort } from './source-filter';

const KINDS: SourceKind[] = ['news', 'opinion', 'analysis', 'report'];

export function SourceFilters({
  lang,
  sources,
  filter,
  sort,
  searching,
  onFilter,
  onSort,
}: {
  lang: UiLang;
  sources: readonly ManagedSource[];
  filter: SourceFilter;
  sort: SourceSort;
  searching: boolean;
  onFilter: (f: SourceFilter) => void;
  onSort: (s: SourceSort) => void;
}) {
  const m = MANAGE_STRINGS[lang];
  const u = STRINGS[lang];
  const outlets = useMemo(() => facetValues(sources, (s) => s.outlet), [sources]);
  const langs = useMemo(() => facetValues(sources, (s) => primaryLang(s.lang)), [sources]);
  const sorts: SourceSort[] = searching
    ? ['relevance', 'added', 'date', 'title']
    : ['added', 'date', 'title'];
  const set = (patch: Partial<SourceFilter>) => onFilter({ ...filter, ...patch });
  const orNull = (v: string) => (v === '' ? null : v);
  return (
    <fieldset class="source-filters">
      <legend class="visually-hidden">{m.filtersLegend}</legend>
      <label class="field">
        <span>{m.sortLabel}</span>
        <select name="source-sort" value={sort} onChange={(e) => onSort(e.currentTarget.value as SourceSort)}>
          {sorts.map((s) => (
            <option key={s} value={s}>
              {m.sort[s]}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{m.filterLabel.outlet}</span>
        <select
          name="filter-outlet"
          value={filter.outlet ?? ''}
          onChange={(e) => set({ outlet: orNull(e.currentTarget.value) })}
        >
          <option value="">{m.any}</option>
          {outlets.map(({ value, count }) => (
            <option key={value} value={value} {...langAttrs(scriptLang(value))}>
              {value} ({count})
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{m.filterLabel.lang}</span>
        <select
          name="filter-lang"
          value={filter.lang ?? ''}
          onChange={(e) => set({ lang: orNull(e.currentTarget.value) })}
        >
          <option value="">{m.any}</option>
          {langs.map(({ value, count }) => (
            <option key={value} value={value} dir="ltr">
              {value} ({count})
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{m.filterLabel.kind}</span>
        <select
          name="filter-kind"
          value={filter.kind ?? ''}
          onChange={(e) => set({ kind: (orNull(e.currentTarget.value) as SourceKind | null) ?? null })}
        >
          <option value="">{m.any}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {u.kind[k]}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{m.filterLabel.origin}</span>
        <select
          name="filter-origin"
          value={filter.origin ?? ''}
          onChange={(e) => set({ origin: (orNull(e.currentTarget.value) as SourceFilter['origin']) ?? null })}
        >
          <option value="">{m.any}</option>
          <option value="shipped">{u.origin.shipped}</option>
          <option value="user">{u.origin.user}</option>
        </select>
      </label>
      <label class="field">
        <span>{m.filterLabel.from}</span>
        <input
          type="date"
          name="filter-from"
          value={filter.from ?? ''}
          onInput={(e) => set({ from: orNull(e.currentTarget.value) })}
        />
      </label>
      <label class="field">
        <span>{m.filterLabel.to}</span>
        <input
          type="date"
          name="filter-to"
          value={filter.to ?? ''}
          onInput={(e) => set({ to: orNull(e.currentTarget.value) })}
        />
      </label>
      <button type="button" onClick={() => onFilter(NO_FILTER)}>
        {m.clearFilters}
      </button>
    </fieldset>
  );
}
