// The comparison components rendered into a DOM (linkedom): the markup contracts the browser tests and
// the bench rely on, and that every quote is the source's own characters. The sides are built from
// the real texts of seed-002 and seed-004 (data/seeds/002_…, 004_…), offsets found in those texts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_ENTITIES } from '../../data/shipped-entities';
import type { Characterization, Claim, Comparison, Span } from '../../lib/characterize/types';
import type { EntityCard, EntityComparisonView, SourceSide } from '../../lib/messages';
import { act } from 'preact/test-utils';
import { EntityComparison, POPUP_SIDES } from '../EntityComparison';
import { HoverCard } from '../HoverCard';
import { COMPARISON_SIDES, ComparisonItem } from './ComparisonList';
import { SideCard } from './SideCard';
import { SidesTable, TABLE_CHUNK } from './SidesTable';
import { disputedClaims } from './side-helpers';

const seed = (file: string) => readFileSync(path.join(__dirname, '../../data/seeds', file), 'utf8');
const TEXT_002 = seed('002_09a4258c08e6388d.txt');
const TEXT_004 = seed('004_56697dad0a47d7cc.txt');

function spanOf(text: string, words: string, from = 0): Span {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`not in the text: ${words}`);
  return { text: words, start, end: start + words.length };
}

const isisK = SHIPPED_ENTITIES.find((e) => e.id === 'isis-k')!;

// seed-002: «وتشير بعض التقارير إلى أن عدد مقاتليه يبلغ الآن أكثر من 2500 مقاتل، …»
const sentence002 = spanOf(
  TEXT_002,
  'وتشير بعض التقارير إلى أن عدد مقاتليه يبلغ الآن أكثر من 2500 مقاتل، وهي زيادة كبيرة بالنسبة إلى مجموعة بدأت مع بضع مئات من المجندين.',
);
const quote002 = spanOf(TEXT_002, 'تقرير: داعش خراسان يذكّر بالقاعدة قبل 11 سبتمبر');
// seed-004: «ولدى تنظيم داعش في أفغانستان حوالي 2000 مسلح، وفقًا لأحدث تقديرات الأمم المتحدة، …»
const sentence004 = spanOf(
  TEXT_004,
  'ولدى تنظيم داعش في أفغانستان حوالي 2000 مسلح، وفقًا لأحدث تقديرات الأمم المتحدة، بينما يزيد عدد عناصر حركة طالبان عن 70 ألف مقاتل.',
);

function claim(sentence: Span, text: string, words: string, value: Partial<Claim>): Claim {
  const at = spanOf(text, words, sentence.start);
  return {
    attribute: 'fighters',
    min: 0,
    max: 0,
    qualifier: 'exact',
    unit: null,
    text: at.text,
    start: at.start,
    end: at.end,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    attributedTo: null,
    hedge: null,
    via: 'mention',
    scopePlaces: [],
    ...value,
  } as Claim;
}

const claim002 = claim(sentence002, TEXT_002, 'أكثر من 2500 مقاتل', {
  min: 2500,
  max: 2500,
  qualifier: 'more-than',
  via: 'reference',
});
const claim004 = claim(sentence004, TEXT_004, 'حوالي 2000 مسلح', {
  min: 2000,
  max: 2000,
  qualifier: 'about',
  attributedTo: spanOf(TEXT_004, 'وفقًا لأحدث تقديرات الأمم المتحدة', sentence004.start),
});

function characterization(
  sourceId: string,
  claims: Claim[],
  quotes: Span[],
  names: string[],
): Characterization {
  return {
    entityId: 'isis-k',
    sourceId,
    names: names.map((text) => ({ text, count: 1 })),
    descriptors: [],
    claims,
    frames: [],
    salience: { mentions: 3, inTitle: true, inLead: true, paragraphShare: 0.5 },
    quotes,
  };
}

