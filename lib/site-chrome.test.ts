import { describe, expect, it } from 'vitest';
import { stripSiteChrome } from './site-chrome';

describe('stripSiteChrome', () => {
  it('drops subscription prompts and the headline repeated at the foot (seed 001)', () => {
    const raw = [
      'وأضاف المسؤول أن باكستان لا تتحمل وجود المزيد من المتطرفين في المنطقة.',
      'رصد نشاط مكثف لـ«داعش» في المدن الباكستانية الكبرى',
      'رصد نشاط مكثف لـ«داعش» في المدن الباكستانية الكبرى',
      'لم تشترك بعد',
      'انشئ حساباً خاصاً بك لتحصل على أخبار مخصصة لك',
    ].join('\n');
    const { text, repeatedHeadline } = stripSiteChrome(raw);
    expect(text).toBe('وأضاف المسؤول أن باكستان لا تتحمل وجود المزيد من المتطرفين في المنطقة.');
    expect(repeatedHeadline).toBe('رصد نشاط مكثف لـ«داعش» في المدن الباكستانية الكبرى');
  });

  it('keeps the heading at the top when its copies at the foot differ only in quotes (seed 004)', () => {
    const raw = [
      'أخبار العالمسلايد رئيسي',
      '',
      'تقرير أمريكي يكشف عن تعاون “سرّي” بين طالبان وباكستان في مجالٍ هام',
      '',
      'نص الخبر.',
      '',
      'شاهد أيضاً : مقاطع مصورة من أفغانستان',
      '',
      'تقرير أمريكي يكشف عن تعاون "سرّي" بين طالبان وباكستان في مجالٍ هام',
      'تقرير أمريكي يكشف عن تعاون “سرّي” بين طالبان وباكستان في مجالٍ هام',
      '',
      'مقالات ذات صلة',
      '',
      'زر الذهاب إلى الأعلى',
    ].join('\n');
    expect(stripSiteChrome(raw).text).toBe(
      'تقرير أمريكي يكشف عن تعاون “سرّي” بين طالبان وباكستان في مجالٍ هام\n\nنص الخبر.',
    );
  });

  it('leaves harakat, NBSP and quotes in the article untouched', () => {
    const raw = 'باكستان؛ ملاذٌ آمنٌ لداعش\u00a0“الدولة الإسلامية”\n\nExit mobile version';
    expect(stripSiteChrome(raw).text).toBe('باكستان؛ ملاذٌ آمنٌ لداعش\u00a0“الدولة الإسلامية”');
  });
});
