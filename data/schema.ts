// The database schema, one entry per version. Dexie needs every version that ever shipped to be
// declared so it can upgrade from any of them: never edit a shipped version, append a new one with
// an upgrade function instead (see data/README.md and data/db.test.ts).
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      sources: '&id, origin, lang, date, updatedAt',
      entities: '&id, type, origin',
      mentions: '++id, entityId, sourceId, [entityId+sourceId]',
      notes: '&[entityId+sourceId], entityId, sourceId',
      settings: '&key',
    },
  },
];
