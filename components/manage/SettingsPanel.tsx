// Hover cards on or off and the UI language; the page re-renders in the language chosen.
import { useState } from 'preact/hooks';
import type { UserSettings } from '../../lib/types';
import type { UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { ErrorLine, errorText, send } from './common';

const LANGS: UserSettings['uiLang'][] = ['auto', 'en', 'ar'];

export function SettingsPanel({
  lang,
  settings,
  onSettings,
}: {
  lang: UiLang;
  settings: UserSettings;
  onSettings: (s: UserSettings) => void;
}) {
  const m = MANAGE_STRINGS[lang];
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = async (patch: Partial<UserSettings>) => {
    setSaved(false);
    setError(null);
    try {
      onSettings(await send({ type: 'settings/set', patch }));
      setSaved(true);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <>
      <label class="switch">
        <input
          type="checkbox"
          name="hover-cards"
          checked={settings.hoverCards}
          onChange={(e) => void set({ hoverCards: e.currentTarget.checked })}
        />
        {m.hoverCards}
      </label>
      <label class="field" for="ui-lang">
        <span>{m.uiLang}</span>
        <select
          id="ui-lang"
          name="ui-lang"
          value={settings.uiLang}
          onChange={(e) => void set({ uiLang: e.currentTarget.value as UserSettings['uiLang'] })}
        >
          {LANGS.map((l) => (
            <option
              key={l}
              value={l}
              lang={l === 'ar' ? 'ar' : l === 'en' ? 'en' : undefined}
              dir={l === 'ar' ? 'rtl' : undefined}
            >
              {m.langOption[l]}
            </option>
          ))}
        </select>
      </label>
      {saved && (
        <p class="muted" role="status">
          {m.savedSettings}
        </p>
      )}
      {error && <ErrorLine lang={lang} message={error} />}
    </>
  );
}
