import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type SanadDb } from './db';
import { SCHEMA, type SchemaVersion } from './schema';
import type { Source } from '../lib/types';

const userSource: Source = {
  id: 'user-1',
  title: 'My notes on Kunar',
  outlet: 'Field notes',
  author: 'me',
  date: '2024-10-21',
  lang: 'en',
  kind: 'news',
  text: 'Omar Bajauri was killed in Kunar on 20 October 2024.',
  url: null,
  origin: 'user',
  addedAt: 1,
  updatedAt: 1,
};

// What a later schema will look like: a new index and an upgrade that rewrites every row.
const NEXT: SchemaVersion = {
  version: 3,
  stores: { sources: '&id, origin, lang, date, updatedAt, kind' },
  upgrade: async (tx) => {
    await tx
      .table('sources')
      .toCollection()
      .modify((s: Source & { wordCount?: number }) => {
        s.wordCount = s.text.split(/\s+/).length;
      });
  },
};

const opened: SanadDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('database schema', () => {
  it('declares each version once, in order', () => {
    const versions = SCHEMA.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('upgrades a version-1 database through every later version without losing user data', async () => {
    const v1 = openDb('upgrade-test', SCHEMA.slice(0, 1));
    await v1.sources.add(userSource);
    await v1.settings.put({ key: 'disabledSites', value: ['example.com'] });
    await v1.mentions.add({
      entityId: 'kunar',
      sourceId: 'user-1',
      start: 34,
      end: 39,
      sentenceStart: 0,
      sentenceEnd: 52,
    });
    expect(v1.verno).toBe(1);
    v1.close();

    const v2 = openDb('upgrade-test', [...SCHEMA, NEXT]);
    opened.push(v2);
    await v2.open();
    expect(v2.verno).toBe(3);
    const source = (await v2.sources.get('user-1')) as Source & { wordCount?: number };
    expect(source.text).toBe(userSource.text);
    expect(source.wordCount).toBe(10);
    expect(await v2.sources.where('kind').equals('news').count()).toBe(1);
    expect((await v2.settings.get('disabledSites'))?.value).toEqual(['example.com']);
    expect(await v2.mentions.where({ entityId: 'kunar', sourceId: 'user-1' }).count()).toBe(1);
  });

  it('v2 keeps a v1 note as the user’s own note, its passage verified against the source', async () => {
    const v1 = openDb('notes-upgrade', SCHEMA.slice(0, 1));
    await v1.sources.add(userSource);
    // The v1 note shape (a summary with claim offsets): "Kunar" is at 27–32 in the source text.
    await v1.table('notes').put({
      entityId: 'kunar',
      sourceId: 'user-1',
      summary: { en: 'Where Bajauri was killed.', ar: '' },
      stance: 'neutral',
      claims: [{ start: 27, end: 32 }],
    });
    v1.close();

    const v2 = openDb('notes-upgrade');
    opened.push(v2);
    await v2.open();
    expect(v2.verno).toBe(2);
    const note = await v2.notes.get(['kunar', 'user-1']);
    expect(note).toMatchObject({
      text: 'Where Bajauri was killed.',
      stance: 'neutral',
      passage: { text: 'Kunar', start: 27, end: 32 },
    });
    expect(await v2.characterizations.count()).toBe(0);
    expect((await v2.sources.get('user-1'))?.text).toBe(userSource.text);
  });
});
