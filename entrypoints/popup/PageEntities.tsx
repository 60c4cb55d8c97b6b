// What this page mentions, most mentioned first; choosing one shows the source comparison.
import { browser } from 'wxt/browser';
import type { EntityCard, PageEntityCount } from '../../lib/messages';
import { askBackground, askTab } from '../../lib/send';
import { hostOf } from '../../lib/site';
import { Status } from '../../components/Status';
import { useAsync } from '../../components/useAsync';
import { langAttrs, ui, uiLang } from '../../components/t';

interface PageData {
  counts: PageEntityCount[];
  cards: Map<string, EntityCard>;
}

async function loadPage(tabId: number): Promise<PageData | null> {
  // Is there a content script to speak for this page at all (not on browser pages or web stores)? A
  // web page's top frame stays silent until it has text (entrypoints/content/first-stage.ts): its
  // frames may still have reported marks, so only a page that is not a web page is "unavailable".
  try {
    await askTab(browser, tabId, { type: 'page/entities' });
  } catch {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (!tab || hostOf(tab.url) === null) return null;
  }
  // Counts summed over every frame of the tab (iframes are pages too), most mentioned first.
  const { entities: counts } = await askBackground(browser, { type: 'page/counts', tabId });
  const { cards } = await askBackground(browser, {
    type: 'entity/cards',
    ids: counts.map((c) => c.entityId),
  });
  return { counts, cards: new Map(cards.map((c) => [c.entity.id, c])) };
}

export function PageEntities({ tabId, onChoose }: { tabId: number; onChoose: (id: string) => void }) {
  const state = useAsync(() => loadPage(tabId), [tabId]);
  const lang = uiLang();
  return (
    <section aria-labelledby="page-heading">
      <h2 id="page-heading">{ui().pageHeading}</h2>
      <Status state={state}>
        {(data) =>
          data === null ? (
            <p class="muted">{ui().pageUnavailable}</p>
          ) : data.counts.length === 0 ? (
            <p class="muted">{ui().pageNone}</p>
          ) : (
            <ul class="entity-list">
              {data.counts.map((c) => {
                const card = data.cards.get(c.entityId);
                return (
                  <li key={c.entityId}>
                    <button
                      type="button"
                      class="entity-button"
                      data-entity-id={c.entityId}
                      onClick={() => onChoose(c.entityId)}
                    >
                      <span class={`type-dot type-${c.type}`} aria-hidden="true" />
                      <span {...langAttrs(lang)}>{card ? card.entity.names[lang] : c.entityId}</span>
                      <span class="muted">
                        {' '}
                        · {ui().type[c.type]} · {ui().mentions(c.count)} ·{' '}
                        {ui().sources(card?.sourceCount ?? card?.sources.length ?? 0)}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )
        }
      </Status>
    </section>
  );
}
