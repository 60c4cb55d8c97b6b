import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../assets/page.css';
import '../../components/manage/manage.css';
import { browser } from 'wxt/browser';
import { dirOf, STRINGS, type UiLang } from '../../components/i18n';
import { MANAGE_STRINGS, type PanelId } from '../../components/i18n-manage';
import { BackupPanel } from '../../components/manage/BackupPanel';
import { send } from '../../components/manage/common';
import { pageLang } from '../../components/manage/page-lang';
import { EntitiesPanel } from '../../components/manage/EntitiesPanel';
import { ImportPanel } from '../../components/manage/ImportPanel';
import { SettingsPanel } from '../../components/manage/SettingsPanel';
import { SitesPanel } from '../../components/manage/SitesPanel';
import { SourcesPanel } from '../../components/manage/SourcesPanel';
import { applyUiLang, initUiLang, uiLang } from '../../components/t';
import { DEFAULT_SETTINGS, type UserSettings } from '../../lib/types';

const PANELS: PanelId[] = ['import', 'sources', 'entities', 'sites', 'settings', 'backup'];

function Options() {
  const [settings, setSettings] = useState<UserSettings | null>(null);
  // Bumped after anything that changes the corpus, so the lists that show it reload.
  const [revision, setRevision] = useState(0);
  const changed = () => setRevision((n) => n + 1);
  useEffect(() => {
    send({ type: 'settings/get' }).then(setSettings, () => setSettings(DEFAULT_SETTINGS));
  }, []);
  // A restored backup may carry other settings (the page's language among them) and other sites; if
  // they cannot be read again, the ones shown stay.
  const restored = () => {
    changed();
    send({ type: 'settings/get' }).then(setSettings, () => {});
  };
  const lang: UiLang = pageLang(settings, uiLang(), browser.i18n.getUILanguage());
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = STRINGS[lang].optionsHeading;
  }, [lang]);
  const m = MANAGE_STRINGS[lang];

  const body: Record<PanelId, () => preact.ComponentChildren> = {
    import: () => <ImportPanel lang={lang} onWritten={changed} />,
    sources: () => <SourcesPanel lang={lang} revision={revision} onChanged={changed} />,
    entities: () => <EntitiesPanel lang={lang} revision={revision} onChanged={changed} />,
    sites: () => <SitesPanel lang={lang} revision={revision} />,
    settings: () => settings && <SettingsPanel lang={lang} settings={settings} onSettings={setSettings} />,
    backup: () => <BackupPanel lang={lang} onRestored={restored} />,
  };

  return (
    <main class="options manage">
      <h1>{STRINGS[lang].optionsHeading}</h1>
      <nav aria-label={m.nav} class="panel-nav">
        <ul>
          {PANELS.map((id) => (
            <li key={id}>
              <a href={`#panel-${id}`}>{m.panel[id]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {PANELS.map((id) => (
        <section
          key={id}
          id={`panel-${id}`}
          data-panel={id}
          aria-labelledby={`panel-${id}-heading`}
          class="panel"
        >
          <h2 id={`panel-${id}-heading`}>{m.panel[id]}</h2>
          {body[id]()}
        </section>
      ))}
    </main>
  );
}

// The first render is already in the user's language (no flash of the browser's).
void initUiLang().then(() => {
  applyUiLang();
  render(<Options />, document.getElementById('app')!);
});
