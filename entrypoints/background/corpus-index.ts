// Keeps the derived data in step with the corpus: the compiled gazetteer (sent to content scripts),
// the stored mentions (entity × source offsets) and the characterizations (what each source says of
// each entity, lib/characterize). All are rebuilt after seeding or any change to sources or entities,
// in one transaction, so that no view ever computes them; the compiled form is cached in the database
// so that a service-worker restart serves it without recompiling.
import { compileGazetteer, createMatcher } from '../../lib/matcher';
import type { CompiledGazetteer } from '../../lib/matcher/types';
import { findMentions } from '../../lib/mentions';
import { CHARACTERIZE_VERSION, characterizeSource } from '../../lib/characterize';
import { briefOf } from '../../lib/comparison-view';
import type { Entity, Mention } from '../../lib/types';
import { getSetting, putSetting, type SanadDb, type StoredCharacterization } from '../../data/db';

const GAZETTEER_KEY = 'compiledGazetteer';
/** The engine version the stored characterizations were computed with. */
export const CHARACTERIZED_KEY = 'characterizedWith';

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
    await db.transaction('rw', [db.sources, db.mentions, db.characterizations, db.settings], async () => {
      const mentions: Mention[] = [];
      const rows: StoredCharacterization[] = [];
      await db.sources.each((source) => {
        mentions.push(...findMentions(matcher, source));
        const brief = briefOf(source);
        for (const c of characterizeSource(source, matcher, byId)) rows.push({ ...c, source: brief });
      });
      await db.mentions.clear();
      await db.mentions.bulkAdd(mentions);
      await db.characterizations.clear();
      await db.characterizations.bulkPut(rows);
      await putSetting(db, GAZETTEER_KEY, compiled);
      await putSetting(db, CHARACTERIZED_KEY, CHARACTERIZE_VERSION);
    });
    this.compiled = compiled;
    return compiled;
  }
}
