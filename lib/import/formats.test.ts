// Text and Markdown files, HTML through the page extractor, the paste box, and the file-level
// refusals. Real content: seed 002 (data/seeds/002_09a4258c08e6388d.txt, headline and first paragraph,
// as lib/front-matter.test.ts uses them), the BBC page of ../shared/pages/article-extraction-benchmark/
// c7e39ac49fa1.html (its og:title, og:site_name, og:url, datePublished and first paragraph), and the
// BBC Arabic fixtures.
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parseImportFile, parsePaste, PASTE_FILE } from './formats';
import type { SourceDraft } from './types';

const SEED_002_TITLE = 'تقرير: داعش خراسان يذكّر بالقاعدة قبل 11 سبتمبر';
const SEED_002_BODY =
  'دعا الزميل الزائر السابق في معهد الشؤون الدولية بكلية لندن للاقتصاد جواد إقبال، الدول الغربية إلى الاستيقاظ على التهديد الدولي المتزايد لتنظيم داعش خراسان.\n';
const ASSANGE_TITLE = 'Sweden drops Assange rape investigation';
const ASSANGE_BODY =
  'Prosecutors in Sweden have dropped an investigation into a rape allegation made against Wikileaks co-founder Julian Assange in 2010.\n\n' +
  'Assange, who denies the accusation, has avoided extradition to Sweden for seven years after seeking refuge at the Ecuadorean embassy in London in 2012.\n';
const ASSANGE_MD =
  '---\n' +
  `title: ${ASSANGE_TITLE}\n` +
  'outlet: BBC News\n' +
  'date: 2019-11-19T17:42:40+00:00\n' +
  'url: https://www.bbc.com/news/world-europe-50473792\n' +
  'lang: en-gb\n' +
  '---\n' +
  ASSANGE_BODY;

describe('text and Markdown files', () => {
  it('reads the front matter of the BBC page and the body after it', async () => {
    const r = await parseImportFile('assange.md', ASSANGE_MD);
    expect(r).toEqual({
      file: 'assange.md',
      problems: [],
      drafts: [
        {
          at: { file: 'assange.md', line: 1, record: null },
          draft: {
            title: ASSANGE_TITLE,
            titleOrigin: 'source',
            outlet: 'BBC News',
            author: null,
            date: '2019-11-19',
            url: 'https://www.bbc.com/news/world-europe-50473792',
            lang: 'en-GB',
            kind: 'news',
            text: ASSANGE_BODY,
            format: 'front-matter',
          },
        },
      ],
    });
  });

  it('turns a front-matter error into a problem with its line, field and reason', async () => {
    const r = await parseImportFile(
      'assange.md',
      ASSANGE_MD.replace('2019-11-19T17:42:40+00:00', '2019-11-31'),
    );
    expect(r.drafts).toEqual([]);
    expect(r.problems).toEqual([
      {
        file: 'assange.md',
        line: 4,
        record: null,
        field: 'date',
        code: 'front-matter',
        detail: 'date: "2019-11-31": day 31 does not exist in that month',
      },
    ]);
  });

  it('names an unknown front-matter key (no field: the key is not one of ours)', async () => {
    const r = await parseImportFile('a.md', ASSANGE_MD.replace('outlet:', 'publisher:'));
    expect(r.problems.map((p) => [p.line, p.field, p.code])).toEqual([[3, null, 'front-matter']]);
  });

  it('refuses a file: URL that front matter allows, since a stored source needs http(s)', async () => {
    const r = await parseImportFile('a.md', ASSANGE_MD.replace('https://www.bbc.com', 'file:///home/me'));
    expect(r.problems.map((p) => [p.field, p.code])).toEqual([['url', 'invalid']]);
  });

  it('takes a short first line as the headline of a plain text (seed 002)', async () => {
    const r = await parseImportFile('seed-002.txt', `${SEED_002_TITLE}\n\n${SEED_002_BODY}`);
    expect(r.drafts[0]?.draft).toMatchObject({
      title: SEED_002_TITLE,
      titleOrigin: 'source',
      lang: 'ar',
      format: 'text',
      text: `${SEED_002_TITLE}\n\n${SEED_002_BODY}`,
    });
  });

  it.each([
    ['a first line that ends a sentence', SEED_002_BODY + SEED_002_BODY],
    ['a text of one line', SEED_002_TITLE],
    ['a first line over 200 characters', `${'كلمة '.repeat(41)}\n${SEED_002_BODY}`],
  ])('uses the file name, marked, for %s', async (_what, text) => {
    const r = await parseImportFile('notes/seed 002.md', text);
    expect(r.drafts[0]?.draft).toMatchObject({ title: 'seed 002', titleOrigin: 'file-name' });
  });

  it('drops a Markdown heading mark from the headline', async () => {
    const r = await parseImportFile('a.md', `# ${ASSANGE_TITLE}\n\n${ASSANGE_BODY}`);
    expect(r.drafts[0]?.draft.title).toBe(ASSANGE_TITLE);
    expect(r.drafts[0]?.draft.lang).toBe('en');
  });

  it.each([
    ['empty.txt', ''],
    ['blank.md', '---\ntitle: x\n---\n \n'],
  ])('%s is empty-text', async (name, content) => {
    const r = await parseImportFile(name, content);
    expect(r.problems.map((p) => [p.field, p.code])).toEqual([['text', 'empty-text']]);
  });
});

