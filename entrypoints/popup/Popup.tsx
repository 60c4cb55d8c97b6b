// The toolbar popup: switches for this site, what the page mentions, the comparison for a chosen
// entity (`?entity=<id>` opens it directly), a search over every entity of the corpus, saving the page
// as a source, and the corpus at a glance.
import { useState } from 'preact/hooks';
import { EntityComparison, POPUP_SIDES } from '../../components/EntityComparison';
import { EntitySearch } from '../../components/comparison/EntitySearch';
import { useComparisonView } from '../../components/comparison/useComparisonView';
import { COMPARE_STRINGS } from '../../components/i18n-compare';
import { CorpusSection } from '../../components/CorpusSection';
import { Status } from '../../components/Status';
import { useAsync } from '../../components/useAsync';
import { ui, uiLang } from '../../components/t';
import { Capture } from './Capture';
import { PageEntities } from './PageEntities';
import { SiteSwitches } from './SiteSwitches';
import { hostOf } from '../../lib/site';
import { targetTab } from './target-tab';

function Comparison({ entityId, onBack }: { entityId: string; onBack: (() => void) | null }) {
  const lang = uiLang();
  // The popup asks for the first sides only; "show all" asks again for every one.
  const [all, setAll] = useState(false);
  const state = useComparisonView(entityId, POPUP_SIDES, all);
  return (
    <>
      {onBack && (
        <button type="button" class="back" onClick={onBack}>
          {ui().back}
        </button>
      )}
      <Status state={state}>
        {(view) =>
          view ? (
            <EntityComparison view={view} lang={lang} expanded={all} onShowAll={() => setAll(true)} />
          ) : (
            <p class="error" role="alert">
              {COMPARE_STRINGS[lang].notFound(entityId)}
            </p>
          )
        }
      </Status>
    </>
  );
}

export function Popup() {
  const initialEntity = new URLSearchParams(location.search).get('entity');
  const [entity, setEntity] = useState<string | null>(initialEntity);
  const tab = useAsync(() => targetTab());

  if (entity) return <Comparison entityId={entity} onBack={initialEntity ? null : () => setEntity(null)} />;
  return (
    <>
      <header class="popup-header">
        <h1>{ui().appName}</h1>
      </header>
      <EntitySearch lang={uiLang()} onChoose={setEntity} />
      <Status state={tab}>
        {(tab) => {
          const host = hostOf(tab?.url);
          return (
            <>
              {host && <SiteSwitches host={host} />}
              {tab?.id !== undefined && <Capture tabId={tab.id} url={tab.url} />}
              {tab?.id !== undefined && <PageEntities tabId={tab.id} onChoose={setEntity} />}
            </>
          );
        }}
      </Status>
      <CorpusSection />
    </>
  );
}
