// Capture end to end on real pages (../shared/pages): the article text, paragraph by paragraph, and
// the metadata with Readability as the last resort. First and last paragraphs were read in each
// page's HTML; the navigation strings are from the page's own <nav>/<header> menus.
import { describe, expect, it } from 'vitest';
import { articleToDraft, extractArticle } from './extract';
import { pageDoc } from './pages.test-support';
import type { CapturedArticle } from './types';

interface TextRow {
  page: string;
  first: string;
  last: string;
  nav: string[];
}

const TEXT_ROWS: TextRow[] = [
  {
    page: 'readability/bbc-1/source.html',
    first:
      'President Barack Obama has admitted that his failure to pass "common sense gun safety laws" in the US is the greatest frustration of his presidency.',
    last: 'Mr Obama will become the first US president to address the African Union when he travels on to Ethiopia on Sunday.',
    nav: ['CBeebies', 'Also in the News'],
  },
  {
    page: 'readability/guardian-1/source.html',
    first: 'Whale whisperer Hori Parata was just seven years old when he attended his first mass stranding',
    last: '“It’s very emotional. Our ancestors tell us the strandings are a sign from the sea. So what is the sea telling us? We need to listen.”',
    nav: ['Back to home', 'US politics'],
  },
  {
    page: 'htmldate/1784190729.html',
    first: 'وسط تهديدات إيرانية بالانتقام وتوعد إسرائيلي برد قاس، شيعت إيران أمس الإثنين جثمان العالم النووي',
    last: 'وشدد كوهين على أن إسرائيل ستواصل منع إيران من امتلاك سلاح نووي.',
    nav: ['أقسام الموقع', 'كُنْ مُراسِلًا'],
  },
  {
    page: 'trafilatura/assabah.com.tn.article.html',
    first: 'مالذي يحدث في السودان؟ والى أين يتجه البلد الذي يقوده الرئيس عمر البشير منذ ثلاثين عاما؟',
    last: 'والدفع الى اعادة التفكير في العلاقة بين الخرطوم وتل ابيب.',
    nav: ['استمارة البحث', 'رئاسة التحرير'],
  },
  {
    page: 'newspaper/arabic_article.html',
    first: 'دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة أن فصائل مسلحة معارضة لنظام الرئيس بشار الأسد',
    last: 'وترك القرار للشعب السوري الحر ليختار مصيره بملء إرادته',
    nav: ['اقتصاد وأعمال', 'صحة وتكنولوجيا'],
  },
];

describe('extractArticle: the article text of real pages', () => {
  for (const row of TEXT_ROWS) {
    it(row.page, async () => {
      const a = await extractArticle(pageDoc(row.page), 'https://example.org/a');
      expect(a.readable).toBe(true);
      expect(a.text).toContain(row.first);
      expect(a.text).toContain(row.last);
      for (const n of row.nav) expect(a.text).not.toContain(n);
      expect(a.text).not.toMatch(/\n{3,}/);
      expect(a.text).not.toMatch(/<\/?[a-z][^>]*>/i);
    });
  }

  it('keeps paragraphs apart: bbc-1 opens with its first paragraph, a paragraph of its own', async () => {
    const a = await extractArticle(pageDoc('readability/bbc-1/source.html'), 'https://example.org/a');
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs[0]).toBe(TEXT_ROWS[0]?.first);
    expect(paragraphs[1]).toBe(
      'In an interview with the BBC, Mr Obama said it was "distressing" not to have made progress on the issue "even in the face of repeated mass killings".',
    );
  });

  it('leaves the page it was given untouched (Readability runs on a clone)', async () => {
    const doc = pageDoc('readability/bbc-1/source.html');
    const before = doc.documentElement.outerHTML.length;
    await extractArticle(doc, 'https://example.org/a');
    expect(doc.documentElement.outerHTML.length).toBe(before);
  });
});

