// Choices about one side, on claims read off seed-003 (003_ba6c308213cb6bcc.txt): «يقدر عدد أعضاء
// داعش في باكستان بين 2000 و3000، يركزون على التجنيد في المدن الكبرى مثل كراتشي ولاهور».
import { describe, expect, it } from 'vitest';
import { SHIPPED_ENTITIES } from '../../data/shipped-entities';
import type { Characterization, Claim, Comparison } from '../../lib/characterize/types';
import { claimPassage, claimsToShow, disputedClaims, namesToMark } from './side-helpers';

const SENTENCE =
  'يقدر عدد أعضاء داعش في باكستان بين 2000 و3000، يركزون على التجنيد في المدن الكبرى مثل كراتشي ولاهور';
const BASE = 500; // where the sentence stands in the source, for the test

function claimAt(words: string, value: Partial<Claim> = {}): Claim {
  const start = BASE + SENTENCE.indexOf(words);
  return {
    attribute: 'fighters',
    min: 2000,
    max: 3000,
    qualifier: 'range',
    unit: null,
    text: words,
    start,
    end: start + words.length,
    sentenceStart: BASE,
    sentenceEnd: BASE + SENTENCE.length,
    attributedTo: null,
    hedge: null,
    via: 'mention',
    scopePlaces: ['pakistan'],
    ...value,
  } as Claim;
}

const ch = (quotes: Characterization['quotes']): Characterization => ({
  entityId: 'isis-k',
  sourceId: 'seed-003',
  names: [{ text: 'داعش', count: 4 }],
  descriptors: [],
  claims: [],
  frames: [],
  salience: { mentions: 4, inTitle: false, inLead: true, paragraphShare: 0.4 },
  quotes,
});

describe('the passage shown for a claim', () => {
  const range = claimAt('بين 2000 و3000');

  it('is its whole sentence when the characterization quotes it', () => {
    const sentence = { text: SENTENCE, start: BASE, end: BASE + SENTENCE.length };
    expect(claimPassage(range, ch([sentence]))).toEqual(sentence);
  });

  it('is the claim’s own words when no stored span holds them', () => {
    expect(claimPassage(range, ch([]))).toEqual({
      text: 'بين 2000 و3000',
      start: range.start,
      end: range.end,
    });
  });
});

describe('claims shown first', () => {
  const range = claimAt('بين 2000 و3000');
  const year = claimAt('2000', {
    attribute: 'date',
    min: '2000',
    max: '2000',
    qualifier: 'exact',
  } as Partial<Claim>);
  const differs: Comparison = {
    entityId: 'isis-k',
    attribute: 'fighters',
    verdict: 'differs',
    story: { kind: 'entity' },
    claims: [{ sourceId: 'seed-003', entityId: 'isis-k', claim: range, date: null }],
  };

  it('puts a claim another source disputes before the others', () => {
    const shown = claimsToShow('seed-003', [year, range], disputedClaims([differs]), 3);
    expect(shown.map((s) => [s.claim.text, s.disputed])).toEqual([
      ['بين 2000 و3000', true],
      ['2000', false],
    ]);
  });

  it('does not count an agreement as a dispute, nor another source’s claim at the same offsets', () => {
    const agrees = { ...differs, verdict: 'agrees' as const };
    expect(claimsToShow('seed-003', [range], disputedClaims([agrees]), 3)[0]!.disputed).toBe(false);
    expect(claimsToShow('seed-002', [range], disputedClaims([differs]), 3)[0]!.disputed).toBe(false);
  });
});

describe('names marked in quotes', () => {
  it('are the source’s own names and the entity’s safe aliases, never a rule-bound common word', () => {
    const alQaeda = SHIPPED_ENTITIES.find((e) => e.id === 'al-qaeda')!;
    const names = namesToMark(alQaeda, null);
    expect(names).toContain('تنظيم القاعدة');
    // Bare «القاعدة» ("the base", "the rule") needs a qualifier nearby: it is not marked on its own.
    expect(names).not.toContain('القاعدة');
  });
});
