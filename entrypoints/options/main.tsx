import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/page.css';
import { askBackground } from '../../lib/send';
import { SourceList } from '../../components/SourceList';
import { Status } from '../../components/Status';
import { useAsync } from '../../components/useAsync';
import { applyUiLang, t } from '../../components/t';

function Options() {
  const state = useAsync(() => askBackground(browser, { type: 'corpus/summary' }));
  return (
    <main class="options">
      <h1>{t('optionsHeading')}</h1>
      <section aria-labelledby="sources-heading" data-testid="corpus">
        <h2 id="sources-heading">{t('corpusHeading')}</h2>
        <Status state={state}>
          {({ sources, entityCount }) => (
            <>
              <p class="muted" data-testid="corpus-count">
                {t('corpusCount', [String(sources.length), String(entityCount)])}
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
