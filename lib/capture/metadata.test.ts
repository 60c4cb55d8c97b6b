// The metadata pass on real pages from ../shared/pages. Every expected value was read by hand in the
// page's own HTML (the JSON-LD block, the <meta> tags, the byline or the dateline shown to readers);
// the comment on each row says where.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from './metadata';
import { pageDoc } from './pages.test-support';
import type { MetaOrigin } from './types';

interface Row {
  page: string;
  why: string;
  title: [string, MetaOrigin] | null;
  authors: [string[], MetaOrigin] | null;
  outlet: [string, MetaOrigin] | null;
  date: [string, MetaOrigin] | null;
  url?: string;
  lang?: string;
  kind?: ['news' | 'opinion' | 'analysis' | 'report', MetaOrigin] | null;
}

const ROWS: Row[] = [
  {
    page: 'readability/bbc-1/source.html',
    why: 'JSON-LD Article: headline, publisher BBC News, datePublished 2015-07-24T05:36:09+01:00; og:article:author is «BBC News», the outlet',
    title: ["Obama admits US gun laws are his 'biggest frustration'", 'json-ld'],
    authors: null,
    outlet: ['BBC News', 'json-ld'],
    date: ['2015-07-24', 'json-ld'],
    url: 'http://www.bbc.com/news/world-us-canada-33646704',
    lang: 'en',
    kind: null,
  },
  {
    page: 'htmldate/1806793639.html',
    why: '@graph: NewsArticle, author {Person ضحى عرفة}, publisher {@id #company} → Organization «قناة صدي البلد»; datePublished 2020-12-25T01:59:50+02:00 while article:published_time says 2020-12-24T23:59:50+00:00 (the same instant): the page zone date wins; the headline ends with « - قناة صدى البلد»',
    title: ['تركى آل الشيخ بعد إصابة يسرا بكورونا: يارب يرفع عنك', 'json-ld'],
    authors: [['ضحى عرفة'], 'json-ld'],
    outlet: ['قناة صدي البلد', 'json-ld'],
    date: ['2020-12-25', 'json-ld'],
    lang: 'ar',
    kind: ['news', 'json-ld'],
  },
  {
    page: 'htmldate/1784190729.html',
    why: 'JSON-LD NewsArticle, author one Person object «حسام أبو العلا - القاهرة» (the place after the dash is the dateline), publisher alyaum, datePublished 2020-12-01T02:00:00+03:00',
    title: ['طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله', 'json-ld'],
    authors: [['حسام أبو العلا'], 'json-ld'],
    outlet: ['alyaum', 'json-ld'],
    date: ['2020-12-01', 'json-ld'],
    lang: 'ar',
  },
  {
    page: 'fundus/uk/TheMirror_2024_08_05.html',
    why: 'JSON-LD LiveBlogPosting, author an array of four Person objects, publisher «mirror», datePublished 2024-08-04T13:23:00Z',
    title: [
      "UK riots LIVE: Plymouth stand-off sees far-right protesters 'throw stones' as 3 cops injured",
      'json-ld',
    ],
    authors: [['Lucy Thornton', 'Tim Hanlon', 'Phoebe Tonks', 'Joseph Gamp'], 'json-ld'],
    outlet: ['mirror', 'json-ld'],
    date: ['2024-08-04', 'json-ld'],
  },
  {
    page: 'readability/telegraph/source.html',
    why: 'JSON-LD NewsArticle with creator ["Our Foreign Staff"] (strings) and no datePublished; <meta itemprop=datePublished 2017-11-16T14:15+0000> (offset without colon); the second ld+json block is entity-mangled, not JSON',
    title: [
      "Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest steps in to mediate",
      'json-ld',
    ],
    authors: [['Our Foreign Staff'], 'json-ld'],
    outlet: ['The Telegraph', 'open-graph'],
    date: ['2017-11-16', 'meta'],
    lang: 'en-GB',
  },
  {
    page: 'article-extraction-benchmark/c7e39ac49fa1.html',
    why: 'JSON-LD ReportageNewsArticle, author {NewsMediaOrganization BBC News}: an organization, not a person',
    title: ['Sweden drops Assange rape investigation', 'json-ld'],
    authors: null,
    outlet: ['BBC News', 'json-ld'],
    date: ['2019-11-19', 'json-ld'],
    kind: ['report', 'json-ld'],
  },
  {
    page: 'htmldate/1764731404.html',
    why: 'OpenGraph only: og:title, og:site_name, article:published_time 2020-11-09T18:34:47+00:00; article:author is a facebook.com URL (skipped), <meta name=author> «Ziad Sankary»; <html lang=en-US>',
    title: ['سرقة منزل أميرة سعودية في باريس يضم أغراضاً فاخرة بقيمة 700 ألف دولار', 'open-graph'],
    authors: [['Ziad Sankary'], 'meta'],
    outlet: ['Beirut Observer', 'open-graph'],
    date: ['2020-11-09', 'article-meta'],
    url: 'https://www.beirutobserver.com/2020/11/2338761/',
    lang: 'en-US',
  },
  {
    page: 'readability/bug-1255978/source.html',
    why: 'OpenGraph + article:author_name «Hazel Sheffield», article:published_time 2015-09-17T16:57:43+01:00 (a later <meta datePublished 2016-05-08> is the update)',
    title: ["Seven secrets that hotel owners don't want you to know", 'open-graph'],
    authors: [['Hazel Sheffield'], 'article-meta'],
    outlet: ['The Independent', 'open-graph'],
    date: ['2015-09-17', 'article-meta'],
  },
  {
    page: 'postlight/www.nytimes.com.html',
    why: '<meta name=byl value="By Marc Santora, William K. Rashbaum, Al Baker and Adam Goldman"> (value=, not content=); article:author are profile URLs; og:title adds « (Published 2016)» to the <h1>',
    title: ['Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings', 'title'],
    authors: [['Marc Santora', 'William K. Rashbaum', 'Al Baker', 'Adam Goldman'], 'meta'],
    outlet: null,
    date: ['2016-09-19', 'article-meta'],
  },
  {
    page: 'readability/herald-sun-1/source.html',
    why: 'article:author «Laurie Oakes»; canonical path /news/opinion/; dateline «Fri Mar 13 2015» only in words',
    title: ['Angry media won’t buckle over new surveillance laws', 'open-graph'],
    authors: [['Laurie Oakes'], 'article-meta'],
    outlet: ['HeraldSun', 'open-graph'],
    date: ['2015-03-13', 'text-date'],
    kind: ['opinion', 'url'],
  },
  {
    page: 'htmldate/1691196862.html',
    why: 'byline line «كتبت أسماء نصار» under the headline; og:title ends with « - اليوم السابع» (og:site_name); article:published_time 2020-08-24T09:23:13Z; og:locale ar_Ar and no <html lang>',
    title: [
      'وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة',
      'open-graph',
    ],
    authors: [['أسماء نصار'], 'byline'],
    outlet: ['اليوم السابع', 'open-graph'],
    date: ['2020-08-24', 'article-meta'],
    lang: 'ar',
  },
  {
    page: 'trafilatura/assabah.com.tn.article.html',
    why: 'byline paragraph «حوار: آسيا العتروس» opening the body; date in RDFa <span property="dc:date" content="2019-02-08T00:00:00+01:00">الجمعة 8 فيفري 2019</span>',
    title: [
      'الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: كل الشروط متوفرة لثورة سودانية ولا حاجة لنستورد شيئا',
      'open-graph',
    ],
    authors: [['آسيا العتروس'], 'byline'],
    outlet: ['Assabah News', 'open-graph'],
    date: ['2019-02-08', 'meta'],
  },
  {
    page: 'newspaper/arabic_article.html',
    why: 'no date in any tag; dateline under the h1: «الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00» (Levantine month / Egyptian one, no hamza)',
    title: ['معارضون يسيطرون على مخازن للصواريخ بريف دمشق', 'open-graph'],
    authors: null,
    outlet: ['CNNArabic', 'open-graph'],
    date: ['2013-08-28', 'text-date'],
    url: 'http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html',
  },
  {
    page: 'htmldate/1588107198.html',
    why: '<meta name=Author content="المدينة نيوز"> is the site (og:title opens with «المدينة نيوز - »); dateline «تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً»',
    title: ['أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا', 'open-graph'],
    authors: null,
    outlet: ['المدينة نيوز', 'title'],
    date: ['2020-04-24', 'text-date'],
    lang: 'ar',
  },
  {
    page: 'readability/rtl-1/source.html',
    why: 'no metadata at all: <title>RTL Test</title>, <h1>Lorem</h1> (the headline shown) and lorem ipsum',
    title: ['Lorem', 'title'],
    authors: null,
    outlet: null,
    date: null,
    url: 'https://example.org/rtl-1',
    lang: 'en',
    kind: null,
  },
];

