// Keeps the derived data in step with the corpus: the compiled gazetteer (the engine of page/match),
// the stored mentions (entity × source offsets), the characterizations (what each source says of each
// entity, lib/characterize) and the per-entity digests. An entity change rebuilds everything in one
// transaction; a source change indexes just those sources, in the transaction that writes them (a
// source is never stored without its mentions), and refreshes the digests of the entities they touch.
// The compiled form is cached in the database so that a service-worker restart serves it without
// recompiling.
import { compileGazetteer, createMatcher, type DetailedMatch, type SanadMatcher } from '../../lib/matcher';
import type { CompiledGazetteer } from '../../lib/matcher/types';
import { mentionsOfMatches } from '../../lib/mentions';
import { CHARACTERIZE_VERSION, characterizeSource } from '../../lib/characterize';
import { briefOf, digestOf, type EntityDigest } from '../../lib/comparison-view';
import type { Entity, Mention, Source } from '../../lib/types';
import {
  getSetting,
  putSetting,
  type SanadDb,
  type StoredCharacterization,
  type StoredEntity,
  SOURCE_COUNT_KEY,
} from '../../data/db';
import { deleteWhere, eachSourceChunk, rowsWhere } from './keyed';

const GAZETTEER_KEY = 'compiledGazetteer';
/** The version alone, so a transaction can check it without reading the whole compiled form. */
const GAZETTEER_VERSION_KEY = 'gazetteerVersion';
/** The engine version the stored characterizations were computed with. */
export const CHARACTERIZED_KEY = 'characterizedWith';

/** The settings key under which an import's touched entities wait for source/batch-end. */
export const batchKey = (batch: string) => `batch:${batch}`;

/** Sources read per request by a rebuild. */
const SOURCE_CHUNK = 200;

/** What indexing a source needs: built once per gazetteer, outside any transaction. */
export interface Engine {
  matcher: SanadMatcher;
  entities: ReadonlyMap<string, Entity>;
  version: string;
}

/** Thrown inside a transaction when the gazetteer changed under it: the caller retries with a new engine. */
export class StaleEngineError extends Error {
  constructor() {
    super('The gazetteer changed while sources were being indexed.');
    this.name = 'StaleEngineError';
  }
}

/** The tables a transaction that indexes sources must hold (rw). */
export function indexTables(db: SanadDb) {
  return [db.sources, db.mentions, db.characterizations, db.entityDigests, db.entities, db.settings];
}