const side002: SourceSide = {
  source: {
    id: 'seed-002',
    title: 'تقرير: داعش خراسان يذكّر بالقاعدة قبل 11 سبتمبر',
    titleOrigin: 'source',
    outlet: null,
    author: null,
    date: '2024-03-25',
    lang: 'ar',
    kind: 'report',
    origin: 'shipped',
  },
  characterization: characterization('seed-002', [claim002], [quote002, sentence002], ['داعش خراسان']),
  stance: { label: 'hostile', origin: 'curated', evidence: [] },
  summary: {
    en: 'A growing threat that recalls al-Qaeda before 9/11.',
    ar: 'تهديد متزايد يذكّر بالقاعدة قبل 11 سبتمبر.',
    origin: 'curated',
  },
  curatedPoints: null,
  userNote: null,
};

const side004: SourceSide = {
  source: { ...side002.source, id: 'seed-004', title: 'تقرير أمريكي', date: null, kind: 'news' },
  characterization: characterization('seed-004', [claim004], [sentence004], ['داعش']),
  stance: null,
  summary: {
    en: 'Counts its fighters per the UN.',
    ar: 'يحصي مقاتليه وفق الأمم المتحدة.',
    origin: 'computed',
  },
  curatedPoints: null,
  userNote: null,
};

const comparison: Comparison = {
  entityId: 'isis-k',
  attribute: 'fighters',
  verdict: 'differs',
  story: { kind: 'entity' },
  claims: [
    { sourceId: 'seed-002', entityId: 'isis-k', claim: claim002, date: '2024-03-25' },
    { sourceId: 'seed-004', entityId: 'isis-k', claim: claim004, date: null },
  ],
};

const view: EntityComparisonView = {
  entity: isisK,
  sides: [side002, side004],
  sideCount: 2,
  comparisons: [comparison],
  silent: { count: 3, sources: [] },
  related: [],
  timeline: [],
};

