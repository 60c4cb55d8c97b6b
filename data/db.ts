// The Dexie database. It lives in the extension's origin and is owned by the background: pages and
// content scripts reach it only through messages (lib/messages.ts).
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Entity, Mention, Source } from '../lib/types';
import type { Characterization, UserNote } from '../lib/characterize/types';
import type { SourceBrief } from '../lib/messages';
import type { EntityDigest } from '../lib/comparison-view';
import { SCHEMA, type SchemaVersion } from './schema';

/** An entity as stored: the shipped inventory plus the user's own, with user edits protected from updates. */
export interface StoredEntity extends Entity {
  origin: 'shipped' | 'user';
  /** Set when the user edited a shipped entity: corpus updates then leave it alone. */
  editedByUser?: boolean;
}

/** A characterization as stored, with the brief of its source so a view needs no source text. */
export interface StoredCharacterization extends Characterization {
  source: SourceBrief;
}

export interface Setting<T = unknown> {
  key: string;
  value: T;
}

/**
 * Sources deleted together, with their mentions (ids kept), characterizations and the user's notes on
 * them, so that undo puts back exactly what was there. `gazetteer` is the compiled version the derived
 * rows were computed with, `characterized` the characterizing engine's version: after a change of
 * either they are recomputed instead of restored.
 */
export interface TrashEntry {
  token: string;
  createdAt: number;
  gazetteer: string | null;
  /** lib/characterize's CHARACTERIZE_VERSION then (absent in entries written before it was kept). */
  characterized?: string;
  sources: Source[];
  mentions: Mention[];
  characterizations: StoredCharacterization[];
  notes: UserNote[];
}

export const DB_NAME = 'sanad';

/**
 * Settings key: how many sources are stored, kept by every background transaction that adds or
 * removes some, recounted by a full rebuild, dropped by seeding. IndexedDB's count() walks the whole
 * store (60–340 ms with 3,800 sources in Chromium) and the popup shows the count each time it opens.
 */
export const SOURCE_COUNT_KEY = 'sourceCount';

export type SanadDb = Dexie & {
  sources: EntityTable<Source, 'id'>;
  entities: EntityTable<StoredEntity, 'id'>;
  mentions: EntityTable<Mention, 'id'>;
  notes: Table<UserNote, [string, string]>;
  characterizations: Table<StoredCharacterization, [string, string]>;
  entityDigests: EntityTable<EntityDigest, 'entityId'>;
  settings: EntityTable<Setting, 'key'>;
  trash: EntityTable<TrashEntry, 'token'>;
};

export function openDb(name = DB_NAME, schema: readonly SchemaVersion[] = SCHEMA): SanadDb {
  const db = new Dexie(name) as SanadDb;
  for (const v of schema) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  return db;
}

export async function getSetting<T>(db: SanadDb, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function putSetting<T>(db: SanadDb, key: string, value: T): Promise<void> {
  await db.settings.put({ key, value });
}
