// The sources list's filters and sort, apart from the DOM: the panel feeds it the stored sources and
// the search's answer, and shows a window of the result.
import type { ManagedSource } from '../../lib/messages';
import type { SourceKind } from '../../lib/types';

export type SourceSort = 'date' | 'added' | 'title' | 'relevance';

export interface SourceFilter {
  outlet: string | null;
  /** A primary language subtag (`ar`, `en`): `en-GB` counts as `en`. */
  lang: string | null;
  kind: SourceKind | null;
  origin: 'shipped' | 'user' | null;
  /** ISO dates, inclusive; a source without a date is left out when either is set. */
  from: string | null;
  to: string | null;
}

export const NO_FILTER: SourceFilter = {
  outlet: null,
  lang: null,
  kind: null,
  origin: null,
  from: null,
  to: null,
};

export function primaryLang(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

function inRange(date: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  // A partial date (2018 or 2018-02) compares by its own precision against the range's prefix.
  if (from && date < from.slice(0, date.length)) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

export function matchesFilter(s: ManagedSource, f: SourceFilter): boolean {
  return (
    (f.outlet === null || s.outlet === f.outlet) &&
    (f.lang === null || primaryLang(s.lang) === f.lang) &&
    (f.kind === null || s.kind === f.kind) &&
    (f.origin === null || s.origin === f.origin) &&
    inRange(s.date, f.from, f.to)
  );
}

const collators = new Map<string, Intl.Collator>();

/** One collator per language: making one costs more than sorting a page of titles with it. */
function collatorFor(lang: string): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang)));
  return c;
}

/**
 * Filters, then sorts: `date` and `added` newest first (undated sources last), `title` in the
 * collation of `collateLang`, `relevance` in the order of `searchIds` (the search's ranking).
 * `searchIds` null means no search: every source passes.
 */
export function applyFilters(
  sources: readonly ManagedSource[],
  filter: SourceFilter,
  sort: SourceSort,
  searchIds: readonly string[] | null,
  collateLang: string,
): ManagedSource[] {
  const rank = searchIds ? new Map(searchIds.map((id, i) => [id, i])) : null;
  const kept = sources.filter((s) => (!rank || rank.has(s.id)) && matchesFilter(s, filter));
  const collator = collatorFor(collateLang);
  const byTitle = (a: ManagedSource, b: ManagedSource) => collator.compare(a.title, b.title);
  switch (sort) {
    case 'relevance':
      if (rank) return kept.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
      return kept.sort((a, b) => b.addedAt - a.addedAt);
    case 'added':
      return kept.sort((a, b) => b.addedAt - a.addedAt || byTitle(a, b));
    case 'title':
      return kept.sort(byTitle);
    case 'date':
      return kept.sort((a, b) => {
        if (a.date === b.date) return byTitle(a, b);
        if (!a.date) return 1;
        if (!b.date) return -1;
        return a.date < b.date ? 1 : -1;
      });
  }
}

/** The values the filter menus offer, each with how many sources have it, most first. */
export function facetValues(
  sources: readonly ManagedSource[],
  pick: (s: ManagedSource) => string | null,
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const s of sources) {
    const v = pick(s);
    if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}
