import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { dedupKeys } from '../../lib/import/dedup';
import { background, closeAll, HAQQANI, ICC, IMRAN_KHAN, snapshot } from './test-setup';
import { SOURCE_COUNT_KEY } from '../../data/db';
import { batchKey } from './corpus-index';
import { isQuotaError } from './sources-admin';

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

/** Rows that do not depend on auto-increment ids, in a fixed order. */
async function derivedRows(bg: ReturnType<typeof background>) {
  const mentions = (await bg.db.mentions.toArray())
    .map(({ id: _id, ...m }) => m)
    .sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.start - b.start || a.end - b.end);
  const digests = (await bg.db.entityDigests.toArray()).sort((a, b) => a.entityId.localeCompare(b.entityId));
  const characterizations = await bg.db.characterizations.toArray();
  return { mentions, digests, characterizations };
}

describe('source/add and source/lookup', () => {
  it('stores drafts as user sources with their keys and mentions, and finds them again', async () => {
    const bg = background('add-a');
    const result = await bg.send({ type: 'source/add', drafts: [HAQQANI, IMRAN_KHAN] });
    expect(result.invalid).toEqual([]);
    expect(result.duplicates).toEqual([]);
    expect(result.added).toHaveLength(2);
    const [haqqaniId, khanId] = result.added;
    expect(haqqaniId).toMatch(/^user-[0-9a-z]+-[0-9a-z]+$/);

    const stored = await bg.db.sources.get(haqqaniId!);
    expect(stored).toMatchObject({
      origin: 'user',
      title: HAQQANI.title,
      titleOrigin: 'source',
      format: 'ant-doc',
      canonicalUrl: 'https://bbc.co.uk/arabic/world-45407047',
      text: HAQQANI.text,
    });
    expect(stored!.addedAt).toBe(stored!.updatedAt);

    // «جماعة حقاني», «حركة طالبان أفغانستان», «أفغانستان», «تنظيم القاعدة» in the text.
    const entities = new Set(
      (await bg.db.mentions.where('sourceId').equals(haqqaniId!).toArray()).map((m) => m.entityId),
    );
    for (const id of ['haqqani-network', 'taliban', 'afghanistan', 'al-qaeda'])
      expect(entities).toContain(id);
    const haqqani = await bg.db.mentions.where({ entityId: 'haqqani-network', sourceId: haqqaniId! }).first();
    expect(HAQQANI.text.slice(haqqani!.start, haqqani!.end)).toBe('جماعة حقاني');
    // Without a batch the digests are updated at once.
    expect((await bg.db.entityDigests.get('taliban'))!.sourceIds).toContain(haqqaniId);
    expect((await bg.db.entityDigests.get('pakistan'))!.sourceIds).toContain(khanId);
    expect(await bg.db.characterizations.get(['taliban', haqqaniId!])).toBeDefined();
    expect(bg.gazetteerChanged).toHaveBeenCalledTimes(1); // the seeding's, none for adding sources

    const { existing } = await bg.send({
      type: 'source/lookup',
      keys: [
        // The same article under a tracking parameter and https: found by its URL.
        dedupKeys({ url: 'https://bbc.co.uk/arabic/world-45407047?utm_source=twitter', text: 'x' }),
        // Its text with another URL: found by the hash of the folded text.
        dedupKeys({ url: 'https://example.org/copy', text: IMRAN_KHAN.text }),
        dedupKeys(ICC),
      ],
    });
    expect(existing).toEqual([{ id: haqqaniId, by: 'url' }, { id: khanId, by: 'text' }, null]);
  });

  it('keeps a file-name title as such (the file had no title and the text no headline)', async () => {
    const bg = background('add-file-name');
    const draft = {
      ...ICC,
      title: 'notes-2018-09',
      titleOrigin: 'file-name' as const,
      format: 'text' as const,
    };
    const { added } = await bg.send({ type: 'source/add', drafts: [draft] });
    expect(await bg.db.sources.get(added[0]!)).toMatchObject({
      title: 'notes-2018-09',
      titleOrigin: 'file-name',
    });
    // Editing the title makes it the user's.
    await bg.send({ type: 'source/update', id: added[0]!, patch: { title: 'عقوبات على المحكمة' } });
    expect(await bg.db.sources.get(added[0]!)).toMatchObject({ titleOrigin: 'user' });
  });

  it('adds nothing the second time, and stores the first of two equal drafts in one chunk', async () => {
    const bg = background('add-b');
    const first = await bg.send({ type: 'source/add', drafts: [HAQQANI, ICC, { ...ICC, url: null }] });
    expect(first.added).toHaveLength(2);
    expect(first.duplicates).toEqual([{ index: 2, existingId: first.added[1], by: 'text' }]);
    const before = await snapshot(bg.db);
    const again = await bg.send({ type: 'source/add', drafts: [HAQQANI, ICC] });
    expect(again.added).toEqual([]);
    expect(again.duplicates).toEqual([
      { index: 0, existingId: first.added[0], by: 'url' },
      { index: 1, existingId: first.added[1], by: 'url' },
    ]);
    expect(await snapshot(bg.db)).toEqual(before);
  });

  it('refuses an invalid draft, naming the field, and stores the valid ones', async () => {
    const bg = background('add-c');
    const result = await bg.send({
      type: 'source/add',
      drafts: [{ ...HAQQANI, date: '2018-13-45' }, IMRAN_KHAN],
    });
    expect(result.added).toHaveLength(1);
    expect(result.invalid).toHaveLength(1);
    expect(result.invalid[0]!.index).toBe(0);
    expect(result.invalid[0]!.problems.map((p) => p.field)).toEqual(['date']);
    expect(await bg.db.sources.where('origin').equals('user').count()).toBe(1);
  });

  it('with a batch, digests wait for batch-end and then equal a full rebuild', async () => {
    const bg = background('add-d');
    const one = await bg.send({ type: 'source/add', drafts: [HAQQANI], batch: 'b1' });
    await bg.send({ type: 'source/add', drafts: [IMRAN_KHAN, ICC], batch: 'b1' });
    expect((await bg.db.entityDigests.get('taliban'))!.sourceIds).not.toContain(one.added[0]);
    const pending = (await bg.db.settings.get(batchKey('b1')))!.value as string[];
    for (const id of ['taliban', 'pakistan', 'united-states', 'haqqani-network'])
      expect(pending).toContain(id);

    await bg.send({ type: 'source/batch-end', batch: 'b1' });
    expect(await bg.db.settings.get(batchKey('b1'))).toBeUndefined();
    expect((await bg.db.entityDigests.get('taliban'))!.sourceIds).toContain(one.added[0]);
    const incremental = await derivedRows(bg);

    await bg.corpus.index.rebuild();
    expect(await derivedRows(bg)).toEqual(incremental);
  });

  it('a batch whose batch-end never came is ended by the next worker (its entities were persisted)', async () => {
    const bg = background('add-d2');
    const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI], batch: 'closed-tab' });
    expect((await bg.db.entityDigests.get('haqqani-network'))!.sourceIds).not.toContain(added[0]);

    const restarted = background('add-d2', bg.db);
    await restarted.corpus.ready();
    expect(await bg.db.settings.get(batchKey('closed-tab'))).toBeUndefined();
    expect((await bg.db.entityDigests.get('haqqani-network'))!.sourceIds).toContain(added[0]);
  });

  it('on a full disk writes nothing of the chunk and says so', async () => {
    const bg = background('add-e');
    await bg.corpus.ready();
    const before = await snapshot(bg.db);
    // fake-indexeddb cannot fill a disk: the last write of the transaction fails as a full one would.
    const full = vi
      .spyOn(bg.db.characterizations, 'bulkPut')
      .mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(bg.send({ type: 'source/add', drafts: [HAQQANI, ICC] })).rejects.toThrow(
      'Storage is full: nothing of this batch was written (2 sources). Free space or delete sources, then resume.',
    );
    expect(full).toHaveBeenCalledTimes(1);
    expect(await snapshot(bg.db)).toEqual(before);

    // Dexie's wrapping: an AbortError whose inner error is the quota one.
    vi.spyOn(bg.db.mentions, 'bulkAdd').mockRejectedValueOnce(
      new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError')),
    );
    await expect(bg.send({ type: 'source/add', drafts: [IMRAN_KHAN] })).rejects.toThrow(
      'Storage is full: nothing of this batch was written (1 sources).',
    );
    expect(await snapshot(bg.db)).toEqual(before);
  });
});

