// Adding and managing the user's sources: finding stored duplicates, writing drafts (validated again
// here, deduplicated, indexed in the transaction that stores them), the manager's list, metadata edits.
import { getSetting, putSetting, type SanadDb } from '../../data/db';
import { dedupKeys } from '../../lib/import/dedup';
import { validateDraft } from '../../lib/import/schema';
import type { DedupKeys, DraftAt, SourceDraft } from '../../lib/import/types';
import type { AddResult, ManagedSource, SourceMetaPatch } from '../../lib/messages';
import type { Source, SourceSummary } from '../../lib/types';
import type { Corpus } from './corpus';
import { batchKey, indexTables, StaleEngineError, type Engine } from './corpus-index';
import { problemsMessage } from './entities-admin';
import { eachSourceChunk, firstKeyWhere } from './keyed';
import type { Handler } from './router';

type SourceRequests = 'source/lookup' | 'source/add' | 'source/batch-end' | 'source/list' | 'source/update';

export type Found = { id: string; by: 'url' | 'text' } | null;

/**
 * `user-<time36>-<random>`. Not derived from the keys: resuming an import is idempotent anyway because
 * the duplicate check runs inside the transaction that writes, and an id that says nothing of the text
 * stays valid when the source is edited.
 */
export function newSourceId(now: number): string {
  const random = crypto.getRandomValues(new Uint32Array(1))[0]!;
  return `user-${now.toString(36)}-${random.toString(36).padStart(7, '0')}`;
}

/**
 * A full disk, as the browser reports it: directly, wrapped by Dexie in an AbortError's `inner`, or
 * among a BulkError's `failures` (a bulk write outside a transaction fails per row).
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (isQuotaError(e.inner, depth + 1)) return true;
  const failures: unknown[] = Array.isArray(e.failures)
    ? e.failures
    : e.failures && typeof e.failures === 'object'
      ? Object.values(e.failures) // Dexie 4: an object keyed by the failed rows' positions
      : [];
  return failures.some((f) => isQuotaError(f, depth + 1));
}

/** Which stored source has each key: by canonical URL first, then by text hash. Reads indexes only. */
export async function findStored(db: SanadDb, keys: readonly DedupKeys[]): Promise<Found[]> {
  const urls = keys.map((k) => k.canonicalUrl).filter((u): u is string => u !== null);
  const [byUrl, byHash] = await Promise.all([
    firstKeyWhere(db.sources, 'canonicalUrl', urls),
    firstKeyWhere(
      db.sources,
      'textHash',
      keys.map((k) => k.textHash),
    ),
  ]);
  return keys.map((k) => {
    const url = k.canonicalUrl === null ? undefined : byUrl.get(k.canonicalUrl);
    if (url) return { id: url, by: 'url' };
    const text = byHash.get(k.textHash);
    return text ? { id: text, by: 'text' } : null;
  });
}

function sourceOf(draft: SourceDraft, keys: DedupKeys, id: string, now: number): Source {
  return {
    id,
    title: draft.title,
    // 'file-name' when the title was made from the file's name: neither the source's nor typed by the user.
    titleOrigin: draft.titleOrigin,
    outlet: draft.outlet,
    author: draft.author,
    date: draft.date,
    lang: draft.lang,
    kind: draft.kind,
    text: draft.text,
    url: draft.url,
    canonicalUrl: keys.canonicalUrl,
    textHash: keys.textHash,
    format: draft.format,
    origin: 'user',
    addedAt: now,
    updatedAt: now,
  };
}

/** Runs `write` in one rw transaction over the index tables, again when an entity change raced it. */
export async function withEngine<T>(
  corpus: Corpus,
  write: (engine: Engine) => Promise<T>,
  extra: readonly Parameters<SanadDb['transaction']>[1][] = [],
): Promise<T> {
  const { db } = corpus;
  for (let attempt = 0; ; attempt++) {
    const engine = await corpus.index.engine();
    try {
      // Awaited inside an async scope: a scope that returned write's promise as it was failed with
      // PrematureCommitError (seen under fake-indexeddb) when the last request was a bulk write.
      return await db.transaction('rw', [...indexTables(db), ...extra], async () => await write(engine));
    } catch (error) {
      if (error instanceof StaleEngineError && attempt < 3) {
        corpus.index.forget(); // the next engine comes from the stored gazetteer, the one that committed
        continue;
      }
      throw error;
    }
  }
}

