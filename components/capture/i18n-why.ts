// The hover card's strings for "why is this highlighted?" and the mutes, in both UI languages. Kept
// apart from the popup's capture strings: the content script runs on every page and carries only these.
import type { AliasLang } from '../../lib/types';
import type { UiLang } from '../i18n';

export interface WhyStrings {
  why: string;
  whyLoading: string;
  whyFailed: (message: string) => string;
  matchedAlias: string;
  aliasLang: Record<AliasLang, string>;
  ruleAlias: string;
  ruleConfirmed: (window: number, qualifiers: string[], nearby: string[]) => string;
  ruleProximity: string;
  mutedAlready: string;
  /** A mute of the alias alone, around its text (set apart in the button by its own lang and dir). */
  muteAlias: Record<'site' | 'everywhere', [before: string, after: string]>;
  /** A mute of the whole entity: what a mark with no alias (an event found by proximity) gets. */
  muteEntity: Record<'site' | 'everywhere', string>;
  mutedSite: string;
  mutedEverywhere: string;
  muteFailed: (message: string) => string;
}

const list = (items: string[], sep: string) => items.map((i) => `«${i}»`).join(sep);

export const WHY_STRINGS: Record<UiLang, WhyStrings> = {
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
    muteAlias: {
      site: ['Mute the name «', '» on this site'],
      everywhere: ['Mute the name «', '» everywhere'],
    },
    muteEntity: {
      site: 'Mute the whole entity on this site',
      everywhere: 'Mute the whole entity everywhere',
    },
    mutedSite: 'Muted on this site: the page is repainted without it.',
    mutedEverywhere: 'Muted everywhere: pages are repainted without it.',
    muteFailed: (m) => `Could not mute: ${m}`,
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
    muteAlias: {
      site: ['اكتم الاسم «', '» على هذا الموقع'],
      everywhere: ['اكتم الاسم «', '» في كل المواقع'],
    },
    muteEntity: { site: 'اكتم الكيان كله على هذا الموقع', everywhere: 'اكتم الكيان كله في كل المواقع' },
    mutedSite: 'كُتم على هذا الموقع: تُعاد الصفحة بدونه.',
    mutedEverywhere: 'كُتم في كل المواقع: تُعاد الصفحات بدونه.',
    muteFailed: (m) => `تعذّر الكتم: ${m}`,
  },
};
