// Exact small numbers written as words, in claim-text's normalized sentence: «مقتل ثلاثة أشخاص»,
// «خمسة وعشرين»، «ثلاثمئة»، «ستة ملايين»، "three people were killed", "twenty-five". They become
// claims only through the same cues as digits (claims.ts), never on their own.
// Not read: vague counts («عشرات»، «مئات»، «آلاف»، "dozens", "hundreds": no figure), «واحد/أحد» and
// "one" (far more often "one of …" than a count), ordinals («الثالث», "third").
import { cueRegExp } from './claim-text';

const UNITS: [string, number][] = [
  ['اثنان', 2],
  ['اثنين', 2],
  ['اثنتان', 2],
  ['اثنتين', 2],
  ['ثلاث', 3],
  ['ثلاثة', 3],
  ['أربع', 4],
  ['أربعة', 4],
  ['خمس', 5],
  ['خمسة', 5],
  ['ست', 6],
  ['ستة', 6],
  ['سبع', 7],
  ['سبعة', 7],
  ['ثمان', 8],
  ['ثماني', 8],
  ['ثمانية', 8],
  ['تسع', 9],
  ['تسعة', 9],
];
const TENS: [string, number][] = [
  ['عشرون', 20],
  ['عشرين', 20],
  ['ثلاثون', 30],
  ['ثلاثين', 30],
  ['أربعون', 40],
  ['أربعين', 40],
  ['خمسون', 50],
  ['خمسين', 50],
  ['ستون', 60],
  ['ستين', 60],
  ['سبعون', 70],
  ['سبعين', 70],
  ['ثمانون', 80],
  ['ثمانين', 80],
  ['تسعون', 90],
  ['تسعين', 90],
];
const TEN: [string, number][] = [
  ['عشر', 10],
  ['عشرة', 10],
];
const HUNDREDS: [string, number][] = [
  ['مئة', 100],
  ['مائة', 100],
  ['مئتين', 200],
  ['مائتين', 200],
  ['مئتي', 200],
  ['مائتي', 200],
  ['مئتا', 200],
  ['مائتا', 200],
  ...[3, 4, 5, 6, 7, 8, 9].flatMap((n): [string, number][] => {
    const unit = UNITS.find(([, v]) => v === n)?.[0] ?? '';
    return [
      [`${unit}مئة`, n * 100],
      [`${unit}مائة`, n * 100],
    ];
  }),
];
const EN_UNITS: [string, number][] = [
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
];
const EN_TENS: [string, number][] = [
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
];

const valueOf = new Map<string, number>();
for (const [w, v] of [...UNITS, ...TENS, ...TEN, ...HUNDREDS, ...EN_UNITS, ...EN_TENS]) {
  valueOf.set(cueRegExp(w).source, v);
}
const alt = (words: [string, number][]): string =>
  words
    .map(([w]) => cueRegExp(w).source)
    .sort((a, b) => b.length - a.length)
    .join('|');

// One number: hundreds (و units/teens/tens)?, or units و tens, or a teen («ثلاثة عشر»), or a unit, a ten.
const AR = `(?:(${alt(HUNDREDS)})(?:\\s+و(?:(${alt(UNITS)})\\s+و)?(${alt(TENS)}|${alt(UNITS)}|${alt(TEN)}))?|(${alt(UNITS)})\\s+و(${alt(TENS)})|(${alt(UNITS)}|احد|اثنا|اثني)\\s+(?:عشر|عشرة)|(${alt(TENS)}|${alt(UNITS)}|${alt(TEN)}))`;
const EN = `(?:(${alt(EN_TENS)})-(${alt(EN_UNITS.slice(0, 8))})|(${alt(EN_UNITS)}|${alt(EN_TENS)})(?:\\s+hundred)?)`;
// No lookbehind in front: a pattern that opens with literals is scanned far faster; the word
// boundaries are checked by hand.
const WORDS_RX = new RegExp(`(?:${AR}|${EN})`, 'gu');
const LETTER = /[\p{L}\p{M}]/u;

/** Each word as it may be written: with or without the hamza of its alef, English capitalized or not. */
function spellings(w: string): string[] {
  if (/^[أإا]/.test(w)) return [w, 'ا' + w.slice(1), 'أ' + w.slice(1), 'إ' + w.slice(1)];
  if (/^[a-z]/.test(w)) return [w, w[0]?.toUpperCase() + w.slice(1)];
  return [w];
}
// Plain literals, longest first: V8 scans a literal alternation much faster than one behind a class.
const HINT_RX = new RegExp(
  [...UNITS, ...TENS, ...TEN, ...HUNDREDS, ...EN_UNITS, ...EN_TENS, ['أحد', 1], ['اثنا', 2], ['اثني', 2]]
    .flatMap(([w]) => spellings(w as string))
    .filter((w, i, all) => all.indexOf(w) === i)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/**
 * Where a raw text may hold a number word, in one pass over the whole text (claims.ts reads number
 * words only in those sentences): offsets of whole words, sorted. Substrings inside words («ست» in
 * «مستشفى», «ستكون») are left out, or most sentences would pass.
 */
export function numberWordHints(text: string): number[] {
  const at: number[] = [];
  HINT_RX.lastIndex = 0;
  for (let m = HINT_RX.exec(text); m; m = HINT_RX.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    let b = s - 1;
    if (/[وفبل]/.test(text[b] ?? '')) b--;
    if (/[وف]/.test(text[b] ?? '') && /[بل]/.test(text[b + 1] ?? '')) b--;
    if (!LETTER_ONLY.test(text[b] ?? ' ') && !LETTER_ONLY.test(text[e] ?? ' ')) at.push(s);
  }
  return at;
}
const LETTER_ONLY = /\p{L}/u;

export interface WordNumber {
  start: number;
  end: number;
  value: number;
}

const TEENS_OF = new Map([
  ['احد', 1],
  ['اثنا', 2],
  ['اثني', 2],
]);

/** Every number word of the normalized sentence `t`, clitic و/ب/ل left outside the span. */
export function numberWords(t: string): WordNumber[] {
  const out: WordNumber[] = [];
  WORDS_RX.lastIndex = 0;
  for (let m = WORDS_RX.exec(t); m; m = WORDS_RX.exec(t)) {
    const [whole, h, hu, ht, u, ut, teen, single, enTen, enUnit, en] = m;
    const end = m.index + whole.length;
    let start = m.index;
    // «وثلاثة»، «بخمسة»، «وبخمسة»: clitics (و ف, then ب ل) may stand before the number in its word.
    if (/[وفبل]/.test(t[start - 1] ?? '')) start--;
    if (/[وف]/.test(t[start - 1] ?? '') && /[بل]/.test(t[start] ?? '')) start--;
    if (LETTER.test(t[start - 1] ?? ' ') || LETTER.test(t[end] ?? ' ')) {
      WORDS_RX.lastIndex = m.index + 1;
      continue;
    }
    const v = (w: string | undefined): number => (w ? (valueOf.get(w) ?? 0) : 0);
    let value = 0;
    if (h) value = v(h) + v(hu) + v(ht);
    else if (u) value = v(u) + v(ut);
    else if (teen) value = 10 + (TEENS_OF.get(teen) ?? v(teen));
    else if (single) value = v(single);
    else if (enTen) value = v(enTen) + v(enUnit);
    else if (en) value = v(en) * (/hundred$/.test(whole) ? 100 : 1);
    if (value) out.push({ start: m.index, end, value });
  }
  return out;
}