const PAGE_URL = 'https://example.org/rtl-1#top';

describe('extractMetadata on real pages', () => {
  for (const row of ROWS) {
    it(`${row.page}: ${row.why.slice(0, 80)}`, () => {
      const m = extractMetadata(pageDoc(row.page), PAGE_URL);
      const pair = <T>(s: { value: T; from: MetaOrigin } | null): [T, MetaOrigin] | null =>
        s ? [s.value, s.from] : null;
      expect(pair(m.title)).toEqual(row.title);
      expect(pair(m.authors)).toEqual(row.authors);
      expect(pair(m.outlet)).toEqual(row.outlet);
      expect(pair(m.date)).toEqual(row.date);
      if (row.url !== undefined) expect(m.url).toBe(row.url);
      if (row.lang !== undefined) expect(m.lang).toBe(row.lang);
      if (row.kind !== undefined) expect(pair(m.kind)).toEqual(row.kind);
    });
  }
});

describe('extractMetadata: fallbacks, on real pages with their higher sources removed', () => {
  it('guardian-1 without its meta tags: <time itemprop=datePublished datetime="2019-01-03T02:00:02-0500">', () => {
    const doc = pageDoc('readability/guardian-1/source.html');
    for (const m of Array.from(doc.querySelectorAll('meta'))) m.remove();
    const meta = extractMetadata(doc, 'https://www.theguardian.com/x');
    expect(meta.date).toEqual({ value: '2019-01-03', from: 'time' });
  });

  it('alyaum (htmldate/1784190729) without JSON-LD and meta: the dateline «١ / ١٢ / ٢٠٢٠» in Arabic-Indic digits', () => {
    const doc = pageDoc('htmldate/1784190729.html');
    for (const el of Array.from(doc.querySelectorAll('meta, script'))) el.remove();
    const meta = extractMetadata(doc, 'https://www.alyaum.com/articles/6291787');
    expect(meta.date).toEqual({ value: '2020-12-01', from: 'text-date' });
    expect(meta.authors).toBeNull();
  });
});

