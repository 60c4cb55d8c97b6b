import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type SanadDb } from './db';
import { seedShippedCorpus, type ShippedCorpus } from './seed';
import { SHIPPED_SOURCES } from './shipped-sources';
import { textHash } from '../lib/import/dedup';
import type { Entity, Source } from '../lib/types';

const entity = (id: string, ar: string): Entity => ({
  id,
  type: 'place',
  names: { en: id, ar },
  description: { en: id, ar },
  aliases: [{ text: ar, lang: 'ar' }],
});

const corpus: ShippedCorpus = {
  sources: SHIPPED_SOURCES,
  entities: [entity('pakistan', 'باكستان'), entity('kabul', 'كابل')],
};

const userSource: Source = {
  ...SHIPPED_SOURCES[0]!,
  id: 'user-7',
  title: 'pasted by the user',
  origin: 'user',
  addedAt: 5,
  updatedAt: 5,
};

let db: SanadDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('seedShippedCorpus', () => {
  it('stores the five shipped sources, with text as published (harakat kept)', async () => {
    db = openDb('seed-a');
    const result = await seedShippedCorpus(db, corpus);
    expect(result.changed).toBe(true);
    const sources = await db.sources.toArray();
    expect(sources.map((s) => s.id).sort()).toEqual([
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
      'seed-004',
    ]);
    expect(sources.every((s) => s.origin === 'shipped' && s.lang === 'ar')).toBe(true);
    expect((await db.sources.get('seed-000'))!.text).toContain('ملاذٌ آمنٌ');
    expect((await db.sources.get('seed-000'))!.text).not.toContain('Exit mobile version');
    expect((await db.sources.get('seed-004'))!.text).not.toContain('زر الذهاب إلى الأعلى');
    // Found again by the hash of the folded text: the same text without its harakat is the same source.
    const seed = (await db.sources.get('seed-000'))!;
    expect(seed.textHash).toMatch(/^[0-9a-f]{16}$/);
    const bare = seed.text.replace(/[\u064B-\u0652]/g, '');
    expect(bare).not.toBe(seed.text);
    expect(await db.sources.where('textHash').equals(textHash(bare)).primaryKeys()).toEqual(['seed-000']);
  });

  it('is idempotent: a second run (a worker restart) writes nothing and duplicates nothing', async () => {
    db = openDb('seed-b');
    await seedShippedCorpus(db, corpus);
    const again = await seedShippedCorpus(db, corpus);
    expect(again.changed).toBe(false);
    expect(await db.sources.count()).toBe(5);
    expect(await db.entities.count()).toBe(2);
  });

  it('reseeds a database that was emptied', async () => {
    db = openDb('seed-c');
    await seedShippedCorpus(db, corpus);
    await db.sources.clear();
    expect((await seedShippedCorpus(db, corpus)).changed).toBe(true);
    expect(await db.sources.count()).toBe(5);
  });

  it('keeps user sources and user-edited entities across an update of the shipped corpus', async () => {
    db = openDb('seed-d');
    await seedShippedCorpus(db, corpus, 100);
    await db.sources.add(userSource);
    await db.entities.update('kabul', { editedByUser: true, aliases: [{ text: 'كابول', lang: 'ar' }] });

    const updated: ShippedCorpus = {
      sources: [...SHIPPED_SOURCES.slice(0, 4), { ...SHIPPED_SOURCES[4]!, title: 'عنوان مصحح' }],
      entities: [entity('pakistan', 'پاکستان'), entity('kabul', 'كابل')],
    };
    expect((await seedShippedCorpus(db, updated, 200)).changed).toBe(true);

    expect(await db.sources.get('user-7')).toEqual(userSource);
    expect((await db.sources.get('seed-004'))!.title).toBe('عنوان مصحح');
    expect((await db.sources.get('seed-004'))!.addedAt).toBe(100);
    expect((await db.entities.get('kabul'))!.aliases[0]!.text).toBe('كابول');
    expect((await db.entities.get('pakistan'))!.aliases[0]!.text).toBe('پاکستان');
    expect(await db.sources.count()).toBe(6);
  });

  it('retires shipped sources and entities the new corpus no longer has', async () => {
    db = openDb('seed-e');
    await seedShippedCorpus(db, corpus);
    await seedShippedCorpus(db, { sources: SHIPPED_SOURCES.slice(1), entities: corpus.entities.slice(0, 1) });
    expect(await db.sources.get('seed-000')).toBeUndefined();
    expect(await db.entities.get('kabul')).toBeUndefined();
    expect(await db.sources.count()).toBe(4);
  });
});
