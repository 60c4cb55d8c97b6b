// Deleting sources with undo. A deletion moves the sources, their mentions, characterizations and the
// user's notes on them into `trash` in one transaction; undo moves them back in one. The trash holds one
// deletion: it is emptied by the next deletion, and an entry older than TRASH_LIFETIME_MS can no
// longer be undone (it is dropped at the worker's start and by each delete and undo). A delete that
// finds none of its ids leaves the trash as it is (token ''); on a full disk the sources are deleted
// without an undo copy (token '', see deleteFreeing). It lives in the database, so a
// worker restart between delete and undo loses nothing.
import type { SanadDb, TrashEntry } from '../../data/db';
import { CHARACTERIZE_VERSION } from '../../lib/characterize';
import type { Corpus } from './corpus';
import { deleteWhere, rowsWhere } from './keyed';
import { findStored, isQuotaError, withEngine } from './sources-admin';
import type { Handler } from './router';

export const TRASH_LIFETIME_MS = 10 * 60 * 1000;
const EXPIRED = 'This deletion can no longer be undone: deleted sources are kept for 10 minutes.';

/** Drops trash entries that can no longer be undone. */
export async function pruneTrash(db: SanadDb, now = Date.now()): Promise<void> {
  await db.trash
    .where('createdAt')
    .below(now - TRASH_LIFETIME_MS)
    .delete();
}

function newToken(now: number): string {
  const random = crypto.getRandomValues(new Uint32Array(1))[0]!;
  return `trash-${now.toString(36)}-${random.toString(36)}`;
}

/** What source/delete answers when no undo is kept: nothing was found, or the disk was full. */
const NO_UNDO = '';

async function deleteSources(corpus: Corpus, ids: readonly string[], now: number, keepUndo: boolean) {
  const { db } = corpus;
  return withEngine(corpus, async () => {
    await pruneTrash(db, now);
    const sources = (await db.sources.bulkGet([...ids])).filter((s) => s !== undefined);
    const shipped = sources.filter((s) => s.origin !== 'user');
    if (shipped.length)
      throw new Error(
        `Shipped sources cannot be deleted (they come back with every update): ${shipped.map((s) => s.id).join(', ')}`,
      );
    // Nothing to delete: the pending undo of the last real deletion stays.
    if (!sources.length) return { token: NO_UNDO, deleted: 0 };
    const found = sources.map((s) => s.id);
    const [mentions, characterizations, notes, gazetteer] = await Promise.all([
      rowsWhere(db.mentions, 'sourceId', found),
      rowsWhere(db.characterizations, 'sourceId', found),
      rowsWhere(db.notes, 'sourceId', found),
      corpus.index.storedVersion(),
    ]);
    let token = NO_UNDO;
    await db.trash.clear();
    if (keepUndo) {
      token = newToken(now);
      const entry: TrashEntry = {
        token,
        createdAt: now,
        gazetteer,
        characterized: CHARACTERIZE_VERSION,
        sources,
        mentions,
        characterizations,
        notes,
      };
      await db.trash.add(entry);
    }
    await db.sources.bulkDelete(found);
    await corpus.index.adjustSourceCount(-found.length);
    await deleteWhere(db.mentions, 'sourceId', found);
    await deleteWhere(db.characterizations, 'sourceId', found);
    await deleteWhere(db.notes, 'sourceId', found);
    await corpus.index.refreshDigests(characterizations.map((c) => c.entityId));
    return { token, deleted: found.length };
  }, [db.trash, db.notes]);
}

/**
 * Deleting is how a full disk is freed, and the undo copy is what the full disk refuses: then the
 * sources are deleted without one (the reply's token is empty: nothing to undo) rather than not at all.
 */
async function deleteFreeing(corpus: Corpus, ids: readonly string[], now: number) {
  try {
    return await deleteSources(corpus, ids, now, true);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
  }
  try {
    return await deleteSources(corpus, ids, now, false);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    throw new Error('Storage is full: even the deletion could not be written. Nothing was deleted.');
  }
}

async function undoDelete(corpus: Corpus, token: string, now: number) {
  const { db } = corpus;
  return withEngine(
    corpus,
    async (engine) => {
      const entry = await db.trash.get(token);
      if (!entry)
        throw new Error('Nothing to undo: this deletion is no longer kept (a later one replaced it).');
      if (entry.createdAt < now - TRASH_LIFETIME_MS) throw new Error(EXPIRED);
      await db.trash.delete(token);
      await pruneTrash(db, now);
      // A source added again since (same id or same keys) stays as it is now: no duplicate comes back.
      const present = await db.sources.bulkGet(entry.sources.map((s) => s.id));
      const keyed = await findStored(
        db,
        entry.sources.map((s) => ({ canonicalUrl: s.canonicalUrl ?? null, textHash: s.textHash ?? '' })),
      );
      const back = entry.sources.filter((_, i) => !present[i] && !keyed[i]);
      const ids = new Set(back.map((s) => s.id));
      await db.sources.bulkAdd(back);
      await corpus.index.adjustSourceCount(back.length);
      let touched: Iterable<string>;
      const current =
        entry.gazetteer !== null &&
        entry.gazetteer === engine.version &&
        entry.characterized === CHARACTERIZE_VERSION;
      if (current) {
        await corpus.index.assertCurrent(engine);
        const characterizations = entry.characterizations.filter((c) => ids.has(c.sourceId));
        await db.mentions.bulkAdd(entry.mentions.filter((m) => ids.has(m.sourceId)));
        await db.characterizations.bulkPut(characterizations);
        touched = characterizations.map((c) => c.entityId);
      } else {
        // The entities or the characterizing engine changed since the deletion: derive it again.
        touched = await corpus.index.indexSources(engine, back);
      }
      await db.notes.bulkPut(entry.notes.filter((n) => ids.has(n.sourceId)));
      await corpus.index.refreshDigests(touched);
      return { restored: back.length };
    },
    [db.trash, db.notes],
  );
}

export function trashHandlers(corpus: Corpus): { [K in 'source/delete' | 'source/undo-delete']: Handler<K> } {
  return {
    'source/delete': async ({ ids }) => {
      await corpus.ready();
      return deleteFreeing(corpus, ids, Date.now());
    },
    'source/undo-delete': async ({ token }) => {
      await corpus.ready();
      const now = Date.now();
      const entry = await corpus.db.trash.get(token);
      if (entry && entry.createdAt < now - TRASH_LIFETIME_MS) {
        await pruneTrash(corpus.db, now);
        throw new Error(EXPIRED);
      }
      return undoDelete(corpus, token, now);
    },
  };
}
