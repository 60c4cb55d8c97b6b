import { afterEach, describe, expect, it } from 'vitest';
import { background, closeAll } from './test-setup';

afterEach(closeAll);

describe('page/match', () => {
  it('matches a page’s runs with the background’s engine and labels what it found', async () => {
    const bg = background('page-match');
    // wapo-1 (../shared/pages/readability/wapo-1): "…the Islamic State…", and a run with nothing in it.
    const texts = [
      'The attack was claimed by the Islamic State, officials said.',
      'The committee met on Tuesday to discuss the budget.',
      'وقال مسؤولون في كابل إن الهجوم وقع في باكستان.',
    ];
    const result = await bg.send({ type: 'page/match', texts, seen: [], host: 'example.com' });
    expect(result.matches).toHaveLength(3);
    const found = result.matches.map((list, i) => list.map((m) => texts[i]!.slice(m.start, m.end)));
    expect(found[0]).toEqual(['Islamic State']);
    expect(found[1]).toEqual([]);
    expect(found[2]).toEqual(['كابل', 'باكستان']);
    expect(result.matches[2]!.map((m) => m.entityId)).toEqual(['kabul', 'pakistan']);
    expect(result.labels.map((l) => l.id).sort()).toEqual(['islamic-state', 'kabul', 'pakistan']);
    expect(result.labels.find((l) => l.id === 'pakistan')?.names.ar).toBe('باكستان');
    // «كابل» is also "cable": a ruled alias, so not evidence; Pakistan and the Islamic State are.
    expect(result.seen).toEqual(expect.arrayContaining(['pakistan', 'islamic-state']));
    expect(result.seen).not.toContain('kabul');
    const { version } = await bg.corpus.index.gazetteer();
    expect(result.version).toBe(version);
  });

  it('leaves out what the user muted on this site, and only there', async () => {
    const bg = background('page-match-mutes');
    await bg.send({
      type: 'mute/set',
      mute: { entityId: 'pakistan', alias: null, site: 'example.com' },
      muted: true,
    });
    const texts = ['The attack was claimed by the Islamic State in Pakistan.'];
    const ids = async (host: string) =>
      (await bg.send({ type: 'page/match', texts, seen: [], host })).matches[0]!.map((m) => m.entityId);
    expect(await ids('www.example.com')).toEqual(['islamic-state']);
    expect(await ids('other.org')).toEqual(['islamic-state', 'pakistan']);
  });

  it('tells a frame whether its text nodes could hold an entity at all (page/prefilter)', async () => {
    const bg = background('page-prefilter');
    const found = async (texts: string[]) =>
      (await bg.send({ type: 'page/prefilter', texts, host: 'example.com' })).found;
    expect(await found(['The committee met on Tuesday to discuss the budget.'])).toBe(false);
    // A name split over two nodes, and names in adjacent blocks with no space between their nodes.
    expect(await found(['Claimed by the Islamic ', 'State', ', officials said.'])).toBe(true);
    expect(await found(['Claimed by the Isl', 'amic State'])).toBe(true);
    expect(await found(['Kabul', 'Tehran'])).toBe(true);
    expect(await found(['وقال مسؤولون إن الهجوم وقع في ', 'باكستان', '.'])).toBe(true);
    // The site's state comes along: a frame that loads the engine need not ask for it again.
    const answer = await bg.send({ type: 'page/prefilter', texts: ['Kabul'], host: 'www.example.com' });
    expect(answer.site).toMatchObject({ host: 'www.example.com', site: 'example.com', siteEnabled: true });
    await expect(
      bg.send({ type: 'page/prefilter', texts: [1 as unknown as string], host: 'example.com' }),
    ).rejects.toThrow(/texts/);
  });

  it('refuses what no content script of ours sends: non-strings, too much text', async () => {
    const bg = background('page-match-bad');
    await expect(
      bg.send({ type: 'page/match', texts: [42 as unknown as string], seen: [], host: 'example.com' }),
    ).rejects.toThrow(/texts/);
    await expect(
      bg.send({ type: 'page/match', texts: ['x'.repeat(4_000_001)], seen: [], host: 'example.com' }),
    ).rejects.toThrow(/4 million/);
  });
});
