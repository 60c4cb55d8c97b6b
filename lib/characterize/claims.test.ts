import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './claims';
import type { RawClaim } from './types';

const SEEDS = new URL('../../data/seeds/', import.meta.url);
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
const seed = (n: string): string => {
  const file = seedFiles.find((f) => f.startsWith(n));
  if (!file) throw new Error(`seed ${n} missing`);
  return readFileSync(new URL(file, SEEDS), 'utf8');
};
const claimsOf = new Map(seedFiles.map((f) => [f.slice(0, 3), extractClaims(seed(f.slice(0, 3)))]));

interface Expected {
  attribute: RawClaim['attribute'];
  min: number | string;
  max?: number | string;
  qualifier: RawClaim['qualifier'];
  unit?: string | null;
  by?: string | null;
  hedge?: string | null;
}

/** The claim whose text is exactly `text` in seed `n` (there must be one). */
function find(n: string, text: string): RawClaim {
  const hits = (claimsOf.get(n) ?? []).filter((c) => c.text === text);
  expect(
    hits.map((c) => c.text),
    `claims of seed ${n} with text «${text}»`,
  ).toEqual([text]);
  return hits[0] as RawClaim;
}

// Every row: seed, the expression as the seed writes it, what it must read. Expected values written
// from reading the seed sentences (the task's hard cases), not from the extractor's output.
const CASES: [string, string, Expected][] = [
  ['002', 'أكثر من 130 قتيلاً', { attribute: 'killed', min: 130, qualifier: 'more-than', hedge: null }],
  ['002', 'مقتل 90 شخصاً', { attribute: 'killed', min: 90, qualifier: 'exact' }],
  ['002', 'مقتل 60 شخصاً', { attribute: 'killed', min: 60, qualifier: 'exact' }],
  ['002', 'إصابة أكثر من 100 آخرين', { attribute: 'injured', min: 100, qualifier: 'more-than' }],
  [
    '002',
    'أكثر من 2500 مقاتل',
    { attribute: 'fighters', min: 2500, qualifier: 'more-than', by: 'وتشير بعض التقارير إلى أن' },
  ],
  ['002', 'أكثر من 200 هجوم', { attribute: 'attacks', min: 200, qualifier: 'more-than', hedge: 'زُعم' }],
  ['002', 'سنة 2015', { attribute: 'date', min: '2015', qualifier: 'exact' }],
  ['002', 'سنة 2021', { attribute: 'date', min: '2021', qualifier: 'exact' }],
  ['002', 'سنة 2022', { attribute: 'date', min: '2022', qualifier: 'exact' }],
  ['002', 'مارس (آذار) 2023', { attribute: 'date', min: '2023-03', qualifier: 'exact' }],
  ['002', '25 مارس 2024', { attribute: 'date', min: '2024-03-25', qualifier: 'exact' }],
  ['002', 'أقل من 6 أشهر', { attribute: 'duration', min: 6, qualifier: 'less-than', unit: 'month' }],
  ['002', '8 سنوات', { attribute: 'duration', min: 8, qualifier: 'exact', unit: 'year' }],
  ['003', 'أكثر من (33) مليار دولار', { attribute: 'money', min: 33e9, qualifier: 'more-than', unit: 'USD' }],
  ['003', 'بين 2002 و2018', { attribute: 'date', min: '2002', max: '2018', qualifier: 'range' }],
  [
    '003',
    'عدد أعضاء داعش في باكستان بين 2000 و3000',
    { attribute: 'fighters', min: 2000, max: 3000, qualifier: 'range' },
  ],
  ['003', '(3.5) مليار دولار', { attribute: 'money', min: 3.5e9, qualifier: 'exact', unit: 'USD' }],
  ['003', 'أقل من مليار', { attribute: 'money', min: 1e9, qualifier: 'less-than', unit: 'USD' }],
  ['003', 'مقتل 1081 شخصًا', { attribute: 'killed', min: 1081, qualifier: 'exact' }],
  ['003', '45٪', { attribute: 'percent', min: 45, qualifier: 'exact', unit: '%' }],
  ['003', 'يناير (كانون الثاني) 2015', { attribute: 'date', min: '2015-01', qualifier: 'exact' }],
  ['003', '2024- 2025', { attribute: 'date', min: '2024', max: '2025', qualifier: 'range' }],
  ['003', 'يونيو (حزيران) 2025', { attribute: 'date', min: '2025-06', qualifier: 'exact' }],
  [
    '004',
    'حوالي 2000 مسلح',
    { attribute: 'fighters', min: 2000, qualifier: 'about', by: 'وفقًا لأحدث تقديرات الأمم المتحدة' },
  ],
  // The UN estimate closes the first clause; «بينما» opens another: the Taliban figure is not the UN's.
  ['004', '70 ألف مقاتل', { attribute: 'fighters', min: 70000, qualifier: 'more-than', by: null }],
  ['000', '20 أكتوبر 2024', { attribute: 'date', min: '2024-10-20', qualifier: 'exact' }],
];

describe('extractClaims on the seeds', () => {
  it.each(CASES)('%s «%s»', (n, text, want) => {
    const c = find(n, text);
    expect(c.attribute).toBe(want.attribute);
    expect(c.min).toBe(want.min);
    expect(c.max).toBe(want.max ?? want.min);
    expect(c.qualifier).toBe(want.qualifier);
    if (want.unit !== undefined) expect(c.unit).toBe(want.unit);
    if (want.by !== undefined) expect(c.attributedTo?.text ?? null).toBe(want.by);
    if (want.hedge !== undefined) expect(c.hedge?.text ?? null).toBe(want.hedge);
  });

  it('reads the 9/11 attacks, the F-16 and «مئات المقاتلين» as no claim', () => {
    const all = [...claimsOf.values()].flat();
    expect(all.filter((c) => /11 سبتمبر/.test(c.text) && !/2001/.test(c.text))).toEqual([]);
    expect(all.filter((c) => c.min === 16 || c.text.includes('F-16'))).toEqual([]);
    expect(all.filter((c) => c.text.includes('مئات'))).toEqual([]);
  });

  it('covers every claim of every seed by its exact offsets, inside its sentence', () => {
    for (const [n, claims] of claimsOf) {
      const text = seed(n);
      for (const c of claims) {
        expect(text.slice(c.start, c.end)).toBe(c.text);
        expect(c.start).toBeGreaterThanOrEqual(c.sentenceStart);
        expect(c.end).toBeLessThanOrEqual(c.sentenceEnd);
        for (const s of [c.attributedTo, c.hedge]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it('finds claims in every seed that states a figure (001 states none)', () => {
    expect((claimsOf.get('001') ?? []).length).toBe(0);
    for (const n of ['000', '002', '003', '004']) expect((claimsOf.get(n) ?? []).length).toBeGreaterThan(0);
  });

  it('uses the given sentences instead of its own', () => {
    const text = 'مقتل 5 أشخاص. مقتل 7 أشخاص.';
    const claims = extractClaims(text, [[0, 13]]);
    expect(claims.map((c) => c.min)).toEqual([5]);
  });
});