let root: HTMLElement;
beforeAll(() => {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
  (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame = (f: () => void) =>
    setTimeout(f, 0);
  (globalThis as { cancelAnimationFrame?: unknown }).cancelAnimationFrame = (id: number) => clearTimeout(id);
  root = document.getElementById('root') as unknown as HTMLElement;
});

const texts: Record<string, string> = { 'seed-002': TEXT_002, 'seed-004': TEXT_004 };

function quotesAreVerbatim(scope: Element): number {
  const links = [...scope.querySelectorAll('a.quote-link')];
  for (const a of links) {
    const url = new URL(a.getAttribute('href')!);
    const source = url.searchParams.get('source')!;
    const start = Number(url.searchParams.get('start'));
    const end = Number(url.searchParams.get('end'));
    expect(url.searchParams.get('entity')).toBe('isis-k');
    expect(a.textContent).toBe(texts[source]!.slice(start, end));
    expect(a.getAttribute('lang')).toBe('ar');
    expect(a.getAttribute('dir')).toBe('rtl');
  }
  return links.length;
}

describe('a source card', () => {
  it('shows stance, summary in the UI language, the disputed claim in UI words and marked quotes', () => {
    render(
      <ul>
        <SideCard side={side002} entity={isisK} disputed={disputedClaims([comparison])} lang="en" />
      </ul>,
      root,
    );
    const card = root.querySelector('li.source-card[data-source-id="seed-002"]')!;
    expect(card).not.toBeNull();
    expect(card.querySelector('.stance[data-stance="hostile"][data-origin="curated"]')).not.toBeNull();
    const summary = card.querySelector('.summary[lang="en"][data-origin="curated"]')!;
    expect(summary.textContent).toContain('A growing threat that recalls al-Qaeda before 9/11.');
    expect(card.querySelector('.claim-row.disputed .claim-value')!.textContent).toBe(
      'more than 2,500 fighters',
    );
    // The claim's own words are bold inside its sentence.
    expect(card.querySelector('.claim-words')!.textContent).toBe('أكثر من 2500 مقاتل');
    // The entity's name is marked inside the headline quote.
    expect([...card.querySelectorAll('.quotes mark.entity-name')].map((m) => m.textContent)).toContain(
      'داعش خراسان',
    );
    expect(quotesAreVerbatim(card)).toBe(3);
    // The date reads as the UI writes dates, the kind in UI words.
    expect(card.querySelector('.source-line')!.textContent).toContain('25 March 2024');
    expect(card.querySelector('.source-line')!.textContent).toContain('report');
  });

  it('says when no stance is recorded, in Arabic', () => {
    render(
      <ul>
        <SideCard side={side004} entity={isisK} disputed={new Set()} lang="ar" />
      </ul>,
      root,
    );
    expect(root.querySelector('.stance[data-stance="none"]')!.textContent).toBe('لا موقف مسجَّل');
    expect(root.querySelector('.summary[lang="ar"][dir="rtl"][data-origin="computed"]')).not.toBeNull();
    expect(root.querySelector('.claim-value')!.textContent).toBe('نحو 2000 مقاتل');
    expect(root.querySelector('.claim-note q')!.textContent).toBe('وفقًا لأحدث تقديرات الأمم المتحدة');
  });
});

describe('a source card with the user’s note', () => {
  it('shows the note as the user’s, with its passage verbatim, and the user’s stance', () => {
    const withNote: SourceSide = {
      ...side004,
      stance: { label: 'critical', origin: 'user', evidence: [] },
      userNote: {
        entityId: 'isis-k',
        sourceId: 'seed-004',
        stance: 'critical',
        text: 'The UN figure, not the outlet’s own.',
        passage: spanOf(TEXT_004, 'وفقًا لأحدث تقديرات الأمم المتحدة', sentence004.start),
        createdAt: 1,
        updatedAt: 1,
      },
    };
    render(
      <ul>
        <SideCard side={withNote} entity={isisK} disputed={new Set()} lang="en" />
      </ul>,
      root,
    );
    const note = root.querySelector('.user-note[data-origin="user"]')!;
    expect(note.textContent).toContain('The UN figure, not the outlet’s own.');
    expect(note.querySelector('.origin')!.textContent).toBe('your note');
    expect(quotesAreVerbatim(note)).toBe(1);
    expect(root.querySelector('.stance[data-stance="critical"][data-origin="user"]')).not.toBeNull();
  });
});

describe('a comparison', () => {
  it('carries its verdict, attribute and each side with its source and sentence', () => {
    const sides = new Map(view.sides.map((s) => [s.source.id, s]));
    render(
      <ul>
        <ComparisonItem comparison={comparison} view={view} sides={sides} lang="en" />
      </ul>,
      root,
    );
    const item = root.querySelector('[data-verdict="differs"][data-attribute="fighters"]')!;
    expect(item.querySelector('.verdict')!.textContent).toBe('Sources differ');
    const sideIds = [...item.querySelectorAll('.side')].map((s) => s.getAttribute('data-source-id'));
    expect(sideIds).toEqual(['seed-002', 'seed-004']);
    const values = [...item.querySelectorAll('.claim-value')].map((v) => v.textContent);
    expect(values).toEqual(['more than 2,500 fighters', 'about 2,000 fighters']);
    expect(quotesAreVerbatim(item)).toBe(2);
    // Comparison sides are not source cards: the popup's `li[data-source-id]` stays one per source.
    expect(item.querySelectorAll('li[data-source-id]').length).toBe(0);
  });
});

describe('the hover card', () => {
  it('gives each source line its stance and its summary in the UI language, the quote in Arabic', () => {
    const card: EntityCard = {
      entity: isisK,
      sources: [
        {
          sourceId: 'seed-002',
          title: side002.source.title,
          outlet: null,
          date: '2024-03-25',
          lang: 'ar',
          mentions: 3,
          quote: quote002,
          stance: { label: 'hostile', origin: 'curated' },
          summary: side002.summary,
        },
        {
          sourceId: 'seed-004',
          title: 'تقرير أمريكي',
          outlet: null,
          date: null,
          lang: 'ar',
          mentions: 1,
          quote: sentence004,
          stance: null,
          summary: side004.summary,
        },
      ],
    };
    render(
      <HoverCard
        state={{ status: 'ready', card }}
        lang="en"
        fallbackName="ISIS-K"
        compareUrl="chrome-extension://x/compare.html?entity=isis-k"
        onCompare={() => undefined}
      />,
      root,
    );
    const lines = [...root.querySelectorAll('[data-testid="card-source"]')];
    expect(lines.map((l) => l.querySelector('.stance')!.getAttribute('data-stance'))).toEqual([
      'hostile',
      'none',
    ]);
    expect(lines.map((l) => l.querySelector('.summary')!.getAttribute('data-origin'))).toEqual([
      'curated',
      'computed',
    ]);
    expect(lines[1]!.querySelector('.summary')!.textContent).toContain('Counts its fighters per the UN.');
    expect(lines[0]!.querySelector('.quote')!.getAttribute('lang')).toBe('ar');
    expect(root.querySelector('a[data-testid="card-compare"]')!.getAttribute('href')).toBe(
      'chrome-extension://x/compare.html?entity=isis-k',
    );
    expect(root.querySelector('[data-testid="card-more"]')).toBeNull();
    // A large corpus: the card lists the first sources and says how many more there are.
    render(
      <HoverCard
        state={{ status: 'ready', card: { ...card, sourceCount: 14 } }}
        lang="en"
        fallbackName="ISIS-K"
        compareUrl="chrome-extension://x/compare.html?entity=isis-k"
        onCompare={() => undefined}
      />,
      root,
    );
    expect(root.querySelector('[data-testid="card-more"]')!.textContent).toBe('and 12 more');
  });
});

describe('many sides', () => {
  const many = (n: number): EntityComparisonView => ({
    ...view,
    sides: Array.from({ length: n }, (_, i) => ({
      ...side004,
      source: { ...side004.source, id: `bbc-${i}` },
      characterization: { ...side004.characterization, sourceId: `bbc-${i}` },
    })),
    sideCount: n,
    comparisons: [],
  });

  it('the popup renders the first sides and offers all of them', () => {
    let asked = 0;
    render(<EntityComparison view={many(40)} lang="en" onShowAll={() => asked++} />, root);
    expect(root.querySelectorAll('.source-card[data-source-id]').length).toBe(POPUP_SIDES);
    const button = root.querySelector<HTMLButtonElement>('button[data-action="show-all"]')!;
    expect(button.textContent).toBe('Show all 40 sources');
    button.click();
    expect(asked).toBe(1);
    expect(root.querySelector('section.comparison')!.getAttribute('data-entity-id')).toBe('isis-k');
  });

  it('a comparison stated by many sources shows the first sides and more on request', async () => {
    const big: Comparison = {
      ...comparison,
      claims: Array.from({ length: 30 }, (_, i) => ({ ...comparison.claims[1]!, sourceId: `bbc-${i}` })),
    };
    render(
      <ul>
        <ComparisonItem comparison={big} view={view} sides={new Map()} lang="en" />
      </ul>,
      root,
    );
    expect(root.querySelectorAll('.side[data-source-id]').length).toBe(COMPARISON_SIDES);
    await act(() => root.querySelector<HTMLButtonElement>('button[data-action="more-sides"]')!.click());
    expect(root.querySelectorAll('.side[data-source-id]').length).toBe(30);
    expect(root.querySelector('button[data-action="more-sides"]')).toBeNull();
  });

  it('the full page table grows by chunks', async () => {
    render(<SidesTable view={many(TABLE_CHUNK + 5)} lang="en" />, root);
    expect(root.querySelectorAll('tbody tr[data-source-id]').length).toBe(TABLE_CHUNK);
    await act(() => root.querySelector<HTMLButtonElement>('button[data-action="show-more"]')!.click());
    expect(root.querySelectorAll('tbody tr[data-source-id]').length).toBe(TABLE_CHUNK + 5);
    expect(root.querySelector('button[data-action="show-more"]')).toBeNull();
  });
});
