// The corpus feature of the background: seeding the shipped corpus, and the requests that read it
// (corpus summary, one source, entity cards and labels).
import type { SanadDb } from '../../data/db';
import { seedShippedCorpus } from '../../data/seed';
import { SHIPPED_SOURCES } from '../../data/shipped-sources';
import { SHIPPED_ENTITIES } from '../../data/shipped-entities';
import type { EntityCard, EntityLabel } from '../../lib/messages';
import { curatedNote } from '../../data/curated-notes';
import { computedSummary, curatedSummary, stanceFor } from '../../lib/characterize/summary';
import { claimWords } from './claim-words';
import type { Source, SourceSummary } from '../../lib/types';
import { CorpusIndex, indexTables } from './corpus-index';
import { reindexAfterEntityChange } from './entity-reindex';
import { refreshDedupKeys } from './dedup-version';
import { eachSourceChunk } from './keyed';
import { pruneTrash } from './source-trash';
import type { CompiledGazetteer } from '../../lib/matcher/types';
import type { Handler } from './router';

/** Source lines in a card; the card says how many sources there are in all. */
const CARD_LINES = 8;

type CorpusRequests = 'corpus/summary' | 'source/get' | 'entity/cards' | 'entity/labels';

export class Corpus {
  readonly index: CorpusIndex;
  private readying: Promise<void> | null = null;
  private rebuilt = false;

  constructor(
    readonly db: SanadDb,
    private readonly onGazetteerChanged: (version: string) => void,
  ) {
    this.index = new CorpusIndex(db);
  }

  /**
   * Seeds (if the shipped corpus changed or the database is empty) and brings the index up to date.
   * Single-flight: install, start-up and the first messages of a fresh worker all await the same run.
   */
  ready(): Promise<void> {
    this.readying ??= this.bringUpToDate(false);
    return this.readying;
  }

  /**
   * After an install or an update the engine itself may have changed while the corpus did not: the
   * compiled gazetteer and the stored mentions are rebuilt whatever the seeding says. Runs after any
   * run already under way.
   */
  reindex(): Promise<void> {
    const previous = this.readying ?? Promise.resolve();
    this.readying = previous.catch(() => undefined).then(() => this.bringUpToDate(true));
    return this.readying;
  }

  private async bringUpToDate(force: boolean): Promise<void> {
    try {
      const seeded = await seedShippedCorpus(this.db, {
        sources: SHIPPED_SOURCES,
        entities: SHIPPED_ENTITIES,
      });
      await refreshDedupKeys(this.db);
      // The engine cannot change during a worker's life: one rebuild by this worker is enough.
      const stale = !this.rebuilt && !(await this.index.characterizationsCurrent());
      if (seeded.changed || stale || (force && !this.rebuilt)) {
        const compiled = await this.index.rebuild();
        this.rebuilt = true;
        this.onGazetteerChanged(compiled.version);
      }
      // A new worker: what an earlier one left unfinished (an import's digests, expired undo) is done now.
      await this.index.endLeftBatches();
      await pruneTrash(this.db);
    } catch (error) {
      this.readying = null; // let the next request try again instead of failing forever
      throw error;
    }
  }

  /**
   * Writes entities (`mutate`, which may also write settings) and reindexes what they affect in the
   * same transaction; then open tabs get the new gazetteer.
   */
  async changeEntities(mutate: () => Promise<void>): Promise<void> {
    await this.ready();
    const { db } = this;
    const compiled = await db.transaction('rw', indexTables(db), async () => {
      const before = await db.entities.toArray();
      await mutate();
      return await reindexAfterEntityChange(this.index, db, before, await db.entities.toArray());
    });
    this.adoptGazetteer(compiled);
  }

  /** After a transaction that rebuilt the index within it (backup import) has committed. */
  adoptGazetteer(compiled: CompiledGazetteer): void {
    this.index.adopt(compiled);
    this.onGazetteerChanged(compiled.version);
  }

  handlers(): { [K in CorpusRequests]: Handler<K> } {
    return {
      'corpus/summary': async ({ limit }) => {
        await this.ready();
        const [sourceCount, entityCount] = await Promise.all([
          this.index.sourceCount(),
          this.db.entities.count(),
        ]);
        const summarize = ({ text, ...rest }: Source): SourceSummary => ({ ...rest, length: text.length });
        if (limit !== undefined) {
          // The popup asks for a few: only those texts are read, through the addedAt index.
          const newest = await this.db.sources
            .orderBy('addedAt')
            .reverse()
            .limit(Math.max(0, limit))
            .toArray();
          return { sources: newest.map(summarize), sourceCount, entityCount };
        }
        const sources: SourceSummary[] = [];
        await eachSourceChunk(this.db, 500, (chunk) => sources.push(...chunk.map(summarize)));
        sources.sort((a, b) => a.id.localeCompare(b.id));
        return { sources, sourceCount, entityCount };
      },
      'source/get': async ({ id }) => {
        await this.ready();
        return { source: (await this.db.sources.get(id)) ?? null };
      },
      'entity/labels': async () => {
        await this.ready();
        const labels: EntityLabel[] = [];
        await this.db.entities.each(({ id, type, names }) => {
          labels.push({ id, type, names });
        });
        return { labels };
      },
      'entity/cards': async ({ ids }) => {
        await this.ready();
        const cards: EntityCard[] = [];
        for (const id of ids) {
          const entity = await this.db.entities.get(id);
          if (entity) cards.push(await this.card(entity.id, entity));
        }
        return { cards };
      },
    };
  }

  /**
   * The hover card and the popup's list: the first CARD_LINES sources in the comparison's order (from the
   * entity's digest), each with its best quote and its stance and summary. Reads a handful of rows, so
   * a card opens as fast with thousands of sources as with five.
   */
  private async card(entityId: string, entity: EntityCard['entity']): Promise<EntityCard> {
    const digest = await this.db.entityDigests.get(entityId);
    const ids = digest?.sourceIds ?? [];
    const [characterizations, notes] = await Promise.all([
      this.db.characterizations.bulkGet(
        ids.slice(0, CARD_LINES).map((id): [string, string] => [entityId, id]),
      ),
      this.db.notes.where('entityId').equals(entityId).toArray(),
    ]);
    const noteOf = new Map(notes.map((n) => [n.sourceId, n]));
    const lines: EntityCard['sources'] = [];
    for (const row of characterizations) {
      if (!row) continue;
      const { source, ...characterization } = row;
      const curated = source.origin === 'shipped' ? curatedNote(entityId, source.id) : undefined;
      const stance = stanceFor(curated, noteOf.get(source.id));
      const quote = characterization.quotes[0] ?? null;
      lines.push({
        sourceId: source.id,
        title: source.title,
        outlet: source.outlet,
        date: source.date,
        lang: source.lang,
        mentions: characterization.salience.mentions,
        quote: quote && { text: quote.text, start: quote.start, end: quote.end },
        stance: stance && { label: stance.label, origin: stance.origin },
        summary: curated ? curatedSummary(curated) : computedSummary(characterization, claimWords),
      });
    }
    const {
      origin: _origin,
      editedByUser: _edited,
      ...plain
    } = entity as EntityCard['entity'] & {
      origin?: unknown;
      editedByUser?: unknown;
    };
    return { entity: plain, sources: lines, sourceCount: ids.length };
  }
}
