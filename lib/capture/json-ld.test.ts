// JSON-LD in the shapes real pages use (../shared/pages; each shape read in the page's own block).
import { describe, expect, it } from 'vitest';
import { ldObjects, ldString, readJsonLd } from './json-ld';
import { pageDoc } from './pages.test-support';

describe('readJsonLd on real pages', () => {
  it('@graph, a publisher given by @id (htmldate/1806793639, elbaladtv)', () => {
    const { article, inLanguage } = readJsonLd(pageDoc('htmldate/1806793639.html'));
    expect(article?.type).toBe('NewsArticle');
    expect(article?.authors).toEqual(['ضحى عرفة']);
    expect(article?.publisher).toBe('قناة صدي البلد');
    expect(article?.datePublished).toBe('2020-12-25T01:59:50+02:00');
    // The WebSite node of the graph says "inLanguage": "ar".
    expect(inLanguage).toBe('ar');
  });

  it('author as an array of Person objects (fundus/uk/TheMirror_2024_08_05)', () => {
    const { article } = readJsonLd(pageDoc('fundus/uk/TheMirror_2024_08_05.html'));
    expect(article?.type).toBe('LiveBlogPosting');
    expect(article?.authors).toEqual(['Lucy Thornton', 'Tim Hanlon', 'Phoebe Tonks', 'Joseph Gamp']);
  });

  it('author as one object (htmldate/1784190729, alyaum)', () => {
    const { article } = readJsonLd(pageDoc('htmldate/1784190729.html'));
    expect(article?.authors).toEqual(['حسام أبو العلا - القاهرة']);
    expect(article?.publisher).toBe('alyaum');
  });

  it('creator as a string (newspaper/businessweek.com1) and as an array of strings (readability/telegraph)', () => {
    expect(readJsonLd(pageDoc('newspaper/businessweek.com1.html')).article?.authors).toEqual([
      'Mujib Mashal',
    ]);
    expect(readJsonLd(pageDoc('readability/telegraph/source.html')).article?.authors).toEqual([
      'Our Foreign Staff',
    ]);
  });

  it('an organization as author is kept apart from the people (article-extraction-benchmark/c7e39ac49fa1, BBC)', () => {
    const { article } = readJsonLd(pageDoc('article-extraction-benchmark/c7e39ac49fa1.html'));
    expect(article?.authors).toEqual([]);
    expect(article?.organizationAuthors).toEqual(['BBC News']);
    expect(article?.kind).toBe('report');
  });

  it('CDATA-wrapped blocks with no article in them (readability/guardian-1)', () => {
    const { article, siteName } = readJsonLd(pageDoc('readability/guardian-1/source.html'));
    expect(article).toBeNull();
    expect(siteName).toBe('The Guardian');
  });

  it('skips a block that is not JSON and keeps the next one (readability/telegraph: the BreadcrumbList is entity-mangled)', () => {
    const doc = pageDoc('readability/telegraph/source.html');
    const blocks = doc.querySelectorAll('script[type="application/ld+json"]').length;
    expect(blocks).toBe(2);
    expect(ldObjects(doc).map((o) => o['@type'])).toEqual(['NewsArticle']);
  });
});

describe('readJsonLd on broken or odd blocks (minimal pages)', () => {
  const doc = (ld: string): Document =>
    pageDoc(
      `<!doctype html><html><head><script type="application/ld+json">${ld}</script></head><body></body></html>`,
      true,
    );

  it('never throws on malformed JSON', () => {
    expect(readJsonLd(doc('{"@type": "NewsArticle", "headline": "cut off'))).toEqual({
      article: null,
      siteName: null,
      inLanguage: null,
    });
  });

  it('OpinionNewsArticle and AnalysisNewsArticle give the kind', () => {
    expect(readJsonLd(doc('{"@type":"OpinionNewsArticle","headline":"h"}')).article?.kind).toBe('opinion');
    expect(readJsonLd(doc('{"@type":["AnalysisNewsArticle"],"headline":"h"}')).article?.kind).toBe(
      'analysis',
    );
  });
});

describe('ldString', () => {
  it('decodes the HTML entities CNN leaves in its JSON-LD (article-extraction-benchmark/ef4e67b66d63)', () => {
    expect(ldString('Why you just can&#39;t trust the White House on Donald Trump&#39;s health')).toBe(
      "Why you just can't trust the White House on Donald Trump's health",
    );
    expect(ldString('Aerospace &amp;amp; Defense')).toBe('Aerospace &amp; Defense');
    expect(ldString('   ')).toBeNull();
  });

  it('keeps a numeric reference that names no character as written, instead of throwing', () => {
    expect(ldString('a &#99999999; b')).toBe('a &#99999999; b');
    expect(ldString('&#x110000;&#xD800;')).toBe('&#x110000;&#xD800;');
    expect(ldString('&#x1F600; &#1575;')).toBe('😀 ا');
  });
});
