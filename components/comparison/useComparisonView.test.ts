import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../lib/characterize/types';
import type { EntityComparisonView, SourceSide } from '../../lib/messages';
import { needsAllSides } from './useComparisonView';

const side = (id: string) => ({ source: { id } }) as SourceSide;
const cites = (...ids: string[]) =>
  ({ claims: ids.map((sourceId) => ({ sourceId })) }) as unknown as Comparison;
const view = (sides: string[], sideCount: number, comparisons: Comparison[]) =>
  ({ sides: sides.map(side), sideCount, comparisons }) as unknown as EntityComparisonView;

describe('when the first answer is not enough', () => {
  it('is enough when it holds every side', () => {
    expect(needsAllSides(view(['seed-002', 'seed-003'], 2, [cites('seed-002', 'seed-003')]), true)).toBe(
      false,
    );
  });

  it('is not when a comparison cites a source left out', () => {
    expect(needsAllSides(view(['seed-002'], 3, [cites('seed-002', 'seed-004')]), false)).toBe(true);
    expect(needsAllSides(view(['seed-002', 'seed-004'], 3, [cites('seed-002', 'seed-004')]), false)).toBe(
      false,
    );
  });

  it('is not when every side is wanted and some are missing', () => {
    expect(needsAllSides(view(['seed-002'], 3, []), true)).toBe(true);
    expect(needsAllSides(view(['seed-002'], 3, []), false)).toBe(false);
  });
});
