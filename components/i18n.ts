// The hover card's strings, in the two UI languages. A typed table (not the locale files) because the
// card renders inside web pages where a missing key must be a compile error, not a blank label.
import type { EntityType } from '../lib/types';

export type UiLang = 'en' | 'ar';

interface CardStrings {
  type: Record<EntityType, string>;
  unknownOutlet: string;
  noDate: string;
  compareSources: string;
  sourcesHeading: string;
  noSources: string;
  loading: string;
  unavailable: string;
  /** Accessible name of the card: "Sanad: Pakistan". */
  cardLabel: (name: string) => string;
  mentions: (count: number) => string;
}

export const CARD_STRINGS: Record<UiLang, CardStrings> = {
  en: {
    type: { person: 'Person', organization: 'Organization', place: 'Place', event: 'Event' },
    unknownOutlet: 'unknown outlet',
    noDate: 'no date',
    compareSources: 'Compare sources',
    sourcesHeading: 'What your sources say',
    noSources: 'No stored source mentions it.',
    loading: 'Loading…',
    unavailable: 'Sanad cannot show this card right now.',
    cardLabel: (name) => `Sanad: ${name}`,
    mentions: (count) => (count === 1 ? '1 mention' : `${count} mentions`),
  },
  ar: {
    type: { person: 'شخص', organization: 'منظمة', place: 'مكان', event: 'حدث' },
    unknownOutlet: 'وسيلة غير معروفة',
    noDate: 'بلا تاريخ',
    compareSources: 'قارن المصادر',
    sourcesHeading: 'ما تقوله مصادرك',
    noSources: 'لا يذكره أي مصدر محفوظ.',
    loading: 'جارٍ التحميل…',
    unavailable: 'لا يستطيع سند عرض هذه البطاقة الآن.',
    cardLabel: (name) => `سند: ${name}`,
    mentions: (count) => (count === 1 ? 'ذِكر واحد' : `${count} مرات`),
  },
};

/** The browser's UI language decides: Arabic for any "ar*" locale, English otherwise. */
export function uiLangOf(browserUiLanguage: string): UiLang {
  return browserUiLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function dirOf(lang: string): 'rtl' | 'ltr' {
  return lang === 'ar' || lang === 'ur' || lang === 'fa' || lang === 'ps' ? 'rtl' : 'ltr';
}
