// Short verbatim quotes for cards: the sentence that names an entity, clipped around the mention when
// the sentence is long. Offsets stay those of the source text, so the reader can open the passage.

export interface Quote {
  text: string;
  start: number;
  end: number;
  /** Whether the sentence was clipped on that side (the UI shows an ellipsis). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

const SPACE = /\s/;

export function quoteAround(
  text: string,
  sentence: { start: number; end: number },
  mention: { start: number; end: number },
  max = 220,
): Quote {
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > max) {
    const room = Math.max(0, max - (mention.end - mention.start));
    start = Math.max(sentence.start, mention.start - Math.floor(room / 2));
    end = Math.min(sentence.end, start + max);
    start = Math.max(sentence.start, end - max);
    // Never cut a word in two: move the cuts out to the nearest space inside the sentence.
    while (start > sentence.start && !SPACE.test(text[start - 1]!)) start--;
    while (end < sentence.end && !SPACE.test(text[end]!)) end++;
  }
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return {
    text: text.slice(start, end),
    start,
    end,
    clippedStart: start > sentence.start && text.slice(sentence.start, start).trim() !== '',
    clippedEnd: end < sentence.end && text.slice(end, sentence.end).trim() !== '',
  };
}
