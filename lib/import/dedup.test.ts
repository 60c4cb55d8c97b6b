// Duplicate keys. URLs: the archive's own (fixtures, BBC Arabic 2018) and the same pages as a reader
// gets them today, with the tracking parameters social sites and newsletters add. Texts: real BBC
// bodies (fixtures/read.ts says which file holds what), and the same text retyped with harakat,
// tatweel, other hamza forms and other spacing.
import { describe, expect, it } from 'vitest';
import { fnv1a } from '../hash';
import { canonicalUrl, dedupKeys, textHash } from './dedup';
import { BBC_207, BBC_331, BBC_332, BBC_37, BBC_694, bodyOf } from './fixtures/read';

describe('canonicalUrl', () => {
  it.each([
    [
      'http://www.bbc.co.uk/arabic/art-and-culture-43116616',
      'https://bbc.co.uk/arabic/art-and-culture-43116616',
    ],
    [
      'https://www.bbc.co.uk/arabic/art-and-culture-43116616?utm_source=twitter&utm_medium=social&utm_campaign=x',
      'https://bbc.co.uk/arabic/art-and-culture-43116616',
    ],
    [
      'https://www.bbc.com/arabic/world-44602509?at_medium=RSS&at_campaign=KARANGA',
      'https://bbc.com/arabic/world-44602509',
    ],
    [
      'https://www.bbc.com/news/world-europe-50473792?fbclid=IwAR0abc#comments',
      'https://bbc.com/news/world-europe-50473792',
    ],
    [
      'https://www.nytimes.com/2017/10/06/world/sudan.html?smid=tw-share&ref=world',
      'https://nytimes.com/2017/10/06/world/sudan.html',
    ],
    [
      'https://example.org/a?gclid=1&msclkid=2&dclid=3&yclid=4&igshid=5&mc_cid=6&mc_eid=7',
      'https://example.org/a',
    ],
    ['https://example.org/a?spm=a.b&_ga=2.1&ocid=x&cmpid=y&s_cid=z&ref_src=twsrc', 'https://example.org/a'],
    ['HTTPS://WWW.Aljazeera.NET:443/news/2024/3/25/', 'https://aljazeera.net/news/2024/3/25'],
    ['http://example.org:8080/a', 'https://example.org:8080/a'],
    ['https://example.org/', 'https://example.org/'],
    ['https://example.org', 'https://example.org/'],
    ['https://example.org/story?b=2&id=17&a=1', 'https://example.org/story?a=1&b=2&id=17'],
    ['https://example.org/story?id=17&utm_content=buffer', 'https://example.org/story?id=17'],
    ['https://www.bbc.com/arabic/middleeast-43481219.amp', 'https://bbc.com/arabic/middleeast-43481219'],
    [
      'https://www.theguardian.com/world/2018/mar/21/story/amp',
      'https://theguardian.com/world/2018/mar/21/story',
    ],
    [
      'https://www.washingtonpost.com/world/story.html?outputType=amp',
      'https://washingtonpost.com/world/story.html',
    ],
    // A sub-domain other than www is the site's own: kept.
    [
      'https://arabic.cnn.com/middle-east/article/2024/03/25/x',
      'https://arabic.cnn.com/middle-east/article/2024/03/25/x',
    ],
  ])('%s → %s', (url, expected) => {
    expect(canonicalUrl(url)).toBe(expected);
  });

  it('gives one key to a WordPress link in lower-case escapes and the same path typed in Arabic', () => {
    // og:url and rel=canonical of htmldate/1806793639.html (elbaladtv), and the address bar's Arabic form.
    const wordpress =
      'https://elbaladtv.net/%d8%aa%d8%b1%d9%83%d9%89-%d8%a2%d9%84-%d8%a7%d9%84%d8%b4%d9%8a%d8%ae-%d8%a8%d8%b9%d8%af-%d8%a5%d8%b5%d8%a7%d8%a8%d8%a9-%d9%8a%d8%b3%d8%b1%d8%a7-%d8%a8%d9%83%d9%88%d8%b1%d9%88%d9%86%d8%a7-%d9%8a%d8%a7/';
    const typed = 'https://elbaladtv.net/تركى-آل-الشيخ-بعد-إصابة-يسرا-بكورونا-يا/';
    const key = canonicalUrl(wordpress);
    expect(key).toBe(canonicalUrl(typed));
    expect(key).toBe(
      'https://elbaladtv.net/%D8%AA%D8%B1%D9%83%D9%89-%D8%A2%D9%84-%D8%A7%D9%84%D8%B4%D9%8A%D8%AE-%D8%A8%D8%B9%D8%AF-%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-%D9%8A%D8%B3%D8%B1%D8%A7-%D8%A8%D9%83%D9%88%D8%B1%D9%88%D9%86%D8%A7-%D9%8A%D8%A7',
    );
    // An escaped unreserved letter is the letter (RFC 3986 6.2.2.2); an escaped slash stays escaped.
    expect(canonicalUrl('https://www.bbc.com/arabic/%77orld-44602509')).toBe(
      'https://bbc.com/arabic/world-44602509',
    );
    expect(canonicalUrl('https://a.example/x%2fy')).toBe('https://a.example/x%2Fy');
  });

  it.each([['javascript:alert(1)'], ['file:///home/a/bbc.txt'], ['www.bbc.co.uk/arabic'], [''], [null]])(
    '%j has no canonical form',
    (url) => {
      expect(canonicalUrl(url)).toBeNull();
    },
  );
});

