import { describe, expect, it } from 'vitest';
import type { Entity } from '../types';
import { compareEntity, interval, isoDay, verdictOf, type ComparedRow } from './compare';
import type { Characterization, Claim, ComparedClaim, Qualifier } from './types';

const entities = new Map<string, Entity>(
  (
    [
      ['isis-k', 'organization'],
      ['peshawar-mosque-bombing', 'event'],
      ['quetta', 'place'],
    ] as const
  ).map(([id, type]) => [
    id,
    { id, type, names: { en: id, ar: id }, description: { en: '', ar: '' }, aliases: [] },
  ]),
);

function claim(
  attribute: Claim['attribute'],
  min: number | string,
  max: number | string,
  qualifier: Qualifier,
  scopePlaces: string[] = [],
): Claim {
  return {
    attribute,
    min,
    max,
    qualifier,
    unit: null,
    text: `${String(min)}`,
    start: 0,
    end: 1,
    sentenceStart: 0,
    sentenceEnd: 1,
    attributedTo: null,
    hedge: null,
    via: 'mention',
    scopePlaces,
  } as Claim;
}

function row(sourceId: string, entityId: string, claims: Claim[], date: string | null = null): ComparedRow {
  const characterization: Characterization = {
    entityId,
    sourceId,
    names: [],
    descriptors: [],
    claims,
    frames: [],
    salience: { mentions: 1, inTitle: false, inLead: false, paragraphShare: 0 },
    quotes: [],
  };
  return { characterization, date };
}

const side = (sourceId: string, c: Claim, date: string | null = null): ComparedClaim => ({
  sourceId,
  entityId: 'x',
  claim: c,
  date,
});

describe('claim intervals', () => {
  it('reads qualifiers as the values they allow', () => {
    expect(interval(claim('fighters', 2000, 2000, 'exact'))).toEqual([2000, 2000]);
    expect(interval(claim('fighters', 2000, 3000, 'range'))).toEqual([2000, 3000]);
    expect(interval(claim('fighters', 2500, 2500, 'at-least'))).toEqual([2500, Infinity]);
    expect(interval(claim('fighters', 6, 6, 'less-than'))).toEqual([0, 6]);
    const about = interval(claim('fighters', 2000, 2000, 'about'));
    expect(about[0]).toBeLessThan(2000);
    expect(about[1]).toBeGreaterThan(2000);
    expect(about[1]).toBeLessThan(2500);
  });

  it('reads a year, a month and a day as the periods they name', () => {
    expect(isoDay('2022', 'end') - isoDay('2022', 'start')).toBe(364);
    expect(isoDay('2024-02', 'end') - isoDay('2024-02', 'start')).toBe(28); // a leap February
    expect(isoDay('2024-03-25', 'start')).toBe(isoDay('2024-03-25', 'end'));
  });
});

