// A problem as the options page shows it: where (file, line or record, field), then what. English
// keeps the detail as written (it says what was received and expected); Arabic says the same in
// Arabic for each code, with the technical detail (a parser's message, the value received) after it.
// File names, fields and details are isolated (U+2068 … U+2069) so a Latin name does not reorder the
// Arabic sentence around it.
import { CAPTURE_FILE, ENTITY_FILE, PASTE_FILE } from './pseudo-files';
import type { ImportProblem, ProblemCode } from './types';

const FSI = '\u2068';
const PDI = '\u2069';
const iso = (s: string): string => `${FSI}${s}${PDI}`;

const AR_CODE: Record<ProblemCode, string> = {
  unreadable: 'تعذّرت قراءة الملف',
  'unknown-format': 'صيغة الملف غير مدعومة (المدعوم: ‎.txt و‎.md و‎.jsonl و‎.html وملفات ‎<DOC>‎)',
  'front-matter': 'خطأ في الترويسة (front matter)',
  json: 'السطر ليس JSON صالحًا',
  missing: 'حقل مطلوب غير موجود',
  invalid: 'قيمة غير صالحة',
  'unknown-field': 'حقل غير معروف',
  'empty-text': 'النص فارغ',
  'too-large': 'الملف أكبر من 50 ميغابايت؛ قسّمه إلى ملفات أصغر',
};

/** What an invalid value of a source's field should be, in Arabic (not nested ones: an alias's `lang` is another list). */
const AR_EXPECTED: Record<string, string> = {
  date: 'المتوقع تاريخ موجود في التقويم بالصيغة YYYY-MM-DD',
  url: 'المتوقع رابط كامل يبدأ بـ http://‎ أو https://‎',
  lang: 'المتوقع وسم لغة BCP 47 مثل ar أو en أو en-GB',
  kind: 'المتوقع أحد الأنواع: news أو opinion أو analysis أو report',
  title: 'المتوقع عنوان غير فارغ',
};

/** Codes whose English detail carries what Arabic cannot say for it (a parser's reason, a value). */
const AR_KEEPS_DETAIL = new Set<ProblemCode>(['unreadable', 'front-matter', 'json', 'invalid']);

function fileName(file: string, lang: 'en' | 'ar'): string {
  if (file === CAPTURE_FILE) return lang === 'ar' ? 'هذه الصفحة' : 'This page';
  if (file === PASTE_FILE) return lang === 'ar' ? 'النص الملصق' : 'Pasted text';
  if (file === ENTITY_FILE) return lang === 'ar' ? 'الكيان' : 'The entity';
  return lang === 'ar' ? iso(file) : file;
}

export function problemText(p: ImportProblem, lang: 'en' | 'ar'): string {
  if (lang === 'en') {
    const where = [fileName(p.file, 'en')];
    if (p.record !== null) where.push(`record ${p.record}`);
    if (p.line !== null) where.push(`line ${p.line}`);
    if (p.field !== null) where.push(`field ${p.field}`);
    return `${where.join(', ')}: ${p.detail}`;
  }
  const where = [fileName(p.file, 'ar')];
  if (p.record !== null) where.push(`السجل ${p.record}`);
  if (p.line !== null) where.push(`السطر ${p.line}`);
  if (p.field !== null) where.push(`الحقل ${iso(p.field)}`);
  let what = AR_CODE[p.code];
  const expected = p.code === 'invalid' && p.field !== null ? AR_EXPECTED[p.field] : undefined;
  if (expected) what += `، ${expected}`;
  if (AR_KEEPS_DETAIL.has(p.code)) what += ` (${iso(p.detail)})`;
  return `${where.join('، ')}: ${what}`;
}
