// UI strings of the reader and the note editor, in the two UI languages. Typed like i18n.ts: a
// missing string is a compile error. Stance names are worded as in i18n-compare.ts, so a note reads
// the same in the reader and in the comparison.
import type { StanceLabel } from '../lib/characterize/types';
import type { UiLang } from './i18n';

export interface ReaderStrings {
  /** Shown under a title that is not the source's own. */
  titleCurated: string;
  titleUser: string;
  titleFileName: string;
  textLabel: string;
  quotedPassage: string;
  notePassage: string;
  quoteOutside: string;
  backToComparison: (name: string) => string;
  popupView: string;
  marksSummary: (mentions: string, entities: string) => string;
  legend: string;
  // Notes
  addNoteHere: string;
  noteOnSelection: string;
  noteHint: string;
  notesHeading: string;
  noNotes: string;
  yourNote: string;
  showPassage: string;
  editNote: string;
  noPassage: string;
  noEntities: string;
  // Note editor
  editorHeading: string;
  entityLabel: string;
  stanceLabel: string;
  stance: Record<StanceLabel, string>;
  noStance: string;
  noteTextLabel: string;
  passageLabel: string;
  passageNone: string;
  replaces: string;
  save: string;
  saving: string;
  delete: string;
  cancel: string;
  saved: string;
  deleted: string;
  emptyNote: string;
  failed: (message: string) => string;
}

export const READER_STRINGS: Record<UiLang, ReaderStrings> = {
  en: {
    titleCurated: 'Title given by Sanad’s editors — the text has no headline',
    titleUser: 'title you wrote',
    titleFileName: 'The source has no title: this is the name of the file it was imported from',
    textLabel: 'Source text',
    quotedPassage: 'Quoted passage',
    notePassage: 'Passage of your note',
    quoteOutside: 'The quoted passage is not within this source’s text; the text is shown without it.',
    backToComparison: (name) => `Back to the comparison: ${name}`,
    popupView: 'Compact view',
    marksSummary: (mentions, entities) => `${mentions} of ${entities} marked`,
    legend: 'Marks by type',
    addNoteHere: 'Add a note on this passage',
    noteOnSelection: 'Note on the selected passage',
    noteHint:
      'Select words in the text, then add a note. Without a selection the note points at the quoted passage, or at no passage.',
    notesHeading: 'Your notes on this source',
    noNotes: 'You have no note on this source yet.',
    yourNote: 'your note',
    showPassage: 'Show the passage',
    editNote: 'Edit',
    noPassage: 'on the whole source (no passage)',
    noEntities: 'This source mentions no known entity, so there is nothing to attach a note to.',
    editorHeading: 'Your note',
    entityLabel: 'About',
    stanceLabel: 'The source’s stance toward it',
    stance: {
      hostile: 'hostile',
      critical: 'critical',
      neutral: 'neutral',
      sympathetic: 'sympathetic',
      supportive: 'supportive',
    },
    noStance: 'no stance',
    noteTextLabel: 'Note',
    passageLabel: 'Passage',
    passageNone: 'None: the note is about the whole source.',
    replaces: 'You already have a note on this entity in this source: saving replaces it.',
    save: 'Save',
    saving: 'Saving…',
    delete: 'Delete',
    cancel: 'Cancel',
    saved: 'Note saved.',
    deleted: 'Note deleted.',
    emptyNote: 'Write something or choose a stance before saving.',
    failed: (message) => `The note was not saved: ${message}`,
  },
  ar: {
    titleCurated: 'عنوان وضعه محررو سند — النص بلا عنوان',
    titleUser: 'عنوان كتبته أنت',
    titleFileName: 'لا عنوان في المصدر: هذا اسم الملف الذي استُورد منه',
    textLabel: 'نص المصدر',
    quotedPassage: 'المقطع المقتبس',
    notePassage: 'مقطع ملاحظتك',
    quoteOutside: 'المقطع المقتبس ليس ضمن نص هذا المصدر؛ يُعرض النص من دونه.',
    backToComparison: (name) => `عودة إلى المقارنة: ${name}`,
    popupView: 'العرض المختصر',
    marksSummary: (mentions, entities) => `أُبرز ${mentions} لـ${entities}`,
    legend: 'الإبراز حسب النوع',
    addNoteHere: 'أضف ملاحظة على هذا المقطع',
    noteOnSelection: 'ملاحظة على المقطع المحدَّد',
    noteHint:
      'حدّد كلمات من النص ثم أضف ملاحظة. إن لم تحدّد شيئًا فالملاحظة على المقطع المقتبس، أو على المصدر كله.',
    notesHeading: 'ملاحظاتك على هذا المصدر',
    noNotes: 'لا ملاحظة لك على هذا المصدر بعد.',
    yourNote: 'ملاحظتك',
    showPassage: 'أظهر المقطع',
    editNote: 'تعديل',
    noPassage: 'على المصدر كله (بلا مقطع)',
    noEntities: 'لا يذكر هذا المصدر أي كيان معروف، فلا شيء تُربط به الملاحظة.',
    editorHeading: 'ملاحظتك',
    entityLabel: 'عن',
    stanceLabel: 'موقف المصدر منه',
    stance: {
      hostile: 'عدائي',
      critical: 'ناقد',
      neutral: 'محايد',
      sympathetic: 'متعاطف',
      supportive: 'مؤيد',
    },
    noStance: 'بلا موقف',
    noteTextLabel: 'الملاحظة',
    passageLabel: 'المقطع',
    passageNone: 'لا مقطع: الملاحظة على المصدر كله.',
    replaces: 'لك ملاحظة على هذا الكيان في هذا المصدر: الحفظ يستبدلها.',
    save: 'احفظ',
    saving: 'جارٍ الحفظ…',
    delete: 'احذف',
    cancel: 'إلغاء',
    saved: 'حُفظت الملاحظة.',
    deleted: 'حُذفت الملاحظة.',
    emptyNote: 'اكتب شيئًا أو اختر موقفًا قبل الحفظ.',
    failed: (message) => `لم تُحفظ الملاحظة: ${message}`,
  },
};
