// The messages the options page shows, in English and Arabic. Expected strings written by hand.
import { describe, expect, it } from 'vitest';
import { problemText } from './problem-text';
import type { ImportProblem } from './types';

const FSI = '\u2068';
const PDI = '\u2069';

const dateProblem: ImportProblem = {
  file: 'bbc-export.jsonl',
  line: 3,
  record: null,
  field: 'date',
  code: 'invalid',
  detail: '"2018-02-30": day 30 does not exist in that month',
};

describe('problemText', () => {
  it('says file, line and field, then the detail (English)', () => {
    expect(problemText(dateProblem, 'en')).toBe(
      'bbc-export.jsonl, line 3, field date: "2018-02-30": day 30 does not exist in that month',
    );
  });

  it('says the same in Arabic, the file name and field isolated, the detail after the Arabic reason', () => {
    expect(problemText(dateProblem, 'ar')).toBe(
      `${FSI}bbc-export.jsonl${PDI}، السطر 3، الحقل ${FSI}date${PDI}: قيمة غير صالحة، المتوقع تاريخ موجود في التقويم بالصيغة YYYY-MM-DD (${FSI}"2018-02-30": day 30 does not exist in that month${PDI})`,
    );
  });

  const docProblem: ImportProblem = {
    file: 'أرشيف بي بي سي.txt',
    line: 44,
    record: 2,
    field: 'TEXT',
    code: 'missing',
    detail: 'this <DOC> has no <TEXT>…</TEXT> body',
  };

  it('names the record and its line', () => {
    expect(problemText(docProblem, 'en')).toBe(
      'أرشيف بي بي سي.txt, record 2, line 44, field TEXT: this <DOC> has no <TEXT>…</TEXT> body',
    );
    expect(problemText(docProblem, 'ar')).toBe(
      `${FSI}أرشيف بي بي سي.txt${PDI}، السجل 2، السطر 44، الحقل ${FSI}TEXT${PDI}: حقل مطلوب غير موجود`,
    );
  });

  it('leaves out what a whole-file problem does not have', () => {
    const p: ImportProblem = {
      file: 'big.txt',
      line: null,
      record: null,
      field: null,
      code: 'too-large',
      detail: 'the file is over 50 MB; split it into smaller files',
    };
    expect(problemText(p, 'en')).toBe('big.txt: the file is over 50 MB; split it into smaller files');
    expect(problemText(p, 'ar')).toBe(`${FSI}big.txt${PDI}: الملف أكبر من 50 ميغابايت؛ قسّمه إلى ملفات أصغر`);
  });

  it('calls the paste box by name', () => {
    const p: ImportProblem = {
      file: 'paste',
      line: null,
      record: null,
      field: 'title',
      code: 'missing',
      detail: 'the text has no headline line: give it a title',
    };
    expect(problemText(p, 'en')).toBe(
      'Pasted text, field title: the text has no headline line: give it a title',
    );
    expect(problemText(p, 'ar')).toBe(`النص الملصق، الحقل ${FSI}title${PDI}: حقل مطلوب غير موجود`);
  });

  it('calls an entity being edited by name', () => {
    const p: ImportProblem = {
      file: 'entity',
      line: null,
      record: null,
      field: 'aliases[0].lang',
      code: 'invalid',
      detail: 'expected one of "ar" | "en" | "ur" | "fa" | "ps", received "de"',
    };
    expect(problemText(p, 'en')).toBe(
      'The entity, field aliases[0].lang: expected one of "ar" | "en" | "ur" | "fa" | "ps", received "de"',
    );
    expect(problemText(p, 'ar')).toBe(
      `الكيان، الحقل ${FSI}aliases[0].lang${PDI}: قيمة غير صالحة (${FSI}expected one of "ar" | "en" | "ur" | "fa" | "ps", received "de"${PDI})`,
    );
  });

  it('has an Arabic reason for every code', () => {
    const codes = [
      'unreadable',
      'unknown-format',
      'front-matter',
      'json',
      'missing',
      'invalid',
      'unknown-field',
      'empty-text',
      'too-large',
    ] as const;
    for (const code of codes) {
      const text = problemText({ ...dateProblem, field: null, code }, 'ar');
      expect(text).toMatch(/^\u2068bbc-export\.jsonl\u2069، السطر 3: [\u0600-\u06ff]/);
    }
  });
});

describe('problemText of a captured page', () => {
  it('calls it "this page"', () => {
    const p: ImportProblem = {
      file: 'capture',
      line: null,
      record: null,
      field: 'url',
      code: 'invalid',
      detail: 'expected an absolute http:// or https:// URL',
    };
    expect(problemText(p, 'en')).toBe('This page, field url: expected an absolute http:// or https:// URL');
    expect(problemText(p, 'ar')).toBe(
      `هذه الصفحة، الحقل ${FSI}url${PDI}: قيمة غير صالحة، المتوقع رابط كامل يبدأ بـ http://‎ أو https://‎ (${FSI}expected an absolute http:// or https:// URL${PDI})`,
    );
  });
});
