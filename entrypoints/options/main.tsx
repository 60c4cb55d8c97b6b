import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/page.css';
import { askBackground } from '../../lib/send';
import { SourceList } from '../../components/SourceList';
import { Status } from '../../components/Status';
import { useAsync } from '../../components/useAsync';
import { applyUiLang, ui } from '../../components/t';

function Options() {
  const state = useAsync(() => askBackground(browser, { type: 'corpus/summary' }));
  return (
    <main class="options">
      <h1>{ui().optionsHeading}</h1>
      <section aria-labelledby="sources-heading" data-testid="corpus">
        <h2 id="sources-heading">{ui().corpusHeading}</h2>
        <Status state={state}>
          {({ sources, entityCount }) => (
            <>
              <p class="muted" data-testid="corpus-count">
                {`${ui().sources(sources.length)} · ${ui().entities(entityCount)}`}
              </p>
              <SourceList sources={sources} showOrigin />
            </>
          )}
        </Status>
      </section>
    </main>
  );
}

applyUiLang();
render(<Options />, document.getElementById('app')!);
