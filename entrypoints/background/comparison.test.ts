import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type SanadDb } from '../../data/db';
import { Corpus } from './corpus';
import { comparisonHandlers } from './comparison';

const sender = { id: fakeBrowser.runtime.id };
let db: SanadDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function setup(name: string) {
  db = openDb(name);
  const corpus = new Corpus(db, () => {});
  return { corpus, handlers: { ...corpus.handlers(), ...comparisonHandlers(corpus) } };
}

describe('background comparison', () => {
  it('stores one characterization per (entity, source) when the corpus is seeded, none computed on open', async () => {
    const { corpus, handlers } = setup('cmp-a');
    await corpus.ready();
    const rows = await db.characterizations.where('entityId').equals('pakistan').toArray();
    expect(rows.map((r) => r.sourceId).sort()).toEqual([
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
      'seed-004',
    ]);
    // The view is built from those rows: clearing them empties it (it does not recompute).
    await db.characterizations.where('entityId').equals('pakistan').delete();
    const { view } = await handlers['entity/compare'](
      { type: 'entity/compare', entityId: 'pakistan' },
      sender,
    );
    expect(view!.sides).toEqual([]);
    expect(view!.sideCount).toBe(5);
    // The digest (order, comparisons, timeline) is stored too: without it the entity has no sides at all.
    await db.entityDigests.delete('pakistan');
    const again = await handlers['entity/compare']({ type: 'entity/compare', entityId: 'pakistan' }, sender);
    expect(again.view!.sideCount).toBe(0);
    expect(again.view!.silent.count).toBe(5);
  });

  it('compares Pakistan across the five seeds with curated stances and summaries whose quotes are verbatim', async () => {
    const { handlers } = setup('cmp-b');
    const { view } = await handlers['entity/compare'](
      { type: 'entity/compare', entityId: 'pakistan' },
      sender,
    );
    expect(view!.sideCount).toBe(5);
    for (const side of view!.sides) {
      const { source } = await handlers['source/get']({ type: 'source/get', id: side.source.id }, sender);
      expect(side.summary?.origin).toBe('curated');
      expect(side.stance?.origin).toBe('curated');
      for (const q of [
        ...side.characterization.quotes,
        ...(side.curatedPoints ?? []).flatMap((p) => p.quotes),
      ])
        expect(source!.text.slice(q.start, q.end)).toBe(q.text);
      for (const c of side.characterization.claims) {
        expect(source!.text.slice(c.start, c.end)).toBe(c.text);
        expect(source!.text.slice(c.sentence!.start, c.sentence!.end)).toBe(c.sentence!.text);
        expect(c.sentence!.text).toContain(c.text);
      }
    }
  });

  it('ISIS-K strength: the three figures of seeds 002, 003 and 004 are one disagreement', async () => {
    const { handlers } = setup('cmp-c');
    const { view } = await handlers['entity/compare']({ type: 'entity/compare', entityId: 'isis-k' }, sender);
    const strength = view!.comparisons.find((c) => c.attribute === 'fighters');
    expect(strength?.verdict).toBe('differs');
    const bySource = new Map(strength!.claims.map((c) => [c.sourceId, c.claim]));
    expect(bySource.get('seed-002')).toMatchObject({ qualifier: 'more-than', min: 2500 });
    expect(bySource.get('seed-004')).toMatchObject({ qualifier: 'about', min: 2000 });
    expect(bySource.get('seed-003')).toMatchObject({ qualifier: 'range', min: 2000, max: 3000 });
    expect(view!.comparisons[0]!.verdict).toBe('differs');
    // Sides in a disagreement come first; a limit keeps the first of them.
    const { view: first } = await handlers['entity/compare'](
      { type: 'entity/compare', entityId: 'isis-k', limit: 2 },
      sender,
    );
    expect(first!.sides.slice(0, 2).map((s) => s.source.id)).toEqual(
      view!.sides.slice(0, 2).map((s) => s.source.id),
    );
    // …and every source a comparison cites comes along, so the narrow view can name them.
    const cited = new Set(view!.comparisons.flatMap((c) => c.claims.map((x) => x.sourceId)));
    for (const id of cited) expect(first!.sides.map((s) => s.source.id)).toContain(id);
    expect(first!.sideCount).toBe(view!.sideCount);
    expect(new Set(view!.sides.slice(0, 3).map((s) => s.source.id))).toEqual(
      new Set(['seed-002', 'seed-003', 'seed-004']),
    );
    expect(view!.related.map((r) => r.id)).toContain('islamic-state');
  });

  it('keeps a user note across a worker restart and shows its stance as the user’s', async () => {
    const { handlers } = setup('cmp-d');
    const { source } = await handlers['source/get']({ type: 'source/get', id: 'seed-004' }, sender);
    const start = source!.text.indexOf('باكستان دولة شقيقة');
    const passage = { text: source!.text.slice(start, start + 18), start, end: start + 18 };
    await handlers['note/put'](
      {
        type: 'note/put',
        note: {
          entityId: 'pakistan',
          sourceId: 'seed-004',
          stance: 'sympathetic',
          text: 'Brotherly.',
          passage,
        },
      },
      sender,
    );
    await expect(
      handlers['note/put'](
        {
          type: 'note/put',
          note: {
            entityId: 'pakistan',
            sourceId: 'seed-004',
            stance: null,
            text: '',
            passage: { ...passage, text: 'x' },
          },
        },
        sender,
      ),
    ).rejects.toThrow(/passage/);

    const restarted = new Corpus(db, () => {});
    const fresh = { ...restarted.handlers(), ...comparisonHandlers(restarted) };
    const { view } = await fresh['entity/compare']({ type: 'entity/compare', entityId: 'pakistan' }, sender);
    const side = view!.sides.find((s) => s.source.id === 'seed-004')!;
    expect(side.userNote).toMatchObject({ text: 'Brotherly.', passage });
    expect(side.stance).toMatchObject({ label: 'sympathetic', origin: 'user' });
    const { cards } = await fresh['entity/cards']({ type: 'entity/cards', ids: ['pakistan'] }, sender);
    expect(cards[0]!.sources.find((s) => s.sourceId === 'seed-004')!.stance).toEqual({
      label: 'sympathetic',
      origin: 'user',
    });
  });

  it('searches every entity of the corpus by folded name or alias', async () => {
    const { handlers } = setup('cmp-e');
    const { results } = await handlers['entity/search']({ type: 'entity/search', query: 'طالبان' }, sender);
    expect(results.map((r) => r.id)).toEqual(expect.arrayContaining(['taliban', 'ttp']));
    // Hamza and harakat folded: «إسلام آباد» found as «اسلام اباد».
    const { results: isl } = await handlers['entity/search'](
      { type: 'entity/search', query: 'اسلام اباد' },
      sender,
    );
    expect(isl[0]?.id).toBe('islamabad');
    expect(isl[0]!.sources).toBeGreaterThan(0);
  });

  it('reads a source with every mention for the reader', async () => {
    const { handlers } = setup('cmp-f');
    const { reading } = await handlers['source/read']({ type: 'source/read', id: 'seed-003' }, sender);
    expect(reading!.source.titleOrigin).toBe('curated');
    const ids = new Set(reading!.mentions.map((m) => m.entityId));
    for (const id of ['pakistan', 'isis-k', 'ttp', 'united-states']) expect(ids.has(id)).toBe(true);
    for (const m of reading!.mentions) expect(m.end).toBeGreaterThan(m.start);
  });
});