describe('isQuotaError', () => {
  it('finds a full disk in a BulkError’s failures and in an AbortError’s inner error', () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const constraint = new DOMException('Key already exists', 'ConstraintError');
    expect(isQuotaError(full)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', full))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('2 of 3 operations failed', { 0: constraint, 2: full }))).toBe(
      true,
    );
    expect(
      isQuotaError(new Dexie.AbortError('Transaction aborted', new Dexie.BulkError('1 failed', { 1: full }))),
    ).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('1 of 2 operations failed', { 1: constraint }))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('source/list, corpus/summary, source/update', () => {
  it('lists every source without its text, with the entities it mentions', async () => {
    const bg = background('list-a');
    const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI] });
    const { sources } = await bg.send({ type: 'source/list' });
    expect(sources).toHaveLength(6);
    const mine = sources.find((s) => s.id === added[0])!;
    expect('text' in mine).toBe(false);
    expect(mine.length).toBe(HAQQANI.text.length);
    const distinct = new Set(
      (await bg.db.mentions.where('sourceId').equals(added[0]!).toArray()).map((m) => m.entityId),
    );
    expect(mine.entities).toBe(distinct.size);
    expect(mine.entities).toBeGreaterThanOrEqual(4);
  });

  it('summary with a limit gives the newest sources and the count', async () => {
    const bg = background('list-b');
    await bg.corpus.ready();
    const now = vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 60_000);
    const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI] });
    now.mockRestore();
    const all = vi.spyOn(bg.db.sources, 'each');
    const summary = await bg.send({ type: 'corpus/summary', limit: 2 });
    expect(all).not.toHaveBeenCalled();
    expect(summary.sourceCount).toBe(6);
    expect(summary.sources).toHaveLength(2);
    expect(summary.sources[0]!.id).toBe(added[0]);
    expect('text' in summary.sources[0]!).toBe(false);
  });

  it('a missing count is counted and recorded in one transaction that holds the sources', async () => {
    const bg = background('list-c');
    await bg.send({ type: 'source/add', drafts: [HAQQANI] });
    await bg.db.settings.delete(SOURCE_COUNT_KEY);
    const held: { mode: string; stores: string[] }[] = [];
    const count = bg.db.sources.count.bind(bg.db.sources);
    vi.spyOn(bg.db.sources, 'count').mockImplementation(() => {
      const tx = Dexie.currentTransaction;
      held.push({ mode: tx?.mode ?? 'none', stores: [...(tx?.storeNames ?? [])].sort() });
      return count();
    });
    expect((await bg.send({ type: 'corpus/summary', limit: 1 })).sourceCount).toBe(6);
    // A source added between a count and a later write of it would leave the count one short for good.
    expect(held).toEqual([{ mode: 'readwrite', stores: ['settings', 'sources'] }]);
    expect((await bg.db.settings.get(SOURCE_COUNT_KEY))!.value).toBe(6);
  });

  it('edits metadata: the title becomes the user’s, the briefs follow, bad values are refused', async () => {
    const bg = background('update-a');
    const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI] });
    const id = added[0]!;
    const { source } = await bg.send({
      type: 'source/update',
      id,
      patch: { title: 'وفاة جلال الدين حقاني', date: '2018-09-03', kind: 'report' },
    });
    expect(source).toMatchObject({ title: 'وفاة جلال الدين حقاني', titleOrigin: 'user', kind: 'report' });
    expect(source.updatedAt).toBeGreaterThanOrEqual(source.addedAt);
    const row = await bg.db.characterizations.get(['taliban', id]);
    expect(row!.source).toMatchObject({
      title: 'وفاة جلال الدين حقاني',
      date: '2018-09-03',
      titleOrigin: 'user',
    });
    const digest = await bg.db.entityDigests.get('taliban');
    expect(
      digest!.timeline.some((t) => t.sourceId === id && t.kind === 'source' && t.date === '2018-09-03'),
    ).toBe(true);

    await expect(bg.send({ type: 'source/update', id, patch: { date: '3 September' } })).rejects.toThrow(
      /date/,
    );
    await expect(
      bg.send({ type: 'source/update', id, patch: { url: 'javascript:alert(1)' } }),
    ).rejects.toThrow(/url/);
    await expect(bg.send({ type: 'source/update', id: 'seed-000', patch: { title: 'x' } })).rejects.toThrow(
      /shipped/,
    );
    // Another stored source's URL (after canonicalization) is refused; an unknown field too.
    const other = await bg.send({ type: 'source/add', drafts: [ICC] });
    await expect(
      bg.send({ type: 'source/update', id, patch: { url: 'https://www.bbc.co.uk/arabic/world-45479521/' } }),
    ).rejects.toThrow(`Another stored source has this URL: ${other.added[0]}`);
    await expect(
      bg.send({ type: 'source/update', id, patch: { text: 'x' } as unknown as { title: string } }),
    ).rejects.toThrow(/text cannot be edited/);
    expect((await bg.db.sources.get(id))!.date).toBe('2018-09-03');
    expect((await bg.db.sources.get(id))!.canonicalUrl).toBe('https://bbc.co.uk/arabic/world-45407047');
  });
});
