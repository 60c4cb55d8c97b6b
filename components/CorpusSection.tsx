// The popup's view of the stored corpus: how many sources and entities, and the five added last (the
// corpus may hold thousands), with a link to the options page, where they are managed.
import { browser } from 'wxt/browser';
import { askBackground } from '../lib/send';
import { CAPTURE_STRINGS } from './i18n-capture';
import { SourceList } from './SourceList';
import { Status } from './Status';
import { useAsync } from './useAsync';
import { ui, uiLang } from './t';

/** How many of the newest sources the popup lists. */
export const POPUP_NEWEST = 5;

export function CorpusSection() {
  const state = useAsync(() => askBackground(browser, { type: 'corpus/summary', limit: POPUP_NEWEST }));
  const s = CAPTURE_STRINGS[uiLang()];
  return (
    <section aria-labelledby="corpus-heading" data-testid="corpus">
      <h2 id="corpus-heading">{ui().corpusHeading}</h2>
      <Status state={state}>
        {({ sources, sourceCount, entityCount }) => (
          <>
            <p class="muted" data-testid="corpus-count">
              {`${ui().sources(sourceCount ?? sources.length)} · ${ui().entities(entityCount)}`}
            </p>
            {sources.length > 0 && <h3 class="sub">{s.addedLast}</h3>}
            <SourceList sources={sources} />
            <a
              href={browser.runtime.getURL('/options.html')}
              target="_blank"
              rel="noopener"
              data-testid="manage-sources"
            >
              {s.manage}
            </a>
          </>
        )}
      </Status>
    </section>
  );
}
