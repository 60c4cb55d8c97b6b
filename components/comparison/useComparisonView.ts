// Loads an entity's comparison in two steps when the corpus is large: first the most salient sides
// (enough to paint), then, only when needed, every side — when the user asks for all, or when a shown
// comparison cites a source the first answer left out (its outlet and sentence live on its side).
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import type { EntityComparisonView } from '../../lib/messages';
import { askBackground } from '../../lib/send';
import type { AsyncState } from '../useAsync';
import { takePrefetched } from './prefetch';

/** Whether the view lacks sides the page will show: every side, or the sources its comparisons cite. */
export function needsAllSides(view: EntityComparisonView, wantAll: boolean): boolean {
  if (view.sides.length >= view.sideCount) return false;
  if (wantAll) return true;
  const have = new Set(view.sides.map((s) => s.source.id));
  // The background sends the sources of the first claims of every comparison with the first answer
  // (entrypoints/background/comparison.ts CITED_PER_COMPARISON); the views show no more than those.
  return view.comparisons.some((c) => c.claims.slice(0, 8).some((claim) => !have.has(claim.sourceId)));
}

export function useComparisonView(
  entityId: string | null,
  firstLimit: number,
  wantAll: boolean,
): AsyncState<EntityComparisonView | null> {
  const [state, setState] = useState<AsyncState<EntityComparisonView | null>>({ status: 'loading' });
  const view = state.status === 'ready' ? state.data : null;
  const complete = view !== null && view.sides.length >= view.sideCount;
  const needAll = view !== null && needsAllSides(view, wantAll);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    if (!entityId) {
      setState({ status: 'ready', data: null });
      return;
    }
    const first =
      takePrefetched(entityId, firstLimit) ??
      askBackground(browser, { type: 'entity/compare', entityId, limit: firstLimit });
    first.then(
      ({ view }) => live && setState({ status: 'ready', data: view }),
      (error: unknown) =>
        live &&
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [entityId, firstLimit]);

  useEffect(() => {
    if (!entityId || complete || !needAll) return;
    let live = true;
    // A failure here keeps the first answer on screen: it is still true, only shorter.
    askBackground(browser, { type: 'entity/compare', entityId }).then(
      ({ view: full }) => live && full && setState({ status: 'ready', data: full }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [entityId, complete, needAll]);

  return state;
}
