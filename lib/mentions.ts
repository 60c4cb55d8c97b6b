// Mentions of entities in one stored source: the matcher's matches with the sentence around each.
// Each source is its own document: the "seen" context starts empty, so a rule confirmed in one source
// never leaks into another.

import type { Mention } from './types';
import type { Match, Matcher } from './matcher/types';
import { sentenceAround, sentenceSpans } from './sentences';

export function findMentions(matcher: Matcher, source: { id: string; text: string }): Mention[] {
  return mentionsOfMatches(matcher.match(source.text, { seen: new Set() }), source);
}

/** The same, from matches already found in `source.text` (the indexer matches each source once). */
export function mentionsOfMatches(
  matches: readonly Match[],
  source: { id: string; text: string },
): Mention[] {
  if (!matches.length) return [];
  const spans = sentenceSpans(source.text);
  // An event's inner entities are mentions too, right after the event: the card of Moscow must list the
  // sources that speak of the Moscow attack.
  return matches
    .flatMap((m) => [m, ...(m.inner ?? [])])
    .map((m) => {
      const [sentenceStart, sentenceEnd] = sentenceAround(spans, m.start, m.end);
      return {
        entityId: m.entityId,
        sourceId: source.id,
        start: m.start,
        end: m.end,
        sentenceStart,
        sentenceEnd,
      };
    });
}
