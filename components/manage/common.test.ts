// Sizes in decimal units (1 kB = 1,000 bytes, as Intl labels them) in both UI languages; the sizes
// are ones the options page shows (a backup file, the storage used by 1,000 imported sources).
import { describe, expect, it } from 'vitest';
import { formatBytes } from './common';

describe('formatBytes', () => {
  it.each([
    [512, 'en', '512 byte'],
    [1500, 'en', '1.5 kB'],
    [2_600_000, 'en', '2.6 MB'],
    [48_000_000, 'en', '48 MB'],
    [1_000_000_000, 'en', '1 GB'],
  ] as const)('%d bytes in %s', (bytes, lang, text) => {
    expect(formatBytes(bytes, lang)).toBe(text);
  });

  it('says the Arabic unit (CLDR’s short forms: كيلوبايت, م.ب for megabyte) with Latin digits', () => {
    expect(formatBytes(2_600_000, 'ar')).toBe('2.6 م.ب');
    expect(formatBytes(1500, 'ar')).toBe('1.5 كيلوبايت');
  });
});
