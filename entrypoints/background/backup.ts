// Backup: everything the user made, to one file (lib/import/backup.ts writes and reads it), and back.
// An import is one transaction: its rows and the full reindex they need commit together or not at all.
import { getSetting, putSetting, type SanadDb, type StoredEntity } from '../../data/db';
import { SHIPPED_ENTITIES } from '../../data/shipped-entities';
import { parseBackup, serializeBackup } from '../../lib/import/backup';
import { dedupKeys } from '../../lib/import/dedup';
import { BACKUP_VERSION, type BackupData } from '../../lib/import/types';
import type { BackupImportReport } from '../../lib/messages';
import type { UserNote } from '../../lib/characterize/types';
import type { Source } from '../../lib/types';
import { broadcastRefresh } from './broadcast';
import type { Corpus } from './corpus';
import { indexTables } from './corpus-index';
import { MUTES_KEY, normalizeMutes, readMutes } from './mutes';
import type { Handler } from './router';
import { DISABLED_SITES_KEY, GLOBAL_KEY, readSettings, SETTINGS_KEY } from './settings';
import { findStored, isQuotaError } from './sources-admin';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T) => cmp(a.id, b.id);

/** JSON with keys sorted: two rows are the same whatever order their fields were written in. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** `sanad-backup-YYYY-MM-DD.json`, the local date of the export. */
export function backupName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `sanad-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export async function collectBackup(db: SanadDb): Promise<BackupData> {
  return db.transaction('r', db.sources, db.entities, db.notes, db.settings, async () => {
    const [sources, entities, notes, mutes, disabled, globalEnabled, settings] = await Promise.all([
      db.sources.where('origin').equals('user').toArray(),
      db.entities.toArray(),
      db.notes.toArray(),
      readMutes(db),
      getSetting<string[]>(db, DISABLED_SITES_KEY, []),
      getSetting(db, GLOBAL_KEY, true),
      readSettings(db),
    ]);
    return {
      format: 'sanad-backup',
      version: BACKUP_VERSION,
      sources: sources.sort(byId),
      entities: entities.filter((e) => e.origin === 'user' || e.editedByUser === true).sort(byId),
      mutes: normalizeMutes(mutes),
      notes: notes.sort((a, b) => cmp(a.entityId, b.entityId) || cmp(a.sourceId, b.sourceId)),
      disabledSites: [...disabled].sort(),
      globalEnabled,
      settings,
    };
  });
}

/** Replace mode: the user's rows go, shipped sources stay, edited shipped entities return to the shipped form. */
async function clearUserData(db: SanadDb): Promise<void> {
  const userIds = (await db.sources.where('origin').equals('user').primaryKeys()) as string[];
  await db.sources.bulkDelete(userIds);
  await db.entities.where('origin').equals('user').delete();
  const shipped = new Map(SHIPPED_ENTITIES.map((e) => [e.id, e]));
  const edited = (await db.entities.toArray()).filter((e) => e.editedByUser);
  await db.entities.bulkPut(
    edited.flatMap((e): StoredEntity[] => {
      const original = shipped.get(e.id);
      return original ? [{ ...original, origin: 'shipped' }] : [];
    }),
  );
  await db.entities.bulkDelete(edited.filter((e) => !shipped.has(e.id)).map((e) => e.id));
  await db.notes.clear();
  await db.trash.clear(); // an undo must not bring back a source of the replaced corpus
  await db.settings.bulkDelete([MUTES_KEY, DISABLED_SITES_KEY, SETTINGS_KEY]);
}

/**
 * Writes the file's sources and returns, for each one skipped as a duplicate of a stored source under
 * another id, that stored id: the file's notes on it belong to the stored source.
 */
async function writeSources(
  db: SanadDb,
  given: readonly Source[],
  report: BackupImportReport,
): Promise<Map<string, string>> {
  // The keys are derived, never taken from the file: a hand-written or altered file could otherwise
  // carry keys that hide a duplicate (or claim one). A genuine export has the same keys again.
  const sources = given.map((s) => ({ ...s, ...dedupKeys({ url: s.url, text: s.text }) }));
  const stored = await db.sources.bulkGet(sources.map((s) => s.id));
  const keyed = await findStored(db, sources);
  const movedTo = new Map<string, string>();
  // Within the file: the first of two equal sources is written, the second is its duplicate.
  const fileUrl = new Map<string, string>();
  const fileHash = new Map<string, string>();
  const put: Source[] = [];
  sources.forEach((source, i) => {
    const current = stored[i];
    const other =
      keyed[i]?.id ??
      (source.canonicalUrl !== null ? fileUrl.get(source.canonicalUrl) : undefined) ??
      fileHash.get(source.textHash);
    if (current?.origin === 'shipped') {
      report.sources.unchanged++; // a shipped row is never overwritten
    } else if (other !== undefined && other !== source.id) {
      // Kept as stored: writing it would store the same article twice.
      report.sources.duplicates++;
      if (!current) movedTo.set(source.id, other);
    } else if (current && stable(current) === stable(source)) {
      report.sources.unchanged++;
    } else {
      if (current) report.sources.replaced++;
      else report.sources.added++;
      if (source.canonicalUrl !== null) fileUrl.set(source.canonicalUrl, source.id);
      fileHash.set(source.textHash, source.id);
      put.push(source);
    }
  });
  await db.sources.bulkPut(put);
  return movedTo;
}

/**
 * The file's notes on the sources now stored: a note on a duplicate moves to the stored source unless
 * that source already has a note on the entity (the stored one is kept), a note on a source that is
 * neither in the file nor stored is not written. Returns how many were written and skipped.
 */
async function writeNotes(
  db: SanadDb,
  notes: readonly UserNote[],
  movedTo: ReadonlyMap<string, string>,
): Promise<{ written: number; skipped: number }> {
  const placed = notes.map((n) => ({ ...n, sourceId: movedTo.get(n.sourceId) ?? n.sourceId }));
  const [sources, existing] = await Promise.all([
    db.sources.bulkGet(placed.map((n) => n.sourceId)),
    db.notes.bulkGet(placed.map((n): [string, string] => [n.entityId, n.sourceId])),
  ]);
  const moved = notes.map((n) => movedTo.has(n.sourceId));
  // The file's own note on a source wins over one moved onto it from a duplicate.
  const order = placed.map((_, i) => i).sort((a, b) => Number(moved[a]) - Number(moved[b]));
  const seen = new Set<string>();
  const kept: UserNote[] = [];
  for (const i of order) {
    const note = placed[i]!;
    const key = `${note.entityId}\u0000${note.sourceId}`;
    if (!sources[i] || seen.has(key) || (moved[i] && existing[i])) continue;
    seen.add(key);
    kept.push(note);
  }
  await db.notes.bulkPut(kept);
  return { written: kept.length, skipped: notes.length - kept.length };
}

const SHIPPED_IDS = new Set(SHIPPED_ENTITIES.map((e) => e.id));

/**
 * The origin follows the id, whatever the file says: a shipped entity's id is a shipped entity the user
 * edited (so replace and delete bring the shipped form back instead of losing it), any other is the user's.
 */
function entityOf(entity: StoredEntity): StoredEntity {
  const { origin: _origin, editedByUser: _edited, ...plain } = entity;
  return SHIPPED_IDS.has(entity.id)
    ? { ...plain, origin: 'shipped', editedByUser: true }
    : { ...plain, origin: 'user' };
}

async function importBackup(
  corpus: Corpus,
  json: string,
  mode: 'merge' | 'replace',
): Promise<BackupImportReport> {
  const data = parseBackup(json); // a BackupError's message reaches the UI as it is
  await corpus.ready();
  const { db } = corpus;
  const report: BackupImportReport = {
    mode,
    sources: { added: 0, replaced: 0, unchanged: 0, duplicates: 0 },
    entities: { added: 0, replaced: 0 },
    notes: 0,
    notesSkipped: 0,
    mutes: data.mutes.length,
    sites: data.disabledSites.length,
  };
  try {
    const compiled = await db.transaction('rw', [...indexTables(db), db.notes, db.trash], async () => {
      if (mode === 'replace') await clearUserData(db);
      const movedTo = await writeSources(db, data.sources, report);
      const entities = data.entities.map(entityOf);
      const present = await db.entities.bulkGet(entities.map((e) => e.id));
      present.forEach((e) => (e ? report.entities.replaced++ : report.entities.added++));
      await db.entities.bulkPut(entities);
      const notes = await writeNotes(db, data.notes, movedTo);
      report.notes = notes.written;
      report.notesSkipped = notes.skipped;
      const [mutes, disabled] = await Promise.all([
        readMutes(db),
        getSetting<string[]>(db, DISABLED_SITES_KEY, []),
      ]);
      await putSetting(db, MUTES_KEY, normalizeMutes([...mutes, ...data.mutes]));
      await putSetting(db, DISABLED_SITES_KEY, [...new Set([...disabled, ...data.disabledSites])].sort());
      await putSetting(db, GLOBAL_KEY, data.globalEnabled);
      await putSetting(db, SETTINGS_KEY, data.settings);
      return corpus.index.rebuildWithin(await db.entities.toArray());
    });
    corpus.adoptGazetteer(compiled);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    throw new Error(
      'Storage is full: nothing of this backup was written. Free space or delete sources, then retry.',
    );
  }
  await broadcastRefresh();
  return report;
}

export function backupHandlers(corpus: Corpus): { [K in 'backup/export' | 'backup/import']: Handler<K> } {
  return {
    'backup/export': async () => {
      await corpus.ready();
      return { json: serializeBackup(await collectBackup(corpus.db)), name: backupName(new Date()) };
    },
    'backup/import': ({ json, mode }) => importBackup(corpus, json, mode),
  };
}
