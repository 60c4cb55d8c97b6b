import { describe, expect, it } from 'vitest';
import { extractClaims } from './claims';
import { claimText } from './claim-text';
import { monthDates } from './dates';

/** Every month date of the sentence as "iso «text»" (iso "-" when it has no year). */
function dates(s: string): string[] {
  const t = claimText(s, 0, s.length).text;
  return monthDates(t).map((d) => `${d.iso ?? '-'} «${t.slice(d.start, d.end)}»`);
}

describe('monthDates', () => {
  it.each<[string, string, string[]]>([
    ['seed 002', 'الإثنين 25 مارس 2024', ['2024-03-25 «25 مارس 2024»']],
    ['seed 002, a Levantine twin in parentheses', 'في مارس (آذار) 2023', ['2023-03 «مارس (اذار) 2023»']],
    ['ant-bbc culture-1, BBC pairs with a space', 'في يوليو/ تموز 2016', ['2016-07 «يوليو/ تموز 2016»']],
    ['ant-bbc middleEast-784, Levantine first', 'في آب/أغسطس 2013', ['2013-08 «اب/اغسطس 2013»']],
    [
      'ant-bbc culture-1, عام before the year',
      'في أكتوبر/تشرين الأول عام 1981',
      ['1981-10 «اكتوبر/تشرين الاول عام 1981»'],
    ],
    ['English, month day year', 'On March 18, 2015, gunmen', ['2015-03-18 «march 18, 2015»']],
    ['English, day month year', 'signed on 6 February 1840.', ['1840-02-06 «6 february 1840»']],
    ['a day and month without a year is only consumed (seed 002)', 'قبل 11 سبتمبر', ['- «11 سبتمبر»']],
    [
      'months that disagree give no date (ant-bbc culture-103)',
      'في ديسمبر/أيلول 2015،',
      ['- «ديسمبر/ايلول 2015»'],
    ],
    ['a month alone is a word ("may")', 'they may come', []],
  ])('%s', (_what, text, want) => {
    expect(dates(text)).toEqual(want);
  });
});

// Every Levantine and Egyptian/Gulf month name, both spellings where two are in use, and the Maghrebi
// ones, in sentences written for this test: «في <month> 2018» must give 2018-MM.
const MONTHS: [string, number][] = [
  ['كانون الثاني', 1],
  ['يناير', 1],
  ['جانفي', 1],
  ['شباط', 2],
  ['فبراير', 2],
  ['آذار', 3],
  ['مارس', 3],
  ['نيسان', 4],
  ['أبريل', 4],
  ['إبريل', 4],
  ['أيار', 5],
  ['مايو', 5],
  ['حزيران', 6],
  ['يونيو', 6],
  ['يونيه', 6],
  ['جوان', 6],
  ['تموز', 7],
  ['يوليو', 7],
  ['يوليه', 7],
  ['آب', 8],
  ['أغسطس', 8],
  ['أيلول', 9],
  ['سبتمبر', 9],
  ['تشرين الأول', 10],
  ['أكتوبر', 10],
  ['تشرين الثاني', 11],
  ['نوفمبر', 11],
  ['كانون الأول', 12],
  ['ديسمبر', 12],
];

describe('month names', () => {
  it.each(MONTHS)('«%s» is month %i', (name, month) => {
    const claims = extractClaims(`وقع الهجوم في ${name} 2018.`);
    expect(claims.map((c) => [c.attribute, c.min])).toEqual([
      ['date', `2018-${String(month).padStart(2, '0')}`],
    ]);
  });
});

describe('years', () => {
  it.each<[string, string, string[]]>([
    ['a year word (seed 002)', 'تشكل سنة 2015', ['2015 exact «سنة 2015»']],
    ['a preposition (ant-bbc culture-100)', 'عبر 350 دار عرض بحلول 2030.', ['2030 exact «2030»']],
    ['a range with a dash (seed 003)', 'في 2024- 2025', ['2024–2025 range «2024- 2025»']],
    ['a range with بين (seed 003)', 'بين 2002 و2018،', ['2002–2018 range «بين 2002 و2018»']],
    ['before a year is a bound', 'قبل عام 2015 كانت', ['2015 exact «عام 2015»']],
    ['before a bare year', 'قبل 2015 كانت', ['2015 less-than «2015»']],
    ['a year with no date word is no claim', 'رقم 2015 في القائمة', []],
    ['Hijri years are not read', 'في عام 1445 هـ', []],
    ['a Gregorian year marked م', 'في عام 2015م', ['2015 exact «عام 2015»']],
  ])('%s', (_what, text, want) => {
    const got = extractClaims(text).map(
      (c) => `${c.min === c.max ? c.min : `${c.min}–${c.max}`} ${c.qualifier} «${c.text}»`,
    );
    expect(got).toEqual(want);
  });
});
