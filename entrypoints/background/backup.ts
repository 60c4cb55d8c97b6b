// Backup: everything the user made, to one file (lib/import/backup.ts writes and reads it), and back.
// An import is one transaction: its rows and the full reindex they need commit together or not at all.
import { getSetting, putSetting, type SanadDb, type StoredEntity } from '../../data/db';
import { SHIPPED_ENTITIES } from '../../data/shipped-entities';
import { parseBackup, serializeBackup } from '../../lib/import/backup';
import { dedupKeys } from '../../lib/import/dedup';
import { BACKUP_VERSION, type BackupData } from '../../lib/import/types';
import type { BackupImportReport } from '../../lib/messages';
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

async function writeSources(
  db: SanadDb,
  given: readonly Source[],
  report: BackupImportReport,
): Promise<void> {
  // A file written by hand may lack the derived keys: without them the source could be added twice.
  const sources = given.map((s) =>
    s.textHash === undefined ? { ...s, ...dedupKeys({ url: s.url, text: s.text }) } : s,
  );
  const stored = await db.sources.bulkGet(sources.map((s) => s.id));
  const keyed = await findStored(
    db,
    sources.map((s) => ({ canonicalUrl: s.canonicalUrl ?? null, textHash: s.textHash ?? '' })),
  );
  const put: Source[] = [];
  sources.forEach((source, i) => {
    const current = stored[i];
    const other = keyed[i];
    // A shipped row is never overwritten; a source stored under another id is kept as it is.
    if (current?.origin === 'shipped' || (!current && other && other.id !== source.id)) {
      report.sources.unchanged++;
    } else if (current && stable(current) === stable(source)) {
      report.sources.unchanged++;
    } else {
      if (current) report.sources.replaced++;
      else report.sources.added++;
      put.push(source);
    }
  });
  await db.sources.bulkPut(put);
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
    sources: { added: 0, replaced: 0, unchanged: 0 },
    entities: { added: 0, replaced: 0 },
    notes: data.notes.length,
    mutes: data.mutes.length,
    sites: data.disabledSites.length,
  };
  try {
    const compiled = await db.transaction('rw', [...indexTables(db), db.notes, db.trash], async () => {
      if (mode === 'replace') await clearUserData(db);
      await writeSources(db, data.sources, report);
      const present = await db.entities.bulkGet(data.entities.map((e) => e.id));
      present.forEach((e) => (e ? report.entities.replaced++ : report.entities.added++));
      await db.entities.bulkPut(data.entities);
      await db.notes.bulkPut(data.notes);
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
