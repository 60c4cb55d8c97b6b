// The UI language of the extension's own pages follows the browser's; strings come from the typed
// table in i18n.ts.
import { browser } from 'wxt/browser';
import { dirOf, STRINGS, uiLangOf, type UiLang, type UiStrings } from './i18n';

export function uiLang(): UiLang {
  return uiLangOf(browser.i18n.getUILanguage());
}

export function ui(): UiStrings {
  return STRINGS[uiLang()];
}

/** Sets `lang` and `dir` on the page's root element to the UI language. */
export function applyUiLang(root: HTMLElement = document.documentElement): void {
  const lang = uiLang();
  root.lang = lang;
  root.dir = dirOf(lang);
}

/** Attributes for text in a known language: Arabic text always carries dir and lang. */
export function langAttrs(lang: string): { lang: string; dir: 'rtl' | 'ltr' } {
  return { lang, dir: dirOf(lang) };
}

/** Best guess of a short string's language from its script, for metadata such as outlet names. */
export function scriptLang(text: string): 'ar' | 'en' {
  return /[\u0600-\u06ff]/.test(text) ? 'ar' : 'en';
}