async function addDrafts(corpus: Corpus, drafts: readonly unknown[], batch?: string): Promise<AddResult> {
  const result: AddResult = { added: [], duplicates: [], invalid: [] };
  const valid: { index: number; draft: SourceDraft; keys: DedupKeys }[] = [];
  drafts.forEach((value, index) => {
    const at: DraftAt = { file: 'source/add', line: null, record: index + 1 };
    const checked = validateDraft(value, at);
    if ('problems' in checked) result.invalid.push({ index, problems: checked.problems });
    else valid.push({ index, draft: checked.draft, keys: dedupKeys(checked.draft) });
  });
  await corpus.ready();
  const { db } = corpus;
  let writing = valid.length;
  try {
    const written = await withEngine(corpus, async (engine) => {
      const out: Pick<AddResult, 'added' | 'duplicates'> = { added: [], duplicates: [] };
      const stored = await findStored(
        db,
        valid.map((v) => v.keys),
      );
      // Within the chunk: the first of two equal drafts is stored, the second is its duplicate.
      const chunkUrl = new Map<string, string>();
      const chunkHash = new Map<string, string>();
      const now = Date.now();
      const sources: Source[] = [];
      valid.forEach(({ index, draft, keys }, i) => {
        const earlier: Found =
          stored[i] ??
          (keys.canonicalUrl !== null && chunkUrl.has(keys.canonicalUrl)
            ? { id: chunkUrl.get(keys.canonicalUrl)!, by: 'url' }
            : chunkHash.has(keys.textHash)
              ? { id: chunkHash.get(keys.textHash)!, by: 'text' }
              : null);
        if (earlier) {
          out.duplicates.push({ index, existingId: earlier.id, by: earlier.by });
          return;
        }
        const source = sourceOf(draft, keys, newSourceId(now), now);
        if (keys.canonicalUrl !== null) chunkUrl.set(keys.canonicalUrl, source.id);
        chunkHash.set(keys.textHash, source.id);
        sources.push(source);
      });
      writing = sources.length;
      await db.sources.bulkAdd(sources);
      await corpus.index.adjustSourceCount(sources.length);
      const touched = await corpus.index.indexSources(engine, sources);
      if (batch !== undefined) {
        // Persisted with the sources, so that a worker restart before batch-end loses no entity.
        const pending = await getSetting<string[]>(db, batchKey(batch), []);
        await putSetting(db, batchKey(batch), [...new Set([...pending, ...touched])].sort());
      } else {
        await corpus.index.refreshDigests(touched);
      }
      out.added = sources.map((s) => s.id);
      return out;
    });
    return { ...result, ...written };
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    throw new Error(
      `Storage is full: nothing of this batch was written (${writing} sources). Free space or delete sources, then resume.`,
    );
  }
}

const PATCHABLE = ['title', 'outlet', 'author', 'date', 'url', 'lang', 'kind'] as const;

async function updateSource(corpus: Corpus, id: string, patch: SourceMetaPatch): Promise<SourceSummary> {
  for (const key of Object.keys(patch))
    if (!(PATCHABLE as readonly string[]).includes(key))
      throw new Error(`source/update: ${key} cannot be edited (only ${PATCHABLE.join(', ')}).`);
  await corpus.ready();
  const { db } = corpus;
  return withEngine(corpus, async (engine) => {
    const source = await db.sources.get(id);
    if (!source) throw new Error(`No stored source has this id: ${id}`);
    if (source.origin !== 'user')
      throw new Error('A shipped source cannot be edited: the next update of Sanad would replace it.');
    const titleChanged = patch.title !== undefined && patch.title !== source.title;
    const next: Source = { ...source, ...patch };
    // The draft schema is the one check of metadata: the same rules as when the source was added.
    const checked = validateDraft(
      {
        title: next.title,
        titleOrigin: titleChanged || source.titleOrigin === 'user' ? 'user' : 'source',
        outlet: next.outlet,
        author: next.author,
        date: next.date,
        url: next.url,
        lang: next.lang,
        kind: next.kind,
        text: next.text,
        format: next.format ?? 'text',
      },
      { file: 'source/update', line: null, record: null },
    );
    if ('problems' in checked)
      throw new Error(problemsMessage('This edit cannot be stored', checked.problems));
    const keys = dedupKeys(checked.draft);
    if (keys.canonicalUrl !== null && keys.canonicalUrl !== source.canonicalUrl) {
      const [other] = await findStored(db, [{ canonicalUrl: keys.canonicalUrl, textHash: '' }]);
      if (other && other.id !== id) throw new Error(`Another stored source has this URL: ${other.id}`);
    }
    const updated: Source = {
      ...source,
      ...checked.draft,
      titleOrigin: titleChanged ? 'user' : source.titleOrigin,
      format: source.format,
      canonicalUrl: keys.canonicalUrl,
      textHash: keys.textHash,
      updatedAt: Date.now(),
    };
    if (updated.titleOrigin === undefined) delete updated.titleOrigin;
    if (updated.format === undefined) delete updated.format;
    await db.sources.put(updated);
    // The title counts in salience and the briefs carry the metadata: reindex it, then its entities.
    await corpus.index.refreshDigests(await corpus.index.indexSources(engine, [updated]));
    const { text, ...rest } = updated;
    return { ...rest, length: text.length };
  });
}

export function sourceAdminHandlers(corpus: Corpus): { [K in SourceRequests]: Handler<K> } {
  const { db } = corpus;
  return {
    'source/lookup': async ({ keys }) => {
      await corpus.ready();
      return { existing: await findStored(db, keys) };
    },
    'source/add': ({ drafts, batch }) => addDrafts(corpus, drafts, batch),
    'source/batch-end': async ({ batch }) => {
      await corpus.ready();
      await corpus.index.endBatch(batch);
      return { ok: true };
    },
    'source/list': async () => {
      await corpus.ready();
      // Distinct entities per source from one getAll of the mentions (small rows).
      const pairs = new Map<string, Set<string>>();
      for (const { sourceId, entityId } of await db.mentions.toArray()) {
        const set = pairs.get(sourceId);
        if (set) set.add(entityId);
        else pairs.set(sourceId, new Set([entityId]));
      }
      const sources: ManagedSource[] = [];
      await eachSourceChunk(db, 500, (chunk) => {
        for (const { text, ...rest } of chunk)
          sources.push({ ...rest, length: text.length, entities: pairs.get(rest.id)?.size ?? 0 });
      });
      return { sources };
    },
    'source/update': async ({ id, patch }) => ({ source: await updateSource(corpus, id, patch) }),
  };
}
