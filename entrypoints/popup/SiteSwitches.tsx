// The per-site and global switches. Both act live: the background tells every open tab of the site.
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import type { SiteState } from '../../lib/messages';
import { askBackground } from '../../lib/send';
import { ui } from '../../components/t';

export function SiteSwitches({ host }: { host: string }) {
  const [state, setState] = useState<SiteState | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    askBackground(browser, { type: 'site/get', host }).then(setState, (e: unknown) => setError(String(e)));
  }, [host]);

  const run = (p: Promise<unknown>) => p.catch((e: unknown) => setError(String(e)));
  if (error)
    return (
      <p class="error" role="alert">
        {ui().error(error)}
      </p>
    );
  if (!state) return null;
  return (
    <div class="switches">
      <label class="switch">
        <input
          type="checkbox"
          data-testid="site-switch"
          checked={state.siteEnabled}
          disabled={!state.globalEnabled}
          onChange={(e) =>
            run(
              askBackground(browser, { type: 'site/set', host, enabled: e.currentTarget.checked }).then(
                setState,
              ),
            )
          }
        />
        <span>{ui().siteSwitch(state.site ?? host)}</span>
      </label>
      <label class="switch">
        <input
          type="checkbox"
          data-testid="global-switch"
          checked={state.globalEnabled}
          onChange={(e) =>
            run(
              askBackground(browser, { type: 'global/set', enabled: e.currentTarget.checked }).then(
                ({ globalEnabled }) => setState({ ...state, globalEnabled }),
              ),
            )
          }
        />
        <span>{ui().globalSwitch}</span>
      </label>
    </div>
  );
}
