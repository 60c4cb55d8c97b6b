import { describe, expect, it } from 'vitest';
import { dirOf, STRINGS, uiLangOf } from './i18n';
import { shortQuote } from './HoverCard';

describe('card strings', () => {
  it('picks Arabic for any ar locale and English otherwise', () => {
    expect(uiLangOf('ar')).toBe('ar');
    expect(uiLangOf('ar-EG')).toBe('ar');
    expect(uiLangOf('en-US')).toBe('en');
    expect(uiLangOf('fr')).toBe('en');
  });

  it('has every string in both languages', () => {
    expect(Object.keys(STRINGS.ar).sort()).toEqual(Object.keys(STRINGS.en).sort());
    expect(STRINGS.ar.type.place).toBe('مكان');
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

describe('plural forms', () => {
  it('uses the six Arabic plural categories', () => {
    const { mentions, sources } = STRINGS.ar;
    expect(mentions(1)).toBe('إشارة واحدة');
    expect(mentions(2)).toBe('إشارتان');
    expect(mentions(3)).toBe('3 إشارات');
    expect(mentions(10)).toBe('10 إشارات');
    expect(mentions(11)).toBe('11 إشارةً');
    expect(mentions(100)).toBe('100 إشارة');
    expect(sources(5)).toBe('5 مصادر');
    expect(sources(0)).toBe('لا مصادر');
  });

  it('uses singular and plural in English', () => {
    expect(STRINGS.en.mentions(1)).toBe('1 mention');
    expect(STRINGS.en.sources(5)).toBe('5 sources');
    expect(STRINGS.en.entities(1200)).toBe('1,200 entities');
  });
});
