import { describe, expect, it } from 'vitest';
import { datelineDate, normalizeDate, textDate } from './text-dates';

describe('normalizeDate: machine values as pages write them (source of each in the comment)', () => {
  const rows: [string, string | null, string][] = [
    // The date as written in the page's zone, never converted to UTC (it would be the 26th).
    ['2024-03-25T23:30:00-05:00', '2024-03-25', 'the rule itself'],
    ['2020-12-25T01:59:50+02:00', '2020-12-25', 'htmldate/1806793639 JSON-LD datePublished'],
    ['2017-11-16T14:15+0000', '2017-11-16', 'readability/telegraph <meta itemprop=datePublished>'],
    ['2020-12-01 02:00:00', '2020-12-01', 'htmldate/1784190729 article:published_time'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03', 'readability/guardian-1 article:published_time'],
    ['20170113', '2017-01-13', 'readability/nytimes-1 <meta name=pdate>'],
    ['Jan. 13, 2017', '2017-01-13', 'readability/nytimes-1 <meta name=DISPLAYDATE>'],
    ['2019/11/18', '2019-11-18', 'the citation_publication_date form'],
    ['٢٠٢٠-١٢-٠١', '2020-12-01', 'Arabic-Indic digits'],
    ['2019-02-29', null, 'no 29 February in 2019'],
    ['2015-13-01', null, 'no month 13'],
    ['', null, 'empty'],
  ];
  for (const [value, iso, from] of rows) {
    it(`${JSON.stringify(value)} → ${iso} (${from})`, () => {
      expect(normalizeDate(value)).toBe(iso);
    });
  }
});

describe('textDate: datelines and dates in prose', () => {
  const rows: [string, string | null, string][] = [
    [
      'الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)',
      '2013-08-28',
      'newspaper/arabic_article dateline',
    ],
    ['تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً', '2020-04-24', 'htmldate/1588107198 dateline'],
    [
      '٠٢:٠٠ الثلاثاء  ١ / ١٢ / ٢٠٢٠',
      '2020-12-01',
      'htmldate/1784190729 dateline, Arabic-Indic digits, day first',
    ],
    ['الجمعة 8 فيفري 2019', '2019-02-08', 'trafilatura/assabah dateline, Maghrebi month'],
    ['الإثنين، 24 أغسطس 2020 09:23 ص', '2020-08-24', 'htmldate/1691196862 dateline'],
    [
      'نصب وزير التربية والتعليم منذ 14 كانون الثاني / يناير 2017 وكان رئيس',
      '2017-01-14',
      'ant-bbc middleEast/BB-middleEast-583-20180604.txt, Levantine month',
    ],
    [
      'للذين أطلق احدهما باتجاه مطار الرياض في 4 تشرين الثاني/نوفمبر 2017.',
      '2017-11-04',
      'ant-bbc middleEast/BB-middleEast-50-20180219.txt',
    ],
    ['Sunday, Feb 1, 2015 11:57 AM UTC', '2015-02-01', 'readability/salon-1 dateline'],
    ['editor — March 11, 2020 add comment', '2020-03-11', 'htmldate/1545738097 dateline'],
    // No year: not a publication date.
    [
      'وصنفت منظمة الصحة العالمية يوم 11 مارس/ آذار مرض فيروس كورونا "جائحة"',
      null,
      'htmldate/1550981615 body',
    ],
    // Month and year only.
    ['وفي أبريل/نيسان 2017، أطلق سرا', null, 'ant-bbc culture/BB-culture-308-20180923.txt'],
    ['31 نيسان 2020', null, 'no 31 April (made up for the calendar check)'],
  ];
  for (const [text, iso, from] of rows) {
    it(`${from}: ${iso}`, () => {
      expect(textDate(text)?.iso ?? null).toBe(iso);
    });
  }

  it('gives the offset of the first date in the original text', () => {
    const text = 'تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً';
    expect(textDate(text)?.at).toBe(text.indexOf('24'));
  });
});

describe('datelineDate: only a short line of the opening is a dateline', () => {
  it('finds the dateline under the headline (newspaper/arabic_article)', () => {
    const text =
      'معارضون يسيطرون على مخازن للصواريخ بريف دمشق\n\nالأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)\n\nدمشق، سوريا (CNN) -- أكدت جهات سورية معارضة';
    expect(datelineDate(text)).toEqual({ iso: '2013-08-28', at: text.indexOf('28') });
  });

  it('skips a date inside a paragraph of prose (ant-bbc middleEast/BB-middleEast-977-20180908.txt)', () => {
    const text =
      'كانت البداية في 24 أيار/مايو 2017 حيث ظهر تقرير إخباري على الصفحة الرئيسية لوكالة الأنباء القطرية "قانا"، جاء فيه أن الشيخ تميم بن حمد آل ثاني أمير قطر يشيد بحركات إسلامية مثل حماس وحزب الله';
    expect(textDate(text)?.iso).toBe('2017-05-24');
    expect(datelineDate(text)).toBeNull();
  });
});
