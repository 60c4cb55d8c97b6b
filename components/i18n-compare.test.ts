import { describe, expect, it } from 'vitest';
import { COMPARE_STRINGS } from './i18n-compare';

describe('comparison strings', () => {
  it('has every string in both languages', () => {
    expect(Object.keys(COMPARE_STRINGS.ar).sort()).toEqual(Object.keys(COMPARE_STRINGS.en).sort());
    for (const key of ['stance', 'verdict', 'attribute', 'related', 'origin'] as const)
      expect(Object.keys(COMPARE_STRINGS.ar[key]).sort()).toEqual(
        Object.keys(COMPARE_STRINGS.en[key]).sort(),
      );
  });

  it('counts silent sources with the Arabic plural forms', () => {
    const { silentCount, andMore } = COMPARE_STRINGS.ar;
    expect(silentCount(1)).toBe('مصدر واحد');
    expect(silentCount(2)).toBe('مصدران');
    expect(silentCount(3)).toBe('3 مصادر');
    // The last two digits govern: 3,810 ends in 10 (plural), 3,800 in 00 (singular).
    expect(silentCount(3810)).toBe('3,810 مصادر');
    expect(silentCount(3800)).toBe('3,800 مصدر');
    expect(andMore(12)).toBe('و12 مصدرًا آخر');
    expect(COMPARE_STRINGS.en.silentCount(1)).toBe('1 source');
  });

  it('writes a range and a qualifier the way each language does', () => {
    expect(COMPARE_STRINGS.ar.range('2000', '3000')).toBe('بين 2000 و3000');
    expect(COMPARE_STRINGS.en.counted.fighters(1, '1')).toBe('1 fighter');
    // One fighter with a qualifier: the number must be written, so the general form is used.
    expect(COMPARE_STRINGS.ar.counted.fighters(1, 'أكثر من 1')).toBe('أكثر من 1 مقاتل');
    expect(COMPARE_STRINGS.ar.counted.fighters(1, '1')).toBe('مقاتل واحد');
  });
});