export function digests(
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

export interface Derived {
  mentions: Mention[];
  rows: StoredCharacterization[];
}

/** One match of each text serves both the mentions and the characterizations. */
export function deriveInto(
  out: Derived,
  engine: Engine,
  source: Source,
  matches: readonly DetailedMatch[] = engine.matcher.matchDetailed(source.text, { seen: new Set() }),
): void {
  out.mentions.push(...mentionsOfMatches(matches, source));
  const brief = briefOf(source);
  for (const c of characterizeSource(source, engine.matcher, engine.entities, matches))
    out.rows.push({ ...c, source: brief });
}

export class CorpusIndex {
  private compiled: CompiledGazetteer | null = null;
  private engineCache: Engine | null = null;

  constructor(private readonly db: SanadDb) {}

  /** The compiled gazetteer: from memory, else from the cache in the database, else compiled now. */
  async gazetteer(): Promise<CompiledGazetteer> {
    if (this.compiled) return this.compiled;
    const cached = await getSetting<CompiledGazetteer | null>(this.db, GAZETTEER_KEY, null);
    if (cached) return (this.compiled = cached);
    return this.rebuild();
  }

  /** The matcher and entities of the current gazetteer. Call it before opening a transaction. */
  async engine(): Promise<Engine> {
    const compiled = await this.gazetteer();
    if (this.engineCache?.version === compiled.version) return this.engineCache;
    const entities = await this.db.entities.toArray();
    this.engineCache = {
      matcher: createMatcher(compiled),
      entities: new Map<string, Entity>(entities.map((e) => [e.id, e])),
      version: compiled.version,
    };
    return this.engineCache;
  }

  /** Whether the stored characterizations come from this engine (false after an engine change). */
  async characterizationsCurrent(): Promise<boolean> {
    return (await getSetting<string | null>(this.db, CHARACTERIZED_KEY, null)) === CHARACTERIZE_VERSION;
  }

  /**
   * Mentions and characterizations of just these sources, replacing any they had. Must run inside a
   * rw transaction over indexTables(db); the digests are left to refreshDigests. Returns the ids of
   * the entities whose digests are now stale (those the sources mention now or mentioned before).
   */
  async indexSources(engine: Engine, sources: readonly Source[]): Promise<Set<string>> {
    const { db } = this;
    await this.assertCurrent(engine);
    const ids = sources.map((s) => s.id);
    const touched = new Set<string>(
      (await rowsWhere(db.characterizations, 'sourceId', ids)).map((c) => c.entityId),
    );
    await deleteWhere(db.mentions, 'sourceId', ids);
    await deleteWhere(db.characterizations, 'sourceId', ids);
    const derived: Derived = { mentions: [], rows: [] };
    for (const source of sources) deriveInto(derived, engine, source);
    const { mentions, rows } = derived;
    await db.mentions.bulkAdd(mentions);
    await db.characterizations.bulkPut(rows);
    for (const row of rows) touched.add(row.entityId);
    return touched;
  }

  /** The number of stored sources (counted once if no transaction has recorded it yet). */
  async sourceCount(): Promise<number> {
    const { db } = this;
    const kept = await getSetting<number | null>(db, SOURCE_COUNT_KEY, null);
    if (kept !== null) return kept;
    // Count and record in one transaction: a source added between the two would leave a wrong count
    // that every later transaction then adjusts.
    return db.transaction('rw', db.sources, db.settings, async () => {
      const again = await getSetting<number | null>(db, SOURCE_COUNT_KEY, null);
      if (again !== null) return again;
      const counted = await db.sources.count();
      await putSetting(db, SOURCE_COUNT_KEY, counted);
      return counted;
    });
  }

  /** Inside the transaction that added (delta > 0) or removed sources; a missing count stays missing. */
  async adjustSourceCount(delta: number): Promise<void> {
    if (delta === 0) return;
    const kept = await getSetting<number | null>(this.db, SOURCE_COUNT_KEY, null);
    if (kept !== null) await putSetting(this.db, SOURCE_COUNT_KEY, kept + delta);
  }

  /** The version of the stored gazetteer (null before the first rebuild that recorded it). */
  storedVersion(): Promise<string | null> {
    return getSetting<string | null>(this.db, GAZETTEER_VERSION_KEY, null);
  }

  /** Inside a transaction: an entity change may have committed since the engine was taken. */
  async assertCurrent(engine: Engine): Promise<void> {
    const current = await this.storedVersion();
    if (current !== null && current !== engine.version) throw new StaleEngineError();
  }

  /** Recomputes the digests of these entities from their stored characterizations. */
  async refreshDigests(entityIds: Iterable<string>): Promise<void> {
    const ids = [...new Set(entityIds)];
    if (!ids.length) return;
    const { db } = this;
    await db.transaction('rw', [db.characterizations, db.entityDigests, db.entities], async () => {
      const [rows, entities] = await Promise.all([
        rowsWhere(db.characterizations, 'entityId', ids),
        db.entities.toArray(),
      ]);
      const fresh = digests(rows, new Map<string, Entity>(entities.map((e) => [e.id, e])));
      const kept = new Set(fresh.map((d) => d.entityId));
      await db.entityDigests.bulkDelete(ids.filter((id) => !kept.has(id)));
      await db.entityDigests.bulkPut(fresh);
    });
  }

  /** The digests an import's batch left waiting are computed, and the batch forgotten. */
  async endBatch(batch: string): Promise<void> {
    const { db } = this;
    const key = batchKey(batch);
    await db.transaction(
      'rw',
      [db.settings, db.characterizations, db.entityDigests, db.entities],
      async () => {
        await this.refreshDigests(await getSetting<string[]>(db, key, []));
        await db.settings.delete(key);
      },
    );
  }

  /**
   * Batches no batch-end came for (the importing page was closed): ended at the worker's start. An
   * import still running loses nothing: its next chunk records its entities again.
   */
  async endLeftBatches(): Promise<void> {
    const keys = (await this.db.settings.where('key').startsWith(batchKey('')).primaryKeys()) as string[];
    for (const key of keys) await this.endBatch(key.slice(batchKey('').length));
  }

  /**
   * Recompiles the gazetteer from `entities` and recomputes every source's mentions, characterizations
   * and digests. Must run inside a rw transaction over indexTables(db) (backup import writes its rows
   * and rebuilds in one); the caller then calls adopt() with the result once it has committed.
   */
  async rebuildWithin(entities: readonly StoredEntity[]): Promise<CompiledGazetteer> {
    const { db } = this;
    const compiled = compileGazetteer(entities);
    const engine: Engine = {
      matcher: createMatcher(compiled),
      entities: new Map<string, Entity>(entities.map((e) => [e.id, e])),
      version: compiled.version,
    };
    const derived: Derived = { mentions: [], rows: [] };
    // In chunks: a text is dropped once matched, and each chunk is one request.
    let count = 0;
    await eachSourceChunk(db, SOURCE_CHUNK, (sources) => {
      count += sources.length;
      for (const source of sources) deriveInto(derived, engine, source);
    });
    const { mentions, rows } = derived;
    await db.mentions.clear();
    await db.mentions.bulkAdd(mentions);
    await db.characterizations.clear();
    await db.characterizations.bulkPut(rows);
    await db.entityDigests.clear();
    await db.entityDigests.bulkPut(digests(rows, engine.entities));
    await this.recordGazetteer(compiled);
    await putSetting(db, SOURCE_COUNT_KEY, count);
    return compiled;
  }

  /** Inside the transaction that derived every row from `compiled`. */
  async recordGazetteer(compiled: CompiledGazetteer): Promise<void> {
    await putSetting(this.db, GAZETTEER_KEY, compiled);
    await putSetting(this.db, GAZETTEER_VERSION_KEY, compiled.version);
    await putSetting(this.db, CHARACTERIZED_KEY, CHARACTERIZE_VERSION);
  }

  /** Drops what is held in memory: the next gazetteer() reads the stored one. */
  forget(): void {
    this.compiled = null;
    this.engineCache = null;
  }

  /** Serves this compiled gazetteer from now on (after the transaction that stored it committed). */
  adopt(compiled: CompiledGazetteer): void {
    this.compiled = compiled;
    this.engineCache = null;
  }

  /** Recompiles the gazetteer and recomputes every source's derived rows in one transaction. */
  async rebuild(): Promise<CompiledGazetteer> {
    const { db } = this;
    const compiled = await db.transaction(
      'rw',
      indexTables(db),
      async () => await this.rebuildWithin(await db.entities.toArray()),
    );
    this.adopt(compiled);
    return compiled;
  }
}