describe('textHash', () => {
  const body = bodyOf(BBC_37);
  // The first sentence of BB-culture-37's TEXT, as written there, then retyped.
  const line = 'احتدم الخلاف فى الحقل الأثرى المصري بعد إعلان وزارة الآثار عن نقل 166 قطعة أثرية';

  it('is 16 hex digits: fnv1a of the folded, space-collapsed text and fnv1a seeded with sanad:dedup', () => {
    // Folded by hand: أ إ → ا, ى → ي, ة → ه; one space between words.
    const folded = 'احتدم الخلاف في الحقل الاثري المصري بعد اعلان وزاره الاثار عن نقل 166 قطعه اثريه';
    expect(textHash(line)).toBe(fnv1a(folded) + fnv1a('sanad:dedup', folded));
    expect(textHash(line)).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each([
    ['harakat', 'احْتَدَمَ الخِلافُ فى الحَقْلِ الأثرى المصريّ بعد إعلانِ وزارةِ الآثار عن نقلِ 166 قطعةً أثريةً'],
    ['tatweel', 'احتـــدم الخلاف فى الحقل الأثرى المصري بعد إعـلان وزارة الآثار عن نقل 166 قطعة أثرية'],
    [
      'hamza and alif maqsura forms',
      'احتدم الخلاف في الحقل الاثري المصري بعد اعلان وزارة الاثار عن نقل 166 قطعة اثرية',
    ],
    [
      'spaces and line breaks',
      '  احتدم  الخلاف\u00a0فى الحقل\n\nالأثرى المصري بعد إعلان وزارة الآثار\r\nعن نقل 166 قطعة أثرية \n',
    ],
    [
      'Arabic-Indic digits',
      'احتدم الخلاف فى الحقل الأثرى المصري بعد إعلان وزارة الآثار عن نقل ١٦٦ قطعة أثرية',
    ],
  ])('is the same with other %s', (_what, variant) => {
    expect(textHash(variant)).toBe(textHash(line));
  });

  it.each([
    ['another number', 'احتدم الخلاف فى الحقل الأثرى المصري بعد إعلان وزارة الآثار عن نقل 167 قطعة أثرية'],
    ['a word less', 'احتدم الخلاف فى الحقل الأثرى بعد إعلان وزارة الآثار عن نقل 166 قطعة أثرية'],
    ['words run together', 'احتدم الخلاففى الحقل الأثرى المصري بعد إعلان وزارة الآثار عن نقل 166 قطعة أثرية'],
  ])('differs with %s', (_what, variant) => {
    expect(textHash(variant)).not.toBe(textHash(line));
  });

  it('is the same for the whole article pasted with other line breaks and harakat', () => {
    const pasted = body.replace(/\n/g, '\n\n').replace(/الآثار/g, 'الآثَار');
    expect(pasted).not.toBe(body);
    expect(textHash(pasted)).toBe(textHash(body));
  });
});

describe('dedupKeys', () => {
  it('gives the same text hash to BBC 331 and 332 (one article, two URLs)', () => {
    const a = dedupKeys({
      url: 'http://www.bbc.co.uk/arabic/art-and-culture-45818750',
      text: bodyOf(BBC_331),
    });
    const b = dedupKeys({
      url: 'http://www.bbc.co.uk/arabic/art-and-culture-45819123',
      text: bodyOf(BBC_332),
    });
    expect(a.textHash).toBe(b.textHash);
    expect(a.canonicalUrl).not.toBe(b.canonicalUrl);
  });

  it('gives the same URL to BBC 207 and 694 (one URL, two edits of its text)', () => {
    const a = dedupKeys({ url: 'http://www.bbc.co.uk/arabic/world-44602509', text: bodyOf(BBC_207) });
    const b = dedupKeys({
      url: 'https://www.bbc.co.uk/arabic/world-44602509?at_medium=RSS',
      text: bodyOf(BBC_694),
    });
    expect(a.canonicalUrl).toBe('https://bbc.co.uk/arabic/world-44602509');
    expect(b.canonicalUrl).toBe(a.canonicalUrl);
    expect(a.textHash).not.toBe(b.textHash);
  });

  it('gives new keys when the same object’s text or URL changes', () => {
    const draft = { url: 'http://www.bbc.co.uk/arabic/world-44602509', text: bodyOf(BBC_207) };
    const first = dedupKeys(draft);
    expect(dedupKeys(draft)).toEqual(first);
    draft.text = bodyOf(BBC_694);
    expect(dedupKeys(draft).textHash).toBe(textHash(bodyOf(BBC_694)));
    draft.url = 'https://www.bbc.com/arabic/x';
    expect(dedupKeys(draft).canonicalUrl).toBe('https://bbc.com/arabic/x');
  });

  it('has a null URL key for a source without a URL', () => {
    expect(dedupKeys({ url: null, text: 'نص' }).canonicalUrl).toBeNull();
  });
});
