import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import type { UserNote } from '../../lib/characterize/types';
import { background, closeAll, HAQQANI, ICC, snapshot } from './test-setup';
import { TRASH_LIFETIME_MS } from './source-trash';

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

async function rowsOf(bg: ReturnType<typeof background>, id: string) {
  return {
    source: await bg.db.sources.get(id),
    mentions: await bg.db.mentions.where('sourceId').equals(id).sortBy('id'),
    characterizations: await bg.db.characterizations.where('sourceId').equals(id).toArray(),
    notes: await bg.db.notes.where('sourceId').equals(id).toArray(),
  };
}

describe('source/delete and source/undo-delete', () => {
  it('delete then undo (after a worker restart) restores the source, its mentions, characterizations and notes exactly', async () => {
    const bg = background('trash-a');
    const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI, ICC] });
    const id = added[0]!;
    // «جماعة حقاني» is at 10–21 in the text.
    const note: Omit<UserNote, 'createdAt' | 'updatedAt'> = {
      entityId: 'haqqani-network',
      sourceId: id,
      stance: 'neutral',
      text: 'Reports the founder’s death as the Taliban announced it.',
      passage: { text: 'جماعة حقاني', start: 10, end: 21 },
    };
    await bg.send({ type: 'note/put', note });
    const before = await rowsOf(bg, id);
    expect(before.mentions.length).toBeGreaterThanOrEqual(5);
    expect(before.notes).toHaveLength(1);
    const everything = await snapshot(bg.db);

    const { token, deleted } = await bg.send({ type: 'source/delete', ids: [id, 'no-such-id'] });
    expect(deleted).toBe(1);
    // The kept count follows: 5 shipped + 2 added − 1.
    expect((await bg.send({ type: 'corpus/summary', limit: 1 })).sourceCount).toBe(6);
    expect(await rowsOf(bg, id)).toEqual({
      source: undefined,
      mentions: [],
      characterizations: [],
      notes: [],
    });
    expect((await bg.db.entityDigests.get('taliban'))!.sourceIds).not.toContain(id);
    // The other added source is untouched.
    expect(await bg.db.sources.get(added[1]!)).toBeDefined();

    const restarted = background('trash-a', bg.db);
    expect(await restarted.send({ type: 'source/undo-delete', token })).toEqual({ restored: 1 });
    expect((await restarted.send({ type: 'corpus/summary', limit: 1 })).sourceCount).toBe(7);
    expect(await rowsOf(restarted, id)).toEqual(before);
    const after = await snapshot(bg.db);
    expect(after).toEqual(everything);
    await expect(restarted.send({ type: 'source/undo-delete', token })).rejects.toThrow(/Nothing to undo/);
  });

  it('refuses to delete a shipped source, and keeps only the last deletion for 10 minutes', async () => {
    const bg = background('trash-b');
    const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI, ICC] });
    const before = await snapshot(bg.db);
    await expect(bg.send({ type: 'source/delete', ids: [added[0]!, 'seed-002'] })).rejects.toThrow(
      /Shipped sources cannot be deleted.*seed-002/,
    );
    expect(await snapshot(bg.db)).toEqual(before);

    const first = await bg.send({ type: 'source/delete', ids: [added[0]!] });
    const second = await bg.send({ type: 'source/delete', ids: [added[1]!] });
    await expect(bg.send({ type: 'source/undo-delete', token: first.token })).rejects.toThrow(
      /Nothing to undo/,
    );
    const later = Date.now() + TRASH_LIFETIME_MS + 1000;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    await expect(bg.send({ type: 'source/undo-delete', token: second.token })).rejects.toThrow(/10 minutes/);
    expect(await bg.db.trash.count()).toBe(0);
    expect(await bg.db.sources.get(added[1]!)).toBeUndefined();
  });

  it('undo after an entity change indexes the restored source with the new gazetteer', async () => {
    const bg = background('trash-c');
    const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI] });
    const id = added[0]!;
    const { token } = await bg.send({ type: 'source/delete', ids: [id] });
    await bg.send({
      type: 'entity/put',
      entity: {
        id: 'jalaluddin-haqqani',
        type: 'person',
        names: { en: 'Jalaluddin Haqqani', ar: 'جلال الدين حقاني' },
        description: { en: 'Founder of the Haqqani network.', ar: 'مؤسس شبكة حقاني.' },
        aliases: [
          { text: 'جلال الدين حقاني', lang: 'ar' },
          { text: 'Jalaluddin Haqqani', lang: 'en' },
        ],
      },
    });
    await bg.send({ type: 'source/undo-delete', token });
    const mention = await bg.db.mentions.where({ entityId: 'jalaluddin-haqqani', sourceId: id }).first();
    expect(HAQQANI.text.slice(mention!.start, mention!.end)).toBe('جلال الدين حقاني');
    expect((await bg.db.entityDigests.get('jalaluddin-haqqani'))!.sourceIds).toEqual([id]);
  });

  it('a delete that finds nothing keeps the pending undo; each delete and undo drops expired entries', async () => {
    const bg = background('trash-d');
    const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI] });
    const { token } = await bg.send({ type: 'source/delete', ids: [added[0]!] });
    const stale = { ...(await bg.db.trash.get(token))!, token: 'trash-stale', createdAt: 0 };
    await bg.db.trash.add(stale);
    expect(await bg.send({ type: 'source/delete', ids: ['no-such-id'] })).toEqual({ token: '', deleted: 0 });
    expect(await bg.db.trash.toCollection().primaryKeys()).toEqual([token]);
    await bg.db.trash.add(stale);
    expect(await bg.send({ type: 'source/undo-delete', token })).toEqual({ restored: 1 });
    expect(await bg.db.trash.count()).toBe(0);
  });

  it('on a full disk deletes without an undo copy and says there is nothing to undo', async () => {
    const bg = background('trash-e');
    const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI, ICC] });
    const earlier = await bg.send({ type: 'source/delete', ids: [added[1]!] });
    // fake-indexeddb cannot fill a disk: the undo copy fails as a full one would (Dexie's wrapping).
    const full = vi
      .spyOn(bg.db.trash, 'add')
      .mockRejectedValueOnce(
        new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError')),
      );
    expect(await bg.send({ type: 'source/delete', ids: [added[0]!] })).toEqual({ token: '', deleted: 1 });
    expect(full).toHaveBeenCalledTimes(1);
    expect(await rowsOf(bg, added[0]!)).toEqual({
      source: undefined,
      mentions: [],
      characterizations: [],
      notes: [],
    });
    expect((await bg.send({ type: 'corpus/summary', limit: 1 })).sourceCount).toBe(5);
    // The space the earlier undo copy took is freed too: the next deletion would have replaced it.
    expect(await bg.db.trash.count()).toBe(0);
    await expect(bg.send({ type: 'source/undo-delete', token: earlier.token })).rejects.toThrow(
      /Nothing to undo/,
    );
  });

  it('undo derives the rows again when the characterizing engine changed since the deletion', async () => {
    const bg = background('trash-f');
    const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI] });
    const id = added[0]!;
    const before = await rowsOf(bg, id);
    expect(before.characterizations.length).toBeGreaterThan(0);
    const { token } = await bg.send({ type: 'source/delete', ids: [id] });
    expect((await bg.db.trash.get(token))!.characterized).toMatch(/^characterize-/);
    // As if written by an older engine: its rows are not to be restored as they are.
    await bg.db.trash.update(token, { characterized: 'characterize-0', characterizations: [] });
    await bg.send({ type: 'source/undo-delete', token });
    const after = await rowsOf(bg, id);
    expect(after.characterizations).toEqual(before.characterizations);
    expect(after.mentions.map(({ id: _id, ...m }) => m)).toEqual(
      before.mentions.map(({ id: _id, ...m }) => m),
    );
  });
});
