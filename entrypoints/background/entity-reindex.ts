// After an entity change, only the sources it can affect are characterized again. What a source's
// mentions and characterizations depend on: its text and title, what the matcher finds in them (entity,
// span, alias key), and the gazetteer's entries for the entities it names. So a source is derived again
// when the old and the new matcher disagree on its text or its title, or when it names (before or after)
// an entity whose entry changed; every other source keeps its rows, which a full rebuild would recompute
// identically (entity-reindex.test.ts compares the two). Matching every text twice is cheap (0.7 s for
// the 3,815 BBC articles in Node); characterizing them all is what took 7 s. The digests of every
// entity are then recomputed from the stored rows (fast: they read no text).
import { compileGazetteer, createMatcher, type DetailedMatch, type SanadMatcher } from '../../lib/matcher';
import type { CompiledGazetteer } from '../../lib/matcher/types';
import type { Entity, Source } from '../../lib/types';
import type { SanadDb, StoredEntity } from '../../data/db';
import { deriveInto, digests, type CorpusIndex, type Derived, type Engine } from './corpus-index';
import { deleteWhere, eachSourceChunk } from './keyed';

const CHUNK = 200;

/** What a characterization reads of the matches: entity, span and alias key, inner ones included. */
function signature(matches: readonly DetailedMatch[]): string {
  const parts: string[] = [];
  for (const m of matches) {
    parts.push(`${m.entityId}@${m.start}-${m.end}:${m.key}`);
    for (const inner of m.inner ?? []) parts.push(`>${inner.entityId}@${inner.start}-${inner.end}`);
  }
  return parts.join('|');
}

function titleSignature(matcher: SanadMatcher, title: string): string {
  if (!title) return '';
  return signature(matcher.matchDetailed(title, { seen: new Set() }));
}

function names(matches: readonly DetailedMatch[]): string[] {
  return matches.flatMap((m) => [m.entityId, ...(m.inner ?? []).map((i) => i.entityId)]);
}

/** Ids whose stored entry differs between the two lists (added, removed or edited). */
export function changedEntities(
  before: readonly StoredEntity[],
  after: readonly StoredEntity[],
): Set<string> {
  const old = new Map(before.map((e) => [e.id, JSON.stringify(e)]));
  const changed = new Set<string>();
  for (const e of after) if (old.get(e.id) !== JSON.stringify(e)) changed.add(e.id);
  const now = new Set(after.map((e) => e.id));
  for (const id of old.keys()) if (!now.has(id)) changed.add(id);
  return changed;
}

/**
 * Inside a rw transaction over indexTables(db) that has just written the entities (`after`); `before`
 * is the list the stored rows were derived from. Falls back to a full rebuild when the stored rows
 * do not come from `before` (an earlier reindex that never ran). Returns the new compiled gazetteer.
 */
export async function reindexAfterEntityChange(
  index: CorpusIndex,
  db: SanadDb,
  before: readonly StoredEntity[],
  after: readonly StoredEntity[],
): Promise<CompiledGazetteer> {
  const oldCompiled = compileGazetteer(before);
  if ((await index.storedVersion()) !== oldCompiled.version || !(await index.characterizationsCurrent()))
    return index.rebuildWithin(after);
  const compiled = compileGazetteer(after);
  const oldMatcher = createMatcher(oldCompiled);
  const engine: Engine = {
    matcher: createMatcher(compiled),
    entities: new Map<string, Entity>(after.map((e) => [e.id, e])),
    version: compiled.version,
  };
  const changed = changedEntities(before, after);
  const derived: Derived = { mentions: [], rows: [] };
  const redone: string[] = [];
  await eachSourceChunk(db, CHUNK, (sources: Source[]) => {
    for (const source of sources) {
      const was = oldMatcher.matchDetailed(source.text, { seen: new Set() });
      const now = engine.matcher.matchDetailed(source.text, { seen: new Set() });
      const affected =
        signature(was) !== signature(now) ||
        titleSignature(oldMatcher, source.title) !== titleSignature(engine.matcher, source.title) ||
        [...names(was), ...names(now)].some((id) => changed.has(id));
      if (!affected) continue;
      redone.push(source.id);
      deriveInto(derived, engine, source, now);
    }
  });
  await deleteWhere(db.mentions, 'sourceId', redone);
  await deleteWhere(db.characterizations, 'sourceId', redone);
  await db.mentions.bulkAdd(derived.mentions);
  await db.characterizations.bulkPut(derived.rows);
  await db.entityDigests.clear();
  await db.entityDigests.bulkPut(digests(await db.characterizations.toArray(), engine.entities));
  await index.recordGazetteer(compiled);
  return compiled;
}
