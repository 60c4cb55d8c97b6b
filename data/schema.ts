// The database schema, one entry per version. Dexie needs every version that ever shipped to be
// declared so it can upgrade from any of them: never edit a shipped version, append a new one with
// an upgrade function instead (see data/README.md and data/db.test.ts).
import type { Transaction } from 'dexie';
import type { UserNote } from '../lib/characterize/types';
import type { Source } from '../lib/types';
import { dedupKeys } from '../lib/import/dedup';

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
  {
    // Characterizations (lib/characterize), one row per (entity, source), computed when a source is
    // stored and never when a view opens. The `notes` table of v1 was meant for curated notes, which
    // now ship in the bundle (data/notes/); it keeps its key and holds the user's own notes.
    version: 2,
    stores: {
      characterizations: '&[entityId+sourceId], entityId, sourceId',
      // Per entity: the order of its sides, its comparisons and dated items (lib/comparison-view.ts).
      entityDigests: '&entityId',
      notes: '&[entityId+sourceId], entityId, sourceId, updatedAt',
    },
    upgrade: async (tx) => {
      // A v1 note (summary + claim offsets) becomes a user note with its English or Arabic summary as
      // the text and its first claim as the passage: nothing the user stored is dropped.
      const notes = tx.table('notes');
      for (const note of (await notes.toArray()) as Record<string, unknown>[]) {
        if (typeof note.text === 'string') continue;
        const summary = (note.summary ?? {}) as { en?: string; ar?: string };
        const first = ((note.claims ?? []) as { start: number; end: number }[])[0];
        const source = (await tx.table('sources').get(String(note.sourceId))) as
          { text?: string } | undefined;
        const text = source?.text;
        const upgraded: UserNote = {
          entityId: String(note.entityId),
          sourceId: String(note.sourceId),
          stance: (note.stance as UserNote['stance']) ?? null,
          text: summary.en || summary.ar || '',
          passage:
            first && text && first.end <= text.length
              ? { text: text.slice(first.start, first.end), start: first.start, end: first.end }
              : null,
          createdAt: Date.now(),
          updatedAt: Date.now(),
        };
        await notes.put(upgraded);
      }
    },
  },
  {
    // Corpus management (issue 8): sources are found again by their dedup keys and listed by outlet,
    // kind and date added; `trash` keeps deleted sources (with what was derived from them and the
    // user's notes) for undo, in the database so that a worker restart does not lose them.
    version: 3,
    stores: {
      sources: '&id, origin, lang, date, updatedAt, canonicalUrl, textHash, outlet, kind, addedAt',
      trash: '&token, createdAt',
    },
    upgrade: async (tx) => {
      // Sources stored before v3 have no dedup keys: without them a second import of the same file
      // would add them again. Shipped rows get them too, so that adding a seed's text is a duplicate.
      await tx
        .table('sources')
        .toCollection()
        .modify((source: Source) => {
          if (source.textHash !== undefined) return;
          const keys = dedupKeys({ url: source.url, text: source.text });
          source.canonicalUrl = keys.canonicalUrl;
          source.textHash = keys.textHash;
        });
    },
  },
];
