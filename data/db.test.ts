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
  version: SCHEMA.length + 1,
  stores: { sources: '&id, origin, lang, date, updatedAt, kind, wordCount' },
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
    expect(v2.verno).toBe(SCHEMA.length + 1);
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

    const v2 = openDb('notes-upgrade', SCHEMA.slice(0, 2));
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

  it('v3 fills the dedup keys of a stored user source and keeps its note', async () => {
    const v2 = openDb('keys-upgrade', SCHEMA.slice(0, 2));
    // From ant-bbc (the BBC Arabic archive), a tracking parameter on the URL.
    const bbc: Source = {
      ...userSource,
      id: 'user-2',
      lang: 'ar',
      text: 'قالت السلطات الباكستانية إن مسلحين هاجموا نقطة تفتيش في إقليم بلوشستان.',
      url: 'https://www.bbc.com/arabic/world-123?utm_source=twitter',
    };
    await v2.sources.bulkAdd([userSource, bbc]);
    const note = {
      entityId: 'kunar',
      sourceId: 'user-1',
      stance: null,
      text: 'Where Bajauri was killed.',
      passage: { text: 'Kunar', start: 27, end: 32 },
      createdAt: 7,
      updatedAt: 8,
    };
    await v2.notes.put(note);
    v2.close();

    const v3 = openDb('keys-upgrade', SCHEMA.slice(0, 3));
    opened.push(v3);
    await v3.open();
    expect(v3.verno).toBe(3);
    const plain = await v3.sources.get('user-1');
    expect(plain).toMatchObject({ text: userSource.text, canonicalUrl: null });
    expect(plain!.textHash).toMatch(/^[0-9a-f]{16}$/);
    const arabic = await v3.sources.get('user-2');
    expect(arabic!.canonicalUrl).toBe('https://bbc.com/arabic/world-123');
    // The new indexes find them by those keys.
    expect(await v3.sources.where('textHash').equals(plain!.textHash!).primaryKeys()).toEqual(['user-1']);
    expect(
      await v3.sources.where('canonicalUrl').equals('https://bbc.com/arabic/world-123').primaryKeys(),
    ).toEqual(['user-2']);
    expect(await v3.sources.where('addedAt').equals(1).count()).toBe(2);
    expect(await v3.notes.get(['kunar', 'user-1'])).toEqual(note);
    expect(await v3.trash.count()).toBe(0);
  });
});
