// The sites where highlighting is switched off, each with a button to switch it back on, a field to
// switch one off by host name, and the global switch.
import { useState } from 'preact/hooks';
import { STRINGS, type UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { ErrorLine, errorText, Loaded, send, useKeptAsync } from './common';
import { siteFromInput } from './entity-helpers';

/** `revision` moves when something else changed the sites (a restored backup): the list reloads. */
export function SitesPanel({ lang, revision }: { lang: UiLang; revision: number }) {
  const m = MANAGE_STRINGS[lang];
  const [reload, setReload] = useState(0);
  const [host, setHost] = useState('');
  const [error, setError] = useState<string | null>(null);
  const state = useKeptAsync(() => send({ type: 'sites/list' }), [revision, reload]);
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      setReload((n) => n + 1);
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };
  const site = siteFromInput(host);
  return (
    <Loaded state={state} lang={lang}>
      {({ disabled, globalEnabled }) => (
        <>
          <label class="switch">
            <input
              type="checkbox"
              name="global-enabled"
              checked={globalEnabled}
              onChange={(e) => void act(() => send({ type: 'global/set', enabled: e.currentTarget.checked }))}
            />
            {STRINGS[lang].globalSwitch}
          </label>
          <p class="muted">{globalEnabled ? m.globalOn : m.globalOff}</p>
          {disabled.length === 0 ? (
            <p class="muted">{m.noDisabled}</p>
          ) : (
            <ul class="manage-list">
              {disabled.map((key) => (
                <li key={key} data-site={key}>
                  <bdi dir="ltr">{key}</bdi>{' '}
                  <button
                    type="button"
                    data-action="site-enable"
                    aria-label={`${m.enableSite}: ${key}`}
                    onClick={() => void act(() => send({ type: 'site/set', host: key, enabled: true }))}
                  >
                    {m.enableSite}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form
            class="site-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (site)
                void act(() => send({ type: 'site/set', host: site, enabled: false })).then(
                  (ok) => ok && setHost(''),
                );
            }}
          >
            <label class="field" for="site-disable">
              <span>{m.disableField}</span>
              <input
                id="site-disable"
                name="site-disable"
                dir="ltr"
                value={host}
                onInput={(e) => setHost(e.currentTarget.value)}
              />
            </label>
            <button type="submit" data-action="site-disable" disabled={site === null}>
              {m.disableSite}
            </button>
          </form>
          {error && <ErrorLine lang={lang} message={error} />}
        </>
      )}
    </Loaded>
  );
}
