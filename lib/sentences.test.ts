import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceSpans } from './sentences';

const split = (text: string): string[] => sentenceSpans(text).map(([s, e]) => text.slice(s, e));

describe('sentenceSpans', () => {
  it.each<[string, string, string[]]>([
    [
      'English with numbers and acronyms',
      'The U.S. Army said 3.5 million people fled. Gen. Kurilla spoke! Did he?',
      ['The U.S. Army said 3.5 million people fled.', 'Gen. Kurilla spoke!', 'Did he?'],
    ],
    [
      'Arabic marks and newlines (seed 002)',
      'تقرير: داعش خراسان يذكّر بالقاعدة قبل 11 سبتمبر\n\nدعا الزميل الزائر السابق جواد إقبال؛ الدول الغربية إلى الاستيقاظ. هل من مجيب؟ لا…',
      [
        'تقرير: داعش خراسان يذكّر بالقاعدة قبل 11 سبتمبر',
        // ؛ joins clauses of one sentence: a reader quotes the whole.
        'دعا الزميل الزائر السابق جواد إقبال؛ الدول الغربية إلى الاستيقاظ.',
        'هل من مجيب؟',
        'لا…',
      ],
    ],
    [
      'closing quotes stay with the sentence',
      'قال: «نحن بالفعل نخضع لضغوط». وأضاف: “لا”.',
      ['قال: «نحن بالفعل نخضع لضغوط».', 'وأضاف: “لا”.'],
    ],
    [
      'a period before a lower-case word continues',
      'It was approx. five km. Then rain.',
      ['It was approx. five km.', 'Then rain.'],
    ],
    [
      'decimal in Arabic text',
      'انخفضت المساعدات من (3.5) مليار دولار. ثم استؤنفت',
      ['انخفضت المساعدات من (3.5) مليار دولار.', 'ثم استؤنفت'],
    ],
    [
      'the Arabic semicolon does not split a headline (seed 000)',
      'باكستان؛ ملاذٌ آمنٌ لداعش، ومركز تدريبٍ وصناعةِ المؤامرات!\nبقلم: خالد جانان',
      ['باكستان؛ ملاذٌ آمنٌ لداعش، ومركز تدريبٍ وصناعةِ المؤامرات!', 'بقلم: خالد جانان'],
    ],
    [
      'an acronym at the end of a sentence (AP style)',
      'The Taliban said they would talk only to the U.S. The group rejected Kabul. The U.S. Army left.',
      [
        'The Taliban said they would talk only to the U.S.',
        'The group rejected Kabul.',
        'The U.S. Army left.',
      ],
    ],
    ['a line break ends a sentence without a stop', 'Islamabad\nKabul', ['Islamabad', 'Kabul']],
    ['empty and blank', '  \n \n', []],
  ])('%s', (_name, text, expected) => expect(split(text)).toEqual(expected));

  it('spans are trimmed, ordered and disjoint', () => {
    const text = ' أ. ب!  ج؟\nد ';
    const spans = sentenceSpans(text);
    expect(spans).toEqual([
      [1, 3],
      [4, 6],
      [8, 10],
      [11, 12],
    ]);
  });
});

describe('sentenceAround', () => {
  const text = 'باكستان دولة. وأفغانستان جارتها. طالبان هناك.';
  const spans = sentenceSpans(text);
  it('finds the sentence holding a span', () => {
    const s = text.indexOf('وأفغانستان');
    expect(text.slice(...sentenceAround(spans, s, s + 10))).toBe('وأفغانستان جارتها.');
  });
  it('widens to every sentence a span overlaps', () => {
    const s = text.indexOf('دولة');
    const e = text.indexOf('جارتها');
    expect(text.slice(...sentenceAround(spans, s, e))).toBe('باكستان دولة. وأفغانستان جارتها.');
  });
});
