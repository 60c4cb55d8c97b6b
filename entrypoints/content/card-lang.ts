// The hover cards' UI language: the setting when it names one, else the browser's. Asked when the
// first card opens, not at start (most frames never open one), and asked again after `forget` (the
// settings changed: page/refresh reaches setEnabled); a failed read leaves the language it had.
import type { UiLang } from '../../components/i18n';
import type { UserSettings } from '../../lib/types';

export interface CardLang {
  readonly lang: UiLang;
  read(): Promise<void>;
  forget(): void;
}

export function cardLang(browserLang: UiLang, readSetting: () => Promise<UserSettings['uiLang']>): CardLang {
  let lang = browserLang;
  let pending: Promise<void> | null = null;
  let asked = 0; // a read answered after a later one was asked is stale
  return {
    get lang(): UiLang {
      return lang;
    },
    read(): Promise<void> {
      if (pending) return pending;
      const ask = ++asked;
      pending = readSetting().then(
        (setting) => {
          if (ask === asked) lang = setting === 'auto' ? browserLang : setting;
        },
        () => undefined,
      );
      return pending;
    },
    forget(): void {
      pending = null;
    },
  };
}
