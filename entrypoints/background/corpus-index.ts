// Keeps the derived data in step with the corpus: the compiled gazetteer (sent to content scripts),
// the stored mentions (entity × source offsets) and the characterizations (what each source says of
// each entity, lib/characterize). All are rebuilt after seeding or any change to sources or entities,
// in one transaction, so that no view ever computes them; the compiled form is cached in the database
// so that a service-worker restart serves it without recompiling.
import { compileGazetteer, createMatcher } from '../../lib/matcher';
import type { CompiledGazetteer } from '../../lib/matcher/types';
import { mentionsOfMatches } from '../../lib/mentions';
import { CHARACTERIZE_VERSION, characterizeSource } from '../../lib/characterize';
import { briefOf, digestOf, type EntityDigest } from '../../lib/comparison-view';
import type { Entity, Mention } from '../../lib/types';
import { getSetting, putSetting, type SanadDb, type StoredCharacterization } from '../../data/db';

const GAZETTEER_KEY = 'compiledGazetteer';
/** The engine version the stored characterizations were computed with. */
export const CHARACTERIZED_KEY = 'characterizedWith';

function digests(
  rows: readonly StoredCharacterization[],
  entities: ReadonlyMap<string, Entity>,
): EntityDigest[] {
  const byEntity = new Map<string, StoredCharacterization[]>();
  for (const row of rows) {
    const list = byEntity.get(row.entityId);
    if (list) list.push(row);
    else byEntity.set(row.entityId, [row]);
  }
  return [...byEntity].map(([entityId, list]) =>
    digestOf(
      entityId,
      list.map(({ source, ...characterization }) => ({ source, characterization })),
      entities,
    ),
  );
}

export class CorpusIndex {
  private compiled: CompiledGazetteer | null = null;

  constructor(private readonly db: SanadDb) {}

  /** The compiled gazetteer: from memory, else from the cache in the database, else compiled now. */
  async gazetteer(): Promise<CompiledGazetteer> {
    if (this.compiled) return this.compiled;
    const cached = await getSetting<CompiledGazetteer | null>(this.db, GAZETTEER_KEY, null);
    if (cached) return (this.compiled = cached);
    return this.rebuild();
  }

  /** Whether the stored characterizations come from this engine (false after an engine change). */
  async characterizationsCurrent(): Promise<boolean> {
    return (await getSetting<string | null>(this.db, CHARACTERIZED_KEY, null)) === CHARACTERIZE_VERSION;
  }

  /** Recompiles the gazetteer and recomputes every source's mentions and characterizations in one transaction. */
  async rebuild(): Promise<CompiledGazetteer> {
    const entities = await this.db.entities.toArray();
    const compiled = compileGazetteer(entities);
    const matcher = createMatcher(compiled);
    const byId = new Map<string, Entity>(entities.map((e) => [e.id, e]));
    const { db } = this;
    const tables = [db.sources, db.mentions, db.characterizations, db.entityDigests, db.settings];
    await db.transaction('rw', tables, async () => {
      const mentions: Mention[] = [];
      const rows: StoredCharacterization[] = [];
      await db.sources.each((source) => {
        // One match of each text serves both the mentions and the characterization.
        const matches = matcher.matchDetailed(source.text, { seen: new Set() });
        mentions.push(...mentionsOfMatches(matches, source));
        const brief = briefOf(source);
        for (const c of characterizeSource(source, matcher, byId, matches))
          rows.push({ ...c, source: brief });
      });
      await db.mentions.clear();
      await db.mentions.bulkAdd(mentions);
      await db.characterizations.clear();
      await db.characterizations.bulkPut(rows);
      await db.entityDigests.clear();
      await db.entityDigests.bulkPut(digests(rows, byId));
      await putSetting(db, GAZETTEER_KEY, compiled);
      await putSetting(db, CHARACTERIZED_KEY, CHARACTERIZE_VERSION);
    });
    this.compiled = compiled;
    return compiled;
  }
}
