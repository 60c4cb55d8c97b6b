import { describe, expect, it } from 'vitest';
import { pageLang } from './page-lang';

describe('pageLang', () => {
  it('keeps the language found at start until the settings are read', () => {
    expect(pageLang(null, 'ar', 'en-US')).toBe('ar');
  });
  it('follows the setting, and auto is the browser’s language, not the one at start', () => {
    expect(pageLang({ hoverCards: true, uiLang: 'en' }, 'ar', 'ar-EG')).toBe('en');
    expect(pageLang({ hoverCards: true, uiLang: 'ar' }, 'en', 'en-US')).toBe('ar');
    expect(pageLang({ hoverCards: true, uiLang: 'auto' }, 'ar', 'en-GB')).toBe('en');
    expect(pageLang({ hoverCards: false, uiLang: 'auto' }, 'en', 'ar-SA')).toBe('ar');
  });
});
