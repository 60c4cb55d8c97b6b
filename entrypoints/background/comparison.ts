// The comparison feature of the background: an entity's comparison across sources (from the stored
// characterizations: nothing is recomputed when a view opens), entity search over the whole corpus,
// a source with its mentions for the reader, and the user's own notes.
import type { SanadDb } from '../../data/db';
import { curatedNote } from '../../data/curated-notes';
import { foldString } from '../../lib/fold';
import { briefOf, buildComparisonView, type SideRow } from '../../lib/comparison-view';
import type { EntitySearchResult, SourceBrief, SourceReading } from '../../lib/messages';
import type { Entity } from '../../lib/types';
import { claimWords } from './claim-words';
import type { Corpus } from './corpus';
import type { Handler } from './router';

type ComparisonRequests =
  'entity/compare' | 'entity/search' | 'source/read' | 'note/put' | 'note/list' | 'note/delete';

/** Silent sources listed by name (the rest are counted). */
const SILENT_LISTED = 50;
const SEARCH_LIMIT = 20;
/** Claims per comparison whose sources are always sent with a limited view (the full page shows 8). */
export const CITED_PER_COMPARISON = 8;

function plainEntity(stored: Entity & { origin?: unknown; editedByUser?: unknown }): Entity {
  const { origin: _o, editedByUser: _e, ...entity } = stored;
  return entity;
}

async function silentSources(
  db: SanadDb,
  speaking: ReadonlySet<string>,
): Promise<{ count: number; sources: SourceBrief[] }> {
  const ids = (await db.sources.toCollection().primaryKeys()) as string[];
  const silent = ids.filter((id) => !speaking.has(id));
  const listed = await db.sources.bulkGet(silent.slice(0, SILENT_LISTED));
  return {
    count: silent.length,
    sources: listed.filter((s) => s !== undefined).map((s) => briefOf(s)),
  };
}

export function comparisonHandlers(corpus: Corpus): { [K in ComparisonRequests]: Handler<K> } {
  const { db } = corpus;
  return {
    'entity/compare': async ({ entityId, limit }) => {
      await corpus.ready();
      const stored = await db.entities.get(entityId);
      if (!stored) return { view: null };
      const digest = (await db.entityDigests.get(entityId)) ?? {
        entityId,
        sourceIds: [],
        comparisons: [],
        timeline: [],
      };
      // The first `limit` sides, and the sides the first claims of each comparison cite (the views show
      // those claims with their source's outlet and sentence), so a narrow view needs no second request.
      const shown = [
        ...new Set([
          ...digest.sourceIds.slice(0, limit ?? digest.sourceIds.length),
          ...digest.comparisons.flatMap((c) =>
            c.claims.slice(0, CITED_PER_COMPARISON).map((x) => x.sourceId),
          ),
        ]),
      ];
      const [entities, characterizations, notes] = await Promise.all([
        db.entities.toArray(),
        db.characterizations.bulkGet(shown.map((sourceId): [string, string] => [entityId, sourceId])),
        db.notes.where('entityId').equals(entityId).toArray(),
      ]);
      const noteOf = new Map(notes.map((n) => [n.sourceId, n]));
      const rows: SideRow[] = characterizations
        .filter((c) => c !== undefined)
        .map(({ source, ...characterization }) => ({
          source,
          characterization,
          curated: source.origin === 'shipped' ? curatedNote(entityId, source.id) : undefined,
          userNote: noteOf.get(source.id),
        }));
      const silent = await silentSources(db, new Set(digest.sourceIds));
      const view = buildComparisonView({
        entity: plainEntity(stored),
        entities: new Map(entities.map((e) => [e.id, plainEntity(e)])),
        digest,
        rows,
        silent,
        claimWords,
      });
      return { view };
    },

    'entity/search': async ({ query, limit }) => {
      await corpus.ready();
      const q = foldString(query.trim());
      if (!q) return { results: [] };
      const scored: { score: number; result: EntitySearchResult }[] = [];
      await db.entities.each((e) => {
        const names = [e.names.en, e.names.ar];
        const candidates = [...names, ...e.aliases.map((a) => a.text)];
        let best: { score: number; text: string } | null = null;
        for (const text of candidates) {
          const f = foldString(text);
          const at = f.indexOf(q);
          if (at < 0) continue;
          // A name that starts with the query ranks above one that only contains it.
          const score = (at === 0 ? 0 : 10) + (names.includes(text) ? 0 : 1) + f.length / 1000;
          if (!best || score < best.score) best = { score, text };
        }
        if (best)
          scored.push({
            score: best.score,
            result: {
              id: e.id,
              type: e.type,
              names: e.names,
              sources: 0,
              matched: names.includes(best.text) ? null : best.text,
            },
          });
      });
      scored.sort((a, b) => a.score - b.score || a.result.id.localeCompare(b.result.id));
      const results = scored.slice(0, limit ?? SEARCH_LIMIT).map((s) => s.result);
      await Promise.all(
        results.map(async (r) => {
          r.sources = await db.characterizations.where('entityId').equals(r.id).count();
        }),
      );
      return { results };
    },

    'source/read': async ({ id }) => {
      await corpus.ready();
      const source = await db.sources.get(id);
      if (!source) return { reading: null };
      const [mentions, entities] = await Promise.all([
        db.mentions.where('sourceId').equals(id).toArray(),
        db.entities.toArray(),
      ]);
      const typeOf = new Map(entities.map((e) => [e.id, e.type]));
      const reading: SourceReading = {
        source: { ...source, titleOrigin: source.titleOrigin ?? 'source' },
        mentions: mentions
          .filter((m) => typeOf.has(m.entityId))
          .map((m) => ({ entityId: m.entityId, type: typeOf.get(m.entityId)!, start: m.start, end: m.end }))
          .sort((a, b) => a.start - b.start || b.end - a.end),
      };
      return { reading };
    },

    'note/put': async ({ note }) => {
      await corpus.ready();
      const source = await db.sources.get(note.sourceId);
      if (!source) throw new Error(`No stored source has this id: ${note.sourceId}`);
      if (!(await db.entities.get(note.entityId))) throw new Error(`No entity has this id: ${note.entityId}`);
      const p = note.passage;
      if (
        p &&
        (p.start < 0 ||
          p.end > source.text.length ||
          p.end <= p.start ||
          source.text.slice(p.start, p.end) !== p.text)
      )
        throw new Error('The passage is not the source’s own text at those offsets.');
      const now = Date.now();
      const previous = await db.notes.get([note.entityId, note.sourceId]);
      const stored = { ...note, createdAt: previous?.createdAt ?? now, updatedAt: now };
      await db.notes.put(stored);
      return { note: stored };
    },

    'note/list': async ({ sourceId }) => {
      await corpus.ready();
      return { notes: await db.notes.where('sourceId').equals(sourceId).toArray() };
    },

    'note/delete': async ({ entityId, sourceId }) => {
      await corpus.ready();
      await db.notes.delete([entityId, sourceId]);
      return { ok: true };
    },
  };
}
