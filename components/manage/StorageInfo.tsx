// How much storage Sanad uses (the background's navigator.storage.estimate()), and the "keep my
// data" button: persist() must be asked from a page the user is looking at, so it runs here.
import { useState } from 'preact/hooks';
import type { UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { useAsync } from '../useAsync';
import { ErrorLine, formatBytes, Loaded, send } from './common';

export function StorageInfo({ lang, revision }: { lang: UiLang; revision: number }) {
  const m = MANAGE_STRINGS[lang];
  const [asked, setAsked] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const state = useAsync(() => send({ type: 'storage/state' }), [revision, asked]);
  const persist = async () => {
    setError(null);
    try {
      setAsked(await navigator.storage.persist());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div class="storage">
      <h3>{m.storageHeading}</h3>
      <Loaded state={state} lang={lang}>
        {(s) => (
          <>
            <p data-testid="storage-used">
              {s.usage === null
                ? m.storageUnknown
                : m.storageUsed(
                    formatBytes(s.usage, lang),
                    s.quota === null ? null : formatBytes(s.quota, lang),
                  )}
            </p>
            {(asked ?? s.persisted) === true ? (
              <p class="muted" role="status">
                {m.persisted}
              </p>
            ) : (
              <>
                <button type="button" data-action="persist-storage" onClick={() => void persist()}>
                  {m.persist}
                </button>
                {asked === false && (
                  <p class="muted" role="status">
                    {m.notPersisted}
                  </p>
                )}
              </>
            )}
          </>
        )}
      </Loaded>
      {error && <ErrorLine lang={lang} message={error} />}
    </div>
  );
}
