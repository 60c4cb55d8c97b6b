// Matching for the content scripts. Every frame of every page used to receive the compiled gazetteer,
// decode the fold tables and build the matcher itself: 10-20 ms of the page's main thread before the
// first word was read, in every frame, growing with the gazetteer (docs/decisions/content-cost.md).
// Now the engine is built once per gazetteer here, and a frame sends the text of its runs.
import { matchBatch } from '../../lib/matcher';
import { muteFilter } from '../../lib/mute-filter';
import { siteKey } from '../../lib/site';
import type { Match } from '../../lib/matcher/types';
import type { EntityLabel } from '../../lib/messages';
import type { Corpus } from './corpus';
import { siteState } from './highlight';
import { mutesOnSite } from './mutes';
import type { Handler } from './router';

/**
 * The most text one request may carry (UTF-16 units). The content script sends far less per batch
 * (see entrypoints/content/remote-match.ts); this only bounds what a broken sender can make us hold.
 */
export const MAX_MATCH_CHARS = 4_000_000;
const MAX_TEXTS = 100_000;

function validTexts(texts: unknown): texts is string[] {
  if (!Array.isArray(texts) || texts.length > MAX_TEXTS) return false;
  let chars = 0;
  for (const text of texts) {
    if (typeof text !== 'string') return false;
    chars += text.length;
  }
  return chars <= MAX_MATCH_CHARS;
}

function entityIdsOf(matches: readonly Match[][]): Set<string> {
  const ids = new Set<string>();
  for (const list of matches)
    for (const match of list) {
      ids.add(match.entityId);
      for (const inner of match.inner ?? []) ids.add(inner.entityId);
    }
  return ids;
}

export function pageMatchHandlers(corpus: Corpus): {
  'page/match': Handler<'page/match'>;
  'page/prefilter': Handler<'page/prefilter'>;
} {
  return {
    'page/prefilter': async ({ texts, host }) => {
      if (!validTexts(texts) || typeof host !== 'string')
        throw new Error(
          'page/prefilter takes texts (strings, at most 4 million characters in all) and a host.',
        );
      await corpus.ready();
      const site = await siteState(corpus.db, host);
      // Switched off: nothing to load. The frame asks again when it is switched on (highlight/state).
      if (!site.globalEnabled || !site.siteEnabled) return { found: false, site };
      const engine = await corpus.index.engine();
      // The frame sends its text nodes, not its runs: a name split over two nodes ("Islamic <b>State</b>")
      // is found by joining them as they are, two names in adjacent blocks by joining them with a space.
      // Undecided counts as found: with the rest of the page as context (a frame adding text later) the
      // ruled alias may be confirmed.
      const joined = [texts.join(''), texts.join(' ')];
      const { matches, undecided } = matchBatch(engine.matcher, joined, { seen: new Set() });
      return { found: undecided.length > 0 || matches.some((list) => list.length > 0), site };
    },
    'page/match': async ({ texts, seen, host }) => {
      if (
        !validTexts(texts) ||
        !Array.isArray(seen) ||
        !seen.every((id) => typeof id === 'string') ||
        typeof host !== 'string'
      )
        throw new Error(
          'page/match takes texts (strings, at most 4 million characters in all), seen ids and a host.',
        );
      await corpus.ready();
      const [engine, mutes] = await Promise.all([
        corpus.index.engine(),
        mutesOnSite(corpus.db, siteKey(host)),
      ]);
      const context = { seen: new Set(seen) };
      const batch = matchBatch(engine.matcher, texts, context);
      const filter = muteFilter(mutes);
      const matches = filter
        ? batch.matches.map((list, i) => filter.keep(texts[i] as string, list))
        : batch.matches;
      const undecided = batch.undecided;
      const labels: EntityLabel[] = [];
      for (const id of entityIdsOf(matches)) {
        const entity = engine.entities.get(id);
        if (entity) labels.push({ id, type: entity.type, names: entity.names });
      }
      return { version: engine.version, matches, seen: [...context.seen], undecided, labels };
    },
  };
}
