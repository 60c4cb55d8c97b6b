import { describe, expect, it } from 'vitest';
import { textByline } from './arabic-byline';

describe('textByline: bylines that open their own line', () => {
  const rows: [string, string[], string][] = [
    [
      'وزير الرى يشهد توقيع عقد دراسة\n\nالإثنين، 24 أغسطس 2020 09:23 ص\n\nكتبت أسماء نصار\n\nمشاركة',
      ['أسماء نصار'],
      'htmldate/1691196862 (Youm7): verb without a colon, the line holds only the name',
    ],
    [
      'الناشط الحقوقي السوداني خالد عبد الكريم ماسا\n\nحوار: آسيا العتروس\n\nمالذي يحدث في السودان؟',
      ['آسيا العتروس'],
      'trafilatura/assabah (Assabah): «حوار:»',
    ],
    ['بقلم: عبد الباري عطوان\n\nنص المقال', ['عبد الباري عطوان'], '«بقلم:» (the cue as the brief lists it)'],
    ['كتب: محمد علي - القاهرة\n\nنص الخبر', ['محمد علي'], 'a place after a dash is not part of the name'],
    [
      'Veteran Wraps Baby in American Flag\n\nBy GILLIAN MOHNEY March 11, 2015 8:01 PM\n\nA veteran',
      ['GILLIAN MOHNEY'],
      'readability/yahoo-3: a date after the name',
    ],
    ['By Marc Santora and Al Baker\n\nThe man', ['Marc Santora', 'Al Baker'], 'two names joined with "and"'],
  ];
  for (const [text, names, why] of rows) {
    it(why, () => {
      expect(textByline(text)?.names).toEqual(names);
    });
  }
});

describe('textByline: the cue words in prose are not bylines (ant-bbc, ../shared/pages)', () => {
  const rows: [string, string][] = [
    [
      'وقال مكتب التحقيقات الفيدرالي الأمريكي إنه يحقق في الأمر.',
      '«مكتب» holds كتب (ant-bbc, 11 times «كتب التحقيقات الفيدرالي الأمريكي» inside مكتب)',
    ],
    [
      'كتب على حسابه بموقع تويتر أن الاتفاق سيوقع قريبا.',
      '«كتب على حسابه بموقع» (ant-bbc): a verb and its object',
    ],
    [
      'كتبت صحيفة نيويورك تايمز، أن الإدارة تدرس الخيارات.',
      '«كتبت صحيفة نيويورك تايمز» (ant-bbc): a newspaper as subject',
    ],
    [
      'فكانت زوجة خالتي وهي من اناديها خالتي فاطمة التي ربطت حبلي السري بقلم رصاص',
      '«بقلم رصاص», with a pencil (ant-bbc middleEast/BB-middleEast-58-20180220.txt)',
    ],
    [
      'في حين أعلن ترك آل الشيخ رئيس هيئة الترفيه بالسعودية إصابتها بوعكة صحية, حيث كتب عبر حسابه الشخصي “انستجرام”',
      'htmldate/1806793639: كتب in the middle of a sentence',
    ],
    ['By continuing to use this site you agree to our terms', 'a cookie banner'],
  ];
  for (const [text, why] of rows) {
    it(why, () => {
      expect(textByline(text)).toBeNull();
    });
  }

  it('reads only the opening of the article', () => {
    const text = `${'نص. '.repeat(500)}\n\nبقلم: عبد الباري عطوان`;
    expect(textByline(text)).toBeNull();
  });
});
