// UI strings of issue 8 in the popup: capturing the page and the corpus at a glance. Same typed-table
// approach as i18n.ts. The hover card's strings are in capture/i18n-why.ts (the content script
// carries those only).
import type { MetaOrigin } from '../lib/capture/types';
import type { UiLang } from './i18n';

export type PreviewField = 'title' | 'outlet' | 'author' | 'date' | 'lang' | 'kind' | 'url' | 'text';

export interface CaptureStrings {
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
  defaultKind: string;
  edited: string;
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
  duplicate: (by: 'url' | 'text') => string;
  refused: string;
  /** Which step of the capture failed; the technical detail follows, in English. */
  failed: Record<'snapshot' | 'extraction' | 'save', string>;
  technicalDetail: string;
  /** A duplicate whose stored source could not be read: named by its id, never as a title. */
  storedSource: string;
  idWord: string;
  // Popup: corpus
  addedLast: string;
  manage: string;
}

export const CAPTURE_STRINGS: Record<UiLang, CaptureStrings> = {
  en: {
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
      url: 'from the page’s address (its path says so)',
    },
    fromUrl: 'the page’s canonical address, else its address',
    fromLang: 'from the page’s language, else its script',
    fromText: (readable) =>
      readable ? 'the article as Readability found it' : 'no article found: the page’s visible text',
    notFound: 'not found on the page',
    defaultKind: 'not stated by the page: news by default',
    edited: 'edited by you',
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
    duplicate: (by) => `Already stored (same ${by === 'url' ? 'address' : 'text'}):`,
    refused: 'Sanad refused this source:',
    failed: {
      snapshot:
        'Sanad could not get this page’s content (the snapshot failed). Reload the page and try again.',
      extraction:
        'Sanad got the page but could not extract its article (the extraction failed). You can paste the text in Manage sources instead.',
      save: 'Sanad could not save this source (the save failed). Try again.',
    },
    technicalDetail: 'Technical detail:',
    storedSource: 'a stored source',
    idWord: 'id',
    addedLast: 'Added last',
    manage: 'Manage sources',
  },
  ar: {
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
      url: 'من عنوان الصفحة الإلكتروني (مساره يقول ذلك)',
    },
    fromUrl: 'العنوان المعتمد للصفحة، وإلا عنوانها',
    fromLang: 'من لغة الصفحة، وإلا من خطّها',
    fromText: (readable) =>
      readable ? 'المقال كما وجده Readability' : 'لم يوجد مقال: النص الظاهر في الصفحة',
    notFound: 'غير موجود في الصفحة',
    defaultKind: 'لم تذكره الصفحة: خبر افتراضيًا',
    edited: 'عدّلته أنت',
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
    duplicate: (by) => `محفوظ من قبل (${by === 'url' ? 'العنوان نفسه' : 'النص نفسه'}):`,
    refused: 'رفض سند هذا المصدر:',
    failed: {
      snapshot: 'تعذّر على سند الحصول على محتوى هذه الصفحة (فشلت لقطة الصفحة). أعد تحميلها وحاول مجددًا.',
      extraction:
        'حصل سند على الصفحة لكن تعذّر عليه استخراج المقال منها (فشل الاستخراج). يمكنك لصق النص في إدارة المصادر بدلًا من ذلك.',
      save: 'تعذّر على سند حفظ هذا المصدر (فشل الحفظ). حاول مجددًا.',
    },
    technicalDetail: 'التفاصيل التقنية:',
    storedSource: 'مصدر محفوظ',
    idWord: 'المعرّف',
    addedLast: 'أُضيفت أخيرًا',
    manage: 'إدارة المصادر',
  },
};