describe('extractArticle: metadata with Readability as the last resort', () => {
  it("htmldate/1550981615 (Sputnik): Readability's byline «Sputnik» is the outlet, named in full by the <title> «… - Sputnik Arabic»", async () => {
    const a = await extractArticle(pageDoc('htmldate/1550981615.html'), 'https://arabic.sputniknews.com/x');
    expect(a.authors).toBeNull();
    expect(a.outlet).toEqual({ value: 'Sputnik Arabic', from: 'title' });
    expect(a.date).toEqual({ value: '2020-03-17', from: 'meta' });
  });

  it('htmldate/1764731404: <html lang="en-US"> over an Arabic article is a CMS default: the source is Arabic', async () => {
    const a = await extractArticle(pageDoc('htmldate/1764731404.html'), 'https://www.beirutobserver.com/x');
    expect(a.lang).toBe('ar');
  });

  it('readability/bbc-1: the byline Readability finds («BBC News») is not made an author', async () => {
    const a = await extractArticle(pageDoc('readability/bbc-1/source.html'), 'https://example.org/a');
    expect(a.authors).toBeNull();
    expect(a.outlet).toEqual({ value: 'BBC News', from: 'json-ld' });
  });
});

describe('extractArticle: no article', () => {
  it('falls back to the visible text of <main>, without nav, header, footer, aside, scripts', async () => {
    const doc = pageDoc(
      `<!doctype html><html lang="en"><head><title>Prices</title><style>p{}</style></head><body>
      <header>Site header</header><nav>Home · Shop</nav>
      <main><h2>Opening hours</h2><ul><li>Mon 9–5</li><li>Sat closed</li></ul><aside>Ad</aside>
      <script>var x = 1;</script></main><footer>© Shop</footer></body></html>`,
      true,
    );
    const a = await extractArticle(doc, 'https://example.org/hours');
    expect(a.readable).toBe(false);
    expect(a.text).toBe('Opening hours\n\nMon 9–5\n\nSat closed');
  });
});

describe('articleToDraft', () => {
  const base: CapturedArticle = {
    title: { value: 'طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله', from: 'json-ld' },
    authors: { value: ['حسام أبو العلا', 'ضحى عرفة'], from: 'json-ld' },
    outlet: { value: 'alyaum', from: 'json-ld' },
    date: { value: '2020-12-01', from: 'json-ld' },
    url: 'https://www.alyaum.com/articles/6291787',
    lang: 'ar',
    kind: null,
    text: 'وسط تهديدات إيرانية بالانتقام',
    readable: true,
  };

  it('joins Arabic names with «، », defaults the kind to news, keeps the title as the source’s', () => {
    expect(articleToDraft(base, 'capture')).toEqual({
      title: 'طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله',
      titleOrigin: 'source',
      outlet: 'alyaum',
      author: 'حسام أبو العلا، ضحى عرفة',
      date: '2020-12-01',
      url: 'https://www.alyaum.com/articles/6291787',
      lang: 'ar',
      kind: 'news',
      text: 'وسط تهديدات إيرانية بالانتقام',
      format: 'capture',
    });
  });

  it('joins other names with ", " and keeps a stated kind; nothing stated stays null', () => {
    const d = articleToDraft(
      {
        ...base,
        lang: 'en-GB',
        authors: { value: ['Marc Santora', 'Al Baker'], from: 'meta' },
        kind: { value: 'opinion', from: 'article-meta' },
        outlet: null,
        date: null,
      },
      'html',
    );
    expect(d.author).toBe('Marc Santora, Al Baker');
    expect(d.kind).toBe('opinion');
    expect(d.outlet).toBeNull();
    expect(d.date).toBeNull();
    expect(d.format).toBe('html');
  });
});

describe('extractArticle: Readability’s byline is not taken over the page’s own word', () => {
  it('article-extraction-benchmark/1ee91d1fce65 (Polygraph ClaimReview, author {Organization POLYGRAPH.info}): no author, although Readability finds «The Russian and Syrian defense ministries»', async () => {
    const a = await extractArticle(
      pageDoc('article-extraction-benchmark/1ee91d1fce65.html'),
      'https://example.org/a',
    );
    expect(a.authors).toBeNull();
    expect(a.outlet).toEqual({ value: 'POLYGRAPH.info', from: 'json-ld' });
  });
});
