// The ANT <DOC> format with the real BBC Arabic files of fixtures/ (copied from ../shared/corpora/
// ant-bbc). Expected values are read off the files: their TITLE, SRC, URL, TIME and <TEXT> lines.
import { describe, expect, it } from 'vitest';
import { isAntDoc, parseAntDocs, readAntDoc } from './ant-doc';
import { parseImportFile } from './formats';
import { BBC_207, BBC_331, BBC_332, BBC_37, bodyOf, fixture } from './fixtures/read';

describe('readAntDoc', () => {
  it('reads BB-culture-37: title, outlet, date from TIME (GMT), URL, the TEXT body', () => {
    const doc = readAntDoc(fixture(BBC_37));
    expect(doc).toEqual({
      title: 'معرض "كنوز الفرعون الصغير" يثير خلافا أثريا في مصر',
      outlet: 'BBC',
      author: null, // <AUTHOR></AUTHOR> is empty
      date: '2018-02-20',
      timeProblem: null,
      url: 'http://www.bbc.co.uk/arabic/art-and-culture-43116616',
      text: bodyOf(BBC_37),
    });
    expect(doc?.text.startsWith('احتدم الخلاف فى الحقل الأثرى المصري')).toBe(true);
    expect(doc?.text.endsWith('مكدسة بداخلها.')).toBe(true);
  });

  it('reads a TIME late in the GMT day as that day (BB-culture-331: Wed, 10 Oct 2018 22:20:43 GMT)', () => {
    expect(readAntDoc(fixture(BBC_331))?.date).toBe('2018-10-10');
  });

  it('says why a TIME that is not a date cannot be read, and is null for a block without TEXT', () => {
    const raw = fixture(BBC_207).replace('Mon, 25 Jun 2018 13:54:54 GMT', 'yesterday');
    expect(readAntDoc(raw)?.date).toBeNull();
    expect(readAntDoc(raw)?.timeProblem).toBe(
      '"yesterday" is not an RFC 2822 date (expected e.g. "Tue, 20 Feb 2018 01:44:01 GMT")',
    );
    expect(readAntDoc(raw.replace(/<TEXT>[\s\S]*<\/TEXT>/, ''))).toBeNull();
  });

  it('takes the calendar date as written when the zone is not GMT (BB-culture-331’s TIME, re-zoned)', () => {
    // 22:20:43 GMT written as Riyadh's time: 01:20:43 +0300 on the 11th (UTC says the 10th).
    const riyadh = fixture(BBC_331).replace(
      'Wed, 10 Oct 2018 22:20:43 GMT',
      'Thu, 11 Oct 2018 01:20:43 +0300',
    );
    expect(readAntDoc(riyadh)?.date).toBe('2018-10-11');
    // West of GMT: 23:20:43 -0500 on the 10th is 04:20 UTC on the 11th; the publisher dated it the 10th.
    const west = fixture(BBC_331).replace('Wed, 10 Oct 2018 22:20:43 GMT', 'Wed, 10 Oct 2018 23:20:43 -0500');
    expect(readAntDoc(west)?.date).toBe('2018-10-10');
  });

  it('has no date and no problem when the TIME is empty (<TIME></TIME>)', () => {
    const raw = fixture(BBC_207).replace('Mon, 25 Jun 2018 13:54:54 GMT', '');
    expect(readAntDoc(raw)).toMatchObject({ date: null, timeProblem: null });
  });
});

describe('parseAntDocs: an unreadable TIME', () => {
  it('refuses the record with a problem at field TIME, and 30 Feb is not a day', () => {
    const raw = fixture(BBC_207).replace('Mon, 25 Jun 2018 13:54:54 GMT', 'Fri, 30 Feb 2018 13:54:54 GMT');
    const r = parseAntDocs(BBC_207, raw);
    expect(r.drafts).toEqual([]);
    expect(r.problems).toEqual([
      {
        file: BBC_207,
        line: 1,
        record: 1,
        field: 'TIME',
        code: 'invalid',
        detail: '"Fri, 30 Feb 2018 13:54:54 GMT": day 30 does not exist in that month',
      },
    ]);
  });
});

describe('isAntDoc', () => {
  it.each([
    [fixture(BBC_37), true],
    [`\uFEFF${fixture(BBC_37)}`, true],
    [`\n  ${fixture(BBC_37)}`, true],
    ['---\ntitle: x\n---\n<DOC>', false],
    ['text that mentions <DOC>', false],
  ])('%#', (content, expected) => {
    expect(isAntDoc(content)).toBe(expected);
  });
});

describe('parseAntDocs', () => {
  it('makes one news draft per file, in Arabic (guessed from the script), format ant-doc', () => {
    const r = parseAntDocs(BBC_37, fixture(BBC_37));
    expect(r.problems).toEqual([]);
    expect(r.drafts).toHaveLength(1);
    expect(r.drafts[0]?.at).toEqual({ file: BBC_37, line: 1, record: 1 });
    expect(r.drafts[0]?.draft).toMatchObject({
      titleOrigin: 'source',
      lang: 'ar',
      kind: 'news',
      format: 'ant-doc',
      date: '2018-02-20',
    });
  });

  it('reads many <DOC> blocks: record = index, line = the block’s first line; a block without TEXT is a problem', () => {
    const a = fixture(BBC_331); // 43 lines, ending with a newline
    const broken = fixture(BBC_207).replace(/<TEXT>[\s\S]*<\/TEXT>\n/, '');
    const b = fixture(BBC_332);
    const r = parseAntDocs('bbc-archive.txt', a + broken + b);
    expect(r.drafts.map((d) => d.at)).toEqual([
      { file: 'bbc-archive.txt', line: 1, record: 1 },
      { file: 'bbc-archive.txt', line: 44 + broken.split('\n').length - 1, record: 3 },
    ]);
    expect(r.drafts.map((d) => d.draft.url)).toEqual([
      'http://www.bbc.co.uk/arabic/art-and-culture-45818750',
      'http://www.bbc.co.uk/arabic/art-and-culture-45819123',
    ]);
    expect(r.problems).toEqual([
      {
        file: 'bbc-archive.txt',
        line: 44,
        record: 2,
        field: 'TEXT',
        code: 'missing',
        detail: 'this <DOC> has no <TEXT>…</TEXT> body',
      },
    ]);
  });

  it('falls back to the file name, marked as such, when a block has no TITLE', () => {
    const raw = fixture(BBC_37).replace(/<TITLE>.*<\/TITLE>/, '<TITLE></TITLE>');
    const r = parseAntDocs('archive/BB-culture-37-20180220.txt', raw);
    expect(r.drafts[0]?.draft).toMatchObject({ title: 'BB-culture-37-20180220', titleOrigin: 'file-name' });
  });

  it('reports a <DOC> with an empty TEXT as empty-text at its record', () => {
    const raw = fixture(BBC_37).replace(/<TEXT>[\s\S]*<\/TEXT>/, '<TEXT>\n\n</TEXT>');
    expect(parseAntDocs('x.txt', raw).problems).toEqual([
      { file: 'x.txt', line: 1, record: 1, field: 'text', code: 'empty-text', detail: 'the text is empty' },
    ]);
  });

  it('is chosen by content, whatever the extension', async () => {
    const r = await parseImportFile('bbc-export.dat', fixture(BBC_37));
    expect(r.drafts).toHaveLength(1);
    expect(r.drafts[0]?.draft.format).toBe('ant-doc');
  });
});