describe('extractMetadata: citation_* (no page in ../shared/pages carries them: a minimal page)', () => {
  it('reads citation_title, every citation_author, citation_publication_date with slashes', () => {
    const doc = pageDoc(
      `<!doctype html><html lang="en"><head><title>x</title>
      <meta name="citation_title" content="Refugee return in southern Syria">
      <meta name="citation_author" content="Smith, Jane">
      <meta name="citation_author" content="Roe, John">
      <meta name="citation_publication_date" content="2019/11/18">
      </head><body><p>Body.</p></body></html>`,
      true,
    );
    const m = extractMetadata(doc, 'https://example.org/paper#s2');
    expect(m.title).toEqual({ value: 'Refugee return in southern Syria', from: 'citation' });
    // "Smith, Jane" is one name written surname first: a repeated tag is the list, not the comma.
    expect(m.authors).toEqual({ value: ['Smith, Jane', 'Roe, John'], from: 'citation' });
    expect(m.date).toEqual({ value: '2019-11-18', from: 'citation' });
    expect(m.url).toBe('https://example.org/paper');
  });
});

describe('extractMetadata: never throws', () => {
  it('on an empty document and a page URL that is not a URL', () => {
    const m = extractMetadata(pageDoc('<!doctype html><html><head></head><body></body></html>', true), '');
    expect(m).toEqual({
      title: null,
      authors: null,
      outlet: null,
      date: null,
      url: '',
      lang: 'en',
      kind: null,
    });
  });
});

