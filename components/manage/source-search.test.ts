// Source search and the list's filters on real titles of the ant-bbc archive (file of each in its
// comment): folding makes أَحْمَد = أحمد = احمد, prefixes match, every word must match.
import { describe, expect, it } from 'vitest';
import type { ManagedSource } from '../../lib/messages';
import { applyFilters, facetValues, NO_FILTER } from './source-filter';
import { SourceSearch, tokenize } from './source-search';

function source(
  id: string,
  title: string,
  url: string,
  date: string | null,
  extra: Partial<ManagedSource> = {},
): ManagedSource {
  return {
    id,
    title,
    outlet: 'BBC',
    author: null,
    date,
    lang: 'ar',
    kind: 'news',
    url,
    origin: 'user',
    addedAt: Number(id.slice(1)),
    updatedAt: 0,
    length: 1000,
    entities: 0,
    ...extra,
  };
}

const SOURCES: ManagedSource[] = [
  // culture/BB-culture-187-20180604.txt
  source(
    's1',
    'وفاة الإذاعي المصري أحمد سعيد المدير السابق لصوت العرب',
    'http://www.bbc.co.uk/arabic/art-and-culture-44364970',
    '2018-06-04',
  ),
  // internationalNews/BB-internationalNews-686-20180623.txt
  source(
    's2',
    'انفجار يستهدف مؤيدين لرئيس وزراء اثيوبيا آبي أحمد بأديس ابابا',
    'http://www.bbc.co.uk/arabic/world-44586170',
    '2018-06-23',
  ),
  // culture/BB-culture-96-20180403.txt
  source(
    's3',
    'مصر تودع "العراب" أحمد خالد توفيق',
    'http://www.bbc.co.uk/arabic/art-and-culture-43623996',
    '2018-04-03',
  ),
  // internationalNews/BB-internationalNews-1205-20181016.txt
  source(
    's4',
    'أستراليا تدرس نقل سفارتها في إسرائيل إلى القدس',
    'http://www.bbc.co.uk/arabic/world-45873684',
    '2018-10-16',
  ),
  // middleEast/BB-middleEast-11-20180215.txt
  source(
    's5',
    'وزير الخارجية العماني يزور الحرم القدسي',
    'http://www.bbc.co.uk/arabic/middleeast-43074198',
    '2018-02-15',
  ),
  // internationalNews/BB-internationalNews-861-20180726.txt, here as if the user had typed it in English
  source(
    's6',
    'جدل بسبب "تمييز" نادي برشلونة بين فريقي الرجال والسيدات في مقاعد الطيران',
    'http://www.bbc.co.uk/arabic/world-44969679',
    null,
    { lang: 'ar-EG', kind: 'report', origin: 'shipped', outlet: 'بي بي سي' },
  ),
];

describe('tokenize', () => {
  it('drops harakat and hamza forms and splits on punctuation', () => {
    expect(tokenize('أَحْمَد')).toEqual(tokenize('احمد'));
    expect(tokenize('"العراب" أحمد')).toEqual(['العراب', 'احمد']);
  });
});

describe('SourceSearch', () => {
  const search = new SourceSearch(SOURCES);
  const sorted = (q: string) => [...(search.search(q) ?? [])].sort();

  it('finds the same three titles for أَحْمَد, أحمد and احمد', () => {
    expect(sorted('أَحْمَد')).toEqual(['s1', 's2', 's3']);
    expect(sorted('أحمد')).toEqual(['s1', 's2', 's3']);
    expect(sorted('احمد')).toEqual(['s1', 's2', 's3']);
  });

  it('needs every word (AND) and matches prefixes', () => {
    expect(sorted('احمد سعيد')).toEqual(['s1']);
    expect(sorted('القدس')).toEqual(['s4', 's5']);
    expect(sorted('برشل')).toEqual(['s6']);
  });

  it('searches the outlet and the URL too', () => {
    expect(sorted('بي بي سي')).toEqual(['s6']);
    expect(sorted('middleeast')).toEqual(['s5']);
  });

  it('answers null for a query with no word (show everything)', () => {
    expect(search.search('  "" ')).toBeNull();
  });
});

describe('applyFilters', () => {
  it('sorts by date newest first with undated sources last', () => {
    const ids = applyFilters(SOURCES, NO_FILTER, 'date', null, 'ar').map((s) => s.id);
    expect(ids).toEqual(['s4', 's2', 's1', 's3', 's5', 's6']);
  });

  it('keeps a date range inclusive and leaves undated sources out of it', () => {
    const ids = applyFilters(
      SOURCES,
      { ...NO_FILTER, from: '2018-04-03', to: '2018-06-23' },
      'date',
      null,
      'ar',
    );
    expect(ids.map((s) => s.id)).toEqual(['s2', 's1', 's3']);
  });

  it('filters by language subtag, kind, origin and outlet', () => {
    expect(applyFilters(SOURCES, { ...NO_FILTER, lang: 'ar' }, 'added', null, 'ar')).toHaveLength(6);
    expect(
      applyFilters(SOURCES, { ...NO_FILTER, kind: 'report' }, 'added', null, 'ar').map((s) => s.id),
    ).toEqual(['s6']);
    expect(
      applyFilters(SOURCES, { ...NO_FILTER, origin: 'user', outlet: 'BBC' }, 'added', null, 'ar').map(
        (s) => s.id,
      ),
    ).toEqual(['s5', 's4', 's3', 's2', 's1']);
  });

  it('keeps only the search hits, in their ranking for relevance', () => {
    const hits = ['s3', 's1'];
    expect(applyFilters(SOURCES, NO_FILTER, 'relevance', hits, 'ar').map((s) => s.id)).toEqual(['s3', 's1']);
    expect(applyFilters(SOURCES, NO_FILTER, 'date', hits, 'ar').map((s) => s.id)).toEqual(['s1', 's3']);
  });

  it('counts facet values, most first', () => {
    expect(facetValues(SOURCES, (s) => s.outlet)).toEqual([
      { value: 'BBC', count: 5 },
      { value: 'بي بي سي', count: 1 },
    ]);
  });
});
