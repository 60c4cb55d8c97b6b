// UI strings of the comparison views (popup comparison, full comparison page, hover card lines), in
// the two UI languages. Typed like i18n.ts: a missing string is a compile error, counts get real
// plural forms. Claim values are built from parts (qualifier, number, noun) because Arabic counted
// nouns change with the number (3 مقاتلين، 40 مقاتلًا، 2500 مقاتل).
import type { ClaimAttribute, Origin, Qualifier, StanceLabel, Verdict } from '../lib/characterize/types';
import type { RelatedEntity, TimelineEntry } from '../lib/messages';
import type { SourceBrief } from '../lib/messages';
import { plural, pluralRules, type Plural, type UiLang } from './i18n';

/** The noun counted by a claim of each attribute, in the plural forms of its language. */
type Counted = Exclude<ClaimAttribute, 'date' | 'money' | 'percent' | 'duration'>;

/**
 * A counted phrase: the form is chosen by `count`, and `shown` (the number as the UI writes it, with
 * its qualifier: «أكثر من 2500») stands for `#`. Unlike `plural`, the caller formats the number.
 */
export type CountedPhrase = (count: number, shown: string) => string;

function counted(lang: UiLang, forms: Parameters<typeof plural>[1]): CountedPhrase {
  return (count, shown) => {
    const form = forms[pluralRules(lang).select(count) as keyof typeof forms] ?? forms.other;
    // Forms without # ("مقاتل واحد") say the bare number; with a qualifier or a range the number
    // must be written, so the general form is used.
    const bare = /^[\d.,\s]+$/.test(shown);
    return (form.includes('#') || !bare ? (form.includes('#') ? form : forms.other) : form).replace(
      '#',
      shown,
    );
  };
}

export interface CompareStrings {
  origin: Record<Origin, string>;
  /** Explains the badge (title attribute): where the item came from. */
  originHint: Record<Origin, string>;
  stance: Record<StanceLabel, string>;
  stanceLabel: string;
  noStance: string;
  summaryLabel: string;
  noSummary: string;
  verdict: Record<Verdict, string>;
  attribute: Record<ClaimAttribute, string>;
  counted: Record<Counted, CountedPhrase>;
  qualifier: Record<Exclude<Qualifier, 'exact' | 'range'>, string>;
  /** "between 2,000 and 3,000" */
  range: (min: string, max: string) => string;
  durationUnit: Record<'year' | 'month' | 'day', CountedPhrase>;
  attributedTo: string;
  hedged: string;
  viaReference: string;
  viaBranch: (parent: string) => string;
  related: Record<RelatedEntity['kind'], string>;
  timelineKind: Record<TimelineEntry['kind'], string>;
  titleOrigin: Record<Exclude<SourceBrief['titleOrigin'], 'source'>, string>;
  sourceOrigin: Record<SourceBrief['origin'], string>;
  // Sections
  comparisonLabel: (name: string) => string;
  sourcesHeading: string;
  comparisonsHeading: string;
  noComparisons: string;
  timelineHeading: string;
  noTimeline: string;
  silentHeading: string;
  silentCount: Plural;
  noSilent: string;
  relatedHeading: string;
  namesLabel: string;
  descriptorsLabel: string;
  claimsLabel: string;
  quotesLabel: string;
  pointsLabel: string;
  userNoteLabel: string;
  noneFound: string;
  sourceColumn: string;
  openFull: string;
  showAll: (count: number) => string;
  showMore: (count: number) => string;
  sourcesShown: (shown: number, total: number) => string;
  andMore: Plural;
  notFound: (id: string) => string;
  missingEntity: string;
  pageTitle: (name: string) => string;
  // Search
  searchLabel: string;
  searchPlaceholder: string;
  searchNone: string;
  searchMatched: string;
  // Quote links
  openQuote: string;
}

