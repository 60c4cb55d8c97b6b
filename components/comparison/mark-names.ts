// Where the entity's own names stand inside a quote, so the UI can mark them. The quote and the
// names come from the same source (characterization.names are written as in the text, clitics
// removed), but harakat and letter variants may differ between uses: both are folded (lib/fold) and
// matches are mapped back to the quote's own characters. A mark always covers the whole word as
// written («وباكستان», not a part of it): a mark inside a word would break Arabic letter joining.
import { fold, foldString, isWordCode, toOriginal } from '../../lib/fold';

export interface Segment {
  text: string;
  marked: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function codesOf(text: string): string {
  const f = fold(text);
  return String.fromCharCode(...f.codes.subarray(0, f.length));
}

/** Offsets [start, end) in `text` of every whole word that contains one of `names`, merged. */
export function nameRanges(text: string, names: readonly string[]): [number, number][] {
  const folded = fold(text);
  const hay = codesOf(text);
  const needles = [...new Set(names.map((n) => foldString(n).trim()).filter((n) => n.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  const found: [number, number][] = [];
  for (const needle of needles) {
    for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
      // The name must end on a word end: "Pakistan" inside "Pakistani" is fine (the word is
      // marked), but a name inside a longer unrelated word ("IS" in "ISLAND") is not the name. Start
      // boundaries are left free for Arabic proclitics (و ب ل ال).
      const after = hay.charCodeAt(at + needle.length);
      const latin = /^[a-z0-9\s-]+$/.test(needle);
      if (latin && at > 0 && isWordCode(hay.charCodeAt(at - 1))) continue;
      if (latin && !Number.isNaN(after) && isWordCode(after) && needle.length < 4) continue;
      found.push(toOriginal(folded, at, at + needle.length));
    }
  }
  const words = found.map(([s, e]): [number, number] => {
    let start = s;
    let end = e;
    while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
    while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
    return [start, end];
  });
  words.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of words) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** The quote cut into plain and marked segments; joined, they give back `text` exactly. */
export function markNames(text: string, names: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of nameRanges(text, names)) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
