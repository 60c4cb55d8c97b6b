// validateDraft / validateEntity with real records: the BBC Arabic article of
// fixtures/BB-culture-37-20180220.txt (its TITLE, URL, TIME, SRC and first TEXT line) and the shipped
// gazetteer (data/entities.json). Each fault is one a user can make; the expected problems are
// written from the rules in schema-fields.ts, not copied from a run.
import { describe, expect, it } from 'vitest';
import entities from '../../data/entities.json';
import type { Entity } from '../types';
import { issuesToProblems, validateDraft, validateEntity } from './schema';
import type { ImportProblem, SourceDraft } from './types';
import * as v from 'valibot';

const at = { file: 'bbc.jsonl', line: 3, record: null };

const BBC_DRAFT: SourceDraft = {
  title: 'معرض "كنوز الفرعون الصغير" يثير خلافا أثريا في مصر',
  titleOrigin: 'source',
  outlet: 'BBC',
  author: null,
  date: '2018-02-20',
  url: 'http://www.bbc.co.uk/arabic/art-and-culture-43116616',
  lang: 'ar',
  kind: 'news',
  text: 'احتدم الخلاف فى الحقل الأثرى المصري بعد إعلان وزارة الآثار عن نقل 166 قطعة أثرية من المجموعة الملكية الخاصة بالملك توت عنخ آمون',
  format: 'ant-doc',
};

const problemsOf = (value: unknown): ImportProblem[] => {
  const r = validateDraft(value, at);
  if ('draft' in r) throw new Error('expected problems');
  return r.problems;
};
const brief = (ps: ImportProblem[]) => ps.map((p) => [p.field, p.code]);

describe('validateDraft', () => {
  it('accepts the BBC article as it is', () => {
    expect(validateDraft(BBC_DRAFT, at)).toEqual({ draft: BBC_DRAFT });
  });

  it('returns the language tag in its canonical form', () => {
    const r = validateDraft({ ...BBC_DRAFT, lang: 'AR-eg' }, at);
    expect('draft' in r && r.draft.lang).toBe('ar-EG');
  });

  it.each([
    ['date', '2018-02-30', 'invalid', '"2018-02-30": day 30 does not exist in that month'],
    [
      'date',
      '2018-02-20T01:44:01Z',
      'invalid',
      '"2018-02-20T01:44:01Z" has a time; expected the calendar date alone (YYYY-MM-DD)',
    ],
    [
      'date',
      '20 Feb 2018',
      'invalid',
      '"20 Feb 2018" is not an ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])',
    ],
    [
      'url',
      'javascript:alert(1)',
      'invalid',
      'expected an absolute http:// or https:// URL (received "javascript:alert(1)")',
    ],
    [
      'url',
      'file:///home/a/bbc.txt',
      'invalid',
      'expected an absolute http:// or https:// URL (received "file:///home/a/bbc.txt")',
    ],
    [
      'url',
      'www.bbc.co.uk/arabic',
      'invalid',
      'expected an absolute http:// or https:// URL (received "www.bbc.co.uk/arabic")',
    ],
    ['lang', 'Arabic', 'invalid', 'expected a BCP 47 language tag (ar, en, en-GB, ur …) (received "Arabic")'],
    ['lang', 'ar_EG', 'invalid', 'expected a BCP 47 language tag (ar, en, en-GB, ur …) (received "ar_EG")'],
    [
      'kind',
      'blog',
      'invalid',
      'expected one of "news" | "opinion" | "analysis" | "report", received "blog"',
    ],
    ['outlet', 7, 'invalid', 'expected a string, received 7'],
    ['text', ' \n\t ', 'empty-text', 'the text is empty'],
    ['title', '   ', 'invalid', 'expected a non-empty string (received "   ")'],
  ])('%s = %j is refused', (field, value, code, detail) => {
    expect(problemsOf({ ...BBC_DRAFT, [field]: value })).toEqual([{ ...at, field, code, detail }]);
  });

  it('names a missing field and an unknown one', () => {
    const { text: _text, ...noText } = BBC_DRAFT;
    expect(problemsOf({ ...noText, titel: 'x' })).toEqual([
      { ...at, field: 'text', code: 'missing', detail: 'the required field "text" is missing' },
      { ...at, field: 'titel', code: 'unknown-field', detail: '"titel" is not a known field' },
    ]);
  });

  it('reports every fault of a record at once, in field order', () => {
    const bad = { ...BBC_DRAFT, date: '2018-13-01', url: 'javascript:void(0)', lang: 'Arabic', kind: 'blog' };
    expect(brief(problemsOf(bad))).toEqual([
      ['date', 'invalid'],
      ['url', 'invalid'],
      ['lang', 'invalid'],
      ['kind', 'invalid'],
    ]);
  });

  it('refuses what is not an object, as the record as a whole', () => {
    expect(problemsOf('text')).toEqual([
      { ...at, field: null, code: 'invalid', detail: 'expected an object, received "text"' },
    ]);
  });
});

