// The headline rule (title.ts) with real first lines: seed 002's headline (data/seeds/002_…txt),
// BB-culture-37's TITLE and first TEXT sentence (fixtures/), the BBC page of ../shared/pages/
// article-extraction-benchmark/c7e39ac49fa1.html (og:title and first paragraph).
import { describe, expect, it } from 'vitest';
import { fileTitle, headlineOf } from './title';

const BODY = 'احتدم الخلاف فى الحقل الأثرى المصري بعد إعلان وزارة الآثار عن نقل 166 قطعة أثرية.';

describe('headlineOf', () => {
  it.each([
    [
      `تقرير: داعش خراسان يذكّر بالقاعدة قبل 11 سبتمبر\n${BODY}`,
      'تقرير: داعش خراسان يذكّر بالقاعدة قبل 11 سبتمبر',
    ],
    [
      `\n\n  معرض "كنوز الفرعون الصغير" يثير خلافا أثريا في مصر  \r\n\r\n${BODY}`,
      'معرض "كنوز الفرعون الصغير" يثير خلافا أثريا في مصر',
    ],
    [
      '## Sweden drops Assange rape investigation\n\nProsecutors in Sweden have dropped an investigation.',
      'Sweden drops Assange rape investigation',
    ],
    // A first line that ends like a sentence is the text's first sentence, not its headline.
    [`${BODY}\n${BODY}`, null],
    ['Prosecutors in Sweden have dropped an investigation:\nthe rest', null],
    ['هل سيتم تأجيل افتتاح المتحف المصرى الكبير؟\nنص', null],
    // Only one line: it is the text.
    ['معرض "كنوز الفرعون الصغير" يثير خلافا أثريا في مصر', null],
    [`${'ا'.repeat(201)}\n${BODY}`, null],
    ['   \n\n', null],
  ])('%#', (text, expected) => {
    expect(headlineOf(text)).toBe(expected);
  });
});

describe('fileTitle', () => {
  it.each([
    ['BB-culture-37-20180220.txt', 'BB-culture-37-20180220'],
    ['archive/2018/notes.final.md', 'notes.final'],
    ['C:\\Users\\me\\مقال.txt', 'مقال'],
    ['.hidden', '.hidden'],
    ['README', 'README'],
  ])('%s → %s', (file, expected) => {
    expect(fileTitle(file)).toBe(expected);
  });
});
