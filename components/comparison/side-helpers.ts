// Pure choices the comparison views make about one side: which names to mark in its quotes, the
// sentence to show for a claim, and which claims come first (those other sources dispute).
import type { Characterization, Claim, Comparison, Span } from '../../lib/characterize/types';
import type { EntityComparisonView } from '../../lib/messages';
import type { Entity } from '../../lib/types';

/** The names to mark in a source's quotes: the ones it uses, then the gazetteer's safe aliases. */
export function namesToMark(entity: Entity, characterization: Characterization | null): string[] {
  const names = characterization ? characterization.names.map((n) => n.text) : [];
  names.push(entity.names.en, entity.names.ar);
  // Aliases that need a rule (برهان, "IS") are common words: marking them in a quote would mislead.
  for (const alias of entity.aliases) if (!alias.rule && alias.text.length > 2) names.push(alias.text);
  return [...new Set(names)];
}

/**
 * The passage to show for a claim: its sentence when the characterization holds it (as a quote or a
 * frame's evidence), else the claim's own words. Either way a verbatim span of the source.
 */
export function claimPassage(claim: Claim, characterization: Characterization | null): Span {
  if (claim.sentence) return claim.sentence;
  const spans: Span[] = characterization
    ? [...characterization.quotes, ...characterization.frames.map((f) => f.sentence)]
    : [];
  const sentence = spans.find((s) => s.start === claim.sentenceStart && s.end === claim.sentenceEnd);
  const around = sentence ?? spans.find((s) => s.start <= claim.start && s.end >= claim.end);
  return around ?? { text: claim.text, start: claim.start, end: claim.end };
}

function claimKey(sourceId: string, claim: Pick<Claim, 'start' | 'end'>): string {
  return `${sourceId}:${claim.start}:${claim.end}`;
}

/** Claims of every `differs` comparison, by source and offsets. */
export function disputedClaims(comparisons: readonly Comparison[]): Set<string> {
  const keys = new Set<string>();
  for (const c of comparisons) {
    if (c.verdict !== 'differs') continue;
    for (const side of c.claims) keys.add(claimKey(side.sourceId, side.claim));
  }
  return keys;
}

/** A side's claims, the ones other sources dispute first, at most `max`. */
export function claimsToShow(
  sourceId: string,
  claims: readonly Claim[],
  disputed: ReadonlySet<string>,
  max: number,
): { claim: Claim; disputed: boolean }[] {
  return claims
    .map((claim, i) => ({ claim, disputed: disputed.has(claimKey(sourceId, claim)), i }))
    .sort((a, b) => Number(b.disputed) - Number(a.disputed) || a.i - b.i)
    .slice(0, max)
    .map(({ claim, disputed }) => ({ claim, disputed }));
}

/** An entity's name in the UI language, for the entities a view knows (itself and its related ones). */
export function entityNamer(view: EntityComparisonView, lang: 'en' | 'ar'): (id: string) => string {
  return (id) =>
    id === view.entity.id
      ? view.entity.names[lang]
      : (view.related.find((r) => r.id === id)?.names[lang] ?? id);
}
