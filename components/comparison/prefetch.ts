// The comparison request, sent before the page's UI code has even loaded: the popup's entry asks for
// it first and imports the components after, so the background works while the bundle is parsed (the
// bench showed the request leaving the page only after its ~120 KB of scripts, at ≈ 70 ms).
import { browser } from 'wxt/browser';
import type { EntityComparisonView } from '../../lib/messages';
import { askBackground } from '../../lib/send';

/** Sides the popup asks for first (it shows them and offers the rest). */
export const POPUP_SIDES = 15;

type Answer = Promise<{ view: EntityComparisonView | null }>;
const started = new Map<string, Answer>();

const keyOf = (entityId: string, limit: number) => `${entityId}\u0000${limit}`;

export function prefetchComparison(entityId: string, limit: number): void {
  const key = keyOf(entityId, limit);
  if (!started.has(key))
    started.set(key, askBackground(browser, { type: 'entity/compare', entityId, limit }));
}

/** The answer of a prefetch of exactly this request, once (a later request asks again). */
export function takePrefetched(entityId: string, limit: number): Answer | null {
  const key = keyOf(entityId, limit);
  const answer = started.get(key) ?? null;
  started.delete(key);
  return answer;
}