describe('verdicts', () => {
  it('ISIS-K strength: more than 2,500 / about 2,000 in Afghanistan / 2,000–3,000 in Pakistan differ', () => {
    const v = verdictOf(
      [
        side('seed-002', claim('fighters', 2500, 2500, 'more-than')),
        side('seed-003', claim('fighters', 2000, 3000, 'range', ['pakistan'])),
        side('seed-004', claim('fighters', 2000, 2000, 'about', ['afghanistan'])),
      ],
      'fighters',
    );
    expect(v).toBe('differs');
  });

  it('figures for two different places only differ in scope', () => {
    expect(
      verdictOf(
        [
          side('a', claim('fighters', 2000, 3000, 'range', ['pakistan'])),
          side('b', claim('fighters', 2000, 2000, 'about', ['afghanistan'])),
        ],
        'fighters',
      ),
    ).toBe('different-scope');
  });

  it('overlapping figures agree; one source alone is no comparison', () => {
    expect(
      verdictOf(
        [side('a', claim('killed', 130, 130, 'more-than')), side('b', claim('killed', 137, 137, 'exact'))],
        'killed',
      ),
    ).toBe('agrees');
    expect(
      verdictOf(
        [side('a', claim('killed', 60, 60, 'exact')), side('a', claim('killed', 90, 90, 'exact'))],
        'killed',
      ),
    ).toBeNull();
  });

  it('a toll that rises in later reports is an update, not a contradiction', () => {
    expect(
      verdictOf(
        [
          side('morning', claim('killed', 40, 40, 'at-least'), '2024-03-22'),
          side('evening', claim('killed', 115, 115, 'exact'), '2024-03-23'),
          side('next-day', claim('killed', 133, 133, 'exact'), '2024-03-24'),
        ],
        'killed',
      ),
    ).toBe('update');
    // "At least 44" on Sunday, "63" on Tuesday: they overlap, but the later count is higher.
    expect(
      verdictOf(
        [
          side('sunday', claim('killed', 44, 44, 'at-least'), '2023-07-30'),
          side('tuesday', claim('killed', 63, 63, 'exact'), '2023-08-01'),
        ],
        'killed',
      ),
    ).toBe('update');
    // A later, lower figure is a disagreement.
    expect(
      verdictOf(
        [
          side('a', claim('killed', 63, 63, 'exact'), '2023-07-30'),
          side('b', claim('killed', 44, 44, 'exact'), '2023-08-01'),
        ],
        'killed',
      ),
    ).toBe('differs');
    // The same figures without dates cannot be put in time order: they differ.
    expect(
      verdictOf(
        [side('a', claim('killed', 40, 40, 'exact')), side('b', claim('killed', 115, 115, 'exact'))],
        'killed',
      ),
    ).toBe('differs');
  });
});

describe('compareEntity', () => {
  it('compares an event’s dates across sources: 2022 against 2024–2025 for the Peshawar mosque bombing', () => {
    const out = compareEntity(
      'peshawar-mosque-bombing',
      [
        row('seed-002', 'peshawar-mosque-bombing', [claim('date', '2022', '2022', 'exact')], '2024-03-25'),
        row('seed-003', 'peshawar-mosque-bombing', [claim('date', '2024', '2025', 'range')]),
      ],
      entities,
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ attribute: 'date', verdict: 'differs', story: { kind: 'event' } });
    expect(out[0]!.claims.map((c) => c.sourceId)).toEqual(['seed-002', 'seed-003']);
  });

  it('does not compare an organization’s dates (founding, attacks, statements are different things)', () => {
    const out = compareEntity(
      'isis-k',
      [
        row('a', 'isis-k', [claim('date', '2015', '2015', 'exact')]),
        row('b', 'isis-k', [claim('date', '2021', '2021', 'exact')]),
      ],
      entities,
    );
    expect(out).toEqual([]);
  });

  it('compares tolls in a city only between reports dated within a few days: months apart is two stories', () => {
    const out = compareEntity(
      'quetta',
      [
        row('jan-1', 'quetta', [claim('killed', 10, 10, 'exact')], '2024-01-10'),
        row('jan-2', 'quetta', [claim('killed', 25, 25, 'exact')], '2024-01-11'),
        row('jun', 'quetta', [claim('killed', 3, 3, 'exact')], '2024-06-02'),
        row('undated', 'quetta', [claim('killed', 7, 7, 'exact')]),
      ],
      entities,
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      verdict: 'update',
      story: { kind: 'dates', from: '2024-01-10', to: '2024-01-11' },
    });
    expect(out[0]!.claims.map((c) => c.sourceId)).toEqual(['jan-1', 'jan-2']);
  });

  it('puts disagreements first', () => {
    const out = compareEntity(
      'isis-k',
      [
        row(
          'a',
          'isis-k',
          [claim('fighters', 2000, 2000, 'exact'), claim('attacks', 200, 200, 'more-than')],
          '2024-03-25',
        ),
        row(
          'b',
          'isis-k',
          [claim('fighters', 5000, 5000, 'exact'), claim('attacks', 250, 250, 'exact')],
          '2024-03-26',
        ),
      ],
      entities,
    );
    expect(out.map((c) => [c.attribute, c.verdict])).toEqual([
      ['fighters', 'differs'],
      ['attacks', 'agrees'],
    ]);
  });
});