describe('extractMetadata: the language the schema will store', () => {
  // The first sentence of data/seeds/000 (Arabic), under tags a CMS might write.
  const arabic = 'استناداً إلى تقارير استخباراتية دولية متعددة، ومصادر إقليمية، ومعلومات موثّقة';
  const page = (htmlLang: string, body: string) =>
    pageDoc(
      `<!doctype html><html lang="${htmlLang}"><head><title>x</title></head><body><p>${body}</p></body></html>`,
      true,
    );

  it('drops <html lang="english"> (canonicalLang takes it, the schema does not) for the script guess', () => {
    expect(extractMetadata(page('english', arabic), 'https://example.org/a').lang).toBe('ar');
    expect(
      extractMetadata(page('arabic', 'Obama admits US gun laws are his biggest frustration'), '').lang,
    ).toBe('en');
  });

  it('keeps a tag the schema takes, in canonical form', () => {
    expect(extractMetadata(page('EN-gb', arabic), '').lang).toBe('en-GB');
  });

  it('guesses as the import does (lib/import/script-lang.ts): as many Arabic letters as Latin is Arabic', () => {
    // «ISIS» and «داعش»: four letters each.
    expect(extractMetadata(page('', 'ISIS داعش'), '').lang).toBe('ar');
  });
});

describe('extractMetadata: an author at the edge of the title is not the outlet', () => {
  // htmldate/1806793639 (elbaladtv): its headline and its JSON-LD Person, the page's outlet removed
  // (no publisher, no og:site_name), the author's name appended to <title> as some sites sign.
  const headline = 'تركى آل الشيخ بعد إصابة يسرا بكورونا: يارب يرفع عنك';
  const body = 'انتشر خبر خلال الساعات الأخيرة علي السوشيال ميديا بشأن إصابة الفنانة يسرا بفيروس كورونا .';

  it('keeps a JSON-LD Person as the author', () => {
    const ld = { '@type': 'NewsArticle', headline, author: { '@type': 'Person', name: 'ضحى عرفة' } };
    const doc = pageDoc(
      `<!doctype html><html lang="ar"><head><title>${headline} - ضحى عرفة</title>
      <script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><p>${body}</p></body></html>`,
      true,
    );
    const m = extractMetadata(doc, 'https://elbaladtv.net/x/');
    expect(m.authors).toEqual({ value: ['ضحى عرفة'], from: 'json-ld' });
    expect(m.outlet).toBeNull();
    expect(m.title).toEqual({ value: headline, from: 'json-ld' });
  });

  it('keeps the author the text’s byline names (youm7’s «كتبت أسماء نصار», htmldate/1691196862)', () => {
    const doc = pageDoc(
      `<!doctype html><html lang="ar"><head><title>${headline} - أسماء نصار</title>
      <meta name="author" content="أسماء نصار"></head>
      <body><article><h1>${headline}</h1><p>كتبت أسماء نصار</p><p>${body}</p></article></body></html>`,
      true,
    );
    const m = extractMetadata(doc, 'https://www.youm7.com/x');
    expect(m.authors?.value).toEqual(['أسماء نصار']);
    expect(m.outlet).toBeNull();
  });

  it('still takes a byline that is the site’s name as the outlet (almadenahnews, htmldate/1588107198)', () => {
    const m = extractMetadata(pageDoc('htmldate/1588107198.html'), 'https://www.almadenahnews.com/x');
    expect(m.outlet).toEqual({ value: 'المدينة نيوز', from: 'title' });
  });
});
