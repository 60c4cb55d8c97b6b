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

/** Output buffers of a fold, grown on demand and reused by `foldInto`. */
export interface FoldBuffers {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
}

/** Grows `buf` so that it holds at least `cap` units (starts: cap + 1), keeping its content. */
function grow(buf: FoldBuffers, cap: number): void {
  const codes = new Uint16Array(cap);
  codes.set(buf.codes);
  buf.codes = codes;
  const starts = new Int32Array(cap + 1);
  starts.set(buf.starts);
  buf.starts = starts;
  const ends = new Int32Array(cap);
  ends.set(buf.ends);
  buf.ends = ends;
}

export function newFoldBuffers(cap = 0): FoldBuffers {
  return { codes: new Uint16Array(cap), starts: new Int32Array(cap + 1), ends: new Int32Array(cap) };
}

/** Folds `text` into fresh arrays: the result may be kept. */
export function fold(text: string): Folded {
  return foldInto(text, newFoldBuffers(text.length + 16));
}

/**
 * Folds `text` into `buf` (grown when needed): the result shares `buf`'s arrays, so it is valid only
 * until the next fold into the same buffers. For the matcher, which folds once per call and keeps
 * nothing: no allocation per call. The unit after the last one reads 0, as in fresh arrays.
 */
export function foldInto(text: string, buf: FoldBuffers): Folded {
  const n = text.length;
  // Expansions can grow the text; they are rare, so grow on demand.
  if (buf.codes.length < n + 16) grow(buf, Math.max(n + 16, buf.codes.length * 2));
  let codes = buf.codes;
  let starts = buf.starts;
  let ends = buf.ends;
  let cap = codes.length;
  let k = 0;
  let last = -1; // last emitted unit, for collapsing separators
  // Module bindings copied to locals: some loaders turn them into getters. `emit` is written out at
  // each place (no closure: the content script runs this code cold, where a call per character costs).
  const table = TABLE;
  const sep = SEP;
  const surrogate = SURROGATE;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const t = table[c] as number;
    if (t > surrogate) {
      if (t === sep && last === sep) {
        ends[k - 1] = i + 1;
        continue;
      }
      if (k + 1 >= cap) {
        grow(buf, (cap *= 2));
        ({ codes, starts, ends } = buf);
      }
      codes[k] = t;
      starts[k] = i;
      ends[k] = i + 1;
      k++;
      last = t;
    } else if (t === MARK) {
      if (k > 0 && last !== sep && last !== BREAK) ends[k - 1] = i + 1;
    } else if (t === EXPAND) {
      for (const ch of EXPANSIONS.get(c) ?? '') {
        const u = table[ch.charCodeAt(0)] as number;
        if (u > surrogate) {
          if (u === sep && last === sep) {
            ends[k - 1] = i + 1;
            continue;
          }
          if (k + 1 >= cap) {
            grow(buf, (cap *= 2));
            ({ codes, starts, ends } = buf);
          }
          codes[k] = u;
          starts[k] = i;
          ends[k] = i + 1;
          k++;
          last = u;
        } else if (u === MARK && k > 0) ends[k - 1] = i + 1;
      }
    } else if (t === surrogate) {
      const hi = c >= 0xd800 && c <= 0xdbff && i + 1 < n;
      const to = hi ? i + 2 : i + 1;
      // A surrogate is never SEP: no collapsing here.
      if (k + 1 >= cap) {
        grow(buf, (cap *= 2));
        ({ codes, starts, ends } = buf);
      }
      codes[k] = c;
      starts[k] = i;
      ends[k] = to;
      k++;
      last = c;
      if (hi) {
        if (k + 1 >= cap) {
          grow(buf, (cap *= 2));
          ({ codes, starts, ends } = buf);
        }
        codes[k] = text.charCodeAt(i + 1);
        starts[k] = i;
        ends[k] = to;
        k++;
        last = codes[k - 1] as number;
        i++;
      }
    }
    // IGNORE: nothing.
  }
  starts[k] = n;
  codes[k] = 0;
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
