import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type SanadDb } from '../../data/db';
import { Corpus } from './corpus';

const sender = { id: fakeBrowser.runtime.id };
let db: SanadDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('background corpus', () => {
  it('seeds, indexes mentions and serves cards whose quotes are the sources’ own words', async () => {
    db = openDb('corpus-a');
    const changed = vi.fn();
    const corpus = new Corpus(db, changed);
    const handlers = corpus.handlers();

    const summary = await handlers['corpus/summary']({ type: 'corpus/summary' }, sender);
    expect(summary.sources.map((s) => s.id)).toEqual([
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
      'seed-004',
    ]);
    expect(changed).toHaveBeenCalledTimes(1);

    const { cards } = await handlers['entity/cards'](
      { type: 'entity/cards', ids: ['pakistan', 'no-such-id'] },
      sender,
    );
    expect(cards).toHaveLength(1);
    const [card] = cards;
    // Every seed names Pakistan (باكستان, الباكستانية…): one line per source.
    expect(card!.sources.map((s) => s.sourceId).sort()).toEqual([
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
      'seed-004',
    ]);
    for (const line of card!.sources) {
      const { source } = await handlers['source/get']({ type: 'source/get', id: line.sourceId }, sender);
      expect(line.quote).not.toBeNull();
      expect(source!.text.slice(line.quote!.start, line.quote!.end)).toBe(line.quote!.text);
      expect(line.quote!.text).toMatch(/باكستان/);
    }
  });

  it('after a worker restart serves the cached gazetteer without reseeding or recompiling', async () => {
    db = openDb('corpus-b');
    const first = new Corpus(db, () => {});
    await first.ready();
    const { version } = await first.index.gazetteer();
    const mentions = await db.mentions.count();
    expect(mentions).toBeGreaterThan(50);

    const changed = vi.fn();
    const restarted = new Corpus(db, changed);
    const rebuild = vi.spyOn(restarted.index, 'rebuild');
    // What page/match is answered with after the restart: the stored gazetteer, not a recompiled one.
    await restarted.ready();
    expect((await restarted.index.gazetteer()).version).toBe(version);
    expect((await restarted.index.engine()).version).toBe(version);
    expect(rebuild).not.toHaveBeenCalled();
    expect(changed).not.toHaveBeenCalled();
    expect(await db.mentions.count()).toBe(mentions);
    expect(await db.sources.count()).toBe(5);
  });

  it('labels every stored entity (for the reader)', async () => {
    db = openDb('corpus-c');
    const handlers = new Corpus(db, () => {}).handlers();
    const { labels } = await handlers['entity/labels']({ type: 'entity/labels' }, sender);
    const ids = labels.map((l) => l.id);
    for (const id of ['isis-k', 'taliban', 'pakistan', 'moscow-concert-hall-attack', 'burhan-zaid'])
      expect(ids).toContain(id);
  });
});
