// Which language the options page is in: the one initUiLang found until the settings are read, then
// the setting as the user changes it, `auto` being the browser's language at that moment.
import type { UserSettings } from '../../lib/types';
import { uiLangOf, type UiLang } from '../i18n';

export function pageLang(settings: UserSettings | null, atStart: UiLang, browserUiLanguage: string): UiLang {
  if (!settings) return atStart;
  return settings.uiLang === 'auto' ? uiLangOf(browserUiLanguage) : settings.uiLang;
}
