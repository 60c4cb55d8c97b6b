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

/** Table values below 0x20 are instructions, not characters (real control characters fold to a space or "\n"). */
const MARK = 0; // drop, attach to the previous character
const IGNORE = 1; // drop
const EXPAND = 2; // look up EXPANSIONS
const SURROGATE = 3; // copy the pair through
const SEP = 0x20;
const BREAK = 0x0a;

const TABLE = new Uint16Array(65536);
/** 1 where a folded code unit is a word character (\p{L}\p{M}\p{N}). Surrogates count as non-word. */
export const WORD = new Uint8Array(65536);
const EXPANSIONS = new Map<number, string>();

const ARABIC_TWINS: Record<string, string> = {
  أإآٱٲٳٵ: 'ا',
  ىیېۍےۓیؠ: 'ي',
  ئ: 'ي',
  ؤۇۆۈۋۅۉۊ: 'و',
  ةۃہۀەھۂ: 'ه',
  کڪګگڰڱڲڳڴ: 'ك',
  پ: 'ب',
  چ: 'ج',
  ژږ: 'ز',
  ټٹ: 'ت',
  ډڈ: 'د',
  ړڑ: 'ر',
  ښ: 'ش',
  ڼںڻ: 'ن',
  ڤ: 'ف',
  ڨ: 'ق',
};

function range(from: number, to: number, value: number): void {
  for (let c = from; c <= to; c++) TABLE[c] = value;
}

function buildTables(): void {
  // Classes from two regex runs over the whole BMP (much faster than a test per code point).
  const chars: string[] = [];
  for (let c = 0; c < 65536; c++) chars.push(c >= 0xd800 && c <= 0xdfff ? ' ' : String.fromCharCode(c));
  const all = chars.join('');
  for (const m of all.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    for (let i = m.index; i < m.index + m[0].length; i++) WORD[i] = 1;
  }
  for (let c = 0; c < 65536; c++) TABLE[c] = c;
  for (const m of all.matchAll(/\p{M}+/gu)) range(m.index, m.index + m[0].length - 1, MARK);
  for (const m of all.matchAll(/[\s\p{Zs}\p{Pd}]+/gu)) range(m.index, m.index + m[0].length - 1, SEP);
  range(0, 0x1f, SEP);
  for (const c of [0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]) TABLE[c] = BREAK;
  TABLE[0x2212] = SEP; // minus sign
  TABLE[0x7e] = SEP; // "ISIS~K" in some feeds; never part of a name
  range(0xd800, 0xdfff, SURROGATE);
  // Arabic marks (some are not \p{M} in every engine's tables) and tatweel.
  range(0x064b, 0x065f, MARK);
  TABLE[0x0670] = MARK;
  range(0x06d6, 0x06ed, MARK);
  TABLE[0x06dd] = IGNORE; // end of ayah sign is a format character
  TABLE[0x0640] = MARK;
  // Invisible format characters.
  range(0x200b, 0x200f, IGNORE);
  range(0x202a, 0x202e, IGNORE);
  range(0x2060, 0x2064, IGNORE);
  range(0x2066, 0x2069, IGNORE);
  for (const c of [0x00ad, 0xfeff, 0x061c, 0x180e, 0x034f]) TABLE[c] = IGNORE;
  for (const [from, to] of Object.entries(ARABIC_TWINS)) {
    for (const ch of from) TABLE[ch.charCodeAt(0)] = to.charCodeAt(0);
  }
  for (let d = 0; d < 10; d++) {
    TABLE[0x0660 + d] = 0x30 + d;
    TABLE[0x06f0 + d] = 0x30 + d;
  }
  for (const c of [0x2018, 0x2019, 0x201b, 0x02bc, 0x02bb, 0x2032, 0x00b4, 0x0060]) TABLE[c] = 0x27;
  // Letters with case or accents: Latin, Greek, Cyrillic, Latin Extended Additional.
  const cased: [number, number][] = [
    [0x41, 0x5a],
    [0xc0, 0x24f],
    [0x370, 0x52f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of cased) {
    for (let c = from; c <= to; c++) {
      if (TABLE[c] !== c) continue;
      const out = String.fromCharCode(c).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      if (out.length === 1) TABLE[c] = out.charCodeAt(0);
      else if (out.length > 1) setExpansion(c, out);
    }
  }
  setExpansion(0xdf, 'ss');
  setExpansion(0x1e9e, 'ss');
  // Compatibility forms: NFKC per character, folded again when used.
  const compat: [number, number][] = [
    [0xfb00, 0xfb06],
    [0xfb50, 0xfdff],
    [0xfe70, 0xfefe],
    [0xff01, 0xff5e],
  ];
  for (const [from, to] of compat) {
    for (let c = from; c <= to; c++) {
      const out = String.fromCharCode(c).normalize('NFKC');
      if (out !== String.fromCharCode(c)) setExpansion(c, out);
    }
  }
}

function setExpansion(c: number, out: string): void {
  TABLE[c] = EXPAND;
  EXPANSIONS.set(c, out);
}

buildTables();

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
