// Keeps the derived data in step with the corpus: the compiled gazetteer (sent to content scripts)
// and the stored mentions (entity × source offsets). Both are rebuilt after seeding or any change to
// sources or entities, and the compiled form is cached in the database so that a service-worker
// restart serves it without recompiling.
import { compileGazetteer, createMatcher } from '../../lib/matcher';
import type { CompiledGazetteer } from '../../lib/matcher/types';
import { findMentions } from '../../lib/mentions';
import type { Mention } from '../../lib/types';
import { getSetting, putSetting, type SanadDb } from '../../data/db';

const GAZETTEER_KEY = 'compiledGazetteer';

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

  /** Recompiles the gazetteer and recomputes every source's mentions in one transaction. */
  async rebuild(): Promise<CompiledGazetteer> {
    const entities = await this.db.entities.toArray();
    const compiled = compileGazetteer(entities);
    const matcher = createMatcher(compiled);
    await this.db.transaction('rw', this.db.sources, this.db.mentions, this.db.settings, async () => {
      const mentions: Mention[] = [];
      await this.db.sources.each((source) => {
        mentions.push(...findMentions(matcher, source));
      });
      await this.db.mentions.clear();
      await this.db.mentions.bulkAdd(mentions);
      await putSetting(this.db, GAZETTEER_KEY, compiled);
    });
    this.compiled = compiled;
    return compiled;
  }
}
