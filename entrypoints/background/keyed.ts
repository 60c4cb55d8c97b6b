// Reads and deletes by many keys of one index, as one equality query per key. Dexie's anyOf() walks
// a cursor that jumps from key to key; under fake-indexeddb (the unit tests, the Node benches) each
// jump costs a scan, which made refreshing 40 digests over 2,300 rows take 3.6 s (an index lookup
// per key: milliseconds). Equality queries are index lookups in every implementation.
import type { IndexableType, Table } from 'dexie';
import type { SanadDb } from '../../data/db';
import type { Source } from '../../lib/types';

export async function rowsWhere<T, K>(
  table: Table<T, K>,
  index: string,
  keys: Iterable<IndexableType>,
): Promise<T[]> {
  const lists = await Promise.all([...new Set(keys)].map((key) => table.where(index).equals(key).toArray()));
  return lists.flat();
}

export async function deleteWhere<T, K>(
  table: Table<T, K>,
  index: string,
  keys: Iterable<IndexableType>,
): Promise<void> {
  await Promise.all([...new Set(keys)].map((key) => table.where(index).equals(key).delete()));
}

/** The primary key of the first row whose `index` equals each key (undefined where none). */
export async function firstKeyWhere<T, K>(
  table: Table<T, K>,
  index: string,
  keys: Iterable<IndexableType>,
): Promise<Map<IndexableType, K>> {
  const unique = [...new Set(keys)];
  const found = await Promise.all(unique.map((key) => table.where(index).equals(key).primaryKeys()));
  const out = new Map<IndexableType, K>();
  unique.forEach((key, i) => {
    const first = found[i]![0];
    if (first !== undefined) out.set(key, first);
  });
  return out;
}

/**
 * Every source, in chunks of `size` by id. Each chunk is one getAll request: a cursor (each()) costs a
 * round trip per row in Chromium, seconds for a few thousand sources; one toArray() of all of them
 * would hold every text at once.
 */
export async function eachSourceChunk(
  db: SanadDb,
  size: number,
  visit: (sources: Source[]) => void,
): Promise<void> {
  const after = (last: string | null): Promise<Source[]> =>
    (last === null ? db.sources.orderBy(':id') : db.sources.where(':id').above(last)).limit(size).toArray();
  let last: string | null = null;
  for (;;) {
    const chunk = await after(last);
    if (!chunk.length) return;
    visit(chunk);
    last = chunk[chunk.length - 1]!.id;
  }
}
