// UI strings come from the extension's locales (public/_locales), so the browser's UI language picks
// English or Arabic and every page, the popup and the hover card agree.
import { browser } from 'wxt/browser';

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

export function t(name: MessageName, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(name, substitutions) || name;
}

export function uiLang(): 'ar' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** Sets `lang` and `dir` on the page's root element to the UI language. */
export function applyUiLang(root: HTMLElement = document.documentElement): void {
  const lang = uiLang();
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

/** Text in a known language: Arabic text always carries dir and lang (see the accessibility rules). */
export function langAttrs(lang: string): { lang: string; dir: 'rtl' | 'ltr' } {
  return { lang, dir: lang === 'ar' || lang === 'ur' || lang === 'fa' || lang === 'ps' ? 'rtl' : 'ltr' };
}
