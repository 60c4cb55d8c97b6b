import { describe, expect, it } from 'vitest';
import { claimText } from './claim-text';
import { numberTokens } from './numbers';

/** Each token as "value [bare] [year] [currency]" plus the text it covers in the normalized string. */
function read(s: string): string[] {
  const t = claimText(s, 0, s.length).text;
  return numberTokens(t).map((k) => {
    const flags = [k.bare ? 'bare' : '', k.yearLike ? 'year' : '', k.currency ?? ''].filter(Boolean);
    return `${k.value}${flags.length ? ' ' + flags.join(' ') : ''} «${t.slice(k.start, k.end)}»`;
  });
}

describe('numberTokens', () => {
  it.each<[string, string, string[]]>([
    ['thousands separator (English pages)', 'some 2,000 fighters', ['2000 «2,000»']],
    ['parentheses and a multiplier (seed 003)', 'من (3.5) مليار دولار', ['3500000000 «(3.5) مليار»']],
    ['ألف after the digits (seed 004)', 'عن 70 ألف مقاتل', ['70000 «70 الف»']],
    ['آلاف', 'مقتل 10 آلاف شخص', ['10000 «10 الاف»']],
    ['ملايين', '5.85 ملايين دولار', ['5850000 «5.85 ملايين»']],
    ['a currency sign and a word multiplier', 'about $1.6 trillion', ['1600000000000 USD «$1.6 trillion»']],
    ['a currency sign and a suffix', 'US$5bn and £3m', ['5000000000 USD «us$5bn»', '3000000 GBP «£3m»']],
    ['a suffix without a sign is a unit, not a multiplier', 'a 100m sprint', []],
    ['Arabic-Indic digits (ant-bbc middleEast-1053)', 'كشف عام ٢٠١٤ أن', ['2014 year «2014»']],
    ['Arabic decimal and thousands signs', 'نحو ١٬٥٠٠ و٣٫٥', ['1500 «1,500»', '3.5 «3.5»']],
    [
      'the conjunction و glued to the digits (seed 003)',
      'بين 2000 و3000',
      ['2000 year «2000»', '3000 «3000»'],
    ],
    ['a bare multiplier (seed 003)', 'إلى أقل من مليار بسبب', ['1000000000 bare «مليار»']],
    ['a multiplier after digits is not bare too', '3 مليارات دولار', ['3000000000 «3 مليارات»']],
    [
      'a compound amount (ant-bbc culture-85): thousands and units are one figure',
      'قيمتها 253 ألفا و200 جنيه',
      ['253200 «253 الفا و200»'],
    ],
    ['millions and thousands', 'نحو 2 مليون و500 ألف نازح', ['2500000 «2 مليون و500 الف»']],
    // Two figures joined by و without a multiplier on the first stay two («بين 2000 و3000» above).
    [
      'years outside 1800–2100 are not year-like',
      'عام 1445 و1750 و2101',
      ['1445 «1445»', '1750 «1750»', '2101 «2101»'],
    ],
  ])('%s', (_what, text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<[string, string]>([
    ['a model name (seed 003)', 'طائرات (F-16) ومعدات'],
    ['a disease name', 'جائحة COVID-19 في'],
    ['a time', 'الساعة 10:30 صباحا'],
    ['a numeric date', 'يوم 25/3/2024'],
    ['9/11 (bbc-1)', 'killed since 9/11 by terrorism'],
    ['digits glued to Latin letters', 'شبكات 5G و3D'],
    ['digits inside an Arabic word', 'كوفيد19'],
    ['a decimal comma is ambiguous', 'بلغ 2,5 مليون'],
  ])('no number in %s', (_what, text) => {
    expect(read(text)).toEqual([]);
  });
});
