// Imported first by main.tsx, so that its top-level code runs before the UI's modules are evaluated:
// when the popup opens on an entity, the comparison is asked for at once (components/comparison/prefetch.ts).
import { POPUP_SIDES, prefetchComparison } from '../../components/comparison/prefetch';

const entity = new URLSearchParams(location.search).get('entity');
if (entity) prefetchComparison(entity, POPUP_SIDES);
