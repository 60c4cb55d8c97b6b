// The outside bench's 50,000-alias user gazetteer, on a few real sentences of the BBC Arabic archive:
// the opening of ant-bbc/culture/BB-culture-37-20180220.txt («احتدم الخلاف فى الحقل الأثرى المصري»)
// and Latin-script names as BBC Arabic articles quote them (The Hollywood Reporter, Didi Chuxing).
import { describe, expect, it } from 'vitest';
import {
  arabicBigrams,
  englishNames,
  gazetteer50k,
  type Gazetteer50kOptions,
} from '../../scripts/lib/gazetteer-50k';

const OPENING = 'احتدم الخلاف فى الحقل الأثرى المصري بعد إعلان وزارة الآثار';
const texts = [
  OPENING,
  // The same words again, with harakat, and cut by quotes into runs of their own.
  'احتدمَ الخلافُ في «الحقل الأثرى» المصري',
  // Twice, so that the count would qualify it: a pair opening with the conjunction و is never a name.
  'والحقل الأثرى',
  'والحقل الأثرى',
  'وقالت صحيفة The Hollywood Reporter إن شركة Didi Chuxing',
];
const options = (patch: Partial<Gazetteer50kOptions>): Gazetteer50kOptions => ({
  arabic: 2,
  english: 1,
  seed: 1,
  frequentWords: 0,
  minCount: 2,
  ...patch,
});

describe('arabicBigrams', () => {
  it('keeps the pairs of adjacent words seen twice, harakat ignored, no short word, no و opening', () => {
    // «الأثرى المصري» is adjacent only once; «الخلاف فى»/«في» has a two-letter word.
    expect(arabicBigrams(texts, options({}))).toEqual(['احتدم الخلاف', 'الحقل الأثرى']);
  });

  it('drops pairs with one of the most frequent words', () => {
    const more = [...texts, 'الخلاف الخلاف الخلاف'];
    expect(arabicBigrams(more, options({ frequentWords: 1 }))).toEqual(['الحقل الأثرى']);
  });
});

const sequence = (values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

describe('englishNames', () => {
  it('gives the names as quoted first', () => {
    const names = englishNames(texts, 2, sequence([0.1, 0.7, 0.4]));
    expect([...names].sort()).toEqual(['Didi Chuxing', 'The Hollywood Reporter']);
  });

  it('then pairs of two different capitalized words of them («The» is no name part)', () => {
    const names = englishNames(texts, 4, sequence([0.1, 0.7, 0.4, 0.9, 0.3, 0.55]));
    expect(new Set(names).size).toBe(4);
    const parts = new Set(['Hollywood', 'Reporter', 'Didi', 'Chuxing']);
    for (const name of names.slice(2)) {
      const [first, last] = name.split(' ');
      expect(parts.has(first!) && parts.has(last!) && first !== last).toBe(true);
    }
  });

  it('refuses to make more names than the words allow', () => {
    // 2 quoted + 4 × 3 ordered pairs = 14 at most.
    expect(() => englishNames(texts, 20, sequence([0.2, 0.6]))).toThrow();
  });
});

describe('gazetteer50k', () => {
  it('makes entities of two Arabic aliases and an English one, the same for the same seed', () => {
    const entities = gazetteer50k(texts, options({}));
    expect(entities).toHaveLength(1);
    const [entity] = entities;
    expect(entity!.id).toBe('bench50k-00001');
    expect(
      entity!.aliases
        .filter((a) => a.lang === 'ar')
        .map((a) => a.text)
        .sort(),
    ).toEqual(['احتدم الخلاف', 'الحقل الأثرى']);
    expect(entity!.aliases.filter((a) => a.lang === 'en')).toHaveLength(1);
    expect(gazetteer50k(texts, options({}))).toEqual(entities);
  });

  it('says when the text has too few pairs', () => {
    expect(() => gazetteer50k(texts, options({ arabic: 4 }))).toThrow(/only 2 Arabic bigrams/);
  });
});
