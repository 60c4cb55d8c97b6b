// Every UI string of the extension's pages, the popup and the hover card, in the two UI languages.
// A typed table rather than the locale files (public/_locales holds only what the manifest needs):
// a missing string is a compile error, and counts get real plural forms — Arabic has six
// (Intl.PluralRules: zero, one, two, few, many, other).
import type { EntityType, SourceKind } from '../lib/types';

export type UiLang = 'en' | 'ar';

export type Plural = (count: number) => string;

interface PluralForms {
  zero?: string;
  one: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

const rulesByLang = new Map<UiLang, Intl.PluralRules>();
const countFormat = new Map<UiLang, Intl.NumberFormat>();

/**
 * One Intl.PluralRules per language, made on first use: building one per string at load cost the
 * popup milliseconds before its first paint (both tables hold dozens of plural strings).
 */
export function pluralRules(lang: UiLang): Intl.PluralRules {
  let rules = rulesByLang.get(lang);
  if (!rules) rulesByLang.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

function formatCount(count: number, lang: UiLang): string {
  let f = countFormat.get(lang);
  if (!f) countFormat.set(lang, (f = new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en')));
  return f.format(count);
}

/** `forms` use `#` for the number. */
export function plural(lang: UiLang, forms: PluralForms): Plural {
  return (count) => {
    const form = forms[pluralRules(lang).select(count) as keyof PluralForms] ?? forms.other;
    return form.replace('#', formatCount(count, lang));
  };
}

export interface UiStrings {
  appName: string;
  type: Record<EntityType, string>;
  kind: Record<SourceKind, string>;
  origin: { shipped: string; user: string };
  unknownOutlet: string;
  noDate: string;
  loading: string;
  error: (message: string) => string;
  mentions: Plural;
  sources: Plural;
  entities: Plural;
  characters: Plural;
  // Hover card
  compareSources: string;
  sourcesHeading: string;
  noSources: string;
  unavailable: string;
  /** Accessible name of the card: "Sanad: Pakistan". */
  cardLabel: (name: string) => string;
  // Popup
  pageHeading: string;
  pageNone: string;
  pageUnavailable: string;
  siteSwitch: (site: string) => string;
  globalSwitch: string;
  compareHeading: string;
  back: string;
  corpusHeading: string;
  // Options and reader
  optionsHeading: string;
  sourceNotFound: (id: string) => string;
  readerMissingId: string;
}

export const STRINGS: Record<UiLang, UiStrings> = {
  en: {
    appName: 'Sanad',
    type: { person: 'Person', organization: 'Organization', place: 'Place', event: 'Event' },
    kind: { news: 'news', opinion: 'opinion', analysis: 'analysis', report: 'report' },
    origin: { shipped: 'shipped with Sanad', user: 'added by you' },
    unknownOutlet: 'outlet not named in the text',
    noDate: 'no date',
    loading: 'Loading…',
    error: (message) => `Something went wrong: ${message}`,
    mentions: plural('en', { one: '1 mention', other: '# mentions' }),
    sources: plural('en', { one: '1 source', other: '# sources' }),
    entities: plural('en', { one: '1 entity', other: '# entities' }),
    characters: plural('en', { one: '1 character', other: '# characters' }),
    compareSources: 'Compare sources',
    sourcesHeading: 'What your sources say',
    noSources: 'No stored source mentions it.',
    unavailable: 'Sanad cannot show this card right now.',
    cardLabel: (name) => `Sanad: ${name}`,
    pageHeading: 'On this page',
    pageNone: 'Nothing from your sources is mentioned on this page.',
    pageUnavailable: 'Sanad cannot read this page (browser pages and extension stores are off limits).',
    siteSwitch: (site) => `Highlight on ${site} (this host only, not its other subdomains)`,
    globalSwitch: 'Highlight on all sites',
    compareHeading: 'How the sources characterize it',
    back: 'Back',
    corpusHeading: 'Your sources',
    optionsHeading: 'Sanad — sources and settings',
    sourceNotFound: (id) => `No stored source has this id: ${id}`,
    readerMissingId: 'No source given. Open a source from the popup or the options page.',
  },
  ar: {
    appName: 'سند',
    type: { person: 'شخص', organization: 'منظمة', place: 'مكان', event: 'حدث' },
    kind: { news: 'خبر', opinion: 'رأي', analysis: 'تحليل', report: 'تقرير' },
    origin: { shipped: 'مرفق مع سند', user: 'أضفته أنت' },
    unknownOutlet: 'الوسيلة غير مذكورة في النص',
    noDate: 'بلا تاريخ',
    loading: 'جارٍ التحميل…',
    error: (message) => `حدث خطأ: ${message}`,
    mentions: plural('ar', {
      zero: 'لا إشارات',
      one: 'إشارة واحدة',
      two: 'إشارتان',
      few: '# إشارات',
      many: '# إشارةً',
      other: '# إشارة',
    }),
    sources: plural('ar', {
      zero: 'لا مصادر',
      one: 'مصدر واحد',
      two: 'مصدران',
      few: '# مصادر',
      many: '# مصدرًا',
      other: '# مصدر',
    }),
    entities: plural('ar', {
      zero: 'لا كيانات',
      one: 'كيان واحد',
      two: 'كيانان',
      few: '# كيانات',
      many: '# كيانًا',
      other: '# كيان',
    }),
    characters: plural('ar', {
      zero: 'لا أحرف',
      one: 'حرف واحد',
      two: 'حرفان',
      few: '# أحرف',
      many: '# حرفًا',
      other: '# حرف',
    }),
    compareSources: 'قارن المصادر',
    sourcesHeading: 'ما تقوله مصادرك',
    noSources: 'لا يذكره أي مصدر محفوظ.',
    unavailable: 'لا يستطيع سند عرض هذه البطاقة الآن.',
    cardLabel: (name) => `سند: ${name}`,
    pageHeading: 'في هذه الصفحة',
    pageNone: 'لا تذكر هذه الصفحة شيئًا من مصادرك.',
    pageUnavailable: 'لا يستطيع سند قراءة هذه الصفحة (صفحات المتصفح ومتاجر الإضافات خارج نطاقه).',
    siteSwitch: (site) => `الإبراز على ${site} (هذا النطاق وحده، دون نطاقاته الفرعية الأخرى)`,
    globalSwitch: 'الإبراز على كل المواقع',
    compareHeading: 'كيف تصفه المصادر',
    back: 'رجوع',
    corpusHeading: 'مصادرك',
    optionsHeading: 'سند — المصادر والإعدادات',
    sourceNotFound: (id) => `لا يوجد مصدر محفوظ بهذا المعرّف: ${id}`,
    readerMissingId: 'لم يُحدَّد مصدر. افتح مصدرًا من النافذة المنبثقة أو صفحة الإعدادات.',
  },
};

/** The browser's UI language decides: Arabic for any "ar*" locale, English otherwise. */
export function uiLangOf(browserUiLanguage: string): UiLang {
  return browserUiLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function dirOf(lang: string): 'rtl' | 'ltr' {
  return lang === 'ar' || lang === 'ur' || lang === 'fa' || lang === 'ps' ? 'rtl' : 'ltr';
}
