// The stored corpus at a glance: how many sources and entities, and the sources with their outlets.
// The popup shows it short; the options page shows where each source came from.
import { browser } from 'wxt/browser';
import { askBackground } from '../lib/send';
import { SourceList } from './SourceList';
import { Status } from './Status';
import { useAsync } from './useAsync';
import { ui } from './t';

export function CorpusSection({ detailed = false }: { detailed?: boolean }) {
  const state = useAsync(() => askBackground(browser, { type: 'corpus/summary' }));
  return (
    <section aria-labelledby="corpus-heading" data-testid="corpus">
      <h2 id="corpus-heading">{ui().corpusHeading}</h2>
      <Status state={state}>
        {({ sources, entityCount }) => (
          <>
            <p class="muted" data-testid="corpus-count">
              {`${ui().sources(sources.length)} · ${ui().entities(entityCount)}`}
            </p>
            <SourceList sources={sources} showOrigin={detailed} />
          </>
        )}
      </Status>
    </section>
  );
}
