// Seeding of the shipped corpus. Runs on install, on update and on every background start; it is
// idempotent and cheap when nothing changed. Shipped rows are replaced when the shipped corpus
// changes; the user's own sources, and shipped entities the user edited, are never touched.
import { fnv1a } from '../lib/hash';
import { dedupKeys } from '../lib/import/dedup';
import type { Entity, Source } from '../lib/types';
import { getSetting, putSetting, SOURCE_COUNT_KEY, type SanadDb, type StoredEntity } from './db';
import type { ShippedSource } from './shipped-sources';

export const SHIPPED_VERSION_KEY = 'shippedCorpusVersion';

export interface ShippedCorpus {
  sources: readonly ShippedSource[];
  entities: readonly Entity[];
}

export function shippedVersion(corpus: ShippedCorpus): string {
  return fnv1a(JSON.stringify(corpus.sources), JSON.stringify(corpus.entities));
}

export interface SeedResult {
  /** True when rows were written: mentions and the compiled gazetteer must be rebuilt. */
  changed: boolean;
  version: string;
}

export async function seedShippedCorpus(
  db: SanadDb,
  corpus: ShippedCorpus,
  now = Date.now(),
): Promise<SeedResult> {
  const version = shippedVersion(corpus);
  return db.transaction('rw', db.sources, db.entities, db.settings, async () => {
    const stored = await getSetting<string | null>(db, SHIPPED_VERSION_KEY, null);
    const ids = corpus.sources.map((s) => s.id);
    const present = await db.sources.where('id').anyOf(ids).count();
    if (stored === version && present === ids.length) return { changed: false, version };

    const existing = new Map(
      (await db.sources.where('origin').equals('shipped').toArray()).map((s) => [s.id, s]),
    );
    const sources: Source[] = corpus.sources.map((s) => ({
      ...s,
      // The dedup keys, so that adding a shipped article's text (or URL) finds it already stored.
      ...dedupKeys({ url: s.url, text: s.text }),
      origin: 'shipped',
      addedAt: existing.get(s.id)?.addedAt ?? now,
      updatedAt: now,
    }));
    await db.sources.bulkPut(sources);
    const gone = [...existing.keys()].filter((id) => !ids.includes(id));
    await db.sources.bulkDelete(gone);

    const storedEntities = new Map((await db.entities.toArray()).map((e) => [e.id, e]));
    const entities: StoredEntity[] = corpus.entities
      .filter((e) => !storedEntities.get(e.id)?.editedByUser)
      .map((e) => ({ ...e, origin: 'shipped' }));
    await db.entities.bulkPut(entities);
    const shippedIds = new Set(corpus.entities.map((e) => e.id));
    const retired = [...storedEntities.values()]
      .filter((e) => e.origin === 'shipped' && !e.editedByUser && !shippedIds.has(e.id))
      .map((e) => e.id);
    await db.entities.bulkDelete(retired);

    await putSetting(db, SHIPPED_VERSION_KEY, version);
    await db.settings.delete(SOURCE_COUNT_KEY); // recounted when next asked

    return { changed: true, version };
  });
}
