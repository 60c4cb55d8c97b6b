// The 1–3 verbatim sentences that best show how a source speaks of an entity: those where it says
// something of it (a descriptor, a figure, a frame word) rather than naming it in passing, of a length
// a reader can take in, clipped around the mention when long (lib/quote.ts), in text order.
import { quoteAround } from '../quote';
import type { Claim, Descriptor, FrameCue, Span } from './types';

interface At {
  start: number;
  end: number;
  sentence: number;
  insideEvent?: string;
}

const MAX_QUOTES = 3;
const QUOTE_MAX = 280;

export function pickQuotes(
  text: string,
  mentions: readonly At[],
  sentences: readonly [number, number][],
  items: { descriptors: readonly Descriptor[]; claims: readonly Claim[]; frames: readonly FrameCue[] },
): Span[] {
  const firstMention = new Map<number, At>();
  for (const m of mentions) if (!firstMention.has(m.sentence)) firstMention.set(m.sentence, m);
  const inSentence = (i: number, at: number) => {
    const s = sentences[i];
    return !!s && at >= s[0] && at < s[1];
  };
  const scored = [...firstMention.entries()].map(([i, m]) => {
    const [start, end] = sentences[i] ?? [m.start, m.end];
    const length = end - start;
    let score = 0;
    for (const d of items.descriptors) if (inSentence(i, d.start)) score += 3;
    for (const c of items.claims) if (inSentence(i, c.start)) score += 3;
    for (const f of items.frames) if (inSentence(i, f.start)) score += 2;
    // A headline or a fragment says little; a very long sentence is clipped anyway.
    if (length < 40) score -= 4;
    else if (length <= 400) score += 1;
    // The first mention of an entity is usually where the source introduces it.
    if (i === Math.min(...firstMention.keys())) score += 1;
    return { i, m, start, end, score };
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored
    .slice(0, MAX_QUOTES)
    .sort((a, b) => a.i - b.i)
    .map(({ m, start, end }) => {
      const q = quoteAround(text, { start, end }, m, QUOTE_MAX);
      return { text: q.text, start: q.start, end: q.end };
    });
}
