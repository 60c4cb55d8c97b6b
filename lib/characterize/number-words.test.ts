import { describe, expect, it } from 'vitest';
import { claimText } from './claim-text';
import { numberWordHints, numberWords } from './number-words';

const read = (s: string): string[] => {
  const t = claimText(s, 0, s.length).text;
  return numberWords(t).map((w) => `${w.value} «${t.slice(w.start, w.end)}»`);
};

describe('numberWords', () => {
  it.each<[string, string[]]>([
    ['مقتل ثلاثة أشخاص', ['3 «ثلاثة»']],
    ['وإلقاء القبض على خمسة آخرين', ['5 «خمسة»']],
    ['مقتل اثنين من المتظاهرين', ['2 «اثنين»']],
    ['ثلاثة عشر قتيلا', ['13 «ثلاثة عشر»']],
    ['أحد عشر لاعبا واثنا عشر حكما', ['11 «احد عشر»', '12 «اثنا عشر»']],
    ['خمسة وعشرين جنديا', ['25 «خمسة وعشرين»']],
    ['ثلاثمئة وخمسين مقاتلا', ['350 «ثلاثمئة وخمسين»']],
    ['مئتي شخص', ['200 «مئتي»']],
    ['وبخمسة أصوات', ['5 «خمسة»']],
    ['Three people were killed and twenty-five wounded', ['3 «three»', '25 «twenty-five»']],
    ['two hundred soldiers', ['200 «two hundred»']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<[string, string]>([
    ['vague counts', 'عشرات القتلى ومئات الجرحى وآلاف النازحين'],
    ['Tuesday is no three', 'يوم الثلاثاء'],
    ['«ست» inside words', 'مستشفى الدستور ستكون'],
    ['ordinals', 'للمرة الثالثة في الشهر الرابع'],
    ['"one" and "ten" inside words', 'one of the tents, often'],
  ])('nothing in %s', (_what, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('numberWordHints', () => {
  it('finds whole words, hamza or not, and skips substrings', () => {
    const text = 'مقتل اربعة وأربعة. مستشفى. Three';
    expect(numberWordHints(text).map((i) => text.slice(i, i + 5))).toEqual(['اربعة', 'أربعة', 'Three']);
  });
});
