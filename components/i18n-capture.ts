// UI strings of issue 8 in the popup and the hover card: capturing the page, "why is this
// highlighted?", mutes, and the corpus at a glance. Same typed-table approach as i18n.ts.
import type { MetaOrigin } from '../lib/capture/types';
import type { AliasLang } from '../lib/types';
import type { UiLang } from './i18n';

export type PreviewField = 'title' | 'outlet' | 'author' | 'date' | 'lang' | 'kind' | 'url' | 'text';

export interface CaptureStrings {
  // Hover card: why, mutes
  why: string;
  whyLoading: string;
  whyFailed: (message: string) => string;
  matchedAlias: string;
  aliasLang: Record<AliasLang, string>;
  ruleAlias: string;
  ruleConfirmed: (window: number, qualifiers: string[], nearby: string[]) => string;
  ruleProximity: string;
  mutedAlready: string;
  muteAliasSite: (alias: string) => string;
  muteEntitySite: string;
  muteEverywhere: string;
  mutedSite: string;
  mutedEverywhere: string;
  muteFailed: (message: string) => string;
  // Popup: capture
  capture: string;
  captureUnavailable: string;
  capturing: string;
  previewHeading: string;
  field: Record<PreviewField, string>;
  from: Record<MetaOrigin, string>;
  fromUrl: string;
  fromLang: string;
  fromText: (readable: boolean) => string;
  notFound: string;
  invalidDate: string;
  invalidLang: string;
  invalidUrl: string;
  missingTitle: string;
  missingText: string;
  save: string;
  saving: string;
  cancel: string;
  saved: string;
  openReader: string;
  duplicate: (title: string, by: 'url' | 'text') => string;
  refused: string;
  snapshotFailed: string;
  // Popup: corpus
  addedLast: string;
  manage: string;
}

const list = (items: string[], sep: string) => items.map((i) => `«${i}»`).join(sep);

