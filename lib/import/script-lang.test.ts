// The script guess with real lines: BB-culture-37's first TEXT words (fixtures/), the BBC page of
// ../shared/pages/article-extraction-benchmark/c7e39ac49fa1.html, and mixed lines as news writes them.
import { describe, expect, it } from 'vitest';
import { scriptLang } from './script-lang';

describe('scriptLang', () => {
  it.each([
    ['احتدم الخلاف فى الحقل الأثرى المصري بعد إعلان وزارة الآثار', 'ar'],
    ['Prosecutors in Sweden have dropped an investigation into a rape allegation', 'en'],
    // More Arabic letters than Latin ones: Arabic, even with a Latin name inside.
    ['قال مدير متحف Getty إن المعرض سيفتتح في لوس أنجليس', 'ar'],
    ['The group, known as داعش, claimed the attack', 'en'],
    // Persian and Urdu are Arabic script: the guess is `ar`, the user corrects it.
    ['اسلام آباد میں پولیس نے کہا', 'ar'],
    ['12345 — 2018', 'en'],
    ['', 'en'],
    // Presentation forms (ﷲ ﷺ) are Arabic script; tatweel is shared by scripts (Common) and counts for none.
    ['ﷲ ﷺ a', 'ar'],
    ['ــــ ab', 'en'],
  ])('%j → %s', (text, lang) => {
    expect(scriptLang(text)).toBe(lang);
  });

  it('counts astral Arabic letters, and a lone surrogate as nothing (the next letter still counts)', () => {
    expect(scriptLang('\u{1EE00}\u{1EE01} ab')).toBe('ar');
    expect(scriptLang('\ud83dب a')).toBe('ar');
  });

  it('looks at the first 20,000 characters only', () => {
    expect(scriptLang('a'.repeat(20000) + 'ب'.repeat(30000))).toBe('en');
  });
});
