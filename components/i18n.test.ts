import { describe, expect, it } from 'vitest';
import { CARD_STRINGS, dirOf, uiLangOf } from './i18n';
import { shortQuote } from './HoverCard';

describe('card strings', () => {
  it('picks Arabic for any ar locale and English otherwise', () => {
    expect(uiLangOf('ar')).toBe('ar');
    expect(uiLangOf('ar-EG')).toBe('ar');
    expect(uiLangOf('en-US')).toBe('en');
    expect(uiLangOf('fr')).toBe('en');
  });

  it('has every string in both languages', () => {
    expect(Object.keys(CARD_STRINGS.ar).sort()).toEqual(Object.keys(CARD_STRINGS.en).sort());
    expect(CARD_STRINGS.ar.type.place).toBe('مكان');
  });

  it('sets right-to-left for Arabic-script languages', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('ur')).toBe('rtl');
    expect(dirOf('en')).toBe('ltr');
  });

  it('shortens long quotes at a word boundary', () => {
    const long = 'word '.repeat(60);
    const short = shortQuote(long, 50);
    expect(short.length).toBeLessThanOrEqual(51);
    expect(short.endsWith('…')).toBe(true);
    expect(shortQuote('  a   short\nquote ')).toBe('a short quote');
  });
});
