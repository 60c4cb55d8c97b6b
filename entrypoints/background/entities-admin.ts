// Managing entities: the list with mention counts, adding or editing one (then the whole corpus is
// reindexed and open tabs get the new gazetteer), removing a user's own, and "why is this marked?".
import type { SanadDb, StoredEntity } from '../../data/db';
import { foldString } from '../../lib/fold';
import { validateEntity } from '../../lib/import/schema';
import type { ImportProblem } from '../../lib/import/types';
import type { ManagedEntity, MarkExplanation } from '../../lib/messages';
import { siteKey } from '../../lib/site';
import type { Alias, Entity } from '../../lib/types';
import type { Corpus } from './corpus';
import { MUTES_KEY, mutesOnSite, readMutes } from './mutes';
import type { Handler } from './router';

type EntityRequests = 'entity/list' | 'entity/put' | 'entity/delete' | 'entity/explain';

export function plainEntity(stored: StoredEntity): Entity {
  const { origin: _o, editedByUser: _e, ...entity } = stored;
  return entity;
}

export function problemsMessage(what: string, problems: readonly ImportProblem[]): string {
  return `${what}: ${problems.map((p) => (p.field ? `${p.field}: ${p.detail}` : p.detail)).join('; ')}`;
}

/** Mentions per entity and per (entity, source), from one getAll of the mentions (small rows). */
async function mentionCounts(db: SanadDb): Promise<Map<string, Map<string, number>>> {
  const counts = new Map<string, Map<string, number>>();
  for (const { entityId, sourceId } of await db.mentions.toArray()) {
    let perSource = counts.get(entityId);
    if (!perSource) counts.set(entityId, (perSource = new Map()));
    perSource.set(sourceId, (perSource.get(sourceId) ?? 0) + 1);
  }
  return counts;
}

/**
 * The alias the marked words are: the one whose folded form is the longest found inside the folded
 * mark (a mark may carry a proclitic or a nisba ending the alias does not: وباكستان, الباكستانية).
 */
export function aliasOfMark(entity: Entity, text: string): Alias | null {
  const mark = foldString(text);
  let best: { alias: Alias; length: number } | null = null;
  for (const alias of entity.aliases) {
    const folded = foldString(alias.text);
    if (folded && mark.includes(folded) && (!best || folded.length > best.length))
      best = { alias, length: folded.length };
  }
  return best?.alias ?? null;
}

export function entityAdminHandlers(corpus: Corpus): { [K in EntityRequests]: Handler<K> } {
  const { db } = corpus;
  return {
    'entity/list': async () => {
      await corpus.ready();
      const [entities, counts] = await Promise.all([db.entities.toArray(), mentionCounts(db)]);
      const list: ManagedEntity[] = entities
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((stored) => {
          const perSource = [...(counts.get(stored.id) ?? [])]
            .map(([sourceId, count]) => ({ sourceId, count }))
            .sort((a, b) => b.count - a.count || (a.sourceId < b.sourceId ? -1 : 1));
          return {
            entity: plainEntity(stored),
            origin: stored.origin,
            editedByUser: stored.editedByUser === true,
            mentions: perSource.reduce((sum, s) => sum + s.count, 0),
            perSource,
          };
        });
      return { entities: list };
    },

    'entity/put': async ({ entity: value }) => {
      const checked = validateEntity(value);
      if ('problems' in checked)
        throw new Error(problemsMessage('This entity cannot be stored', checked.problems));
      const { entity } = checked;
      await corpus.changeEntities(async () => {
        const existing = await db.entities.get(entity.id);
        const stored: StoredEntity =
          existing?.origin === 'shipped'
            ? { ...entity, origin: 'shipped', editedByUser: true }
            : { ...entity, origin: 'user' };
        await db.entities.put(stored);
      });
      return { entity };
    },

    'entity/delete': async ({ id }) => {
      await corpus.changeEntities(async () => {
        const existing = await db.entities.get(id);
        if (!existing) throw new Error(`No entity has this id: ${id}`);
        if (existing.origin !== 'user')
          throw new Error('A shipped entity cannot be removed: mute it instead (everywhere or on one site).');
        await db.entities.delete(id);
        // Its mutes would mute nothing; the user's notes on it are kept (they come back with the entity).
        const mutes = await readMutes(db);
        await db.settings.put({ key: MUTES_KEY, value: mutes.filter((m) => m.entityId !== id) });
      });
      return { ok: true };
    },

    'entity/explain': async ({ entityId, text, via, host }) => {
      await corpus.ready();
      const stored = await db.entities.get(entityId);
      if (!stored) throw new Error(`No entity has this id: ${entityId}`);
      const alias = via === 'proximity' ? null : aliasOfMark(stored, text);
      const muted = (await mutesOnSite(db, siteKey(host))).filter(
        (m) => m.entityId === entityId && (m.alias === null || m.alias === alias?.text),
      );
      const explanation: MarkExplanation = { entityId, alias, via, muted };
      return explanation;
    },
  };
}
