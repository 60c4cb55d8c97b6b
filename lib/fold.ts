// Folding text for matching: one pass over the text with a precomputed table for the BMP, keeping a map
// from every folded code unit back to the original characters, so a match in the folded text maps back
// to exactly the characters on the page (harakat inside the word included).
//
// What folds (decisions in docs/decisions/engine-folding.md):
// - dropped and attached to the previous character: harakat (U+064B–U+065F, U+0670, U+06D6–U+06ED),
//   tatweel U+0640, every other combining mark (\p{M}: Latin accents after NFD);
// - dropped and attached to nothing: zero-width and bidi controls, soft hyphen, BOM;
// - أ إ آ ٱ → ا, ى ی ې ۍ ے → ي, ة ہ ۀ ە ھ → ه, ؤ → و, ئ → ي, Persian/Urdu/Pashto letters to their
//   Arabic twins (ک ګ ڪ گ → ك, پ → ب, چ → ج, ژ ږ → ز, ټ ٹ → ت, ډ ڈ → د, ړ ڑ → ر, ښ → ش, ڼ ں → ن, ۇ ۆ ۈ ۋ → و);
// - Arabic-Indic and Persian digits → 0–9;
// - Latin (and Greek, Cyrillic): NFD, marks stripped, lower case; ß → ss;
// - presentation forms, ligatures and full-width forms: NFKC per character, then folded again;
// - spaces (NBSP, thin space, tab…) and dashes (‐ ‑ ‒ – — ― − - ~) → one space, and a run of them → a
//   single space, so "داعش - خراسان", "داعش-خراسان" and "داعش خراسان" fold alike;
// - line and paragraph breaks stay "\n" (a hard break: a multi-word alias never spans two blocks);
// - right/left single quotes and modifier apostrophes → "'".

import { BREAK, decodeFoldTables, EXPAND, MARK, SEP, SURROGATE } from './fold-tables';

const tables = decodeFoldTables();
const TABLE = tables.table;
const EXPANSIONS = tables.expansions;
/** 1 where a folded code unit is a word character (\p{L}\p{M}\p{N}). Surrogates count as non-word. */
export const WORD = tables.word;

/** Folded text and its map back to the original. */
export interface Folded {
  /** Folded UTF-16 code units; only the first `length` are meaningful. */
  codes: Uint16Array;
  length: number;
  /** starts[k]: original index of the character that produced folded unit k; starts[length] = text length. */
  starts: Int32Array;
  /** ends[k]: original index just after that character and the marks attached to it. */
  ends: Int32Array;
}

/** Maps folded [start, end) back to original [start, end). */
export function toOriginal(f: Folded, start: number, end: number): [number, number] {
  return [f.starts[start] ?? 0, end > start ? (f.ends[end - 1] ?? 0) : (f.starts[start] ?? 0)];
}

export function fold(text: string): Folded {
  const n = text.length;
  // Expansions can grow the text; they are rare, so grow on demand.
  let cap = n + 16;
  let codes = new Uint16Array(cap);
  let starts = new Int32Array(cap + 1);
  let ends = new Int32Array(cap);
  let k = 0;
  let last = -1; // last emitted unit, for collapsing separators
  const grow = (): void => {
    cap *= 2;
    const c2 = new Uint16Array(cap);
    c2.set(codes);
    codes = c2;
    const s2 = new Int32Array(cap + 1);
    s2.set(starts);
    starts = s2;
    const e2 = new Int32Array(cap);
    e2.set(ends);
    ends = e2;
  };
  const emit = (unit: number, from: number, to: number): void => {
    if (unit === SEP && last === SEP) {
      ends[k - 1] = to;
      return;
    }
    if (k + 1 >= cap) grow();
    codes[k] = unit;
    starts[k] = from;
    ends[k] = to;
    k++;
    last = unit;
  };
  const table = TABLE; // a local: some loaders turn module bindings into getters
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const t = table[c] as number;
    if (t > SURROGATE) {
      emit(t, i, i + 1);
    } else if (t === MARK) {
      if (k > 0 && last !== SEP && last !== BREAK) ends[k - 1] = i + 1;
    } else if (t === EXPAND) {
      for (const ch of EXPANSIONS.get(c) ?? '') {
        const u = TABLE[ch.charCodeAt(0)] as number;
        if (u > SURROGATE) emit(u, i, i + 1);
        else if (u === MARK && k > 0) ends[k - 1] = i + 1;
      }
    } else if (t === SURROGATE) {
      const hi = c >= 0xd800 && c <= 0xdbff && i + 1 < n;
      emit(c, i, hi ? i + 2 : i + 1);
      if (hi) {
        emit(text.charCodeAt(i + 1), i, i + 2);
        i++;
      }
    }
    // IGNORE: nothing.
  }
  starts[k] = n;
  return { codes, length: k, starts, ends };
}

/** The folded text as a string (aliases, qualifiers, tests). */
export function foldString(text: string): string {
  const f = fold(text);
  let out = '';
  for (let i = 0; i < f.length; i += 8192) {
    out += String.fromCharCode(...f.codes.subarray(i, Math.min(f.length, i + 8192)));
  }
  return out;
}

export function isWordCode(c: number): boolean {
  return WORD[c] === 1;
}
