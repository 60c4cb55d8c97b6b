// Stored sources keep their duplicate keys (canonicalUrl, textHash) so that an import finds them by
// index. When lib/import/dedup.ts changes what a key is (DEDUP_VERSION), the stored keys would no
// longer match the keys of the same article added again: they are derived again, once.
import { getSetting, putSetting, type SanadDb } from '../../data/db';
import { DEDUP_VERSION, dedupKeys } from '../../lib/import/dedup';
import type { Source } from '../../lib/types';
import { eachSourceChunk } from './keyed';

export const DEDUP_VERSION_KEY = 'dedupVersion';

/** Sources read per request. */
const CHUNK = 200;

/**
 * Derives every stored source's keys again if they were derived by another version; returns how many
 * changed. Two sources that the new keys make equal are both kept: deleting one is the user's choice.
 */
export async function refreshDedupKeys(db: SanadDb): Promise<number> {
  if ((await getSetting<string | null>(db, DEDUP_VERSION_KEY, null)) === DEDUP_VERSION) return 0;
  return db.transaction('rw', db.sources, db.settings, async () => {
    if ((await getSetting<string | null>(db, DEDUP_VERSION_KEY, null)) === DEDUP_VERSION) return 0;
    const changed: Source[] = [];
    await eachSourceChunk(db, CHUNK, (chunk) => {
      for (const source of chunk) {
        const keys = dedupKeys({ url: source.url, text: source.text });
        if (keys.canonicalUrl !== (source.canonicalUrl ?? null) || keys.textHash !== source.textHash)
          changed.push({ ...source, ...keys });
      }
    });
    await db.sources.bulkPut(changed);
    await putSetting(db, DEDUP_VERSION_KEY, DEDUP_VERSION);
    return changed.length;
  });
}
