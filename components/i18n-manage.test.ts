import { describe, expect, it } from 'vitest';
import { MANAGE_STRINGS } from './i18n-manage';

describe('management strings', () => {
  it('has every string in both languages', () => {
    const { en, ar } = MANAGE_STRINGS;
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const key of ['panel', 'field', 'sort', 'filterLabel', 'reportLines', 'langOption'] as const)
      expect(Object.keys(ar[key]).sort()).toEqual(Object.keys(en[key]).sort());
  });

  it('counts with the Arabic plural forms', () => {
    const { records, cancelled, ruleWindow } = MANAGE_STRINGS.ar;
    expect(records(1)).toBe('سجل واحد');
    expect(records(2)).toBe('سجلان');
    expect(records(7)).toBe('7 سجلات');
    expect(records(11)).toBe('11 سجلًا');
    expect(records(100)).toBe('100 سجل');
    expect(cancelled(3)).toBe('أُلغي: كُتبت 3 مصادر.');
    expect(ruleWindow(1)).toBe('في حدود كلمة واحدة');
    expect(MANAGE_STRINGS.en.andMore(30)).toBe('and 30 more');
  });
});
