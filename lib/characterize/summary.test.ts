import { describe, expect, it } from 'vitest';
import { arabicTimes, computedSummary, stanceFor } from './summary';
import type { Characterization, CuratedNote, UserNote } from './types';

const c: Characterization = {
  entityId: 'quetta',
  sourceId: 'bbc-868',
  names: [
    { text: 'مدينة كويتا', count: 1 },
    { text: 'كويتا', count: 1 },
  ],
  descriptors: [],
  claims: [
    {
      attribute: 'killed',
      min: 31,
      max: 31,
      qualifier: 'at-least',
      unit: null,
      text: 'قتل 31 شخصاً على الأقل',
      start: 10,
      end: 32,
      sentenceStart: 0,
      sentenceEnd: 60,
      attributedTo: null,
      hedge: null,
      via: 'mention',
      scopePlaces: [],
    },
  ],
  frames: [],
  salience: { mentions: 2, inTitle: false, inLead: true, paragraphShare: 0.2 },
  quotes: [],
};

describe('computed summaries', () => {
  it('restate only what was found, in both languages, with Arabic counts in their number', () => {
    const words = (_: unknown, lang: 'en' | 'ar') =>
      lang === 'en' ? 'at least 31 killed' : 'ما لا يقل عن 31 قتيلًا';
    const s = computedSummary(c, words);
    expect(s.origin).toBe('computed');
    expect(s.en).toBe(
      'Named 2 times (in the lead), as «مدينة كويتا» ×1, «كويتا» ×1. States: at least 31 killed.',
    );
    expect(s.ar).toBe(
      'ذُكر مرتين (في المقدمة)، باسم «مدينة كويتا» ×1، «كويتا» ×1. يذكر: ما لا يقل عن 31 قتيلًا.',
    );
  });

  it('says «مرة واحدة», «مرتين», «3 مرات», «11 مرة»', () => {
    expect([1, 2, 3, 10, 11, 100].map(arabicTimes)).toEqual([
      'مرة واحدة',
      'مرتين',
      '3 مرات',
      '10 مرات',
      '11 مرة',
      '100 مرة',
    ]);
  });
});

describe('stances', () => {
  const curated: CuratedNote = {
    entityId: 'pakistan',
    sourceId: 'seed-000',
    stance: 'hostile',
    points: [{ en: 'x', ar: 'س', quotes: [{ text: 'ملاذٌ آمنٌ', start: 9, end: 19 }] }],
  };
  const note: UserNote = {
    entityId: 'pakistan',
    sourceId: 'seed-000',
    stance: 'critical',
    text: 'mine',
    passage: null,
    createdAt: 1,
    updatedAt: 1,
  };
  it('are the user’s when they gave one, else the editors’, never computed', () => {
    expect(stanceFor(curated, note)).toEqual({ label: 'critical', origin: 'user', evidence: [] });
    expect(stanceFor(curated, { ...note, stance: null })).toMatchObject({
      label: 'hostile',
      origin: 'curated',
    });
    expect(stanceFor(undefined, undefined)).toBeNull();
  });
});