const ENTITIES = entities as Entity[];

describe('validateEntity', () => {
  it('accepts every shipped entity', () => {
    const refused = ENTITIES.filter((e) => 'problems' in validateEntity(e)).map((e) => e.id);
    expect(refused).toEqual([]);
    expect(ENTITIES.length).toBe(75);
  });

  const burhan = ENTITIES.find((e) => e.id === 'burhan-zaid') as Entity;

  it.each([
    [
      'an alias in an unknown language',
      { aliases: [{ text: 'برهان زيد', lang: 'de' }] },
      'aliases[0].lang',
      'invalid',
    ],
    ['an empty alias', { aliases: [{ text: ' ', lang: 'ar' }] }, 'aliases[0].text', 'invalid'],
    [
      'a rule window of 0',
      { aliases: [{ text: 'زيد', lang: 'ar', rule: { window: 0 } }] },
      'aliases[0].rule.window',
      'invalid',
    ],
    [
      'a typo in a rule key',
      { aliases: [{ text: 'زيد', lang: 'ar', rule: { qualifier: ['باسم'] } }] },
      'aliases[0].rule.qualifier',
      'unknown-field',
    ],
    ['no alias at all', { aliases: [] }, 'aliases', 'invalid'],
    [
      'a relation of an unknown kind',
      { related: [{ id: 'islamic-state', kind: 'friend-of' }] },
      'related[0].kind',
      'invalid',
    ],
    ['an id with a space', { id: 'burhan zaid' }, 'id', 'invalid'],
    ['a type that does not exist', { type: 'group' }, 'type', 'invalid'],
    ['an event date of 2014-13', { date: '2014-13' }, 'date', 'invalid'],
  ])('refuses %s, naming the field', (_what, change, field, code) => {
    const r = validateEntity({ ...burhan, ...change });
    expect('problems' in r && brief(r.problems)).toEqual([[field, code]]);
  });

  it.each([
    [{ date: '2014-13' }, 'expected a date YYYY-MM-DD, or YYYY-MM or YYYY (received "2014-13")'],
    [
      { aliases: [{ text: 'زيد', lang: 'ar', rule: { window: 0 } }] },
      'expected a whole number from 1 to 50 (received 0)',
    ],
    [
      { aliases: [{ text: 'زيد', lang: 'ar', rule: { window: 1.5 } }] },
      'expected a whole number from 1 to 50 (received 1.5)',
    ],
    [{ id: '' }, 'expected a non-empty id without spaces (received "")'],
  ])('says what was received and expected: %j', (change, detail) => {
    const r = validateEntity({ ...burhan, ...change });
    expect('problems' in r && r.problems.map((p) => p.detail)).toEqual([detail]);
  });

  it('accepts the partial dates events have (YYYY-MM, YYYY)', () => {
    expect('entity' in validateEntity({ ...burhan, date: '2014-06' })).toBe(true);
    expect('entity' in validateEntity({ ...burhan, date: '2001' })).toBe(true);
  });

  it('refuses an entity with no name in either language', () => {
    const r = validateEntity({ ...burhan, names: { en: '', ar: ' ' } });
    expect('problems' in r && r.problems.map((p) => p.detail)).toEqual([
      'expected a name in English or in Arabic',
    ]);
  });

  it('places its problems at the pseudo-file "entity"', () => {
    const r = validateEntity({ ...burhan, nisba: 'some' });
    expect('problems' in r && r.problems[0]).toMatchObject({ file: 'entity', line: null, record: null });
  });
});

describe('issuesToProblems', () => {
  it('prefixes the field path of a record inside another, arrays with brackets', () => {
    const schema = v.object({ date: v.string() });
    const r = v.safeParse(v.array(schema), [{ date: 'x' }, { date: 3 }]);
    if (r.success) throw new Error('expected issues');
    const ps = issuesToProblems(r.issues, { file: 'backup.json', line: null, record: null }, 'sources');
    expect(ps.map((p) => p.field)).toEqual(['sources[1].date']);
  });
});
