// The light normalization the claim patterns run on, one sentence at a time, with a map back to the
// original offsets. Lighter than lib/fold.ts on purpose: fold turns dashes into spaces and collapses
// runs of spaces, which would erase "2024- 2025" and "2,000-3,000" (ranges) and "F-16" (not a number).
// Here only what varies inside one word is touched, so patterns stay readable and offsets stay exact:
// - dropped (attached to the previous character): harakat, tatweel, zero-width and bidi marks;
// - Arabic-Indic and Persian digits → 0–9, ٫ → ".", ٬ → ",", ٪ → "%";
// - أ إ آ ٱ → ا, ى → ي (writers drop the hamza: اكثر = أكثر, الى = إلى);
// - every space character → " ", every dash → "-", ASCII capitals → lower case.

/** Normalized text of one sentence. `map[i]` is the original index of unit i; `map[length]` the sentence end. */
export interface ClaimText {
  text: string;
  map: Int32Array;
}

const DROP = -1;
/** One code unit per BMP character: the replacement unit, or DROP. Built once. */
const TABLE = buildTable();

function buildTable(): Int32Array {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  const drop = (from: number, to: number): void => {
    for (let c = from; c <= to; c++) t[c] = DROP;
  };
  drop(0x064b, 0x065f);
  drop(0x0670, 0x0670);
  drop(0x0640, 0x0640);
  drop(0x06d6, 0x06ed);
  drop(0x200b, 0x200f);
  drop(0x202a, 0x202e);
  drop(0x2066, 0x2069);
  drop(0x061c, 0x061c);
  drop(0x00ad, 0x00ad);
  drop(0xfeff, 0xfeff);
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = 0x30 + d;
    t[0x06f0 + d] = 0x30 + d;
  }
  t[0x066b] = 0x2e; // ٫
  t[0x066c] = 0x2c; // ٬
  t[0x066a] = 0x25; // ٪
  for (const c of [0x0623, 0x0625, 0x0622, 0x0671]) t[c] = 0x0627;
  t[0x0649] = 0x064a;
  for (const c of [0x09, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) t[c] = 0x20;
  for (let c = 0x2000; c <= 0x200a; c++) t[c] = 0x20;
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]) t[c] = 0x2d;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 32;
  return t;
}

let units = new Uint16Array(1024);
let offsets = new Int32Array(1025);

/** Normalizes `source.slice(from, to)`. The map is a fresh array (claims keep nothing of it after the sentence). */
export function claimText(source: string, from: number, to: number): ClaimText {
  const n = to - from;
  if (units.length < n) {
    units = new Uint16Array(n * 2);
    offsets = new Int32Array(n * 2 + 1);
  }
  let k = 0;
  for (let i = from; i < to; i++) {
    const u = TABLE[source.charCodeAt(i)] as number;
    if (u === DROP) continue;
    units[k] = u;
    offsets[k] = i;
    k++;
  }
  offsets[k] = to;
  let text = '';
  for (let i = 0; i < k; i += 4096) {
    text += String.fromCharCode.apply(null, units.subarray(i, Math.min(k, i + 4096)) as unknown as number[]);
  }
  return { text, map: offsets.slice(0, k + 1) };
}

/** The same normalization for pattern sources written in plain Arabic (إلى → الي), so cues read naturally. */
export function normalizePattern(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    // Keep ASCII as is: regex syntax (\S, [A-Z]) must not be lower-cased.
    if (c < 0x80) {
      out += source[i];
      continue;
    }
    const u = TABLE[c] as number;
    if (u !== DROP) out += String.fromCharCode(u);
  }
  return out;
}

/** A regular expression over normalized text, its Arabic written as in the text. */
export function cueRegExp(source: string, flags = 'u'): RegExp {
  return new RegExp(normalizePattern(source), flags);
}

/** Whether `source[from, to)` holds a digit (ASCII, Arabic-Indic or Persian): the cheap test before any regex. */
export function hasDigit(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c <= 0x39 ? c >= 0x30 : c >= 0x0660 && (c <= 0x0669 || (c >= 0x06f0 && c <= 0x06f9))) return true;
  }
  return false;
}
