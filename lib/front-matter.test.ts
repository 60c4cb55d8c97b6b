// Titles and bodies below are real: seed 002 (data/seeds/002_09a4258c08e6388d.txt, headline and first
// paragraph) and BBC Arabic (../shared/corpora/ant-bbc/culture/BB-culture-37-20180220.txt, its TITLE, URL
// and TIME). The front matter around them is what a user would write.
import { describe, expect, it } from 'vitest';
import { canonicalLang, FrontMatterError, parseFrontMatter, parseIsoDate } from './front-matter';

const SEED_002_TITLE = 'تقرير: داعش خراسان يذكّر بالقاعدة قبل 11 سبتمبر';
const SEED_002_BODY =
  'دعا الزميل الزائر السابق في معهد الشؤون الدولية بكلية لندن للاقتصاد جواد إقبال، الدول الغربية إلى الاستيقاظ على التهديد الدولي المتزايد لتنظيم داعش خراسان.\n';
const BBC_TITLE = 'معرض "كنوز الفرعون الصغير" يثير خلافا أثريا في مصر';
const BBC_URL = 'http://www.bbc.co.uk/arabic/art-and-culture-43116616';

function errorOf(text: string, file = 'a.md'): FrontMatterError {
  try {
    parseFrontMatter(text, file);
  } catch (e) {
    if (e instanceof FrontMatterError) return e;
    throw e;
  }
  throw new Error('expected a FrontMatterError');
}

