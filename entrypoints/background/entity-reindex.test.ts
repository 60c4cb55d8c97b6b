import { afterEach, describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/types';
import { changedEntities } from './entity-reindex';
import { background, closeAll, HAQQANI, ICC, IMRAN_KHAN, type Background } from './test-setup';

afterEach(closeAll);

async function derivedRows(bg: Background) {
  const mentions = (await bg.db.mentions.toArray())
    .map(({ id: _id, ...m }) => m)
    .sort(
      (a, b) =>
        a.sourceId.localeCompare(b.sourceId) ||
        a.start - b.start ||
        a.end - b.end ||
        a.entityId.localeCompare(b.entityId),
    );
  return {
    mentions,
    characterizations: await bg.db.characterizations.toArray(),
    digests: await bg.db.entityDigests.toArray(),
  };
}

async function plain(bg: Background, id: string): Promise<Entity> {
  const { origin: _o, editedByUser: _e, ...entity } = (await bg.db.entities.get(id))!;
  return entity;
}

const JALALUDDIN: Entity = {
  id: 'jalaluddin-haqqani',
  type: 'person',
  names: { en: 'Jalaluddin Haqqani', ar: 'جلال الدين حقاني' },
  description: { en: 'Founder of the Haqqani network.', ar: 'مؤسس شبكة حقاني.' },
  aliases: [{ text: 'جلال الدين حقاني', lang: 'ar' }],
  related: [{ id: 'haqqani-network', kind: 'leader-of' }],
};

describe('reindexing after an entity change', () => {
  it('gives the rows a full rebuild gives, for new, edited, re-related and removed entities', async () => {
    const bg = background('reindex-a');
    const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI, IMRAN_KHAN, ICC] });
    const [haqqaniId, , iccId] = added;
    const check = async () => {
      const incremental = await derivedRows(bg);
      await bg.corpus.index.rebuild();
      expect(await derivedRows(bg)).toEqual(incremental);
    };

    // A new person named in the Haqqani article only: the ICC article's rows are left as they were.
    const untouched = await bg.db.mentions.where('sourceId').equals(iccId!).primaryKeys();
    const redone = await bg.db.mentions.where('sourceId').equals(haqqaniId!).primaryKeys();
    await bg.send({ type: 'entity/put', entity: JALALUDDIN });
    expect(await bg.db.mentions.where('sourceId').equals(iccId!).primaryKeys()).toEqual(untouched);
    expect(await bg.db.mentions.where('sourceId').equals(haqqaniId!).primaryKeys()).not.toEqual(redone);
    await check();

    // «عمران خان» (the Imran Khan article, first line) as a new alias of a new entity.
    await bg.send({
      type: 'entity/put',
      entity: {
        id: 'imran-khan',
        type: 'person',
        names: { en: 'Imran Khan', ar: 'عمران خان' },
        description: { en: 'Prime minister of Pakistan from 2018.', ar: 'رئيس وزراء باكستان منذ 2018.' },
        aliases: [{ text: 'عمران خان', lang: 'ar' }],
      },
    });
    await check();

    // ISIS-K no longer part of the Islamic State: the seeds' branch roll-ups change.
    const isisK = await plain(bg, 'isis-k');
    await bg.send({
      type: 'entity/put',
      entity: { ...isisK, related: (isisK.related ?? []).filter((r) => r.kind !== 'part-of') },
    });
    await check();

    // A shipped entity's alias removed, another's description edited.
    const taliban = await plain(bg, 'taliban');
    await bg.send({
      type: 'entity/put',
      entity: { ...taliban, aliases: taliban.aliases.filter((a) => a.text !== 'طالبان أفغانستان') },
    });
    await check();
    const pakistan = await plain(bg, 'pakistan');
    await bg.send({
      type: 'entity/put',
      entity: { ...pakistan, description: { ...pakistan.description, en: 'A country in South Asia.' } },
    });
    await check();

    await bg.send({ type: 'entity/delete', id: JALALUDDIN.id });
    await check();
  });

  it('names the entities whose entry changed', () => {
    const a = { ...JALALUDDIN, origin: 'user' as const };
    const b = { ...JALALUDDIN, id: 'other', origin: 'user' as const };
    expect(changedEntities([a, b], [a, { ...b, aliases: [] }])).toEqual(new Set(['other']));
    expect(changedEntities([a, b], [b])).toEqual(new Set([JALALUDDIN.id]));
    expect(changedEntities([a], [a, b])).toEqual(new Set(['other']));
  });
});

describe('sources added while an entity changes', () => {
  it('are indexed with the gazetteer that committed, whichever transaction ran first', async () => {
    const bg = background('reindex-race');
    await bg.corpus.ready();
    const [put, add] = await Promise.all([
      bg.send({ type: 'entity/put', entity: JALALUDDIN }),
      bg.send({ type: 'source/add', drafts: [HAQQANI] }),
    ]);
    expect(put.entity.id).toBe(JALALUDDIN.id);
    const id = add.added[0]!;
    const mention = await bg.db.mentions.where({ entityId: JALALUDDIN.id, sourceId: id }).first();
    expect(HAQQANI.text.slice(mention!.start, mention!.end)).toBe('جلال الدين حقاني');
    expect((await bg.db.entityDigests.get(JALALUDDIN.id))!.sourceIds).toEqual([id]);
  });
});
