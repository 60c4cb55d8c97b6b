import { describe, expect, it } from 'vitest';
import { readerParams } from './Reader';

describe('readerParams', () => {
  it('reads the source, the passage and the entity a quote link carries', () => {
    expect(readerParams('?source=seed-002&start=663&end=729&entity=isis-k')).toEqual({
      sourceId: 'seed-002',
      passage: { start: 663, end: 729 },
      entityId: 'isis-k',
    });
  });

  it('drops a passage that is missing a bound, empty, reversed, negative or not a whole number', () => {
    for (const query of [
      'start=5',
      'end=9',
      'start=9&end=9',
      'start=9&end=5',
      'start=-1&end=5',
      'start=1.5&end=4',
    ])
      expect(readerParams(`?source=seed-003&${query}`).passage).toBeNull();
  });

  it('has no source or entity when the link names none', () => {
    expect(readerParams('?entity=')).toEqual({ sourceId: null, passage: null, entityId: null });
  });
});
