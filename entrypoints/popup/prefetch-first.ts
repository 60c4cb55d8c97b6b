// Imported first by main.tsx, so that its top-level code runs before the UI's modules are evaluated:
// when the popup opens on an entity, the comparison is asked for at once (components/comparison/prefetch.ts),
// and the UI-language setting is asked for alongside it (the first render waits for it).
import { POPUP_SIDES, prefetchComparison } from '../../components/comparison/prefetch';
import { initUiLang } from '../../components/t';

export const uiLangReady = initUiLang();

const entity = new URLSearchParams(location.search).get('entity');
if (entity) prefetchComparison(entity, POPUP_SIDES);