describe('parseFrontMatter', () => {
  it('reads every field and returns the body after the closing line', () => {
    const head =
      '---\n' +
      // seed 002's title has a colon inside: only the first colon separates the key.
      `title: ${SEED_002_TITLE}\n` +
      'outlet: الشرق الأوسط\n' +
      'author: خالد جانان\n' +
      'date: 2024-03-25\n' +
      `url: ${BBC_URL}\n` +
      'lang: ar\n' +
      '---\n';
    const r = parseFrontMatter(head + SEED_002_BODY, 'seed.md');
    expect(r.meta).toEqual({
      title: SEED_002_TITLE,
      outlet: 'الشرق الأوسط',
      author: 'خالد جانان',
      date: '2024-03-25',
      dateTime: null,
      url: BBC_URL,
      lang: 'ar',
    });
    expect(r.body).toBe(SEED_002_BODY);
    expect(r.bodyOffset).toBe(head.length);
  });

  it('accepts CRLF line ends and keeps them in the body', () => {
    const text = '---\r\ntitle: x\r\nlang: en\r\n---\r\nline one\r\nline two\r\n';
    const r = parseFrontMatter(text, 'crlf.txt');
    expect(r.meta?.title).toBe('x');
    expect(r.meta?.lang).toBe('en');
    expect(r.body).toBe('line one\r\nline two\r\n');
    expect(r.bodyOffset).toBe(30);
  });

  it('drops a BOM before the block and counts it in the offset', () => {
    const r = parseFrontMatter('\uFEFF---\ntitle: t\n---\nنص', 'bom.txt');
    expect(r.meta?.title).toBe('t');
    expect(r.body).toBe('نص');
    expect(r.bodyOffset).toBe(18);
  });

  it('without a block, the whole text (minus a BOM) is the body', () => {
    expect(parseFrontMatter(SEED_002_BODY, 'plain.txt')).toEqual({
      meta: null,
      body: SEED_002_BODY,
      bodyOffset: 0,
    });
    expect(parseFrontMatter('\uFEFFنص', 'p.txt')).toEqual({ meta: null, body: 'نص', bodyOffset: 1 });
    // A rule further down is Markdown, not front matter.
    const later = 'intro\n---\ntitle: no\n---\n';
    expect(parseFrontMatter(later, 'p.md').meta).toBeNull();
    expect(parseFrontMatter('', 'empty.txt')).toEqual({ meta: null, body: '', bodyOffset: 0 });
  });

  it('an unterminated block is an error naming the file and the opening line', () => {
    const e = errorOf('---\ntitle: t\nlang: ar\n\nنص بلا نهاية للكتلة\n', 'notes/open.md');
    expect(e.file).toBe('notes/open.md');
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/^notes\/open\.md:1: .*never closed/);
  });

  it('an impossible or non-ISO date is an error on its line', () => {
    const bad = [
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '25/03/2024',
      'Tue, 20 Feb 2018',
      '2024-03-25T24:00',
      '2024-3-5',
    ];
    for (const d of bad) {
      const e = errorOf(`---\ntitle: t\ndate: ${d}\n---\n`, 'd.txt');
      expect(e.line, d).toBe(3);
      expect(e.message, d).toContain('date:');
    }
  });

  it('accepts a date-time and keeps the calendar date as written', () => {
    const r = parseFrontMatter('---\ndate: 2018-02-20T01:44:01Z\n---\n', 'x.txt');
    expect(r.meta?.date).toBe('2018-02-20');
    expect(r.meta?.dateTime).toBe('2018-02-20T01:44:01Z');
    // 23:30 in New York is already the next day in UTC: the writer's date is kept, not converted.
    const ny = parseFrontMatter('---\ndate: 2024-03-25T23:30-05:00\n---\n', 'x.txt');
    expect(ny.meta?.date).toBe('2024-03-25');
    expect(parseFrontMatter('---\ndate: 2024-02-29\n---\n', 'leap.txt').meta?.date).toBe('2024-02-29');
  });

  it('an unknown key is an error that lists the known ones', () => {
    const e = errorOf('---\ntitle: t\ntags: isis, pakistan\n---\n');
    expect(e.line).toBe(3);
    expect(e.message).toContain('unknown key "tags"');
    expect(e.message).toContain('title, outlet, author, date, url, lang');
    expect(errorOf('---\ntitel: t\n---\n').message).toContain('"titel"');
  });

  it('a key given twice, or a line that is not key: value, is an error', () => {
    expect(errorOf('---\ntitle: a\ntitle: b\n---\n').message).toBe(
      'a.md:3: "title" is given twice (first on line 2)',
    );
    expect(errorOf('---\ntitle: a\njust words\n---\n').line).toBe(3);
  });

  it('unquotes double- and single-quoted values', () => {
    const text = `---\ntitle: "معرض \\"كنوز الفرعون الصغير\\" يثير خلافا أثريا في مصر"\nauthor: 'O''Brien'\noutlet: "BBC: عربي"\n---\n`;
    const r = parseFrontMatter(text, 'q.md');
    expect(r.meta?.title).toBe(BBC_TITLE);
    expect(r.meta?.author).toBe("O'Brien");
    expect(r.meta?.outlet).toBe('BBC: عربي');
    // Quotes inside an unquoted value are part of it.
    expect(parseFrontMatter(`---\ntitle: ${BBC_TITLE}\n---\n`, 'u.md').meta?.title).toBe(BBC_TITLE);
    expect(errorOf('---\ntitle: "كنوز الفرعون الصغير" يثير خلافا\n---\n').line).toBe(2);
    expect(errorOf("---\nauthor: 'O'Brien'\n---\n").line).toBe(2);
  });

  it('an empty value means not given', () => {
    const r = parseFrontMatter('---\ntitle: t\nauthor:\noutlet: ""\n---\n', 'e.md');
    expect(r.meta?.author).toBeNull();
    expect(r.meta?.outlet).toBeNull();
  });

  it('lang takes any BCP 47 tag, canonicalized, and refuses what is not one', () => {
    const ok: [string, string][] = [
      ['ar', 'ar'],
      ['EN', 'en'],
      ['ar-eg', 'ar-EG'],
      ['ur-Arab-PK', 'ur-Arab-PK'],
      ['ps', 'ps'],
      ['zh-hant-tw', 'zh-Hant-TW'],
    ];
    for (const [tag, canonical] of ok)
      expect(parseFrontMatter(`---\nlang: ${tag}\n---\n`, 'l.md').meta?.lang, tag).toBe(canonical);
    for (const bad of ['arabic!', 'e', 'en_US', '123'])
      expect(errorOf(`---\nlang: ${bad}\n---\n`).message, bad).toContain('lang:');
  });

  it('url must be absolute', () => {
    expect(errorOf('---\nurl: www.bbc.co.uk/arabic\n---\n').message).toContain('url:');
    expect(errorOf('---\nurl: javascript:alert(1)\n---\n').line).toBe(2);
  });

  it('tolerates blank lines and trailing spaces on the fences', () => {
    const r = parseFrontMatter('--- \n\ntitle: t\n\n---\t\nbody', 'b.md');
    expect(r.meta?.title).toBe('t');
    expect(r.body).toBe('body');
  });
});

describe('parseIsoDate / canonicalLang', () => {
  it('returns reasons, not exceptions', () => {
    expect(parseIsoDate('2018-10-31')).toEqual({ date: '2018-10-31', dateTime: null });
    expect(typeof parseIsoDate('2018-10-32')).toBe('string');
    expect(canonicalLang('fa-IR')).toBe('fa-IR');
    expect(canonicalLang('')).toBeNull();
  });
});
