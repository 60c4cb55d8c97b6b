// JSONL files built from real records: each line is a BBC Arabic article of fixtures/ (its TITLE, URL,
// TIME and TEXT, as a user's export script would write them), then lines with the faults a hand-made
// or foreign export has. Line numbers are counted by hand from the array below.
import { describe, expect, it } from 'vitest';
import { parseImportFile } from './formats';
import { BBC_331, BBC_37, bodyOf } from './fixtures/read';

const line37 = {
  title: 'معرض "كنوز الفرعون الصغير" يثير خلافا أثريا في مصر',
  outlet: 'BBC',
  date: '2018-02-20T01:44:01Z',
  url: 'http://www.bbc.co.uk/arabic/art-and-culture-43116616',
  lang: 'ar',
  text: bodyOf(BBC_37),
};
const line331 = {
  title: '"أرامل" ستيف ماكوين يفتتحنَّ مهرجان لندن السينمائي',
  outlet: 'BBC',
  author: null,
  date: '2018-10-10',
  url: 'http://www.bbc.co.uk/arabic/art-and-culture-45818750',
  kind: 'report',
  text: bodyOf(BBC_331),
};

const lines = [
  JSON.stringify(line37), // 1
  '', // 2: blank, skipped
  JSON.stringify(line331), // 3
  '{"title": "bad", "text": "نص", }', // 4: trailing comma
  JSON.stringify({ ...line37, text: undefined, titel: 'x' }), // 5: no text, a typo
  JSON.stringify({ ...line37, date: '2018-02-30', url: 'javascript:alert(1)', kind: 'blog' }), // 6
  JSON.stringify({ text: '   ' }), // 7
  JSON.stringify(['text', 'نص']), // 8
  JSON.stringify({ text: 'احتدم الخلاف فى الحقل الأثرى المصري.', title: '', url: '', lang: '' }), // 9
  '   ', // 10: blank
];
const FILE = 'bbc-export.jsonl';

describe('JSONL', async () => {
  const r = await parseImportFile(FILE, lines.join('\r\n'));
  const at = (line: number) => ({ file: FILE, line, record: null });

  it('reads the good lines, at their 1-based line numbers', () => {
    expect(r.drafts.map((d) => d.at)).toEqual([at(1), at(3), at(9)]);
  });

  it('stores a date-time as its calendar date, and keeps the kind given', () => {
    expect(r.drafts[0]?.draft).toMatchObject({
      date: '2018-02-20',
      kind: 'news',
      format: 'jsonl',
      titleOrigin: 'source',
    });
    expect(r.drafts[1]?.draft).toMatchObject({
      date: '2018-10-10',
      kind: 'report',
      author: null,
      lang: 'ar',
    });
  });

  it('treats blank strings as not given: no URL, language from the script, title from the file', () => {
    expect(r.drafts[2]?.draft).toMatchObject({
      url: null,
      lang: 'ar',
      title: 'bbc-export line 9',
      titleOrigin: 'file-name',
    });
  });

  it('reports every fault with its line and field', () => {
    expect(r.problems.map((p) => [p.line, p.field, p.code])).toEqual([
      [4, null, 'json'],
      [5, 'text', 'missing'],
      [5, 'titel', 'unknown-field'],
      [6, 'date', 'invalid'],
      [6, 'url', 'invalid'],
      [6, 'kind', 'invalid'],
      [7, 'text', 'empty-text'],
      [8, null, 'invalid'],
    ]);
  });

  it('gives the JSON parser’s reason and the known fields of a line', () => {
    expect(r.problems[0]?.detail).toMatch(/JSON/);
    expect(r.problems[2]?.detail).toBe(
      '"titel" is not a known field (known: text, title, outlet, author, date, url, lang, kind)',
    );
  });

  it('reads .ndjson alike, and an empty file is one empty-text problem', async () => {
    const nd = await parseImportFile('a.ndjson', `\uFEFF${JSON.stringify(line331)}\n`);
    expect(nd.drafts).toHaveLength(1);
    const empty = await parseImportFile('a.jsonl', '\n\n');
    expect(empty.problems).toEqual([
      {
        file: 'a.jsonl',
        line: null,
        record: null,
        field: null,
        code: 'empty-text',
        detail: 'the file has no lines',
      },
    ]);
  });
});

describe('JSONL kind not given', () => {
  it('takes kind null (as an export writes an empty column) and a blank kind as not given: news', async () => {
    const r = await parseImportFile(
      FILE,
      [JSON.stringify({ ...line331, kind: null }), JSON.stringify({ ...line331, kind: ' ' })].join('\n'),
    );
    expect(r.problems).toEqual([]);
    expect(r.drafts.map((d) => d.draft.kind)).toEqual(['news', 'news']);
  });
});