export const COMPARE_STRINGS: Record<UiLang, CompareStrings> = {
  en: {
    origin: { curated: 'curated', computed: 'computed', user: 'your note' },
    originHint: {
      curated: 'Written by Sanad’s editors; every point cites the source’s own words.',
      computed: 'Computed from the source text by Sanad; check the quotes.',
      user: 'Written by you.',
    },
    stance: {
      hostile: 'hostile',
      critical: 'critical',
      neutral: 'neutral',
      sympathetic: 'sympathetic',
      supportive: 'supportive',
    },
    stanceLabel: 'Stance',
    noStance: 'no stance recorded',
    summaryLabel: 'Summary',
    noSummary: 'No summary for this source.',
    verdict: {
      differs: 'Sources differ',
      agrees: 'Sources agree',
      update: 'Later figure',
      'different-scope': 'Different scope',
    },
    attribute: {
      killed: 'killed',
      injured: 'injured',
      fighters: 'strength (fighters)',
      attacks: 'attacks',
      arrested: 'arrests',
      displaced: 'displaced',
      money: 'money',
      percent: 'share',
      date: 'date',
      duration: 'duration',
    },
    counted: {
      killed: counted('en', { one: '# killed', other: '# killed' }),
      injured: counted('en', { one: '# injured', other: '# injured' }),
      fighters: counted('en', { one: '# fighter', other: '# fighters' }),
      attacks: counted('en', { one: '# attack', other: '# attacks' }),
      arrested: counted('en', { one: '# arrested', other: '# arrested' }),
      displaced: counted('en', { one: '# displaced', other: '# displaced' }),
    },
    qualifier: {
      about: 'about',
      'at-least': 'at least',
      'more-than': 'more than',
      'less-than': 'fewer than',
    },
    range: (min, max) => `between ${min} and ${max}`,
    durationUnit: {
      year: counted('en', { one: '# year', other: '# years' }),
      month: counted('en', { one: '# month', other: '# months' }),
      day: counted('en', { one: '# day', other: '# days' }),
    },
    attributedTo: 'attributed to',
    hedged: 'hedged',
    viaReference: 'said of it by reference',
    viaBranch: (parent) => `said of ${parent} in its region`,
    related: {
      'part-of': 'part of',
      'has-part': 'includes',
      related: 'related',
      'splinter-of': 'splinter of',
      'located-in': 'located in',
      'leader-of': 'leader of',
      'member-of': 'member of',
      'target-of': 'target of',
      perpetrator: 'perpetrator',
      'inverse-part-of': 'includes',
      'inverse-related': 'related',
    },
    timelineKind: { claim: 'date a source states', event: 'event', source: 'source published' },
    titleOrigin: {
      curated: 'title given by Sanad’s editors',
      user: 'title given by you',
      'file-name': 'no title in the source: its file name',
    },
    sourceOrigin: { shipped: 'shipped', user: 'yours' },
    comparisonLabel: (name) => `How the sources characterize ${name}`,
    sourcesHeading: 'What each source says',
    comparisonsHeading: 'Where the sources line up or differ',
    noComparisons: 'No two sources state a comparable figure or date.',
    timelineHeading: 'Timeline of dated claims and events',
    noTimeline: 'No dated claim or event.',
    silentHeading: 'Sources that never mention it',
    silentCount: plural('en', { zero: 'none', one: '1 source', other: '# sources' }),
    noSilent: 'Every stored source mentions it.',
    relatedHeading: 'Related entities',
    namesLabel: 'Names used',
    descriptorsLabel: 'Descriptors',
    claimsLabel: 'Figures and dates',
    quotesLabel: 'Quotes',
    pointsLabel: 'Curated points',
    userNoteLabel: 'Your note',
    noneFound: '—',
    sourceColumn: 'Source',
    openFull: 'Open full comparison',
    showAll: (count) => `Show all ${count.toLocaleString('en')} sources`,
    showMore: (count) => `Show ${count.toLocaleString('en')} more`,
    sourcesShown: (shown, total) =>
      `Showing ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} sources`,
    andMore: plural('en', { one: 'and 1 more', other: 'and # more' }),
    notFound: (id) => `No entity has this id: ${id}`,
    missingEntity: 'No entity given. Search for one below.',
    pageTitle: (name) => `${name} — Sanad comparison`,
    searchLabel: 'Search every entity of your sources',
    searchPlaceholder: 'Name, in English or Arabic',
    searchNone: 'No entity matches.',
    searchMatched: 'matched',
    openQuote: 'Open this passage in the source',
  },
  ar: {
    origin: { curated: 'تحرير سند', computed: 'محسوب آليًا', user: 'ملاحظتك' },
    originHint: {
      curated: 'كتبه محررو سند؛ كل نقطة تستند إلى كلام المصدر نفسه.',
      computed: 'استخرجه سند من نص المصدر آليًا؛ راجع الاقتباسات.',
      user: 'كتبته أنت.',
    },
    stance: {
      hostile: 'عدائي',
      critical: 'ناقد',
      neutral: 'محايد',
      sympathetic: 'متعاطف',
      supportive: 'مؤيد',
    },
    stanceLabel: 'الموقف',
    noStance: 'لا موقف مسجَّل',
    summaryLabel: 'الخلاصة',
    noSummary: 'لا خلاصة لهذا المصدر.',
    verdict: {
      differs: 'تختلف المصادر',
      agrees: 'تتفق المصادر',
      update: 'رقم لاحق',
      'different-scope': 'نطاق مختلف',
    },
    attribute: {
      killed: 'القتلى',
      injured: 'الجرحى',
      fighters: 'القوة (عدد المقاتلين)',
      attacks: 'الهجمات',
      arrested: 'المعتقلون',
      displaced: 'النازحون',
      money: 'المبالغ',
      percent: 'النسبة',
      date: 'التاريخ',
      duration: 'المدة',
    },
    counted: {
      killed: counted('ar', {
        one: 'قتيل واحد',
        two: 'قتيلان',
        few: '# قتلى',
        many: '# قتيلًا',
        other: '# قتيل',
      }),
      injured: counted('ar', {
        one: 'جريح واحد',
        two: 'جريحان',
        few: '# جرحى',
        many: '# جريحًا',
        other: '# جريح',
      }),
      fighters: counted('ar', {
        one: 'مقاتل واحد',
        two: 'مقاتلان',
        few: '# مقاتلين',
        many: '# مقاتلًا',
        other: '# مقاتل',
      }),
      attacks: counted('ar', {
        one: 'هجوم واحد',
        two: 'هجومان',
        few: '# هجمات',
        many: '# هجومًا',
        other: '# هجوم',
      }),
      arrested: counted('ar', {
        one: 'معتقل واحد',
        two: 'معتقلان',
        few: '# معتقلين',
        many: '# معتقلًا',
        other: '# معتقل',
      }),
      displaced: counted('ar', {
        one: 'نازح واحد',
        two: 'نازحان',
        few: '# نازحين',
        many: '# نازحًا',
        other: '# نازح',
      }),
    },
    qualifier: { about: 'نحو', 'at-least': 'ما لا يقل عن', 'more-than': 'أكثر من', 'less-than': 'أقل من' },
    range: (min, max) => `بين ${min} و${max}`,
    durationUnit: {
      year: counted('ar', { one: 'سنة واحدة', two: 'سنتان', few: '# سنوات', many: '# سنة', other: '# سنة' }),
      month: counted('ar', { one: 'شهر واحد', two: 'شهران', few: '# أشهر', many: '# شهرًا', other: '# شهر' }),
      day: counted('ar', { one: 'يوم واحد', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' }),
    },
    attributedTo: 'منسوب إلى',
    hedged: 'بتحفّظ',
    viaReference: 'قيل عنه بالإحالة',
    viaBranch: (parent) => `قيل عن ${parent} في منطقته`,
    related: {
      'part-of': 'جزء من',
      'has-part': 'يضم',
      related: 'ذو صلة',
      'splinter-of': 'منشق عن',
      'located-in': 'يقع في',
      'leader-of': 'قائد',
      'member-of': 'عضو في',
      'target-of': 'مستهدَف من',
      perpetrator: 'المنفّذ',
      'inverse-part-of': 'يضم',
      'inverse-related': 'ذو صلة',
    },
    timelineKind: { claim: 'تاريخ يذكره مصدر', event: 'حدث', source: 'تاريخ نشر المصدر' },
    titleOrigin: {
      curated: 'عنوان وضعه محررو سند',
      user: 'عنوان وضعته أنت',
      'file-name': 'لا عنوان في المصدر: هذا اسم ملفه',
    },
    sourceOrigin: { shipped: 'مرفق', user: 'من إضافتك' },
    comparisonLabel: (name) => `كيف تصف المصادر ${name}`,
    sourcesHeading: 'ما يقوله كل مصدر',
    comparisonsHeading: 'أين تتفق المصادر وأين تختلف',
    noComparisons: 'لا يذكر مصدران رقمًا أو تاريخًا قابلًا للمقارنة.',
    timelineHeading: 'الخط الزمني للتواريخ والأحداث',
    noTimeline: 'لا تاريخ ولا حدث.',
    silentHeading: 'مصادر لا تذكره',
    silentCount: plural('ar', {
      zero: 'لا شيء',
      one: 'مصدر واحد',
      two: 'مصدران',
      few: '# مصادر',
      many: '# مصدرًا',
      other: '# مصدر',
    }),
    noSilent: 'كل المصادر المحفوظة تذكره.',
    relatedHeading: 'كيانات ذات صلة',
    namesLabel: 'الأسماء المستعملة',
    descriptorsLabel: 'الأوصاف',
    claimsLabel: 'الأرقام والتواريخ',
    quotesLabel: 'اقتباسات',
    pointsLabel: 'نقاط التحرير',
    userNoteLabel: 'ملاحظتك',
    noneFound: '—',
    sourceColumn: 'المصدر',
    openFull: 'افتح المقارنة الكاملة',
    showAll: (count) => `اعرض المصادر كلها (${count})`,
    showMore: (count) => `اعرض ${count} أخرى`,
    sourcesShown: (shown, total) => `يُعرض ${shown} من ${total} مصدر`,
    andMore: plural('ar', {
      one: 'ومصدر آخر',
      two: 'ومصدران آخران',
      few: 'و# مصادر أخرى',
      many: 'و# مصدرًا آخر',
      other: 'و# مصدر آخر',
    }),
    notFound: (id) => `لا يوجد كيان بهذا المعرّف: ${id}`,
    missingEntity: 'لم يُحدَّد كيان. ابحث عن واحد أدناه.',
    pageTitle: (name) => `${name} — مقارنة سند`,
    searchLabel: 'ابحث في كل كيانات مصادرك',
    searchPlaceholder: 'الاسم بالعربية أو الإنجليزية',
    searchNone: 'لا كيان يطابق البحث.',
    searchMatched: 'طابق',
    openQuote: 'افتح هذا المقطع في المصدر',
  },
};