export const CAPTURE_STRINGS: Record<UiLang, CaptureStrings> = {
  en: {
    why: 'Why is this highlighted?',
    whyLoading: 'Looking it up…',
    whyFailed: (m) => `Sanad cannot explain this mark: ${m}`,
    matchedAlias: 'Matched name:',
    aliasLang: { ar: 'Arabic', en: 'English', ur: 'Urdu', fa: 'Persian', ps: 'Pashto' },
    ruleAlias: 'One of the names of this entity: it is highlighted wherever it is written.',
    ruleConfirmed: (w, q, n) =>
      'An ambiguous name: it counts only when confirmed, by the full name earlier on the page' +
      (q.length ? `, or one of these words within ${w} words: ${list(q, ', ')}` : '') +
      (n.length ? `, or one of these named within ${w} words: ${n.join(', ')}` : '') +
      '.',
    ruleProximity:
      'An event found by its rule: a word for what happened (attack, killing…) stands within a few words of one of its places or people.',
    mutedAlready: 'It is muted here already.',
    muteAliasSite: (alias) => `Mute «${alias}» on this site`,
    muteEntitySite: 'Mute it on this site',
    muteEverywhere: 'Mute everywhere',
    mutedSite: 'Muted on this site: the page is repainted without it.',
    mutedEverywhere: 'Muted everywhere: pages are repainted without it.',
    muteFailed: (m) => `Could not mute: ${m}`,
    capture: 'Save this page as a source',
    captureUnavailable:
      'This page cannot be saved: browsers do not let extensions read their own pages, extension stores or other extensions’ pages.',
    capturing: 'Reading the page…',
    previewHeading: 'New source from this page',
    field: {
      title: 'Title',
      outlet: 'Outlet',
      author: 'Author(s)',
      date: 'Date (YYYY-MM-DD)',
      lang: 'Language (BCP 47)',
      kind: 'Kind',
      url: 'Address',
      text: 'Text',
    },
    from: {
      'json-ld': 'from the page’s JSON-LD',
      'open-graph': 'from the Open Graph tags',
      'article-meta': 'from the article meta tags',
      citation: 'from the citation meta tags',
      meta: 'from the page’s meta tags',
      time: 'from a <time> element',
      byline: 'from the byline',
      'text-date': 'from a date written in the text',
      readability: 'from the article (Readability)',
      title: 'from the page title',
    },
    fromUrl: 'the page’s canonical address, else its address',
    fromLang: 'from the page’s language, else its script',
    fromText: (readable) =>
      readable ? 'the article as Readability found it' : 'no article found: the page’s visible text',
    notFound: 'not found on the page',
    invalidDate: 'Write a real date as YYYY-MM-DD, or leave it empty.',
    invalidLang: 'Write a language tag such as ar, en or en-GB.',
    invalidUrl: 'Write an http(s) address, or leave it empty.',
    missingTitle: 'A title is needed.',
    missingText: 'The text is empty.',
    save: 'Save source',
    saving: 'Saving…',
    cancel: 'Cancel',
    saved: 'Saved as your source.',
    openReader: 'Open it in the reader',
    duplicate: (title, by) => `Already stored (same ${by === 'url' ? 'address' : 'text'}): «${title}»`,
    refused: 'Sanad refused this source:',
    snapshotFailed: 'Sanad could not read this page. Reload it and try again.',
    addedLast: 'Added last',
    manage: 'Manage sources',
  },
  ar: {
    why: 'لماذا أُبرز هذا؟',
    whyLoading: 'جارٍ البحث…',
    whyFailed: (m) => `لا يستطيع سند شرح هذا الإبراز: ${m}`,
    matchedAlias: 'الاسم الذي طابق:',
    aliasLang: { ar: 'العربية', en: 'الإنجليزية', ur: 'الأردية', fa: 'الفارسية', ps: 'البشتو' },
    ruleAlias: 'أحد أسماء هذا الكيان: يُبرز حيثما كُتب.',
    ruleConfirmed: (w, q, n) =>
      'اسم ملتبس: لا يُحتسب إلا إذا تأكّد، بورود الاسم الكامل قبله في الصفحة' +
      (q.length ? `، أو بإحدى هذه الكلمات على بعد ${w} كلمات: ${list(q, '، ')}` : '') +
      (n.length ? `، أو بذكر أحد هؤلاء على بعد ${w} كلمات: ${n.join('، ')}` : '') +
      '.',
    ruleProximity: 'حدث عُرف بقاعدته: كلمة تصف ما جرى (هجوم، مقتل…) قريبة من أحد أماكنه أو أشخاصه.',
    mutedAlready: 'هو مكتوم هنا من قبل.',
    muteAliasSite: (alias) => `اكتم «${alias}» على هذا الموقع`,
    muteEntitySite: 'اكتمه على هذا الموقع',
    muteEverywhere: 'اكتمه في كل المواقع',
    mutedSite: 'كُتم على هذا الموقع: تُعاد الصفحة بدونه.',
    mutedEverywhere: 'كُتم في كل المواقع: تُعاد الصفحات بدونه.',
    muteFailed: (m) => `تعذّر الكتم: ${m}`,
    capture: 'احفظ هذه الصفحة مصدرًا',
    captureUnavailable:
      'لا يمكن حفظ هذه الصفحة: لا تسمح المتصفحات للإضافات بقراءة صفحاتها الخاصة ولا متاجر الإضافات ولا صفحات الإضافات الأخرى.',
    capturing: 'جارٍ قراءة الصفحة…',
    previewHeading: 'مصدر جديد من هذه الصفحة',
    field: {
      title: 'العنوان',
      outlet: 'الوسيلة',
      author: 'الكاتب أو الكتّاب',
      date: 'التاريخ (YYYY-MM-DD)',
      lang: 'اللغة (BCP 47)',
      kind: 'النوع',
      url: 'العنوان الإلكتروني',
      text: 'النص',
    },
    from: {
      'json-ld': 'من بيانات JSON-LD في الصفحة',
      'open-graph': 'من وسوم Open Graph',
      'article-meta': 'من وسوم article الوصفية',
      citation: 'من وسوم citation الوصفية',
      meta: 'من الوسوم الوصفية للصفحة',
      time: 'من عنصر <time>',
      byline: 'من سطر الكاتب',
      'text-date': 'من تاريخ مكتوب في النص',
      readability: 'من المقال (Readability)',
      title: 'من عنوان الصفحة',
    },
    fromUrl: 'العنوان المعتمد للصفحة، وإلا عنوانها',
    fromLang: 'من لغة الصفحة، وإلا من خطّها',
    fromText: (readable) =>
      readable ? 'المقال كما وجده Readability' : 'لم يوجد مقال: النص الظاهر في الصفحة',
    notFound: 'غير موجود في الصفحة',
    invalidDate: 'اكتب تاريخًا صحيحًا بصيغة YYYY-MM-DD، أو اتركه فارغًا.',
    invalidLang: 'اكتب رمز لغة مثل ar أو en أو en-GB.',
    invalidUrl: 'اكتب عنوانًا يبدأ بـ http أو https، أو اتركه فارغًا.',
    missingTitle: 'العنوان مطلوب.',
    missingText: 'النص فارغ.',
    save: 'احفظ المصدر',
    saving: 'جارٍ الحفظ…',
    cancel: 'إلغاء',
    saved: 'حُفظ مصدرًا من مصادرك.',
    openReader: 'افتحه في القارئ',
    duplicate: (title, by) => `محفوظ من قبل (${by === 'url' ? 'العنوان نفسه' : 'النص نفسه'}): «${title}»`,
    refused: 'رفض سند هذا المصدر:',
    snapshotFailed: 'تعذّر على سند قراءة هذه الصفحة. أعد تحميلها وحاول مجددًا.',
    addedLast: 'أُضيفت أخيرًا',
    manage: 'إدارة المصادر',
  },
};
