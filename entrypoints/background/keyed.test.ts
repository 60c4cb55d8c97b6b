import { afterEach, describe, expect, it } from 'vitest';
import { background, closeAll, HAQQANI, ICC, IMRAN_KHAN } from './test-setup';
import { deleteWhere, eachSourceChunk, firstKeyWhere, rowsWhere } from './keyed';

afterEach(closeAll);

describe('reads by many keys', () => {
  it('visits every source once, in id order, in chunks of the size asked', async () => {
    const bg = background('keyed-a');
    const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI, IMRAN_KHAN, ICC] });
    const sizes: number[] = [];
    const ids: string[] = [];
    await eachSourceChunk(bg.db, 3, (chunk) => {
      sizes.push(chunk.length);
      ids.push(...chunk.map((s) => s.id));
    });
    // 5 shipped + 3 added = 8 sources: 3 + 3 + 2.
    expect(sizes).toEqual([3, 3, 2]);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids)).toEqual(
      new Set([...added, 'seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']),
    );
  });

  it('reads, finds and deletes rows by several keys of one index, each key once', async () => {
    const bg = background('keyed-b');
    await bg.corpus.ready();
    const db = bg.db;
    const two = await rowsWhere(db.characterizations, 'sourceId', ['seed-001', 'seed-003', 'seed-001']);
    const one = await db.characterizations.where('sourceId').equals('seed-001').count();
    const three = await db.characterizations.where('sourceId').equals('seed-003').count();
    expect(two).toHaveLength(one + three);
    const first = await firstKeyWhere(db.sources, 'origin', ['shipped', 'user']);
    expect(first.get('shipped')).toBe('seed-000');
    expect(first.has('user')).toBe(false);
    await deleteWhere(db.mentions, 'sourceId', ['seed-001', 'seed-003']);
    expect(await db.mentions.where('sourceId').anyOf(['seed-001', 'seed-003']).count()).toBe(0);
    expect(await db.mentions.where('sourceId').equals('seed-000').count()).toBeGreaterThan(0);
  });
});
