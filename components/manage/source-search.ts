// Search over the sources' metadata (docs/decisions/source-search.md): MiniSearch on folded text, so
// أَحْمَد, أحمد and احمد are one word; prefix matches, every word must match, the title counts most.
// The full text is not indexed: building that took 2.7 s for 3,815 sources against 0.13 s here.
import MiniSearch from 'minisearch';
import { foldString } from '../../lib/fold';
import type { ManagedSource } from '../../lib/messages';

/** Folds (harakat, hamza forms, tatweel, case) then splits on anything not a letter or digit. */
export function tokenize(text: string): string[] {
  return foldString(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

type Indexed = Pick<ManagedSource, 'id' | 'title' | 'outlet' | 'author' | 'url'>;

export class SourceSearch {
  private readonly index: MiniSearch<Indexed>;

  constructor(sources: readonly Indexed[]) {
    this.index = new MiniSearch<Indexed>({
      fields: ['title', 'outlet', 'author', 'url'],
      idField: 'id',
      tokenize,
      // Folding already lower-cased and normalized every term.
      processTerm: (term) => term,
      extractField: (doc, field) => {
        const value = doc[field as keyof Indexed];
        return value ?? '';
      },
      searchOptions: { prefix: true, combineWith: 'AND', boost: { title: 3 } },
    });
    this.index.addAll(
      sources.map(({ id, title, outlet, author, url }) => ({ id, title, outlet, author, url })),
    );
  }

  /** Ids of the matching sources, best first; null for an empty query (no search: show all). */
  search(query: string): string[] | null {
    if (tokenize(query).length === 0) return null;
    return this.index.search(query).map((r) => String(r.id));
  }
}