describe('HTML files', () => {
  const extracted: SourceDraft = {
    title: ASSANGE_TITLE,
    titleOrigin: 'source',
    outlet: 'BBC News',
    author: null,
    date: '2019-11-19',
    url: 'https://www.bbc.com/news/world-europe-50473792',
    lang: 'en-GB',
    kind: 'news',
    text: ASSANGE_BODY,
    format: 'html',
  };

  it('hands the page to the extractor and validates what it gives', async () => {
    const seen: string[] = [];
    const html = async (page: string, file: string) => {
      seen.push(`${file}:${page.length}`);
      return extracted;
    };
    const r = await parseImportFile('bbc.HTM', '<html lang="en-GB"></html>', { html });
    expect(seen).toEqual(['bbc.HTM:26']);
    expect(r.drafts).toEqual([{ draft: extracted, at: { file: 'bbc.HTM', line: null, record: null } }]);
  });

  it('reports what the extractor got wrong, and an extractor that throws', async () => {
    const bad = await parseImportFile('a.html', '<p>', { html: async () => ({ ...extracted, text: '' }) });
    expect(bad.problems.map((p) => p.code)).toEqual(['empty-text']);
    const thrown = await parseImportFile('a.html', '<p>', {
      html: async () => {
        throw new Error('no article found');
      },
    });
    expect(thrown.problems).toEqual([
      {
        file: 'a.html',
        line: null,
        record: null,
        field: null,
        code: 'unreadable',
        detail: 'the article could not be extracted (no article found)',
      },
    ]);
  });

  it('is an unknown format without an extractor', async () => {
    const r = await parseImportFile('a.html', '<p>');
    expect(r.problems.map((p) => p.code)).toEqual(['unknown-format']);
  });
});

describe('file-level refusals', () => {
  it.each([
    ['report.pdf', 'unknown-format'],
    ['export.csv', 'unknown-format'],
    ['README', 'unknown-format'],
  ])('%s: %s', async (name, code) => {
    const r = await parseImportFile(name, ASSANGE_BODY);
    expect(r.problems.map((p) => [p.field, p.code])).toEqual([[null, code]]);
  });

  it('refuses a file over 50 MB, counted in UTF-8 bytes (Arabic letters are two)', async () => {
    const letters = 'ا'.repeat(MAX_FILE_BYTES / 2 + 1); // 2 bytes each: just over the limit
    expect((await parseImportFile('big.txt', letters)).problems.map((p) => p.code)).toEqual(['too-large']);
    // Fewer characters than the limit: only counting bytes refuses it.
    expect(letters.length).toBeLessThan(MAX_FILE_BYTES);
  });

  it('refuses an Arabic text saved as Windows-1256 (read as UTF-8, as the browser does)', async () => {
    const cp1256 = new TextDecoder('windows-1256');
    const byChar = new Map<string, number>();
    for (let b = 0; b < 256; b++) byChar.set(cp1256.decode(new Uint8Array([b])), b);
    const bytes = new Uint8Array([...SEED_002_BODY].map((ch) => byChar.get(ch) ?? 0x3f));
    const asRead = new TextDecoder('utf-8').decode(bytes);
    const r = await parseImportFile('seed-002.txt', asRead);
    expect(r.problems.map((p) => p.code)).toEqual(['unreadable']);
    expect(r.problems[0]?.detail).toMatch(/not UTF-8/);
  });

  it('keeps a text with a few replacement characters of its own', async () => {
    const r = await parseImportFile('seed-002.txt', `${SEED_002_TITLE}\n\n\uFFFD ${SEED_002_BODY}`);
    expect(r.problems).toEqual([]);
  });

  it('refuses a UTF-16 file (Windows "Unicode") read as UTF-8', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'title: x'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const r = await parseImportFile('a.txt', new TextDecoder('utf-8').decode(utf16));
    expect(r.problems.map((p) => [p.code, p.detail])).toEqual([
      ['unreadable', 'the file is not UTF-8 text (binary data, or UTF-16): save it as UTF-8 text'],
    ]);
  });

  it('refuses binary data as unreadable', async () => {
    const r = await parseImportFile('scan.txt', '%PDF-1.7\n\u0000\u0001binary');
    expect(r.problems.map((p) => p.code)).toEqual(['unreadable']);
  });
});

describe('parsePaste', () => {
  it('keeps the title the user typed, as theirs', () => {
    const r = parsePaste(SEED_002_BODY, {
      title: 'داعش خراسان',
      titleOrigin: 'user',
      outlet: 'الشرق الأوسط',
    });
    expect(r.drafts[0]).toEqual({
      at: { file: PASTE_FILE, line: null, record: null },
      draft: {
        title: 'داعش خراسان',
        titleOrigin: 'user',
        outlet: 'الشرق الأوسط',
        author: null,
        date: null,
        url: null,
        lang: 'ar',
        kind: 'news',
        text: SEED_002_BODY,
        format: 'paste',
      },
    });
  });

  it('takes the headline line of the text when no title is typed', () => {
    const r = parsePaste(`${SEED_002_TITLE}\n${SEED_002_BODY}`, {});
    expect(r.drafts[0]?.draft).toMatchObject({ title: SEED_002_TITLE, titleOrigin: 'source' });
  });

  it('asks for a title when the text has no headline line, rather than making one up', () => {
    expect(parsePaste(SEED_002_BODY, {}).problems.map((p) => [p.field, p.code])).toEqual([
      ['title', 'missing'],
    ]);
  });

  it('reports the faults of what was typed, and an empty paste', () => {
    const r = parsePaste(SEED_002_BODY, {
      title: 'x',
      date: '25/03/2024',
      url: 'aljazeera.net',
      lang: 'arabic',
    });
    expect(r.problems.map((p) => [p.field, p.code])).toEqual([
      ['date', 'invalid'],
      ['url', 'invalid'],
      ['lang', 'invalid'],
    ]);
    expect(parsePaste('  \n', { title: 'x' }).problems.map((p) => p.code)).toEqual(['empty-text']);
  });
});
