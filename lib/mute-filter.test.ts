// The mute filter over the shipped gazetteer: what stays marked once the user mutes an alias or an
// entity. Sentences are copied from the seeds and the real pages named on each row.
import { describe, expect, it } from 'vitest';
import entities from '../data/entities.json';
import { matcherFor } from './matcher';
import type { Entity, Mute } from './types';
import { containsWords, muteFilter } from './mute-filter';
import { mutesKey } from './mutes-key';

const matcher = matcherFor(entities as Entity[]);

/** [entity id, marked words] of what is still marked once `mutes` apply. */
function marked(text: string, mutes: Mute[]): [string, string][] {
  const matches = matcher.match(text);
  const filter = muteFilter(mutes);
  const kept = filter ? filter.keep(text, matches) : matches;
  return kept.map((m) => [m.entityId, text.slice(m.start, m.end)]);
}

const aliasMute = (entityId: string, alias: string): Mute => ({ entityId, alias, site: null });

// data/seeds/001_8d22fc41447babf4.txt
const SEED_001 =
  'وكانت تقارير سابقة قد كشفت عن تنامي أنشطة تنظيم داعش في باكستان إثر انضمام كبار مسؤولي حركة طالبان إلى صفوف التنظيم الإرهابي';
// /work/shared/corpora/ant-bbc/culture/BB-culture-304-20180927.txt
const BBC_CULTURE_304 = 'وكانت جامعة الموصل العراقية قد وقعت تحت سيطرة تنظيم الدولة الإسلامية عام 2014';
// data/seeds/000_004bfa6a744bcc35.txt, the headline
const SEED_000_TITLE = 'باكستان؛ ملاذٌ آمنٌ لداعش، ومركز تدريبٍ وصناعةِ المؤامرات!';
// /work/shared/pages/article-extraction-benchmark/1ee91d1fce65.html
const ENGLISH =
  'has been at the forefront of the fight against ISIS." Lamrani further described the idea that the U.S. is training the Islamic State or like-minded groups';

describe('muteFilter', () => {
  it('is absent when nothing is muted, so the page pays nothing per match', () => {
    expect(muteFilter(undefined)).toBeNull();
    expect(muteFilter([])).toBeNull();
  });

  it('drops «داعش» (and «تنظيم داعش», which holds it) but keeps «تنظيم الدولة الإسلامية»', () => {
    const mutes = [aliasMute('islamic-state', 'داعش')];
    expect(marked(SEED_001, mutes)).toContainEqual(['pakistan', 'باكستان']);
    expect(marked(SEED_001, []).some(([id, s]) => id === 'islamic-state' && s === 'تنظيم داعش')).toBe(true);
    expect(marked(SEED_001, mutes).some(([id]) => id === 'islamic-state')).toBe(false);
    expect(marked(BBC_CULTURE_304, mutes)).toContainEqual(['islamic-state', 'تنظيم الدولة الإسلامية']);
  });

  it('drops a muted alias written with a proclitic («لداعش»)', () => {
    expect(marked(SEED_000_TITLE, [])).toEqual([
      ['pakistan', 'باكستان'],
      ['islamic-state', 'لداعش'],
    ]);
    expect(marked(SEED_000_TITLE, [aliasMute('islamic-state', 'داعش')])).toEqual([['pakistan', 'باكستان']]);
  });

  it('an alias mute in English leaves the other aliases of the entity marked', () => {
    const US: [string, string] = ['united-states', 'U.S.'];
    expect(marked(ENGLISH, [])).toEqual([['islamic-state', 'ISIS'], US, ['islamic-state', 'Islamic State']]);
    expect(marked(ENGLISH, [aliasMute('islamic-state', 'ISIS')])).toEqual([
      US,
      ['islamic-state', 'Islamic State'],
    ]);
    expect(marked(ENGLISH, [aliasMute('islamic-state', 'Islamic State')])).toEqual([
      ['islamic-state', 'ISIS'],
      US,
    ]);
  });

  it('an alias mute of one entity leaves another entity with a similar name alone', () => {
    expect(marked(SEED_000_TITLE, [aliasMute('pakistan', 'داعش')])).toEqual([
      ['pakistan', 'باكستان'],
      ['islamic-state', 'لداعش'],
    ]);
  });

  it('an entity mute drops every alias of it', () => {
    const mutes: Mute[] = [{ entityId: 'islamic-state', alias: null, site: 'example.com' }];
    expect(marked(ENGLISH, mutes)).toEqual([['united-states', 'U.S.']]);
    expect(marked(BBC_CULTURE_304, mutes).some(([id]) => id === 'islamic-state')).toBe(false);
  });
});

describe('containsWords (folded text)', () => {
  it.each([
    ['تنظيم داعش', 'داعش', true],
    ['لداعش', 'داعش', true],
    ['والطالبان', 'طالبان', true],
    ['الباكستانيه', 'باكستان', true],
    ['دواعش', 'داعش', false],
    // ل + ال is written لل: the mark on «للطالبان» or «للهند» is the muted alias as a whole word.
    ['للطالبان', 'طالبان', true],
    ['وللطالبان', 'طالبان', true],
    ['للهند', 'الهند', true],
    ['لله', 'اله', false],
    ['الهندي', 'الهند', true],
    ['isis-k', 'isis', true],
    ['crisis', 'isis', false],
    ['islamic state', 'islamic state group', false],
  ])('%s contains %s: %s', (text, alias, expected) => {
    expect(containsWords(text, alias)).toBe(expected);
  });
});

describe('mutesKey', () => {
  it('ignores order and tells different mutes apart', () => {
    const a = aliasMute('islamic-state', 'داعش');
    const b: Mute = { entityId: 'taliban', alias: null, site: 'bbc.com' };
    expect(mutesKey([a, b])).toBe(mutesKey([b, a]));
    expect(mutesKey([a])).not.toBe(mutesKey([{ ...a, site: 'bbc.com' }]));
    expect(mutesKey(undefined)).toBe(mutesKey([]));
  });
});
