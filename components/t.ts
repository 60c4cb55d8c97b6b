// The UI language of the extension's own pages: the user's setting (settings/get, read once at page
// start by initUiLang) or, with `auto`, the browser's; strings come from the typed table in i18n.ts.
import { browser } from 'wxt/browser';
import { askBackground } from '../lib/send';
import { dirOf, STRINGS, uiLangOf, type UiLang, type UiStrings } from './i18n';

let chosen: UiLang | null = null;

/**
 * Reads the user's UI-language setting; every extension page awaits it before its first render, so
 * that uiLang() stays synchronous. Without an answer (the background not ready) the browser's
 * language is used.
 */
export async function initUiLang(): Promise<void> {
  try {
    const settings = await askBackground(browser, { type: 'settings/get' });
    chosen = settings.uiLang === 'auto' ? null : settings.uiLang;
  } catch {
    chosen = null;
  }
}

export function uiLang(): UiLang {
  return chosen ?? uiLangOf(browser.i18n.getUILanguage());
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
