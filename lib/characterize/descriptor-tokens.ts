// The words of a sentence around a mention, for descriptors.ts: tokens with their folded form and offsets.
import { foldString } from '../fold';

export interface Token {
  text: string;
  /** Folded form (lib/fold.ts), for lexicon look-ups. */
  f: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;
const LATIN_ABBREVIATION =
  /^(?:[A-Z]\.)+$|^(?:gen|lt|col|maj|capt|cmdr|adm|sgt|brig|mr|mrs|ms|dr|prof|sen|rep|gov|pres|st|jr)\.$/iu;

const folds = new Map<string, string>();
/** Folded word, memoized: news text repeats its words, and descriptors look at a few per mention. */
function fw(word: string): string {
  let f = folds.get(word);
  if (f === undefined) {
    if (folds.size > 50_000) folds.clear();
    folds.set(word, (f = foldString(word)));
  }
  return f;
}

export function tokenize(text: string, from: number, to: number, max = Infinity): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to && out.length < max; m = TOKEN.exec(text)) {
    let t = m[0];
    if (m.index + t.length > to) t = t.slice(0, to - m.index);
    const start = m.index;
    // A period after a word ends the sentence unless the word is an abbreviation ("Gen.", "U.S.").
    if (t.length > 1 && t.endsWith('.') && !LATIN_ABBREVIATION.test(t)) {
      out.push(word(t.slice(0, -1), start), {
        text: '.',
        f: '.',
        start: start + t.length - 1,
        end: start + t.length,
        word: false,
      });
      continue;
    }
    out.push(
      /[\p{L}\p{M}\p{N}]/u.test(t[0] ?? '')
        ? word(t, start)
        : { text: t, f: t, start, end: start + t.length, word: false },
    );
  }
  return out;
}

export function word(t: string, start: number): Token {
  return { text: t, f: fw(t), start, end: start + t.length, word: true };
}
