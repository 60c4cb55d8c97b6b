import { afterEach, describe, expect, it } from 'vitest';
import { DEDUP_VERSION } from '../../lib/import/dedup';
import { DEDUP_VERSION_KEY } from './dedup-version';
import { background, closeAll, HAQQANI, IMRAN_KHAN } from './test-setup';

afterEach(closeAll);

describe('stored duplicate keys follow the dedup version', () => {
  it('keys of an older version are derived again at the next start, once', async () => {
    const bg = background('dedup-a');
    const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI, IMRAN_KHAN] });
    expect((await bg.db.settings.get(DEDUP_VERSION_KEY))!.value).toBe(DEDUP_VERSION);
    const right = (await bg.db.sources.get(added[0]!))!;
    // As an older version would have left them.
    await bg.db.sources.update(added[0]!, { textHash: 'ffffffffffffffff', canonicalUrl: 'https://old.key/' });
    await bg.db.settings.put({ key: DEDUP_VERSION_KEY, value: 'dedup-0' });

    const restarted = background('dedup-a', bg.db);
    await restarted.corpus.ready();
    const fixed = (await restarted.db.sources.get(added[0]!))!;
    expect(fixed.canonicalUrl).toBe('https://bbc.co.uk/arabic/world-45407047');
    expect(fixed.textHash).toBe(right.textHash);
    expect(fixed).toEqual(right);
    expect((await restarted.db.settings.get(DEDUP_VERSION_KEY))!.value).toBe(DEDUP_VERSION);
    // The same article is found again by its URL.
    const again = await restarted.send({ type: 'source/add', drafts: [HAQQANI] });
    expect(again.duplicates).toEqual([{ index: 0, existingId: added[0], by: 'url' }]);

    // With the version current, a start reads no source.
    await restarted.db.sources.update(added[1]!, { textHash: 'ffffffffffffffff' });
    const third = background('dedup-a', bg.db);
    await third.corpus.ready();
    expect((await third.db.sources.get(added[1]!))!.textHash).toBe('ffffffffffffffff');
  });
});
