import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Entity } from '../../lib/types';
import { aliasOfMark } from './entities-admin';
import { background, closeAll, HAQQANI, snapshot } from './test-setup';

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

const JALALUDDIN: Entity = {
  id: 'jalaluddin-haqqani',
  type: 'person',
  names: { en: 'Jalaluddin Haqqani', ar: 'جلال الدين حقاني' },
  description: { en: 'Founder of the Haqqani network.', ar: 'مؤسس شبكة حقاني.' },
  aliases: [
    { text: 'جلال الدين حقاني', lang: 'ar' },
    { text: 'Jalaluddin Haqqani', lang: 'en' },
  ],
};

describe('entity/put, entity/delete, entity/list', () => {
  it('a new entity is indexed in every stored source and open tabs get the new gazetteer', async () => {
    const bg = background('ent-a');
    const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI] });
    const id = added[0]!;
    const { version } = await bg.corpus.index.gazetteer();
    bg.gazetteerChanged.mockClear();

    expect(await bg.send({ type: 'entity/put', entity: JALALUDDIN })).toEqual({ entity: JALALUDDIN });
    const stored = await bg.db.entities.get(JALALUDDIN.id);
    expect(stored).toMatchObject({ origin: 'user' });
    // «وكان جلال الدين حقاني شخصية متشددة مهمة في أفغانستان» (second line of the article).
    const mention = await bg.db.mentions.where({ entityId: JALALUDDIN.id, sourceId: id }).first();
    expect(HAQQANI.text.slice(mention!.start, mention!.end)).toBe('جلال الدين حقاني');
    expect(await bg.db.characterizations.get([JALALUDDIN.id, id])).toBeDefined();
    expect(bg.gazetteerChanged).toHaveBeenCalledTimes(1);
    const next = await bg.corpus.index.gazetteer();
    expect(next.version).not.toBe(version);
    expect(bg.gazetteerChanged).toHaveBeenCalledWith(next.version);

    const { entities } = await bg.send({ type: 'entity/list' });
    const listed = entities.find((e) => e.entity.id === JALALUDDIN.id)!;
    expect(listed).toEqual({
      entity: JALALUDDIN,
      origin: 'user',
      editedByUser: false,
      mentions: 1,
      perSource: [{ sourceId: id, count: 1 }],
    });
    const pakistan = entities.find((e) => e.entity.id === 'pakistan')!;
    expect(pakistan.perSource.map((p) => p.sourceId).sort()).toEqual([
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
      'seed-004',
    ]);
    expect(pakistan.mentions).toBe(await bg.db.mentions.where('entityId').equals('pakistan').count());

    await bg.send({ type: 'entity/delete', id: JALALUDDIN.id });
    expect(await bg.db.entities.get(JALALUDDIN.id)).toBeUndefined();
    expect(await bg.db.mentions.where('entityId').equals(JALALUDDIN.id).count()).toBe(0);
    expect(await bg.db.entityDigests.get(JALALUDDIN.id)).toBeUndefined();
  });

  it('an edited shipped entity stays shipped and is marked edited; it cannot be removed; invalid ones are refused', async () => {
    const bg = background('ent-b');
    const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI] });
    const id = added[0]!;
    const before = await bg.db.mentions.where({ entityId: 'haqqani-network', sourceId: id }).count();
    const haqqani = (await bg.send({ type: 'entity/list' })).entities.find(
      (e) => e.entity.id === 'haqqani-network',
    )!.entity;
    await bg.send({
      type: 'entity/put',
      entity: { ...haqqani, aliases: [...haqqani.aliases, { text: 'جلال الدين حقاني', lang: 'ar' }] },
    });
    expect(await bg.db.entities.get('haqqani-network')).toMatchObject({
      origin: 'shipped',
      editedByUser: true,
    });
    // The new alias is found in the stored source: «وكان جلال الدين حقاني شخصية متشددة» (second line).
    const mentions = await bg.db.mentions.where({ entityId: 'haqqani-network', sourceId: id }).toArray();
    expect(mentions).toHaveLength(before + 1);
    expect(mentions.map((m) => HAQQANI.text.slice(m.start, m.end))).toContain('جلال الدين حقاني');

    const unchanged = await snapshot(bg.db);
    await expect(bg.send({ type: 'entity/delete', id: 'haqqani-network' })).rejects.toThrow(
      /mute it instead/,
    );
    await expect(
      bg.send({ type: 'entity/put', entity: { ...JALALUDDIN, type: 'building' } as unknown as Entity }),
    ).rejects.toThrow(/type/);
    expect(await snapshot(bg.db)).toEqual(unchanged);
  });
});

describe('entity/explain', () => {
  it('names the longest alias inside the marked words, and the mutes that apply on the site', async () => {
    const bg = background('explain-a');
    await bg.corpus.ready();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    // «طالبان أفغانستان» in «بحسب ما أعلنته حركة طالبان أفغانستان» (HAQQANI, first line): the mark
    // «حركة طالبان أفغانستان» is that alias whole, not the shorter طالبان.
    const taliban = await bg.send({
      type: 'entity/explain',
      entityId: 'taliban',
      text: 'حركة طالبان أفغانستان',
      via: 'alias',
      host: 'www.bbc.co.uk',
    });
    expect(taliban).toEqual({
      entityId: 'taliban',
      alias: { text: 'حركة طالبان أفغانستان', lang: 'ar' },
      via: 'alias',
      muted: [],
    });
    await bg.send({
      type: 'mute/set',
      mute: { entityId: 'pakistan', alias: 'باكستان', site: 'bbc.co.uk' },
      muted: true,
    });
    await bg.send({ type: 'mute/set', mute: { entityId: 'pakistan', alias: null, site: null }, muted: true });
    await bg.send({
      type: 'mute/set',
      mute: { entityId: 'pakistan', alias: null, site: 'dawn.com' },
      muted: true,
    });
    // «رئيس الوزراء الباكستاني» (IMRAN_KHAN, first line): article and nisba around باكستان.
    const pakistan = await bg.send({
      type: 'entity/explain',
      entityId: 'pakistan',
      text: 'الباكستاني',
      via: 'alias',
      host: 'www.bbc.co.uk',
    });
    expect(pakistan.alias).toEqual({ text: 'باكستان', lang: 'ar' });
    expect(pakistan.muted).toEqual([
      { entityId: 'pakistan', alias: null, site: null },
      { entityId: 'pakistan', alias: 'باكستان', site: 'bbc.co.uk' },
    ]);
  });

  it('finds the alias under proclitics and harakat, and none for a proximity match', () => {
    const entity: Entity = {
      id: 'x',
      type: 'place',
      names: { en: 'Pakistan', ar: 'باكستان' },
      description: { en: '', ar: '' },
      aliases: [
        { text: 'باكستان', lang: 'ar' },
        { text: 'Pakistan', lang: 'en' },
      ],
    };
    // «وباكستانُ» with a proclitic و and a damma; "Pakistan's" in English.
    expect(aliasOfMark(entity, 'وباكستانُ')?.text).toBe('باكستان');
    expect(aliasOfMark(entity, "PAKISTAN's")?.text).toBe('Pakistan');
    expect(aliasOfMark(entity, 'هجوم موسكو')).toBeNull();
  });
});
