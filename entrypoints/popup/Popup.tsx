// The toolbar popup: switches for this site, what the page mentions, the comparison for a chosen
// entity (`?entity=<id>` opens it directly), and the corpus at a glance.
import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import { askBackground } from '../../lib/send';
import { EntityComparison } from '../../components/EntityComparison';
import { CorpusSection } from '../../components/CorpusSection';
import { Status } from '../../components/Status';
import { useAsync } from '../../components/useAsync';
import { ui } from '../../components/t';
import { PageEntities } from './PageEntities';
import { SiteSwitches } from './SiteSwitches';
import { hostOf } from '../../lib/site';
import { targetTab } from './target-tab';

function Comparison({ entityId, onBack }: { entityId: string; onBack: (() => void) | null }) {
  const state = useAsync(() => askBackground(browser, { type: 'entity/cards', ids: [entityId] }), [entityId]);
  return (
    <>
      {onBack && (
        <button type="button" onClick={onBack}>
          {ui().back}
        </button>
      )}
      <Status state={state}>
        {({ cards }) => (cards[0] ? <EntityComparison card={cards[0]} /> : <p class="error">{entityId}</p>)}
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
      <Status state={tab}>
        {(tab) => {
          const host = hostOf(tab?.url);
          return (
            <>
              {host && <SiteSwitches host={host} />}
              {tab?.id !== undefined && <PageEntities tabId={tab.id} onChoose={setEntity} />}
            </>
          );
        }}
      </Status>
      <CorpusSection />
    </>
  );
}
