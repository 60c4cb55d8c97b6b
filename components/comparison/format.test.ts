// Claim values in the UI's words. Each case is a claim read off a real sentence: the sentence is in
// the comment, the expected words are what that sentence says, written by hand.
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../lib/characterize/types';
import { byVerdict, claimValueText, formatIsoDate, formatNumber } from './format';

describe('claim values', () => {
  it.each([
    // seed-002: «يبلغ الآن أكثر من 2500 مقاتل»
    [
      { attribute: 'fighters', min: 2500, max: 2500, qualifier: 'more-than', unit: null },
      'more than 2,500 fighters',
      'أكثر من 2500 مقاتل',
    ],
    // seed-004: «ولدى تنظيم داعش في أفغانستان حوالي 2000 مسلح، وفقًا لأحدث تقديرات الأمم المتحدة»
    [
      { attribute: 'fighters', min: 2000, max: 2000, qualifier: 'about', unit: null },
      'about 2,000 fighters',
      'نحو 2000 مقاتل',
    ],
    // seed-003: «يقدر عدد أعضاء داعش في باكستان بين 2000 و3000»
    [
      { attribute: 'fighters', min: 2000, max: 3000, qualifier: 'range', unit: null },
      'between 2,000 and 3,000 fighters',
      'بين 2000 و3000 مقاتل',
    ],
    // seed-004: «بينما يزيد عدد عناصر حركة طالبان عن 70 ألف مقاتل»
    [
      { attribute: 'fighters', min: 70000, max: 70000, qualifier: 'more-than', unit: null },
      'more than 70,000 fighters',
      'أكثر من 70,000 مقاتل',
    ],
    // ant-bbc middleEast/BB-middleEast-436-20180502.txt: «مقتل 12 …»; 11–99 take the accusative singular
    [{ attribute: 'killed', min: 12, max: 12, qualifier: 'exact', unit: null }, '12 killed', '12 قتيلًا'],
    // 3–10 take the plural: «مقتل 10 آلاف شخص» is 10,000 (other), so a small count stands in: 5 attacks
    [
      { attribute: 'attacks', min: 5, max: 5, qualifier: 'at-least', unit: null },
      'at least 5 attacks',
      'ما لا يقل عن 5 هجمات',
    ],
  ] as const)('%o', (claim, en, ar) => {
    expect(claimValueText(claim, 'en')).toBe(en);
    expect(claimValueText(claim, 'ar')).toBe(ar);
  });

  it('says money in the UI’s currency words, without false decimals', () => {
    // ant-bbc economy/BB-economy-13-20180206.txt: «خطة إنقاذ للبنوك بقيمة 700 مليار دولار»
    const bailout = { attribute: 'money', min: 700e9, max: 700e9, qualifier: 'exact', unit: 'USD' } as const;
    expect(claimValueText(bailout, 'en')).toBe('$700B');
    expect(claimValueText(bailout, 'ar')).toMatch(/700\sمليار/); // ICU puts a no-break space there
    // ant-bbc culture/BB-culture-85-20180325.txt: «253 ألفا و200 جنيه إسترليني» is £253,200
    const auction = {
      attribute: 'money',
      min: 253200,
      max: 253200,
      qualifier: 'exact',
      unit: 'GBP',
    } as const;
    expect(claimValueText(auction, 'en')).toBe('£253,200');
  });

  it('says a date as the UI writes dates', () => {
    // seed-002 is dated «الاثنين 25 مارس 2024»
    expect(
      claimValueText(
        { attribute: 'date', min: '2024-03-25', max: '2024-03-25', qualifier: 'exact', unit: null },
        'en',
      ),
    ).toBe('25 March 2024');
    expect(
      claimValueText(
        { attribute: 'date', min: '2024-03-25', max: '2024-03-25', qualifier: 'exact', unit: null },
        'ar',
      ),
    ).toBe('25 مارس 2024');
    // seed-003 lists attacks «خلال عامي 2024 و2025»
    expect(
      claimValueText({ attribute: 'date', min: '2024', max: '2025', qualifier: 'range', unit: null }, 'en'),
    ).toBe('2024–2025');
    expect(formatIsoDate('2021-08', 'en')).toBe('August 2021');
    expect(formatIsoDate('2021-08', 'ar')).toBe('أغسطس 2021');
  });

  it('groups Arabic digits only from five digits, English from four', () => {
    expect(formatNumber(2500, 'ar')).toBe('2500');
    expect(formatNumber(2500, 'en')).toBe('2,500');
    expect(formatNumber(70000, 'ar')).toBe('70,000');
  });
});

describe('comparison order', () => {
  const c = (verdict: Comparison['verdict'], attribute: Comparison['attribute']): Comparison => ({
    entityId: 'isis-k',
    attribute,
    verdict,
    story: { kind: 'entity' },
    claims: [],
  });

  it('puts disagreements first and keeps the order within a verdict', () => {
    const order = byVerdict([
      c('agrees', 'date'),
      c('differs', 'fighters'),
      c('update', 'killed'),
      c('differs', 'attacks'),
    ]);
    expect(order.map((x) => `${x.verdict}:${x.attribute}`)).toEqual([
      'differs:fighters',
      'differs:attacks',
      'update:killed',
      'agrees:date',
    ]);
  });
});
