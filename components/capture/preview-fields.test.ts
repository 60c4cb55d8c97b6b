import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { CapturedArticle } from '../../lib/capture/types';
import { articleToDraft, extractArticle } from '../../lib/capture/extract';
import { draftOf, previewOf, problemsOf } from './preview-fields';

// /work/shared/pages/htmldate/1784190729.html (alyaum.com), as its JSON-LD NewsArticle declares it:
// headline, author {"name":"حسام أبو العلا - القاهرة"}, datePublished 2020-12-01T02:00:00+03:00, <html lang="ar">.
const ALYAUM: CapturedArticle = {
  title: { value: 'طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله', from: 'json-ld' },
  authors: { value: ['حسام أبو العلا - القاهرة'], from: 'json-ld' },
  outlet: { value: 'alyaum', from: 'json-ld' },
  date: { value: '2020-12-01', from: 'json-ld' },
  url: 'https://www.alyaum.com/articles/6291787/',
  lang: 'ar',
  kind: null,
  text: 'وسط تهديدات إيرانية بالانتقام وتوعد إسرائيلي برد قاس، شيعت إيران أمس الإثنين جثمان العالم النووي',
  readable: true,
};

// An article page that declares nothing but its title: /work/shared/pages/newspaper/arabic_article.html
// (CNN Arabic 2013) has no JSON-LD, no author or date meta.
const BARE: CapturedArticle = {
  title: { value: 'معارضون يسيطرون على مخازن للصواريخ بريف دمشق', from: 'title' },
  authors: { value: [], from: 'byline' },
  outlet: null,
  date: null,
  url: 'http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html',
  lang: 'ar',
  kind: null,
  text: 'أكدت جهات سورية معارضة أن فصائل مسلحة معارضة لنظام الرئيس بشار الأسد',
  readable: false,
};

describe('previewOf: the draft as fields, with where each value came from', () => {
  it('maps a JSON-LD article field by field', () => {
    const { values, origins } = previewOf(ALYAUM, articleToDraft(ALYAUM, 'capture'));
    expect(values).toEqual({
      title: 'طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله',
      outlet: 'alyaum',
      author: 'حسام أبو العلا - القاهرة',
      date: '2020-12-01',
      lang: 'ar',
      kind: 'news',
      url: 'https://www.alyaum.com/articles/6291787/',
      text: ALYAUM.text,
    });
    expect(origins.title).toEqual({ kind: 'page', from: 'json-ld' });
    expect(origins.author).toEqual({ kind: 'page', from: 'json-ld' });
    expect(origins.date).toEqual({ kind: 'page', from: 'json-ld' });
    // The kind is the default, not something the page said.
    expect(origins.kind).toEqual({ kind: 'default-kind' });
    expect(origins.text).toEqual({ kind: 'text', readable: true });
  });

  it('says "not found" for what the page does not give, and an empty author list is nobody', () => {
    const { values, origins } = previewOf(BARE, articleToDraft(BARE, 'capture'));
    expect(values.outlet).toBe('');
    expect(values.author).toBe('');
    expect(values.date).toBe('');
    expect(origins.outlet).toEqual({ kind: 'none' });
    expect(origins.author).toEqual({ kind: 'none' });
    expect(origins.date).toEqual({ kind: 'none' });
    expect(origins.title).toEqual({ kind: 'page', from: 'title' });
    expect(origins.text).toEqual({ kind: 'text', readable: false });
  });

  it('on a real page (youm7, /work/shared/pages/htmldate/1691196862.html): the printed byline «كتبت أسماء نصار»', async () => {
    const html = readFileSync('/work/shared/pages/htmldate/1691196862.html', 'utf8');
    const doc = parseHTML(html).document as unknown as Document;
    const article = await extractArticle(doc, 'http://127.0.0.1/htmldate/1691196862.html');
    const { values, origins } = previewOf(article, articleToDraft(article, 'capture'));
    expect(values.author).toBe('أسماء نصار');
    expect(origins.author).toEqual({ kind: 'page', from: 'byline' });
    expect(values.date).toBe('2020-08-24');
    expect(values.lang).toBe('ar');
  });
});

describe('problemsOf', () => {
  const captured = articleToDraft(ALYAUM, 'capture');
  const good = previewOf(ALYAUM, captured).values;
  it('accepts the captured values', () => {
    expect(problemsOf(good, captured)).toEqual({});
  });
  it.each([
    [{ date: '2020-02-30' }, { date: 'invalid-date' }],
    [{ date: '1 ديسمبر 2020' }, { date: 'invalid-date' }],
    [{ date: '' }, {}],
    [{ lang: 'ar_EG' }, { lang: 'invalid-lang' }],
    [{ lang: '' }, { lang: 'invalid-lang' }],
    [{ lang: 'en-GB' }, {}],
    [{ url: 'alyaum.com/articles/6291787' }, { url: 'invalid-url' }],
    [{ url: 'javascript:alert(1)' }, { url: 'invalid-url' }],
    [{ title: '  ' }, { title: 'missing-title' }],
    [{ text: '' }, { text: 'missing-text' }],
    // What the schema refuses and hand-written checks let through: a language named in 7 letters
    // (Intl reads it as a reserved language subtag), a URL with no // after its scheme.
    [{ lang: 'arabic' }, { lang: 'invalid-lang' }],
    [{ lang: 'english' }, { lang: 'invalid-lang' }],
    [{ url: 'http:example.com' }, { url: 'invalid-url' }],
    [{ date: '2024-02-29' }, {}],
    [{ date: '2023-02-29' }, { date: 'invalid-date' }],
    [{ date: '2020-12-01T02:00:00+03:00' }, { date: 'invalid-date' }],
    [
      { title: '', url: 'http:example.com' },
      { title: 'missing-title', url: 'invalid-url' },
    ],
  ])('%j → %j', (change, expected) => {
    expect(problemsOf({ ...good, ...change }, captured)).toEqual(expected);
  });
});

describe('draftOf: what is stored', () => {
  const captured = articleToDraft(ALYAUM, 'capture');
  const values = previewOf(ALYAUM, captured).values;
  it('keeps the page’s title as the source’s own, and empties become null', () => {
    const draft = draftOf({ ...values, outlet: '  ', author: '' }, captured);
    expect(draft.titleOrigin).toBe('source');
    expect(draft.outlet).toBeNull();
    expect(draft.author).toBeNull();
    expect(draft.format).toBe('capture');
    expect(draft.date).toBe('2020-12-01');
  });
  it('a title the user rewrote is the user’s; the language tag is canonical; the kind chosen is kept', () => {
    const draft = draftOf({ ...values, title: 'جنازة زادة', lang: 'ar-eg', kind: 'opinion' }, captured);
    expect(draft.title).toBe('جنازة زادة');
    expect(draft.titleOrigin).toBe('user');
    expect(draft.lang).toBe('ar-EG');
    expect(draft.kind).toBe('opinion');
  });
});
